"""Stories and copies on the project's own corpus (tests/data/stories): several news events,
each told by at least three outlets in French and in English, wire copies, spun rewrites,
machine translations, and distractors on the same actors (other dates, or the same days).

Floors, like the extraction floors: lowering one is a visible, explained change.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from armswatch.merge import link_store
from armswatch.merge.evaluate import GoldLink, StoryScores, load_gold_links, score_links
from armswatch.pipeline.base import Stats
from armswatch.pipeline.default import process_paths
from armswatch.records import Article
from armswatch.store import Store

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent.parent / "data" / "stories"
BCUBED_F1_FLOOR = 0.9


def _gold() -> list[GoldLink]:
    return [g for path in sorted(CORPUS.glob("gold_*.jsonl")) for g in load_gold_links(path)]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    stats = Stats()
    found = list(process_paths([str(p) for p in sorted(CORPUS.glob("articles_*.jsonl"))], stats))
    assert not stats.failed, stats.rejections
    return found


def _score(store: Store, gold: list[GoldLink]) -> StoryScores:
    story_of: dict[str, str | None] = {}
    duplicate_of: dict[str, str | None] = {}
    for a in store.iter_articles():
        story_of[a.id] = a.meta.get("story_id")
        duplicate_of[a.id] = a.meta.get("duplicate_of")
    return score_links(gold, story_of, duplicate_of)


def _batches(items: list[Article], n: int) -> Iterator[list[Article]]:
    size = -(-len(items) // n)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def test_corpus_shape() -> None:
    gold = _gold()
    by_story: dict[str, list[GoldLink]] = {}
    for g in gold:
        by_story.setdefault(g.story, []).append(g)
    told_widely = [s for s, rows in by_story.items() if len(rows) >= 6]
    assert len(told_widely) >= 4
    assert sum(g.kind == "syndicated" for g in gold) >= 8


@pytest.mark.parametrize("batches", [1, 4])
def test_story_clustering_and_copies(tmp_path: Path, articles: list[Article], batches: int) -> None:
    """All at once, or in four batches arriving in a shuffled order (incremental placing)."""
    gold = _gold()
    order = list(articles)
    if batches > 1:
        random.Random(7).shuffle(order)
    with Store.open(tmp_path / "s.db") as store:
        for batch in _batches(order, batches):
            store.write_articles(batch)
            link_store(store)
        scores = _score(store, gold)
    assert scores.n_articles == len(gold)
    assert scores.f1 >= BCUBED_F1_FLOOR, scores.to_dict()
    found, total = scores.copies_found["syndicated"]
    assert found == total, scores.missed_copies
    assert scores.false_copies == []
    if batches == 1:
        # In arrival order, the rewrites and translations are found too.
        assert scores.copies_found["spun"][0] == scores.copies_found["spun"][1]
        assert scores.copies_found["translation"][0] == scores.copies_found["translation"][1]
