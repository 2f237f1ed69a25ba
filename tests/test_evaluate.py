"""``armswatch.evaluate``: former states compare as their successor unless ``strict_ids``."""

from __future__ import annotations

from armswatch.evaluate import evaluate
from armswatch.records import Actor, Article, TransferReport


def _article(supplier: str, claimant: str) -> Article:
    report = TransferReport(
        article_id="a1",
        source="story.txt",
        supplier=Actor(supplier, supplier),
        recipient=Actor("VNM", "Viet Nam"),
        category="aircraft",
        materiel="MiG-21",
        claimed_by=[Actor(claimant, claimant)],
    )
    return Article(id="a1", text="…", source="story.txt", lang="fr", reports=[report])


GOLD = [
    {
        "article": "story.txt",
        "supplier": "RUS",
        "recipient": "VNM",
        "category": "aircraft",
        "status": "reported",
        "claimed_by": ["RUS"],
    }
]


def test_the_soviet_union_matches_a_gold_written_as_russia() -> None:
    ev = evaluate([_article("SUN", "SUN")], GOLD)
    assert (ev.triples.tp, ev.triples.fp, ev.triples.fn) == (1, 0, 0)
    assert (ev.claimants.tp, ev.claimants.fp) == (1, 0)
    assert ev.errors == []


def test_strict_ids_keep_them_apart() -> None:
    ev = evaluate([_article("SUN", "SUN")], GOLD, strict_ids=True)
    assert (ev.triples.tp, ev.triples.fp, ev.triples.fn) == (0, 1, 1)
    assert "story.txt: missed RUS VNM aircraft" in ev.errors


def test_other_states_are_never_merged() -> None:
    ev = evaluate([_article("CHN", "CHN")], GOLD)
    assert (ev.triples.tp, ev.triples.fp, ev.triples.fn) == (0, 1, 1)
