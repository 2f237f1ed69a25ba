"""Per-article features of the merge stage, on sentences written for these tests."""

from __future__ import annotations

import pytest

from armswatch.merge import features, number_value, shingles
from armswatch.merge.link import similarity
from armswatch.nlp.gazetteer import default_gazetteer
from armswatch.records import Actor, Article, TransferReport


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,500", "1500"),
        ("1 500", "1500"),
        ("1\u202f500", "1500"),
        ("12.000", "12000"),
        ("12,5", "12.5"),
        ("360", "360"),
        ("2023", None),  # a year dates the text, it does not tell events apart
        ("3", None),  # small counts are everywhere
    ],
)
def test_number_values(raw: str, value: str | None) -> None:
    assert number_value(raw) == value


def test_shingles_ignore_case_accents_and_punctuation() -> None:
    assert shingles("Les obus, livrés à Moscou!") == shingles("les OBUS livres a moscou")
    assert shingles("un") == {"un"}
    assert shingles("") == set()


def _article(text: str, lang: str, reports: list[tuple[str, str, str]] = ()) -> Article:  # type: ignore[assignment]
    a = Article(id=f"{lang}-x", text=text, source="test", lang=lang)
    a.reports = [
        TransferReport(a.id, "test", Actor(s, s), Actor(r, r), c, c) for s, r, c in reports
    ]
    return a


FR = (
    "Selon le porte-parole John Kirby, Pyongyang a livré 1 500 obus à Moscou.\n\n"
    "Les cargaisons auraient transité par le port de Rajin, a précisé M. Kirby. "
    "La Corée du Nord dément."
)
EN = (
    "North Korea shipped 1,500 shells to Moscow, spokesman John Kirby said.\n\n"
    "The cargo went through the port of Rajin, Kirby added. Pyongyang denies it."
)


def test_features_are_language_independent() -> None:
    gaz = default_gazetteer()
    fr = features(_article(FR, "fr", [("PRK", "RUS", "ammunition")]), gaz)
    en = features(_article(EN, "en", [("PRK", "RUS", "ammunition")]), gaz)
    assert "kirby" in fr.names and "kirby" in en.names
    assert "rajin" in fr.names and "rajin" in en.names
    assert fr.numbers == en.numbers == ("1500",)
    assert set(fr.actors) == set(en.actors) >= {"PRK", "RUS"}
    assert fr.triples == en.triples == ("PRK>RUS>ammunition",)
    assert fr.n_paragraphs == en.n_paragraphs == 2
    # Long words are compared only within a language.
    assert "cargaisons" in fr.keywords and "cargaisons" not in en.keywords
    assert (fr.lang, en.lang) == ("fr", "en")
    # Sentence-initial words and titles are not names.
    assert "selon" not in fr.names and "the" not in en.names
    assert similarity(fr, en) > 0.6


def test_unrelated_articles_are_not_similar() -> None:
    gaz = default_gazetteer()
    fr = features(_article(FR, "fr", [("PRK", "RUS", "ammunition")]), gaz)
    other = features(
        _article(
            "Berlin will send 14 Leopard tanks to Kyiv, Chancellor Olaf Scholz announced.",
            "en",
            [("DEU", "UKR", "armour")],
        ),
        gaz,
    )
    assert similarity(fr, other) < 0.1


def test_features_round_trip_as_json() -> None:
    f = features(_article(EN, "en", [("PRK", "RUS", "ammunition")]), default_gazetteer())
    assert type(f).from_json(f.to_json()) == f
