"""Time the merge stage (copies, translations, stories) on real corpora, without extraction.

    .venv/bin/python bench/merge_scale.py [--days 7] [--copies 2]

Reads ../shared/bench/*.jsonl.gz in place (nothing is copied into the project), stores the
articles with no reports, spreads them over ``--days`` days (articles without a date), adds
``--copies`` re-headlined copies of every 50th article, then runs ``link_store`` once on the
whole store and once more after a second batch, and prints the times and what was found.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

from armswatch.merge import link_store
from armswatch.records import Article
from armswatch.store import Store

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--copies", type=int, default=2)
    args = ap.parse_args()
    files = sorted(BENCH.glob("*.jsonl.gz"))
    if not files:
        print(f"no corpora in {BENCH}", file=sys.stderr)
        return 2
    articles: list[Article] = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                rec = json.loads(line)
                day = 1 + n % args.days
                published = rec.get("published") or f"2024-03-{day:02d}"
                articles.append(
                    Article(
                        id=rec["id"],
                        text=rec["text"],
                        source=f"{path.name}#{n + 1}",
                        title=rec.get("title") or None,
                        published=published,
                        lang=rec.get("lang"),
                    )
                )
    extra = []
    for a in articles[::50]:
        for k in range(args.copies):
            extra.append(
                Article(
                    id=f"{a.id}-copy{k}",
                    text="Advertisement\n\n" + a.text + "\n\nSubscribe to our newsletter.",
                    source=f"copy{k}",
                    published=a.published,
                    lang=a.lang,
                )
            )
    half = len(articles) // 2
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "m.db") as store:
        store.write_articles(articles[:half])
        t0 = time.perf_counter()
        first = link_store(store)
        t1 = time.perf_counter()
        store.write_articles(articles[half:] + extra)
        second = link_store(store)
        t2 = time.perf_counter()
        n_stories = len(store.stories())
    print(f"{half} articles: merge {t1 - t0:.2f} s  {first.to_dict()}")
    print(
        f"+{len(articles) - half + len(extra)} articles ({len(extra)} planted copies): "
        f"merge {t2 - t1:.2f} s  {second.to_dict()}; {n_stories} stories"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
