"""Benchmark the default pipeline on the real news corpora in ../shared/bench (developer aid).

    python bench/bench_corpora.py [--limit N] [--corpus NAME ...] [--bench-dir DIR]

For each corpus (gzip JSON Lines: ``id``, ``text``, ``title``, ``lang``, ...) every record becomes
an ``Article`` and runs through ``default_steps()`` with the local executor ``run_steps``. Printed
per corpus: articles, wall seconds, articles/s, the share of articles that reached the parser
(at least one paragraph passed the pre-filter), seconds per step, rejections, and one line per
report found, so false positives can be judged by eye.

The corpora are for research and benchmarking only: this script prints short report summaries to
the terminal and writes nothing to disk.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.clean.normalize import normalise_for_parser
from armswatch.nlp.extractor import Extractor, _paragraphs, get_extractor
from armswatch.nlp.models import SUPPORTED_LANGS
from armswatch.pipeline.base import Rejection, Stats, Step, run_steps
from armswatch.pipeline.default import default_steps
from armswatch.records import Article, TransferReport

DEFAULT_BENCH_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench"
SUFFIX = ".jsonl.gz"
EVIDENCE_CHARS = 100


# --- instrumentation, from outside the package ---------------------------------------------


@dataclass(slots=True)
class ExtractProbe:
    """Counts, around ``Extractor.extract``, the articles whose paragraphs reached spaCy.

    ``Extractor.extract`` is wrapped at class level; on first use, each extractor's ``nlp.pipe`` is
    wrapped too, so every parsed paragraph is counted. Nothing in ``src/`` is edited.
    """

    calls: int = 0
    parsed_articles: int = 0
    parsed_paragraphs: int = 0
    paragraphs: int = 0
    seconds: float = 0.0
    _current: int = 0
    _wrapped: set[int] = field(default_factory=set)

    def reset(self) -> None:
        self.calls = self.parsed_articles = self.parsed_paragraphs = self.paragraphs = 0
        self._current = 0
        self.seconds = 0.0

    def _wrap_pipe(self, extractor: Extractor) -> None:
        nlp = extractor.nlp
        if id(nlp) in self._wrapped:
            return
        self._wrapped.add(id(nlp))
        original_pipe = nlp.pipe
        probe = self

        def counting_pipe(texts: Iterable[str], *args: Any, **kwargs: Any) -> Iterator[Any]:
            for doc in original_pipe(texts, *args, **kwargs):
                probe._current += 1
                yield doc

        setattr(nlp, "pipe", counting_pipe)  # noqa: B010  (instance attribute on a spaCy object)

    def install(self) -> Callable[[], None]:
        """Patch ``Extractor.extract``; return a function that restores it."""
        original = Extractor.extract
        probe = self

        def extract(
            extractor: Extractor, text: str, *, article_id: str, source: str
        ) -> list[TransferReport]:
            probe._wrap_pipe(extractor)
            probe._current = 0
            probe.paragraphs += len(_paragraphs(normalise_for_parser(text)))
            started = time.perf_counter()
            try:
                return original(extractor, text, article_id=article_id, source=source)
            finally:
                probe.seconds += time.perf_counter() - started
                probe.calls += 1
                if probe._current:
                    probe.parsed_articles += 1
                    probe.parsed_paragraphs += probe._current

        setattr(Extractor, "extract", extract)  # noqa: B010

        def restore() -> None:
            setattr(Extractor, "extract", original)  # noqa: B010

        return restore


class TimedStep:
    """A step wrapper that adds up the wall time spent in the wrapped step."""

    def __init__(self, inner: Step) -> None:
        self.inner = inner
        self.name: str = inner.name
        self.requires: tuple[str, ...] = inner.requires
        self.assigns: tuple[str, ...] = inner.assigns
        self.seconds = 0.0

    def __call__(self, article: Article) -> Article | Rejection:
        started = time.perf_counter()
        try:
            return self.inner(article)
        finally:
            self.seconds += time.perf_counter() - started


# --- corpora ---------------------------------------------------------------------------------


def corpus_name(path: Path) -> str:
    return path.name.removesuffix(SUFFIX)


def find_corpora(bench_dir: Path, wanted: list[str] | None) -> list[Path]:
    """The corpus files, all or those named (exact name, or a unique prefix such as ``bbc``)."""
    paths = sorted(bench_dir.glob(f"*{SUFFIX}"))
    if not wanted:
        return paths
    chosen: list[Path] = []
    for name in wanted:
        exact = [p for p in paths if corpus_name(p) == name]
        matches = exact or [p for p in paths if corpus_name(p).startswith(name)]
        if len(matches) != 1:
            known = ", ".join(corpus_name(p) for p in paths)
            raise SystemExit(f"--corpus {name!r}: no single match among: {known}")
        if matches[0] not in chosen:
            chosen.append(matches[0])
    return chosen


def _opt(rec: dict[str, Any], key: str) -> str | None:
    value = rec.get(key)
    return str(value) if value else None


def read_articles(path: Path, limit: int | None) -> list[Article | Rejection]:
    """Each JSON line as an Article; title + blank line + text when the record has a title."""
    corpus = corpus_name(path)
    items: list[Article | Rejection] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if limit is not None and len(items) >= limit:
                break
            source = f"{corpus}#{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                items.append(Rejection(source, "malformed_json", str(exc)))
                continue
            body = str(rec.get("text") or "")
            title = (rec.get("title") or "").strip()
            text = f"{title}\n\n{body}" if title else body
            items.append(
                Article(
                    id=str(rec.get("id") or source),
                    text=text,
                    source=source,
                    url=_opt(rec, "url"),
                    title=title or None,
                    published=_opt(rec, "published"),
                    lang=_opt(rec, "lang"),
                )
            )
    return items


# --- one corpus --------------------------------------------------------------------------------


@dataclass(slots=True)
class CorpusResult:
    name: str
    articles: int
    seconds: float
    reports: list[tuple[Article, TransferReport]]
    parsed_articles: int
    parsed_paragraphs: int
    paragraphs: int
    extract_seconds: float
    step_seconds: dict[str, float]
    rejections: list[Rejection]

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def warm_up(items: list[Article | Rejection]) -> float:
    """Load the spaCy models the corpus needs before the clock starts; return the load time."""
    langs = {i.lang for i in items if isinstance(i, Article) and i.lang in SUPPORTED_LANGS}
    started = time.perf_counter()
    for lang in sorted(langs):
        get_extractor(str(lang))
    return time.perf_counter() - started


def run_corpus(path: Path, limit: int | None, probe: ExtractProbe) -> CorpusResult:
    items = read_articles(path, limit)
    load = warm_up(items)
    if load > 0.05:
        print(f"[{corpus_name(path)}] models loaded in {load:.1f}s (not counted)", flush=True)
    timed = [TimedStep(s) for s in default_steps()]
    steps: list[Step] = list(timed)
    stats = Stats()
    probe.reset()
    found: list[tuple[Article, TransferReport]] = []
    started = time.perf_counter()
    for article in run_steps(items, steps, stats):
        found.extend((article, r) for r in article.reports)
    seconds = time.perf_counter() - started
    return CorpusResult(
        name=corpus_name(path),
        articles=len(items),
        seconds=seconds,
        reports=found,
        parsed_articles=probe.parsed_articles,
        parsed_paragraphs=probe.parsed_paragraphs,
        paragraphs=probe.paragraphs,
        extract_seconds=probe.seconds,
        step_seconds={t.name: t.seconds for t in timed},
        rejections=list(stats.rejections),
    )


# --- printing -----------------------------------------------------------------------------------


def _ids(actors: Iterable[Any]) -> str:
    return ",".join(a.id for a in actors)


def report_line(article: Article, report: TransferReport) -> str:
    first = report.evidence[0].text if report.evidence else ""
    snippet = " ".join(first.split())[:EVIDENCE_CHARS]
    extra = []
    if report.claimed_by:
        extra.append(f"claim={_ids(report.claimed_by)}")
    if report.denied_by:
        extra.append(f"deny={_ids(report.denied_by)}")
    if report.via:
        extra.append(f"via={_ids(report.via)}")
    tail = (" " + " ".join(extra)) if extra else ""
    return (
        f"  {report.source} {article.id} | {report.supplier.id}→{report.recipient.id} "
        f"{report.category} {report.status} conf={report.confidence:.2f}"
        f" mat={report.materiel!r}{tail}\n      « {snippet} »"
    )


def print_result(res: CorpusResult, *, show_reports: bool) -> None:
    n = res.articles
    share = res.parsed_articles / n if n else 0.0
    print(f"\n=== {res.name} ===")
    print(
        f"articles {n}  seconds {res.seconds:.1f}  articles/s {res.rate:.1f}  "
        f"reports {len(res.reports)}  (in {len({a.id for a, _ in res.reports})} articles)"
    )
    print(
        f"reached parser {res.parsed_articles}/{n} ({share:.0%}), "
        f"{res.parsed_paragraphs}/{res.paragraphs} paragraphs parsed; "
        f"extract {res.extract_seconds:.1f}s"
    )
    print("step seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in res.step_seconds.items()))
    if res.reports:
        cats = Counter(r.category for _, r in res.reports)
        print("categories: " + ", ".join(f"{c} {k}" for c, k in cats.most_common()))
    if res.rejections:
        print(f"rejections {len(res.rejections)}:")
        for rej in res.rejections:
            print(f"  {rej}")
    if show_reports:
        for article, report in res.reports:
            print(report_line(article, report))


def print_summary(results: list[CorpusResult]) -> None:
    print("\n=== summary ===")
    print(
        f"{'corpus':<24} {'articles':>8} {'seconds':>8} {'art/s':>7} {'parsed':>7} {'reports':>7}"
    )
    for r in results:
        print(
            f"{r.name:<24} {r.articles:>8} {r.seconds:>8.1f} {r.rate:>7.1f} "
            f"{r.parsed_articles:>7} {len(r.reports):>7}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per corpus")
    parser.add_argument(
        "--corpus",
        action="append",
        default=None,
        metavar="NAME",
        help="corpus name or unique prefix (e.g. bbc); repeatable; default: all",
    )
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH_DIR)
    parser.add_argument("--no-reports", action="store_true", help="figures only, no report lines")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")

    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(message)s"
    )
    paths = find_corpora(args.bench_dir, args.corpus)
    if not paths:
        print(f"no *{SUFFIX} corpora in {args.bench_dir}", file=sys.stderr)
        return 2
    probe = ExtractProbe()
    restore = probe.install()
    results: list[CorpusResult] = []
    try:
        for path in paths:
            res = run_corpus(path, args.limit, probe)
            results.append(res)
            print_result(res, show_reports=not args.no_reports)
            sys.stdout.flush()
    finally:
        restore()
    print_summary(results)
    return 1 if any(r.rejections for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
