"""Packages, ministries, past leaders and machine-translated sales.

- the recipient after a conjoined transfer noun is the first one's too: "the sale of five AWACS
  planes and a package of other equipment to Saudi Arabia", and the package listed next
  continues that sale;
- radar planes, refuelling tankers and heavy bombers are aircraft; conformal fuel tanks are
  components, not armour; "the selling of … to" (machine-translated) is a sale;
- leaders of past regimes name their state: "Siad Barre's army" is Somalia's;
- "the Ministry of Defence of Kazakhstan", "a group of officials of …": the state after "of"
  the body or the group stands for;
- a weapon designation that kept the full stop ("des chasseurs F-5E. Le Royaume-Uni a …") still
  ends the sentence;
- a name two systems share takes the platform word beside it: "avions Hawk", "Hawk jets" are
  aircraft, "Hawk missiles" stay air defence, "Predator and Reaper aircraft" stay drones;
- whoever relies on goods bought from a seller ("l'aviation jordanienne reposait sur des Mirage
  F1 achetés à la France", "sa flotte repose sur des MiG-29 achetés à Moscou") bought them;
- goods bought for another state or its forces ("commandé vingt A-29 pour l'armée de l'air
  afghane", "bought shells for Ukraine") go to it from the buyer.

Sentences written for these tests, in English and French. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


def test_a_recipient_after_a_conjoined_package_is_the_sale_s() -> None:
    text = (
        "The US Senate declined to block the sale of four radar planes and a package of other "
        "equipment to Oman. The package includes 300 Sidewinder air-to-air missiles and "
        "conformal fuel tanks for the sultanate's F-16 fighters."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert set(found) == {
        ("USA", "OMN", "aircraft"),
        ("USA", "OMN", "missiles"),
        ("USA", "OMN", "components"),
    }
    assert {r.status for r in found.values()} == {"planned"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "In 1995 Kazakhstan handed Russia its heavy bombers to settle a debt.",
            "en",
            {("KAZ", "RUS", "aircraft")},
        ),
        (
            "Paris a livré au Qatar deux avions radar en 2019.",
            "fr",
            {("FRA", "QAT", "aircraft")},
        ),
        (
            "The news was about the selling of thirty fighter planes MiG-21 by Kazakhstan to "
            "North Korea.",
            "en",
            {("KAZ", "PRK", "aircraft")},
        ),
    ],
)
def test_more_aircraft_words_and_the_selling_of(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Under a 1974 treaty, the Soviet Union equipped Siad Barre's army with MiG-21 jets.",
            "en",
            {("SUN", "SOM", "aircraft")},
        ),
        (
            "La France a vendu des hélicoptères Gazelle à l'armée de Juvénal Habyarimana.",
            "fr",
            {("FRA", "RWA", "aircraft")},
        ),
    ],
)
def test_a_past_leader_names_the_state(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1999 officials of the Ministry of Defence of Kazakhstan organised the sale of 40 "
        "MiG-21 jets to North Korea.",
        "In 1999 a group of senior officials of the Ministry of Defence of Kazakhstan arranged "
        "the sale of 40 MiG-21 jets to North Korea.",
    ],
)
def test_the_state_after_of_a_ministry_or_a_group(text: str) -> None:
    assert triples(armswatch.extract(text, lang="en")) == {("KAZ", "PRK", "aircraft")}


def test_a_first_name_alone_is_no_leader() -> None:
    text = "Nasser Kanaani said Iran had not sent drones to Russia."
    assert "EGY" not in {
        x for r in armswatch.extract(text, lang="en") for x in (r.supplier.id, r.recipient.id)
    }


def test_a_designation_that_kept_the_stop_ends_the_sentence() -> None:
    text = (
        "Washington avait vendu à la Malaisie des chasseurs F-5E. Le Royaume-Uni a fourni à "
        "Kuala Lumpur des avions d'entraînement."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {
        ("USA", "MYS", "aircraft"),
        ("GBR", "MYS", "aircraft"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le Royaume-Uni a livré 28 avions Hawk à la Malaisie.", "fr", "aircraft"),
        ("Britain sold 28 Hawk jets to Malaysia.", "en", "aircraft"),
        ("The United States sold Hawk missiles to Iran in 1974.", "en", "air_defence"),
        ("Washington sold armed Reaper aircraft to Rabat.", "en", "uav"),
    ],
)
def test_the_platform_word_beside_a_shared_name_settles_it(
    text: str, lang: str, expected: str
) -> None:
    found = {c for _, _, c in triples(armswatch.extract(text, lang=lang))}
    assert expected in found
    assert found <= {expected, "missiles"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jusque-là, l'aviation jordanienne reposait surtout sur des Mirage F1 achetés à la "
            "France.",
            {("FRA", "JOR", "aircraft")},
        ),
        (
            "L'Algérie modernise son armée, et sa flotte de combat repose déjà sur des MiG-29 "
            "achetés à Moscou.",
            {("RUS", "DZA", "aircraft")},
        ),
    ],
)
def test_who_relies_on_goods_bought_from_a_seller_bought_them(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang="fr")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les États-Unis ont commandé vingt A-29 pour l'armée de l'air afghane.",
            "fr",
            {("USA", "AFG", "aircraft")},
        ),
        (
            "Washington bought 100,000 shells for Ukraine last year.",
            "en",
            {("USA", "UKR", "ammunition")},
        ),
        # the buyer's own forces, and a maker's success, are no one it buys for
        ("Poland ordered 250 tanks for its army.", "en", set()),
        (
            "L'Inde commande 26 Rafale Marine, nouveau succès pour Dassault.",
            "fr",
            {("FRA", "IND", "aircraft")},
        ),
    ],
)
def test_goods_bought_for_another_state_go_to_it(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected
