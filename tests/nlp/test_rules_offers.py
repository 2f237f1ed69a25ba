"""Offers and users: an offer of materiel is a planned supply ("Pékin avait proposé à Buenos
Aires des chasseurs", "an offer of 34 jets to Argentina"); whoever a passive use names as its
agent received what was supplied ("des obusiers réexportés par les Émirats ont été utilisés par
les FSR").

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pékin avait proposé à Buenos Aires des chasseurs JF-17."),
        ("fr", "La Chine a fait une offre portant sur 34 chasseurs à l'Argentine."),
        ("en", "Beijing offered Argentina 34 JF-17 fighters in 2022."),
        ("en", "China made an offer of 34 jets to Argentina."),
    ],
)
def test_an_offer_is_a_planned_supply(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert set(reports) == {("CHN", "ARG", "aircraft")}
    assert reports["CHN", "ARG", "aircraft"].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Paris a proposé des négociations à Moscou."),
        ("en", "Washington offered Kyiv talks on a ceasefire."),
    ],
)
def test_an_offer_of_no_materiel_is_nothing(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Des obusiers de fabrication chinoise, réexportés par les Émirats arabes unis, ont "
            "été utilisés par les FSR au Darfour.",
            ("ARE", "rsf", "artillery"),
        ),
        (
            "fr",
            "Des drones livrés par l'Iran ont été utilisés par les houthis contre des navires.",
            ("IRN", "houthis", "uav"),
        ),
        (
            "en",
            "Drones supplied by Iran were used by the Houthis against ships.",
            ("IRN", "houthis", "uav"),
        ),
    ],
)
def test_agent_of_a_passive_use_received(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}
