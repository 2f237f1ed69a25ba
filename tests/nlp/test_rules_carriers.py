"""Carriers, their cargo and the places they cross.

- a carrier that delivers ("des avions chinois ont livré le système FK-3 à la Serbie") is the
  sender's vehicle: its flag or its origin ("cargo planes from the UAE", "des vols en provenance
  d'Iran") supplies, and the item may sit below the object's head noun;
- the type of a carrier ("par deux avions de transport C-130") is not an item of the cargo;
- a route names a place and the state it lies in ("via l'aéroport d'Amdjarass, dans l'est du
  Tchad", "through an airstrip in eastern Chad"), and every conjunct of a place crossed ("the
  airspace of Turkey and Bulgaria");
- bringing, air-dropping and passing weapons on are transfers; "brought into play" and
  "apporter son soutien" are not.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "fr",
            "Trois avions chinois ont livré le système antiaérien FK-3 à la Serbie au printemps.",
            ("CHN", "SRB", "air_defence"),
        ),
        (
            "en",
            "Two freighters from Iran delivered assault rifles to the Houthis last month.",
            ("IRN", "houthis", "small_arms"),
        ),
        (
            "en",
            "Dozens of flights from the Emirates brought drones and ammunition to the RSF.",
            ("ARE", "rsf", "uav"),
        ),
        (
            "fr",
            "Des dizaines de vols en provenance d'Iran ont apporté des drones à la Russie.",
            ("IRN", "RUS", "uav"),
        ),
    ],
)
def test_the_carriers_flag_or_origin_sends(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(armswatch.extract(text, lang=lang))


def test_the_carriers_type_is_not_cargo() -> None:
    text = (
        "Rome avait expédié des fusils et des munitions à Kiev, acheminés par deux avions de "
        "transport C-130 jusqu'en Pologne."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert ("ITA", "UKR", "small_arms") in got
    assert not any(c == "aircraft" for _, _, c in got)


@pytest.mark.parametrize(
    ("lang", "text", "triple", "via"),
    [
        (
            "fr",
            "Selon l'ONU, des avions partis des Émirats ont acheminé des munitions aux FSR via "
            "l'aérodrome d'Amdjarass, dans l'est du Tchad.",
            ("ARE", "rsf", "ammunition"),
            {"TCD"},
        ),
        (
            "en",
            "The Emirates shipped ammunition to the RSF through an airstrip at Amdjarass in "
            "eastern Chad, the panel said.",
            ("ARE", "rsf", "ammunition"),
            {"TCD"},
        ),
        (
            "fr",
            "Les avions militaires chinois qui ont livré un système de défense aérienne à la Serbie "
            "ont traversé l'espace aérien de la Turquie et de la Bulgarie.",
            ("CHN", "SRB", "air_defence"),
            {"TUR", "BGR"},
        ),
        (
            "en",
            "The Chinese transports that delivered the air-defence system to Serbia flew through "
            "Turkish and Bulgarian airspace.",
            ("CHN", "SRB", "air_defence"),
            {"TUR", "BGR"},
        ),
        (
            "fr",
            "Moscou a envoyé une dizaine de MiG-29 en Libye. Selon Africom, les chasseurs ont "
            "transité par l'aérodrome militaire de Hmeimim, en Syrie.",
            ("RUS", "LBY", "aircraft"),
            {"SYR"},
        ),
    ],
)
def test_a_place_crossed_gives_its_state_and_its_conjuncts(
    lang: str, text: str, triple: tuple[str, str, str], via: set[str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert triple in reports
    assert {v.id for v in reports[triple].via} == via


def test_a_state_far_after_the_route_cue_is_not_crossed() -> None:
    text = "Iran shipped drones to Russia via the Caspian Sea, and Ukraine protested to the UN."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert {v.id for v in reports[("IRN", "RUS", "uav")].via} == {"caspian-sea"}


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "en",
            # the rebels are an actor of their own
            "French aircraft parachuted rifles and ammunition to Libyan rebels in 2011.",
            ("FRA", "libyan-rebels", "small_arms"),
        ),
        (
            "en",
            "Nine Russian planes brought pistols and rifles to Bangui.",
            ("RUS", "CAF", "small_arms"),
        ),
        (
            "fr",
            "L'Ouganda a ensuite retransféré une partie de ces fusils à l'armée sud-soudanaise.",
            ("UGA", "SSD", "small_arms"),
        ),
        (
            "fr",
            "Des avions russes ont apporté à Bangui des fusils d'assaut et des pistolets.",
            ("RUS", "CAF", "small_arms"),
        ),
    ],
)
def test_bringing_and_dropping_weapons_to_someone(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia shelled Kharkiv again. It is Moscow's own conduct that has brought these "
            "weapons into play, the British minister said.",
        ),
        ("fr", "La Russie a apporté son soutien politique à la Syrie au Conseil de sécurité."),
    ],
)
def test_bringing_without_a_recipient_is_not_a_transfer(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []
