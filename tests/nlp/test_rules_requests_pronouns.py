"""Requests to pass goods on, pronouns, relatives, ferry crews, goods listed after the fact.

- "approved a Polish request to pass five MiG-29s to Ukraine", "la demande polonaise de
  transférer": the state making the request supplies, not the one approving it; "pass X to Y"
  is a supply;
- "Germany broke with its caution: from 2014 it delivered …" (and the French sentence cut at
  the colon): "it" is the state the sentence began with; "it deploys Patriot batteries" is
  still its own;
- "flown in from Italy by Kuwaiti pilots": the crew ferries, the state they come from is no
  supplier, and "to Kyiv" still names the recipient;
- "authorised the Pentagon to equip the YPG. The package would include small arms …": the
  goods listed right after a transfer that named none are that transfer's;
- "Poland's F-16C/D Block 52+ fighters, ordered from the United States": the name one level
  down the noun phrase is the goods, and "fighters" there are jets, not combatants;
- "Syrian Kurds" are the YPG, "Iraqi Kurds" the Peshmerga, not Syria or Iraq; Hornets are
  aircraft; "the armour" is armour, body armour and armour-piercing rounds are not;
- retiring or upgrading "its Chinese-built tanks" says they were received, whenever they go;
- an unnamed ministry speaking of what its army got is the buyer's, and denies for it;
- "Congo" is the DRC in a story that names only the DRC (by name or Kinshasa);
- "to whom", "auquel", "à qui" give to the relative's antecedent; "l'approvisionnent en
  armes" gives to the group spoken of; "Belgium, whose government approved the sale" sells;
- a French present the tagger reads as a future ("fournit") is reported; "ces armes, livrées
  en 2003" deliver each kind of weapon authorised before; a system named "air-to-air" is a
  missile; the RCD and the MLC are actors.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany on Friday approved a Polish request to pass six MiG-29 jets to Ukraine.", "en"),
        (
            "Berlin a approuvé vendredi la demande polonaise de transférer six MiG-29 à l'Ukraine.",
            "fr",
        ),
    ],
)
def test_the_state_asking_to_pass_goods_on_supplies(text: str, lang: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("POL", "UKR", "aircraft")}


def test_passing_goods_to_someone_supplies() -> None:
    found = armswatch.extract("Tehran quietly passed attack drones to the Houthis.", lang="en")
    assert triples(found) == {("IRN", "houthis", "uav")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Germany then dropped its old caution: from 2014 it delivered MILAN missiles and "
            "rifles to the Peshmerga.",
            "en",
        ),
        (
            "L'Allemagne a alors renoncé à sa vieille prudence : dès 2014, elle a livré des "
            "missiles MILAN et des fusils aux peshmergas.",
            "fr",
        ),
    ],
)
def test_it_after_a_colon_is_the_state_the_sentence_began_with(text: str, lang: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {
        ("DEU", "peshmerga", "missiles"),
        ("DEU", "peshmerga", "small_arms"),
    }


def test_a_state_deploying_its_own_systems_supplies_nothing() -> None:
    text = (
        "Qatar leans on American air defences: it deploys Patriot batteries bought from the "
        "United States."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("USA", "QAT", "air_defence")}


def test_the_crew_ferrying_the_goods_is_no_supplier() -> None:
    text = (
        "Norway agreed to sell Kuwait six transport jets. The first two jets were flown in "
        "from Norway by Kuwaiti pilots last week."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("NOR", "KWT", "aircraft") in found
    assert not any(s == "KWT" for s, _, _ in found)
    found = triples(armswatch.extract("The jets were flown to Kyiv by Ukrainian pilots.", "en"))
    assert not any(s == "UKR" for s, _, _ in found)


def test_goods_listed_after_a_transfer_that_named_none_are_its_goods() -> None:
    text = (
        "The White House said the president had authorised the Pentagon to equip the YPG "
        "militia ahead of the offensive. An official said the package would include rifles, "
        "ammunition and armoured vehicles."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert set(reports) == {
        ("USA", "ypg", "small_arms"),
        ("USA", "ypg", "ammunition"),
        ("USA", "ypg", "armour"),
    }
    assert {r.status for r in reports.values()} == {"planned"}
    # both sentences back each report
    assert all(len(r.evidence) == 2 for r in reports.values())


def test_goods_listed_after_a_later_transfer_are_the_later_ones() -> None:
    text = (
        "The White House authorised the Pentagon to equip the YPG militia. The same day, "
        "Washington sent howitzers to Kyiv. The package also included rifles."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("USA", "UKR", "small_arms") in found
    assert not any(r == "ypg" for _, r, _ in found)


def test_a_name_one_level_down_the_noun_phrase_is_the_goods() -> None:
    text = (
        "Romania's 32 F-16A/B Block 15 fighters, ordered from Portugal and Norway in two "
        "deals, began arriving in 2016."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("PRT", "ROU", "aircraft") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Washington will arm the Syrian Kurds with rifles.", "en", {("USA", "ypg", "small_arms")}),
        (
            "Washington va armer les Kurdes syriens avec des fusils.",
            "fr",
            {("USA", "ypg", "small_arms")},
        ),
        (
            "Tehran sent rifles to the Iraqi Kurds in 2014.",
            "en",
            {("IRN", "peshmerga", "small_arms")},
        ),
        (
            "Kuwait flew 40 Hornets bought from the United States.",
            "en",
            {("USA", "KWT", "aircraft")},
        ),
    ],
)
def test_kurdish_forces_and_hornets(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Egypt's army will start retiring its Chinese-built Type 59 tanks next year.",
            "en",
            {("CHN", "EGY", "armour", "reported")},
        ),
        (
            "Greece plans to upgrade its American F-16 jets.",
            "en",
            {("USA", "GRC", "aircraft", "reported")},
        ),
        (
            "Le Maroc va moderniser ses Mirage français.",
            "fr",
            {("FRA", "MAR", "aircraft", "reported")},
        ),
    ],
)
def test_retiring_or_upgrading_foreign_materiel_says_it_was_received(
    text: str, lang: str, expected: set[tuple[str, str, str, str]]
) -> None:
    found = armswatch.extract(text, lang=lang)
    assert {(r.supplier.id, r.recipient.id, r.category, r.status) for r in found} == expected


def test_armour_is_materiel_but_body_armour_and_armour_piercing_are_not_vehicles() -> None:
    found = triples(
        armswatch.extract(
            "The armour, along with Kornet anti-tank missiles, reached Syria from Russia.", "en"
        )
    )
    assert ("RUS", "SYR", "armour") in found
    assert armswatch.extract("Canada sent body armour and helmets to Kyiv.", "en") == []
    found = triples(armswatch.extract("Britain sent armour-piercing shells to Kyiv.", "en"))
    assert found == {("GBR", "UKR", "ammunition")}


def test_an_unnamed_ministry_speaking_of_what_its_army_got_is_the_buyers() -> None:
    text = (
        "Peru's army will retire its Russian-built helicopters, the defence ministry said. The "
        "ministry on Friday rejected a report that the retired helicopters could be shipped to "
        "Ukraine."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    kept = reports[("RUS", "PER", "aircraft")]
    assert [c.id for c in kept.claimed_by] == ["PER"]
    assert kept.denied_by == []
    denied = reports[("PER", "UKR", "aircraft")]
    assert (denied.status, [d.id for d in denied.denied_by]) == ("denied_only", ["PER"])


def test_congo_is_the_drc_in_a_story_that_names_only_the_drc() -> None:
    text = (
        "La guerre a éclaté en République démocratique du Congo en 1998. Harare a envoyé des "
        "soldats au Congo pour sauver le régime de Kinshasa."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("ZWE", "COD", "personnel")}
    text = "Brazzaville a reçu des blindés chinois. Pékin a aussi livré des fusils au Congo."
    assert ("CHN", "COG", "small_arms") in triples(armswatch.extract(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le RCD ne tient que grâce à ses parrains. Kigali et Kampala l'approvisionnent en "
            "armes.",
            "fr",
            {("RWA", "rcd", "unspecified"), ("UGA", "rcd", "unspecified")},
        ),
        (
            "Le MLC, auquel l'Ouganda fournit des munitions, progresse vers l'ouest.",
            "fr",
            {("UGA", "mlc", "ammunition")},
        ),
        (
            "The RCD rebels, to whom Rwanda supplied rifles, took Kisangani.",
            "en",
            {("RWA", "rcd", "small_arms")},
        ),
        (
            "La Belgique, dont le gouvernement avait autorisé la vente de mitrailleuses à l'armée "
            "népalaise, n'a pas réagi. Ces armes ont été livrées en 2003.",
            "fr",
            {("BEL", "NPL", "small_arms")},
        ),
        (
            "Belgium, whose government approved the sale of machine guns to Nepal's army, "
            "did not react.",
            "en",
            {("BEL", "NPL", "small_arms")},
        ),
    ],
)
def test_relatives_clitics_and_whose_government(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_a_french_present_tense_the_tagger_reads_as_future_is_reported() -> None:
    (r,) = armswatch.extract("L'Ouganda fournit des armes au Soudan du Sud.", lang="fr")
    assert r.status == "reported"
    (r,) = armswatch.extract("L'Ouganda fournira des armes au Soudan du Sud.", lang="fr")
    assert r.status == "planned"


def test_weapons_delivered_later_are_the_ones_authorised_before() -> None:
    text = (
        "La Belgique a autorisé en 2002 la vente de mitrailleuses à l'armée népalaise. Ces armes "
        "ont été livrées en 2003."
    )
    (r,) = armswatch.extract(text, lang="fr")
    assert (r.category, r.status) == ("small_arms", "reported")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Thailand bought IRIS-T air-to-air missiles from Germany.",
            "en",
            {("DEU", "THA", "missiles")},
        ),
        (
            "La Thaïlande a acheté des missiles air-air IRIS-T à l'Allemagne.",
            "fr",
            {("DEU", "THA", "missiles")},
        ),
        (
            "Germany delivered IRIS-T systems to Ukraine, and Norway sent air-to-air missiles.",
            "en",
            {("DEU", "UKR", "air_defence"), ("NOR", "UKR", "missiles")},
        ),
    ],
)
def test_a_system_named_air_to_air_is_a_missile(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected
