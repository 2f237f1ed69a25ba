"""A phrase's head noun named again, coordinated legs, buyers as pronouns, purposes negated.

- "the Russian-made air-defence batteries … Moscow handed three batteries over to Finland":
  the head noun of a materiel phrase, alone later in the paragraph, is that materiel again
  (not when it heads a phrase of its own: "missile systems" after "air defence systems");
- "In 1992 it ordered 64 Hornets from the United States": "it" buys as the state the sentence
  before was about;
- "trucked and flown from Liberia to the RUF": the first verb, naming nobody, adds nothing
  the second does not say for both;
- "Drakens that Finland had bought from Sweden and flown since the 1970s": flying one's own
  jets sends them nowhere;
- "« Nous ne les avons pas achetés pour les exhiber »": the negation bears on the purpose (a
  purpose about the same goods; "did not send them to Kyiv to avoid escalation" still denies);
  "did not send tanks, but delivered howitzers": the negation stops at "but";
- "Macedonia is arming itself: the helicopters from Ukraine, the tanks from Bulgaria": arming
  oneself is buying, each item from its own state;
- "selon l'Institut international de recherche sur la paix de Stockholm (Sipri)": SIPRI
  claims it.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


def test_a_head_noun_named_again_is_the_same_materiel() -> None:
    text = (
        "The Soviet-era air-defence batteries were never paid for. Moscow handed two batteries "
        "over to Hungary in 1995."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("RUS", "HUN", "air_defence")}


def test_a_head_noun_heading_a_phrase_of_its_own_keeps_its_own_kind() -> None:
    text = "Officials said Egypt had ordered air defence systems and missile systems from Russia."
    assert triples(armswatch.extract(text, lang="en")) == {
        ("RUS", "EGY", "air_defence"),
        ("RUS", "EGY", "missiles"),
    }


def test_it_buys_as_the_state_the_sentence_before_was_about() -> None:
    text = (
        "Ukraine still wanted jets. It was not the first time Oslo had looked west. In 1980 it "
        "ordered 72 F-16 fighters from the United States."
    )
    assert ("USA", "NOR", "aircraft") in triples(armswatch.extract(text, lang="en"))
    assert ("USA", "UKR", "aircraft") not in triples(armswatch.extract(text, lang="en"))


def test_coordinated_legs_name_both_sides_for_both() -> None:
    text = (
        "Sudan was accused of arming the SPLM-IO. Investigators said rifles and ammunition had "
        "been trucked and flown from Sudan to SPLM-IO units in the north of the country."
    )
    assert triples(armswatch.extract(text, lang="en")) == {
        ("SDN", "splm-io", "small_arms"),
        ("SDN", "splm-io", "ammunition"),
    }


def test_flying_ones_own_jets_is_no_supply() -> None:
    text = (
        "The Hornets replaced Soviet-built MiG-21s, and the Saab Drakens that Austria had "
        "bought from Sweden and flown since 1988."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("SWE", "AUT", "aircraft") in found
    assert not any(s == "AUT" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Russie a livré des missiles Iskander à l'Arménie. « Nous ne les avons pas "
            "achetés pour les exhiber », a ajouté le ministre arménien.",
            "fr",
        ),
        (
            'Russia delivered Iskander missiles to Armenia. "We did not buy them to show them '
            'off," the Armenian minister said.',
            "en",
        ),
    ],
)
def test_a_negated_purpose_is_no_denial(text: str, lang: str) -> None:
    (r,) = armswatch.extract(text, lang=lang)
    assert (r.supplier.id, r.recipient.id, r.status, r.denied_by) == ("RUS", "ARM", "reported", [])


def test_a_purpose_about_something_else_leaves_the_denial() -> None:
    text = (
        "Germany bought Taurus missiles from the maker. Berlin did not send them to Kyiv to "
        "avoid escalation."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert reports[("DEU", "UKR", "missiles")].status == "denied_only"


def test_a_negation_without_a_purpose_still_denies() -> None:
    text = "La Russie a livré des missiles Iskander à l'Arménie. Moscou ne les a pas livrés, a dit le ministre russe."
    (r,) = armswatch.extract(text, lang="fr")
    assert [d.id for d in r.denied_by] == ["RUS"]


def test_arming_oneself_is_buying_each_item_from_its_own_state() -> None:
    text = "Georgia is arming itself in haste: the drones from Israel, the tanks from Ukraine"
    assert triples(armswatch.extract(text, lang="en")) == {
        ("ISR", "GEO", "uav"),
        ("UKR", "GEO", "armour"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Selon l'Institut international de recherche sur la paix de Stockholm (Sipri), "
            "le Vietnam a reçu de Moscou des chars T-90.",
            "fr",
        ),
        ("According to SIPRI, Vietnam received T-90 tanks from Moscow.", "en"),
    ],
)
def test_sipri_claims_what_it_is_cited_for(text: str, lang: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert [c.id for c in reports[("RUS", "VNM", "armour")].claimed_by] == ["sipri"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Paris did not send tanks, but it delivered howitzers to Kyiv.",
            "en",
            {("artillery", "reported")},
        ),
        (
            "Paris n'a pas envoyé de chars à Kiev, mais a livré des obusiers.",
            "fr",
            {("armour", "denied_only"), ("artillery", "reported")},
        ),
        (
            "Paris did not send tanks and did not deliver howitzers to Kyiv.",
            "en",
            {("artillery", "denied_only")},
        ),
    ],
)
def test_not_this_but_that_denies_only_this(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    found = armswatch.extract(text, lang=lang)
    assert {(r.category, r.status) for r in found} >= expected
    assert all(r.status == "denied_only" for r in found if r.category == "armour")
