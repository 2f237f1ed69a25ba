"""Score story clustering and near-duplicate detection on a labelled corpus.

    .venv/bin/python bench/stories.py tests/data/stories/articles_a.jsonl tests/data/stories/gold_a.jsonl [more pairs...]

Ingests the articles into a throwaway store (in the order given, or shuffled with --shuffle N
to check that the result does not depend on arrival order), runs the merge step, prints
B-cubed P/R/F1 and the copies found per kind, and the time the merge step took.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from armswatch.merge import MergeSettings, link_store
from armswatch.merge.evaluate import load_gold_links, score_links
from armswatch.pipeline.base import Stats
from armswatch.pipeline.default import process_paths
from armswatch.store import Store


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", help="articles.jsonl gold.jsonl pairs")
    ap.add_argument("--batches", type=int, default=1, help="ingest in this many batches")
    ap.add_argument("--seed", type=int, default=0, help="shuffle articles with this seed")
    ap.add_argument("--threshold", type=float, default=None, help="story threshold to try")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    pairs = list(zip(args.files[::2], args.files[1::2], strict=True))
    gold = [g for _, gpath in pairs for g in load_gold_links(gpath)]
    articles = list(process_paths([a for a, _ in pairs], Stats()))
    if args.seed:
        random.Random(args.seed).shuffle(articles)
    settings = MergeSettings()
    if args.threshold is not None:
        settings = replace(settings, story_threshold=args.threshold)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "s.db") as store:
        size = -(-len(articles) // args.batches)
        t = 0.0
        for i in range(0, len(articles), size):
            store.write_articles(articles[i : i + size])
            t0 = time.perf_counter()
            link_store(store, settings=settings)
            t += time.perf_counter() - t0
        story_of = {}
        dup_of = {}
        for a in store.iter_articles():
            story_of[a.id] = a.meta.get("story_id")
            dup_of[a.id] = a.meta.get("duplicate_of")
    scores = score_links(gold, story_of, dup_of)
    print(
        f"{len(articles)} articles, {scores.n_gold_stories} gold stories, "
        f"{scores.n_stories} predicted; B-cubed P {scores.precision:.3f} "
        f"R {scores.recall:.3f} F1 {scores.f1:.3f}; merge {t:.2f} s"
    )
    for kind, (found, total) in scores.copies_found.items():
        print(f"  {kind}: {found}/{total} found")
    for x in scores.missed_copies:
        print("  missed", x)
    for x in scores.false_copies:
        print("  false copy", x)
    if args.verbose:
        by_story: dict[str, list[str]] = {}
        for g in gold:
            by_story.setdefault(str(story_of.get(g.id)), []).append(f"{g.story}:{g.id}")
        for s, ids in sorted(by_story.items()):
            print(s, ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
