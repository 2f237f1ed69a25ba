"""The founding seeds, end to end, against ../shared/seeds/gold.jsonl.

`armswatch extract seeds/*.txt` must give exactly the gold reports on supplier, recipient,
category, status, claimed_by, denied_by and via, and nothing more. Skipped (with the reason) in
a clone without ../shared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from armswatch.pipeline.base import Stats
from armswatch.pipeline.default import process_paths

pytestmark = pytest.mark.slow

REGION_NAMES = {"Middle East": "middle-east", "North Africa": "north-africa"}


def _key(d: dict) -> tuple:  # type: ignore[type-arg]
    return (d["supplier"], d["recipient"], d["category"])


@pytest.fixture(scope="module")
def extracted(seeds_dir: Path) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    stats = Stats()
    out: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for article in process_paths([str(p) for p in sorted(seeds_dir.glob("*.txt"))], stats):
        out[Path(article.source).stem] = [r.to_dict() for r in article.reports]
    assert not stats.rejections
    return out


def _gold(seeds_dir: Path) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    gold: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for line in (seeds_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold.setdefault(g["article_id"], []).append(g)
    return gold


def test_exactly_the_gold_triples(seeds_dir: Path, extracted: dict[str, list[dict]]) -> None:  # type: ignore[type-arg]
    gold = _gold(seeds_dir)
    assert set(extracted) == set(gold)
    for art, golds in gold.items():
        got = sorted(
            _key(r | {"supplier": r["supplier"]["id"], "recipient": r["recipient"]["id"]})
            for r in extracted[art]
        )
        want = sorted(_key(g) for g in golds)
        assert got == want, art


@pytest.mark.parametrize("field", ["status", "claimed_by", "denied_by", "via"])
def test_gold_attributes(seeds_dir: Path, extracted: dict[str, list[dict]], field: str) -> None:  # type: ignore[type-arg]
    for art, golds in _gold(seeds_dir).items():
        by_key = {
            (r["supplier"]["id"], r["recipient"]["id"], r["category"]): r for r in extracted[art]
        }
        for g in golds:
            r = by_key[_key(g)]
            if field == "status":
                assert r["status"] == g["status"], (art, _key(g))
            elif field == "via":
                want = sorted(REGION_NAMES.get(v, v) for v in g["via"])
                assert sorted(a["id"] for a in r["via"]) == want, (art, _key(g))
            else:
                assert sorted(a["id"] for a in r[field]) == sorted(g[field]), (art, _key(g), field)


def test_evidence_covers_gold_passages(seeds_dir: Path, extracted: dict[str, list[dict]]) -> None:  # type: ignore[type-arg]
    """Every gold evidence passage lies inside one of the report's evidence sentences, and every
    evidence offset points at its text in the stored article."""
    for art, golds in _gold(seeds_dir).items():
        by_key = {
            (r["supplier"]["id"], r["recipient"]["id"], r["category"]): r for r in extracted[art]
        }
        for g in golds:
            texts = [e["text"] for e in by_key[_key(g)]["evidence"]]
            for passage in g["evidence"]:
                assert any(passage in t for t in texts), (art, _key(g), passage)
