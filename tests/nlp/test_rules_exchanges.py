"""Swaps: what is given "in exchange for" goods, and the addressee of a request.

- "X will hand Y old hardware in return for new military equipment": the equipment goes from Y
  to X (same status); when the phrase names the goods' maker ("en échange de batteries
  américaines Patriot") the maker gives them;
- "Athènes a obtenu des Marder en échange des BMP-1 transmis à l'Ukraine": the goods handed on
  in exchange are the buyer's, and Ukraine, named inside the phrase, did not sell the Marders;
- a bare "en échange" ("in return") names no goods of its own;
- "Washington a demandé à plusieurs reprises à Athènes de céder": Athens, the addressee the
  parser hung on "reprises", would give, not Washington.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
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
            "Quito will hand over its old Russian-made military hardware to the United States in "
            "return for new military equipment.",
            {("ECU", "USA", "unspecified"), ("USA", "ECU", "unspecified")},
        ),
        (
            "fr",
            "Athènes cédera ses S-300 à l'Ukraine en échange de batteries américaines Patriot.",
            {("GRC", "UKR", "air_defence"), ("USA", "GRC", "air_defence")},
        ),
    ],
)
def test_what_is_given_in_exchange_goes_back(
    lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert set(reports) == want
    assert len({r.status for r in reports.values()}) == 1  # the swap's two sides alike


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Athènes a obtenu des chars Marder en échange des BMP-1 transmis à l'Ukraine."),
        ("en", "Athens obtained Marder vehicles in exchange for BMP-1s passed to Ukraine."),
    ],
)
def test_goods_handed_on_in_exchange_are_the_buyer_s(lang: str, text: str) -> None:
    got = triples(armswatch.extract(text, lang=lang))
    assert ("GRC", "UKR", "armour") in got
    assert ("UKR", "GRC", "armour") not in got


def test_a_bare_in_return_names_no_goods() -> None:
    text = (
        "Les S-300 avaient été commandés à la Russie par Chypre, qui les a cédés à la Grèce ; "
        "Athènes avait fourni en échange à Chypre des systèmes Tor-M1."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert ("CYP", "GRC", "air_defence") in got
    assert ("CYP", "RUS", "air_defence") not in got


def test_the_addressee_of_a_request_gives() -> None:
    text = "Washington a demandé à plusieurs reprises à Athènes de céder ses S-300 à l'Ukraine."
    assert triples(armswatch.extract(text, lang="fr")) == {("GRC", "UKR", "air_defence")}
