"""Clauses around a transfer that change who takes part or what moves.

- second-hand purchases: "that Lima bought second-hand from the Italian navy", "rachetées à la
  Royal Navy" (racheter is buying), with the participle the parser hangs as a noun modifier;
- interest is a plan, and the interested party buys: "Baghdad remains interested in buying
  Rafale jets", "la Colombie se dit désireuse d'acquérir des Gripen";
- what a system can carry is a capability, not cargo: "a version of the T-50 that can also
  carry bombs", "des navires capables de transporter des chars";
- people who are the subject of another clause are not cargo: "deliveries began after Iraqi
  pilots had trained in Arizona";
- the Kurdish Peshmerga are an armed group of their own.

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
            "en",
            "Peru's navy still sails two frigates that Lima bought second-hand from the Italian "
            "navy in 2006.",
            ("ITA", "PER", "naval"),
        ),
        (
            "fr",
            "Le Chili a racheté deux frégates à l'Australie l'an dernier.",
            ("AUS", "CHL", "naval"),
        ),
        (
            "fr",
            "La marine chilienne exploite trois frégates de type 23 rachetées à la Royal Navy "
            "britannique en 2005.",
            ("GBR", "CHL", "naval"),
        ),
    ],
)
def test_second_hand_purchases(lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(armswatch.extract(text, lang=lang))


def test_buying_back_a_company_is_not_a_transfer() -> None:
    assert armswatch.extract("Le groupe a racheté son concurrent allemand.", lang="fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "en",
            "Officers said Baghdad remains interested in buying more Rafale jets from France.",
            ("FRA", "IRQ", "aircraft"),
        ),
        ("en", "Cairo is keen to buy Su-35 fighter jets from Russia.", ("RUS", "EGY", "aircraft")),
        (
            "fr",
            "La Colombie se dit désireuse d'acquérir des Gripen auprès de la Suède.",
            ("SWE", "COL", "aircraft"),
        ),
    ],
)
def test_interest_is_a_plan_of_the_interested(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert triple in reports
    assert reports[triple].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text", "triple", "not_cargo"),
    [
        (
            "en",
            "Seoul sold Manila twelve FA-50 jets, a light fighter that can also carry missiles.",
            ("KOR", "PHL", "aircraft"),
            "missiles",
        ),
        (
            "fr",
            "Rome a vendu au Pérou deux frégates, des navires capables de transporter des "
            "hélicoptères.",
            ("ITA", "PER", "naval"),
            "aircraft",
        ),
        (
            "en",
            "Baghdad ordered 18 F-16 jets from the United States, and deliveries began after "
            "Iraqi pilots had trained in Arizona.",
            ("USA", "IRQ", "aircraft"),
            "personnel",
        ),
    ],
)
def test_capabilities_and_other_clauses_are_not_cargo(
    lang: str, text: str, triple: tuple[str, str, str], not_cargo: str
) -> None:
    got = triples(armswatch.extract(text, lang=lang))
    assert triple in got
    assert not any(c == not_cargo for _, _, c in got)


def test_cargo_planes_carrying_weapons_still_deliver() -> None:
    text = "Iranian cargo planes carried drones to Russia last summer."
    assert ("IRN", "RUS", "uav") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iraq handed twelve howitzers to the Kurdish Peshmerga in 2024."),
        ("fr", "L'Irak a remis douze obusiers aux Peshmergas kurdes en 2024."),
    ],
)
def test_the_peshmerga_receive(lang: str, text: str) -> None:
    assert ("IRQ", "peshmerga", "artillery") in triples(armswatch.extract(text, lang=lang))
