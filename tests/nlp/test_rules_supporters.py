"""Supporters, approvals and described buyers: rules drawn from the eighth blind batch.

"X backed Y, sending drones" (the backed side receives), "a fourni à celui-ci" (the last actor
named), "cleared Rabat to buy" (the cleared state buys), "to provide the kingdom with" and
"livrés au royaume" (the state the article is about), a named system bought with no seller
named (its maker sells, whatever transfer came before), and the Moroccan armed forces by name.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Ankara has firmly backed the Tripoli government, sending it armed drones last spring.",
            {("TUR", "LBY", "uav")},
        ),
        (
            "en",
            "Turkey openly supported the government in Tripoli, shipping military advisers "
            "and drones.",
            {("TUR", "LBY", "personnel"), ("TUR", "LBY", "uav")},
        ),
        (
            "fr",
            "Ankara soutient le gouvernement de Tripoli, lui envoyant des drones armés.",
            {("TUR", "LBY", "uav")},
        ),
    ],
)
def test_the_backed_side_receives(lang: str, text: str, want: set[tuple[str, str, str]]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == want


def test_the_latter_is_the_last_actor_named() -> None:
    text = (
        "La Turquie, alliée du gouvernement de Tripoli, a livré à celui-ci des drones et des "
        "conseillers militaires."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {
        ("TUR", "LBY", "uav"),
        ("TUR", "LBY", "personnel"),
    }


def test_a_cleared_state_buys() -> None:
    text = "In 2023 the State Department cleared Rabat to buy 18 HIMARS launchers."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert set(reports) == {("USA", "MAR", "artillery")}
    assert reports["USA", "MAR", "artillery"].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Morocco has bought heavily from Israel. Elbit agreed last year to provide the "
            "kingdom with its artillery systems.",
            ("ISR", "MAR", "artillery"),
        ),
        (
            "fr",
            "Le Maroc diversifie ses achats. Des drones Heron avaient été livrés au royaume "
            "par Israël en 2020.",
            ("ISR", "MAR", "uav"),
        ),
    ],
)
def test_the_described_buyer(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


def test_a_named_system_bought_without_seller_comes_from_its_maker() -> None:
    text = (
        "Israël a livré des drones Harop au Maroc en 2021. Les Forces armées royales ont aussi "
        "commandé vingt-cinq F-16 neufs."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert ("USA", "MAR", "aircraft") in got
    assert ("ISR", "MAR", "aircraft") not in got
