"""Goods for someone, buyers helped, relatives that give to "it", attack airplanes.

- "Indian-built aircraft for the Guyanese army landed": the aircraft are the goods, for the
  army named, from their maker; not a carrier whose flags would all receive them. A real
  carrier ("an Indian Air Force C-17 transport landed with missiles") still brings;
- "the United States would help Guyana acquire aircraft": the helper provides (planned);
- "Su-30 fighters that Russia sold it": with the relative pronoun as the thing sold, "it" is
  the holder the main clause names;
- "attack airplanes", "combat planes", "jet fighters" are aircraft: "the four Su-25 attack
  airplanes of the Army of the Republic of North Macedonia were handed over to Ukraine".

Sentences written for these tests, in English (the French forms were already read).
``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two Indian-built patrol aircraft for the Guyanese army landed at the capital's "
            "airport on Sunday.",
            {("IND", "GUY", "aircraft")},
        ),
        (
            "Two Indian-made Dornier aircraft for the Guyana Defence Force arrived on Sunday.",
            {("IND", "GUY", "aircraft")},
        ),
        (
            "An Indian Air Force C-17 transport landed in Manila with the first missiles.",
            {("IND", "PHL", "missiles")},
        ),
    ],
)
def test_goods_for_someone_are_no_carrier(text: str, want: set[tuple[str, str, str]]) -> None:
    assert triples(armswatch.extract(text, lang="en")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The envoy said the United States would help Guyana acquire new aircraft.",
            ("USA", "GUY", "aircraft"),
        ),
        ("Washington will help Taipei buy more anti-ship missiles.", ("USA", "TWN", "missiles")),
    ],
)
def test_a_helper_provides_what_it_helps_buy(text: str, want: tuple[str, str, str]) -> None:
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert set(reports) == {want}
    assert reports[want].status == "planned"


def test_a_helper_that_is_no_state_provides_nothing() -> None:
    text = "Analysts will help readers understand why Guyana acquired new aircraft."
    assert armswatch.extract(text, lang="en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela still flies Su-30 fighters that Russia sold it in 2008.",
        "Venezuela's own air force still counts on Su-30 fighters that Russia sold it years ago.",
    ],
)
def test_it_in_a_relative_on_the_goods_is_their_holder(text: str) -> None:
    assert ("RUS", "VEN", "aircraft") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    "text",
    [
        "The four Su-25 attack airplanes of the Army of the Republic of North Macedonia were "
        "handed over to Ukraine in August.",
        "Four combat planes of the North Macedonian army were handed over to Ukraine.",
    ],
)
def test_attack_airplanes_are_aircraft(text: str) -> None:
    assert triples(armswatch.extract(text, lang="en")) == {("MKD", "UKR", "aircraft")}


def test_goods_handed_to_nobody_named_go_to_the_article_s_state() -> None:
    text = (
        "How Beijing became Tanzania's armourer\n\n"
        "Tanzania's army paraded a new tank in Dar es Salaam. Tanzanian officers trained abroad "
        "for years, and Tanzania's navy grew fast.\n\n"
        "Through the 1970s Beijing supplied Type 59 tanks and F-6 fighters."
    )
    assert {("CHN", "TZA", "armour"), ("CHN", "TZA", "aircraft")} <= triples(
        armswatch.extract(text, lang="en")
    )


def test_in_a_story_of_armed_groups_the_state_is_not_guessed() -> None:
    text = (
        "Rwanda and Uganda backed the AFDL rebels in Zaire. Zaire's army collapsed. Zaire's "
        "president fled. Zaire was renamed.\n\nKigali supplied assault rifles and machine guns."
    )
    assert ("RWA", "COD", "small_arms") not in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Naval Group built six submarines for the Indian navy.", ("FRA", "IND", "naval")),
        (
            "en",
            "Turkey's Dearsan shipyard has built most of the Turkmen navy's patrol boats.",
            ("TUR", "TKM", "naval"),
        ),
        (
            "fr",
            "Le chantier Piriou construit trois patrouilleurs pour la marine sénégalaise.",
            ("FRA", "SEN", "naval"),
        ),
    ],
)
def test_a_maker_building_for_another_state_s_forces_supplies(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Russia built its own navy's frigates.",
        "Ukroboronprom says its priority after Thailand is to start building Oplots for the "
        "Ukrainian army.",
    ],
)
def test_building_for_oneself_supplies_nobody(text: str) -> None:
    assert armswatch.extract(text, lang="en") == []
