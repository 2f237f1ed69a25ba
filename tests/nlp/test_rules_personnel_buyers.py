"""Foreign military people at work, and buyers named only by description.

- foreign instructors or soldiers training a force ("Des instructeurs chinois ont formé les
  télépilotes congolais") or fighting beside it ("North Korean troops are fighting alongside
  Russian forces") were sent to it by their state: personnel; the force may be named through
  "of" phrases ("les forces du maréchal Khalifa Haftar") or by the place of training; soldiers
  fighting with nobody named beside them, people trained by nobody, and a force named by
  nothing ("cette garde présidentielle") give nothing;
- with the seller named, "the army ordered tanks from NORINCO" is the army of the state the
  article is about; "they had been purchased from the United States" is a purchase by it;
- "the newly acquired Turkish missile system": the demonym names the maker, never the buyer;
- the state an article is about is the one it names, not the one its demonyms give materiel
  to ("Turkish rocket launchers"); demonyms count only when no state that fits is named.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Des instructeurs chinois ont formé les premiers pilotes de drones congolais à "
            "Kinshasa.",
            "fr",
            {("CHN", "COD", "personnel")},
        ),
        (
            "Des militaires nord-coréens entraînent aussi la garde présidentielle angolaise.",
            "fr",
            {("PRK", "AGO", "personnel")},
        ),
        (
            "Des instructeurs russes forment l'armée malienne depuis 2021.",
            "fr",
            {("RUS", "MLI", "personnel")},
        ),
        (
            "Quelque 3 000 soldats rwandais combattent aux côtés des rebelles du M23 dans le "
            "Nord-Kivu.",
            "fr",
            {("RWA", "m23", "personnel")},
        ),
        (
            "En Libye, des centaines de combattants de Wagner ont épaulé à partir de 2019 les forces du "
            "maréchal Khalifa Haftar dans leur offensive contre Tripoli.",
            "fr",
            {("wagner-group", "lna", "personnel")},
        ),
        (
            "North Korean troops are fighting alongside Russian forces in the Kursk region.",
            "en",
            {("PRK", "RUS", "personnel")},
        ),
        (
            "Turkish officers have trained thousands of Somali soldiers at a base in Mogadishu.",
            "en",
            {("TUR", "SOM", "personnel")},
        ),
        (
            "Russian instructors have trained the troops of the Malian junta.",
            "en",
            {("RUS", "MLI", "personnel")},
        ),
    ],
)
def test_foreign_personnel_training_or_fighting_beside_a_force(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les soldats ukrainiens combattent dans le Donbass.", "fr"),
        ("Ukrainian pilots trained in the United States for six months.", "en"),
        ("Des instructeurs nord-coréens ont aussi formé cette garde présidentielle.", "fr"),
        ("Russian soldiers fought against Ukrainian forces near Bakhmut.", "en"),
    ],
)
def test_personnel_at_work_without_a_force_served_gives_nothing(text: str, lang: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        (
            "Thailand is modernising its armoured corps. The army ordered VT4 tanks from the "
            "Chinese state manufacturer NORINCO.",
            "en",
            ("CHN", "THA", "armour"),
        ),
        (
            "Iraq received 24 howitzers last year. They had been purchased from the United "
            "States under a contract signed in 2016.",
            "en",
            ("USA", "IRQ", "artillery"),
        ),
    ],
)
def test_a_buyer_described_with_the_seller_named(
    text: str, lang: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(armswatch.extract(text, lang=lang))


def test_the_demonym_on_an_acquired_system_is_not_its_buyer() -> None:
    text = "The chief of staff said the newly acquired Turkish missile system was a success."
    assert ("TUR", "TUR", "missiles") not in triples(armswatch.extract(text, lang="en"))
    assert all(r.recipient.id != "TUR" for r in armswatch.extract(text, lang="en"))


def test_the_state_described_is_named_not_given_by_demonyms() -> None:
    # Turkey is "named" three times by demonyms on materiel; Bangladesh by name twice
    text = (
        "Bangladesh adds Turkish rocket launchers. "
        "DHAKA - Bangladesh has brought a Turkish rocket launcher into service. "
        "The Turkish system was tested in January. "
        "The army later ordered VT5 light tanks from the Chinese manufacturer NORINCO."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("CHN", "BGD", "armour") in found
    assert all(r != "TUR" for _, r, _ in found)
