"""Shipments handed over later, the armed and their arms, captured goods, speakers' "us".

- goods sent to nobody named yet ("a consignment from China docked at the port of Mombasa; its
  cargo included …") go to whoever "they were handed to" a few sentences on, with the port on
  their way; a demonym on a port is a route, not a second sender;
- "rifles, which it says Israel supplied to the army": the relative through a reporting verb;
- "accused Sudan of arming them": Sudan arms, "them" is who was spoken of (an armed group
  too), never the accuser; "X armed and financed Y": the verbs share their object; "Hezbollah,
  armed by Iran," / "la ZIPRA, armée par l'Union soviétique,": the actor described is armed;
- a denial of supplying attaches to the denier's sending, not to what it received; a quote
  closed after a comma ends the quoted clause;
- a Mi-24 "captured at" a base and handed over is not its maker's; the troops just sent who
  "débarquent avec des chars" bring the tanks; "se tourne vers Moscou" is no route;
- "engines for … aircraft" are components and "trainer" there names aircraft; "Its Motor Sich
  plant has supplied" is the state the sentence before spoke of; landing craft are
  naval; "la Défense avait acheté" is the state spoken of; "« Amman nous a cédé une quinzaine
  d'appareils »" gives the speaker's state aircraft; the leader of the state spoken of handing
  its own army "une dizaine d'appareils" gives nothing to anyone else;
- ZANLA, ZIPRA, the GUNT and the SPLM-IO are actors.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


def test_goods_sent_to_nobody_go_to_whoever_they_are_handed_to() -> None:
    text = (
        "Investigators traced a consignment from China that docked at the Kenyan port of "
        "Mombasa in 2014. Its cargo included anti-tank missiles, assault rifles and millions of "
        "rounds of ammunition. The containers were later trucked to Juba, where they were handed "
        "to the army of South Sudan."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert {
        ("CHN", "SSD", "missiles"),
        ("CHN", "SSD", "small_arms"),
        ("CHN", "SSD", "ammunition"),
    } <= set(found)
    assert "KEN" in [v.id for v in found[("CHN", "SSD", "missiles")].via]
    assert not any(s == "KEN" for s, _, _ in found)


def test_a_relative_through_a_reporting_verb() -> None:
    text = (
        "The panel found Israeli Galil rifles, which it says Israel supplied to the army of "
        "South Sudan before the war."
    )
    assert ("ISR", "SSD", "small_arms") in triples(armswatch.extract(text, lang="en"))


def test_accused_of_arming_them() -> None:
    text = (
        "The rebels of the SPLM-In Opposition have few heavy weapons. The government in Juba has "
        "accused Sudan of arming them with rifles."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("SDN", "splm-io", "small_arms") in found
    assert not any(r == "SSD" for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tripoli armed and financed the GUNT rebels with weapons and money.",
            "en",
            ("LBY", "gunt"),
        ),
        ("Hezbollah, armed by Iran, fields thousands of rockets.", "en", ("IRN", "hezbollah")),
        (
            "La ZIPRA de Joshua Nkomo, armée par l'Union soviétique, disposait de missiles "
            "Strela-2 acheminés via la Zambie.",
            "fr",
            ("SUN", "zipra"),
        ),
        (
            "La ZANLA recevait de la Chine des fusils d'assaut et des instructeurs.",
            "fr",
            ("CHN", "zanla"),
        ),
    ],
)
def test_the_armed_and_who_armed_them(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert expected in {(s, r) for s, r, _ in found}
    assert not any(s == expected[1] for s, _, _ in found)


def test_a_denial_of_supplying_is_no_denial_of_receiving() -> None:
    text = (
        "Austria sold 800 sniper rifles to Iran in 2006. Some of them turned up in Iraq. Tehran "
        "has always denied supplying weapons to armed groups in Iraq."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert not found[("AUT", "IRN", "small_arms")].denied_by


def test_a_closed_quote_ends_the_quoted_clause() -> None:
    text = (
        'Austria sold 800 sniper rifles to Iran in 2006. "We have no evidence that these weapons '
        'came from that delivery," a spokesman for the Austrian interior ministry said.'
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert not found[("AUT", "IRN", "small_arms")].denied_by  # no delivery to Austria denied
    assert not any(r == "AUT" for _, r, _ in found)


def test_captured_goods_are_not_their_maker_s() -> None:
    text = (
        "Chadian troops overran the Libyan base in 1987. A Mi-24 gunship captured at the base "
        "was reportedly handed over to the United States."
    )
    assert not any(s == "RUS" for s, _, _ in triples(armswatch.extract(text, lang="en")))


def test_troops_sent_land_with_their_tanks() -> None:
    text = (
        "Quelque 2 000 soldats libyens sont envoyés en Ouganda par un pont aérien. Ils "
        "débarquent avec des chars T-55 et des lance-roquettes multiples."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert {("LBY", "UGA", "personnel"), ("LBY", "UGA", "armour")} <= found


def test_turning_to_a_partner_is_no_route() -> None:
    text = "Israël vendait des armes à l'Ouganda jusqu'en 1972, quand le maréchal se tourne vers Moscou."
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert not found[("ISR", "UGA", "unspecified")].via


def test_engines_for_aircraft_and_landing_craft() -> None:
    text = (
        "Ukraine's Motor Sich has supplied engines for Chinese trainer and attack aircraft. In "
        "2009 Kyiv agreed to deliver four air-cushion landing craft to China."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert {("UKR", "CHN", "components"), ("UKR", "CHN", "naval")} <= found
    assert ("UKR", "CHN", "personnel") not in found
    assert not triples(armswatch.extract("Ukraine shipped engines to China.", lang="en"))


def test_what_the_state_just_named_owns_sends() -> None:
    text = (
        "Russia sold China Su-27 jets in 1992. Ukraine did not stay out of the trade. Its "
        "Motor Sich plant has supplied engines for Chinese attack aircraft."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("UKR", "CHN", "components") in found
    assert ("RUS", "CHN", "components") not in found


def test_the_ministry_capitalised_is_the_state_spoken_of() -> None:
    text = (
        "L'Australie a reçu ses premiers chars Abrams. La Défense avait auparavant acheté 90 chars "
        "Leopard à l'Allemagne de l'Ouest dans les années 1970."
    )
    assert ("DEU", "AUS", "armour") in triples(armswatch.extract(text, lang="fr"))


def test_us_is_the_speaker_s_state() -> None:
    text = (
        "Les vieux F-5 restent la colonne vertébrale de l'aviation. « Amman nous a cédé une "
        "quinzaine d'appareils d'occasion », raconte un ancien responsable du ministère kényan de "
        "la Défense."
    )
    assert ("JOR", "KEN", "aircraft") in triples(armswatch.extract(text, lang="fr"))


def test_a_leader_handing_aircraft_to_his_own_army() -> None:
    text = (
        "Des avions russes sont arrivés à Bamako. Le colonel Goïta, président du Mali, a remis à "
        "l'armée de l'air une dizaine d'appareils, devant l'ambassadeur russe."
    )
    assert not any(s == "MLI" for s, _, _ in triples(armswatch.extract(text, lang="fr")))
