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
  to ("Turkish rocket launchers"); demonyms count only when no state that fits is named;
- "the Franco-Italian system was delivered": the demonym on delivered goods is their maker;
  "les J-10C pakistanais sont armés de missiles": the armed jets are the recipient's;
- "Israel's edge" after a comma is not the supplier of a "sale" in the same headline;
- "the F-35I Adir, dozens of which it has received from the United States": the count's noun;
- "l'Égypte s'est dotée de …", parsed as a passive, is still a purchase by Egypt;
- "n'est pas soupçonné d'avoir vendu": nobody asserts that transfer;
- a buyer after more drones, with no seller named, does not buy them from the seller of the
  jets reported just before.

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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Italy confirmed that the second SAMP/T battery has arrived in Ukraine. The first "
            "Franco-Italian SAMP/T system was delivered in 2023.",
            "en",
            {("FRA", "UKR", "air_defence")},
        ),
        (
            "Les J-10C pakistanais sont armés de missiles PL-15, livrés eux aussi par Pékin.",
            "fr",
            {("CHN", "PAK", "missiles"), ("CHN", "PAK", "aircraft")},
        ),
        (
            "Japan now operates the F-35A, dozens of which it has received from the United States.",
            "en",
            {("USA", "JPN", "aircraft")},
        ),
        (
            "L'Égypte s'est également dotée du système IRIS-T SLM, d'après des sources "
            "industrielles.",
            "fr",
            {("DEU", "EGY", "air_defence")},
        ),
    ],
)
def test_who_owns_what_is_named_around_the_goods(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_the_possessor_of_another_noun_sells_nothing() -> None:
    text = "We will be selling F-35s: Trump backs jet sale to Riyadh, Israel's edge in question"
    found = triples(armswatch.extract(text, lang="en"))
    assert found
    assert all(s != "ISR" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pékin n'est pas soupçonné d'avoir vendu directement ces drones à l'Éthiopie.", "fr"),
        ("Beijing is not suspected of selling the drones directly to Ethiopia.", "en"),
    ],
)
def test_a_negated_suspicion_asserts_nothing(text: str, lang: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


def test_a_suspicion_still_asserts() -> None:
    text = "Beijing is suspected of selling the drones directly to Ethiopia."
    assert triples(armswatch.extract(text, lang="en")) == {("CHN", "ETH", "uav")}


def test_a_buyer_of_new_drones_names_no_seller_from_other_transfers() -> None:
    text = (
        "En 2024, la Russie a remis à l'armée de l'air éthiopienne des chasseurs Su-30. "
        "Addis-Abeba cherche en outre à acquérir des drones supplémentaires."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("RUS", "ETH", "aircraft")}
