"""Requests to pass goods on, pronouns after a colon, ferry crews, goods listed after the fact.

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
  aircraft.

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
