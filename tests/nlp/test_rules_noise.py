"""Words around a transfer that are not part of it.

- a dateline ("LONDON, 3 March -", "ABUJA –") says where the dispatch was filed: never a party,
  even when the parser makes it the subject;
- the vehicle that carried a cargo ("by ship", "par avion de transport", "on board A400M
  aircraft") is not an item of the cargo;
- a common materiel word modifying another ("a missile frigate", "anti-tank missiles") names
  its kind: the head noun is the item (CONTRACT: the most specific category);
- who designed an item ("de conception chinoise", "of Soviet design", "Chinese-designed") is
  neither party, while who made it ("Iranian-made", "fabriqués en Chine") may be the supplier;
- "X est accusé par A et B d'avoir fourni": the accused supplies, whoever the accusers are.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "triple", "dateline"),
    [
        (
            "en",
            "LONDON, March 3 - Qatar has received the first of its Turkish armoured vehicles, "
            "the defence ministry said.",
            ("TUR", "QAT", "armour"),
            "GBR",
        ),
        (
            "fr",
            "ABUJA – L'armée de l'air du Ghana a reçu lundi quatre hélicoptères achetés à une "
            "firme italienne, a indiqué son porte-parole.",
            ("ITA", "GHA", "aircraft"),
            "NGA",
        ),
        (
            "fr",
            "NAIROBI, 12 mai 2024 (AFP) - La Tanzanie a acheté six drones à la Turquie, selon "
            "un rapport parlementaire.",
            ("TUR", "TZA", "uav"),
            "KEN",
        ),
    ],
)
def test_a_dateline_is_not_a_party(
    lang: str, text: str, triple: tuple[str, str, str], dateline: str
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert triple in reports
    assert not any(dateline in k[:2] for k in reports)
    assert all(c.id != dateline for r in reports.values() for c in r.claimed_by)


def test_a_capital_later_in_the_sentence_still_counts() -> None:
    text = "Kenya bought eight drones, and Ankara delivered them in June, officials said."
    assert ("TUR", "KEN", "uav") in by_triple(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "fr",
            "Selon les services coréens, les roquettes ont été acheminées vers la Russie par "
            "bateau et par avion de transport militaire.",
            None,
        ),
        (
            "en",
            "Turkey delivered the armoured vehicles to Libya on board A400M transport aircraft.",
            ("TUR", "LBY", "armour"),
        ),
        (
            "fr",
            "La Biélorussie a livré des obus à la Russie à bord d'avions-cargos Il-76.",
            ("BLR", "RUS", "ammunition"),
        ),
        (
            "en",
            "Serbia flew the shells to Egypt by military transport plane last spring.",
            ("SRB", "EGY", "ammunition"),
        ),
    ],
)
def test_the_vehicle_is_not_the_cargo(
    lang: str, text: str, triple: tuple[str, str, str] | None
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert not any(k[2] == "aircraft" or k[2] == "naval" for k in reports)
    if triple is not None:
        assert triple in reports


@pytest.mark.parametrize(
    ("lang", "text", "triple", "not_category"),
    [
        (
            "en",
            "Last year Seoul handed Manila a missile frigate retired from its navy.",
            ("KOR", "PHL", "naval"),
            "missiles",
        ),
        (
            "en",
            "Tehran sent anti-tank missiles to Damascus hidden in fuel trucks.",
            ("IRN", "SYR", "missiles"),
            "armour",
        ),
    ],
)
def test_a_modifying_materiel_word_is_not_an_item(
    lang: str, text: str, triple: tuple[str, str, str], not_category: str
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert triple in reports
    assert not any(k[2] == not_category for k in reports)


def test_a_named_system_modifier_keeps_its_own_category() -> None:
    text = "Berlin delivered Patriot missile systems and Leopard tanks to Kyiv."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert ("DEU", "UKR", "air_defence") in reports
    assert ("DEU", "UKR", "armour") in reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Selon l'ONU, les Émirats ont livré aux forces de Haftar des drones armés Wing Loong, "
            "de conception chinoise.",
        ),
        (
            "en",
            "The UAE shipped Wing Loong drones of Chinese design to Haftar's forces, the panel "
            "said.",
        ),
        ("en", "The UAE shipped Chinese-designed Wing Loong drones to Haftar's forces."),
    ],
)
def test_the_designer_is_not_a_party(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert ("ARE", "lna", "uav") in reports
    assert not any("CHN" in k[:2] for k in reports)


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        ("en", "Iranian-made drones were supplied to Moscow last autumn.", ("IRN", "RUS", "uav")),
        (
            "en",
            "North Korean-made rockets supplied to Russia have been found near Kharkiv.",
            ("PRK", "RUS", "ammunition"),
        ),
        (
            "fr",
            "Des composants fabriqués en Chine ont été expédiés vers la Russie.",
            ("CHN", "RUS", "components"),
        ),
    ],
)
def test_the_maker_on_made_supplies_a_passive_transfer(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in by_triple(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    "text",
    [
        "La Syrie est accusée par Israël et les Occidentaux d'avoir livré des roquettes au "
        "Hezbollah.",
        "La Syrie est accusée par Israël d'avoir livré des roquettes au Hezbollah.",
    ],
)
def test_the_accused_supplies_whoever_accuses(text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang="fr"))
    assert ("SYR", "hezbollah", "ammunition") in reports
    assert not any(k[0] in {"ISR", "west"} for k in reports)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les autorités irakiennes affirment avoir intercepté plusieurs cargaisons de "
            "roquettes à destination de la Syrie.",
        ),
        ("en", "Iraqi officials say they seized several shipments of rockets bound for Syria."),
    ],
)
def test_who_seizes_a_shipment_does_not_send_it(lang: str, text: str) -> None:
    assert not any(k[0] == "IRQ" for k in by_triple(armswatch.extract(text, lang=lang)))


def test_a_seized_shipment_keeps_its_named_sender() -> None:
    text = "The Navy said it had seized a shipment of Iranian rifles bound for the Houthis."
    assert ("IRN", "houthis", "small_arms") in by_triple(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "fr",
            "Le chef du Hamas, Yahya Sinouar, a affirmé que l'Iran avait fourni à son mouvement "
            "des roquettes à longue portée.",
            ("IRN", "hamas", "ammunition"),
        ),
        (
            "en",
            "Hezbollah's leader Hassan Nasrallah said Iran had supplied rockets to his movement "
            "for years.",
            ("IRN", "hezbollah", "ammunition"),
        ),
    ],
)
def test_his_movement_is_the_speakers_side(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in by_triple(armswatch.extract(text, lang=lang))


def test_fighters_given_to_are_recipients_not_cargo() -> None:
    text = (
        "Ismaïl Haniyeh a remercié Téhéran pour les armes apportées aux combattants palestiniens."
    )
    reports = by_triple(armswatch.extract(text, lang="fr"))
    assert ("IRN", "hamas", "unspecified") in reports
    assert not any(k[2] == "personnel" for k in reports)
