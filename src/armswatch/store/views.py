"""What the store's readers return about cases and stories (plain frozen records).

A **case** is one transfer relationship over time, (supplier, recipient, category), with every
report of it; a **story** is the set of articles reporting one news event. Both are computed
from the stored reports and articles; see CONTRACT.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from armswatch.records import Actor, Evidence, TransferReport

CASE_ID_SEPARATOR = "."
TIMELINE_KINDS: tuple[str, ...] = ("reported", "planned", "claim", "denial")


def case_id(supplier_id: str, recipient_id: str, category: str) -> str:
    """``"PRK.RUS.ammunition"``: actor ids and categories never contain a dot."""
    return CASE_ID_SEPARATOR.join((supplier_id, recipient_id, category))


def split_case_id(value: str) -> tuple[str, str, str] | None:
    """The (supplier, recipient, category) of a case id, or None when it is not one."""
    parts = value.split(CASE_ID_SEPARATOR)
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


def outlet_of(url: str | None, source: str) -> str | None:
    """The outlet an article comes from: the host of its URL without ``www.``, else None."""
    for candidate in (url, source):
        if candidate and "://" in candidate:
            host = urlsplit(candidate).hostname or ""
            return host.removeprefix("www.") or None
    return None


@dataclass(frozen=True, slots=True)
class Case:
    """One transfer relationship over time: every report of (supplier, recipient, category)."""

    supplier: Actor
    recipient: Actor
    category: str
    status: str  # reported if any report is, else planned if any, else denied_only
    claimants: tuple[Actor, ...]  # union of claimed_by, sorted by id
    deniers: tuple[Actor, ...]  # union of denied_by, sorted by id
    via: tuple[Actor, ...]  # union of via, in order of first appearance (oldest article first)
    n_articles: int  # distinct articles
    n_sources: int  # independent sources: articles once copies are folded into their original
    n_reports: int
    first_seen: str | None  # earliest article date (None when no article is dated)
    last_seen: str | None
    n_stories: int = 0  # distinct news events (stories) among the articles

    @property
    def id(self) -> str:
        return case_id(self.supplier.id, self.recipient.id, self.category)

    @property
    def independent_sources(self) -> int:
        return self.n_sources

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "supplier": self.supplier.to_dict(),
            "recipient": self.recipient.to_dict(),
            "category": self.category,
            "status": self.status,
            "claimants": [a.to_dict() for a in self.claimants],
            "deniers": [a.to_dict() for a in self.deniers],
            "via": [a.to_dict() for a in self.via],
            "n_articles": self.n_articles,
            "independent_sources": self.n_sources,
            "n_stories": self.n_stories,
            "n_reports": self.n_reports,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated event of a case: a claim, a denial, or the case seen as planned / reported.

    ``kind`` is ``claim`` (``actor`` asserts the transfer), ``denial`` (``actor`` denies it),
    ``reported`` or ``planned`` (the first report, and every later report whose status differs
    from the one before: a planned transfer later reported as done, or the reverse).
    """

    date: str | None
    kind: str
    actor: Actor | None
    article_id: str
    source: str
    url: str | None
    title: str | None
    lang: str | None
    outlet: str | None
    status: str
    evidence: tuple[Evidence, ...]
    duplicate_of: str | None
    story_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "kind": self.kind,
            "actor": self.actor.to_dict() if self.actor else None,
            "article_id": self.article_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "lang": self.lang,
            "outlet": self.outlet,
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
            "duplicate_of": self.duplicate_of,
            "story_id": self.story_id,
        }


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case with its reports (oldest article first) and its timeline."""

    case: Case
    reports: tuple[TransferReport, ...]
    timeline: tuple[TimelineEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.case.to_dict(),
            "timeline": [e.to_dict() for e in self.timeline],
            "reports": [r.to_dict() for r in self.reports],
        }


@dataclass(frozen=True, slots=True)
class Story:
    """Articles reporting one news event, across outlets and languages."""

    id: str
    title: str | None  # the title of its earliest original article
    first_published: str | None
    last_published: str | None
    langs: tuple[str, ...]
    article_ids: tuple[str, ...]  # oldest first
    n_sources: int  # articles once copies are folded into their original
    cases: tuple[str, ...]  # ids of the cases its articles report

    @property
    def n_articles(self) -> int:
        return len(self.article_ids)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_published": self.first_published,
            "last_published": self.last_published,
            "langs": list(self.langs),
            "n_articles": self.n_articles,
            "n_sources": self.n_sources,
            "article_ids": list(self.article_ids),
            "cases": list(self.cases),
        }
