"""The step contract: small, per-document, free of global state, so that any executor can run it."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from armswatch.errors import Reasons
from armswatch.records import Article

log = logging.getLogger("armswatch")


@dataclass(slots=True, frozen=True)
class Rejection:
    """One input that could not become an article, and why (a code from ``Reasons``)."""

    source: str  # file path, with "#line" for a JSONL line
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


class Step(Protocol):
    """A pipeline step. ``requires`` names the Article fields it reads, ``assigns`` those it writes."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article | Rejection: ...


@dataclass(slots=True)
class Stats:
    """Counters a run accumulates: articles in/out, rejections by reason, reports made."""

    articles: int = 0
    reports: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)

    def reject(self, rejection: Rejection) -> None:
        self.rejected[rejection.reason] += 1
        self.rejections.append(rejection)
        log.warning("rejected %s", rejection)

    @property
    def failed(self) -> bool:
        return bool(self.rejections)


def run_steps(
    items: Iterable[Article | Rejection], steps: list[Step], stats: Stats
) -> Iterator[Article]:
    """The local executor: push each article through the steps in order.

    Rejections from the reader, or from a step, are counted in ``stats`` and never stop the run.
    An unexpected exception inside a step is a bug, but one bad document must not lose the rest:
    it becomes an ``extraction_failed`` rejection carrying the exception text.
    """
    for item in items:
        if isinstance(item, Rejection):
            stats.reject(item)
            continue
        current: Article | Rejection = item
        for step in steps:
            try:
                current = step(current)  # type: ignore[arg-type]
            except Exception as exc:  # boundary: count, log, go on with the next document
                log.exception("step %s failed on %s", step.name, item.source)
                current = Rejection(item.source, Reasons.EXTRACTION_FAILED, f"{step.name}: {exc!r}")
            if isinstance(current, Rejection):
                break
        if isinstance(current, Rejection):
            stats.reject(current)
            continue
        stats.articles += 1
        stats.reports += len(current.reports)
        yield current
