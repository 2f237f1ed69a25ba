"""Export the store: reports, articles, stories and cases as JSON Lines or CSV, in a stable order."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from armswatch.errors import Errors, UsageError
from armswatch.records import Actor, Article, TransferReport
from armswatch.store import Case, Store, Story

REPORT_COLUMNS: tuple[str, ...] = (
    "article_id",
    "source",
    "supplier_id",
    "supplier_name",
    "recipient_id",
    "recipient_name",
    "category",
    "materiel",
    "quantity",
    "quantity_value",
    "status",
    "covert",
    "claimed_by",
    "denied_by",
    "via",
    "confidence",
    "evidence",
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "url",
    "title",
    "lang",
    "published",
    "duplicate_of",
    "duplicate_kind",
    "story_id",
)
CASE_COLUMNS: tuple[str, ...] = (
    "id",
    "supplier_id",
    "supplier_name",
    "recipient_id",
    "recipient_name",
    "category",
    "status",
    "claimants",
    "deniers",
    "via",
    "n_articles",
    "independent_sources",
    "n_stories",
    "n_reports",
    "first_seen",
    "last_seen",
)
STORY_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "first_published",
    "last_published",
    "langs",
    "n_articles",
    "n_sources",
    "article_ids",
    "cases",
)
ID_SEPARATOR = "|"
EVIDENCE_SEPARATOR = " | "

Rows = Iterator[dict[str, Any]]


def _report_json(store: Store) -> Rows:
    for report in store.iter_reports():
        yield report.to_dict()


def _report_csv(store: Store) -> Rows:
    for report in store.iter_reports():
        yield report_row(report)


def _article_json(store: Store) -> Rows:
    for article in store.iter_articles(with_reports=True):
        row = article_row(article)
        row["n_reports"] = len(article.reports)
        yield row


def _article_csv(store: Store) -> Rows:
    for article in store.iter_articles():
        yield article_row(article)


def _case_json(store: Store) -> Rows:
    """Each case with its timeline (claims, denials, status changes, dated, with evidence)."""
    for case in store.cases():
        detail = store.case(case.id)
        row = case.to_dict()
        row["timeline"] = [e.to_dict() for e in detail.timeline] if detail else []
        yield row


def _case_csv(store: Store) -> Rows:
    for case in store.cases():
        yield case_row(case)


def _story_json(store: Store) -> Rows:
    for story in sorted(store.stories(), key=lambda s: s.id):
        yield story.to_dict()


def _story_csv(store: Store) -> Rows:
    for story in sorted(store.stories(), key=lambda s: s.id):
        yield story_row(story)


# kind -> format -> (row producer, CSV columns or None for JSON Lines)
_EXPORTERS: dict[str, dict[str, tuple[Callable[[Store], Rows], tuple[str, ...] | None]]] = {
    "reports": {"jsonl": (_report_json, None), "csv": (_report_csv, REPORT_COLUMNS)},
    "articles": {"jsonl": (_article_json, None), "csv": (_article_csv, ARTICLE_COLUMNS)},
    "stories": {"jsonl": (_story_json, None), "csv": (_story_csv, STORY_COLUMNS)},
    "cases": {"jsonl": (_case_json, None), "csv": (_case_csv, CASE_COLUMNS)},
}
KINDS: tuple[str, ...] = tuple(_EXPORTERS)


def formats(kind: str) -> tuple[str, ...]:
    """The formats ``kind`` can be exported in (raises UsageError E004 for an unknown kind)."""
    return tuple(_exporters_for(kind))


def export(kind: str, fmt: str, store: Store, out: TextIO) -> int:
    """Write every ``kind`` row of ``store`` to ``out`` as ``fmt``; return the rows written.

    Kinds: reports, articles, stories, cases. Formats: jsonl (one JSON object a line, UTF-8 as is) and
    csv (header line, then one line a row; ``\\n`` line ends, fields quoted as needed).
    """
    by_format = _exporters_for(kind)
    if fmt not in by_format:
        raise UsageError(Errors.E005.format(fmt=fmt, kind=kind, choices=", ".join(by_format)))
    produce, columns = by_format[fmt]
    if columns is None:
        return write_jsonl(produce(store), out)
    return write_csv(produce(store), columns, out)


def _exporters_for(
    kind: str,
) -> dict[str, tuple[Callable[[Store], Rows], tuple[str, ...] | None]]:
    if kind not in _EXPORTERS:
        raise UsageError(Errors.E004.format(kind=kind, choices=", ".join(KINDS)))
    return _EXPORTERS[kind]


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> int:
    # "\n" rather than "\r\n": a text stream that translates newlines would double the "\r".
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


# -- flat rows ---------------------------------------------------------------------------------


def report_row(r: TransferReport) -> dict[str, Any]:
    """A report as one flat CSV row (actor lists as ids joined by ``|``)."""
    return {
        "article_id": r.article_id,
        "source": r.source,
        "supplier_id": r.supplier.id,
        "supplier_name": r.supplier.name,
        "recipient_id": r.recipient.id,
        "recipient_name": r.recipient.name,
        "category": r.category,
        "materiel": r.materiel,
        "quantity": r.quantity,
        "quantity_value": r.quantity_value,
        "status": r.status,
        "covert": "true" if r.covert else "false",
        "claimed_by": _ids(r.claimed_by),
        "denied_by": _ids(r.denied_by),
        "via": _ids(r.via),
        "confidence": round(r.confidence, 3),
        "evidence": EVIDENCE_SEPARATOR.join(e.text for e in r.evidence),
    }


def article_row(a: Article) -> dict[str, Any]:
    """An article's metadata (no text)."""
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "lang": a.lang,
        "published": a.published,
        "duplicate_of": a.meta.get("duplicate_of"),
        "duplicate_kind": a.meta.get("duplicate_kind"),
        "story_id": a.meta.get("story_id"),
    }


def case_row(c: Case) -> dict[str, Any]:
    return {
        "id": c.id,
        "supplier_id": c.supplier.id,
        "supplier_name": c.supplier.name,
        "recipient_id": c.recipient.id,
        "recipient_name": c.recipient.name,
        "category": c.category,
        "status": c.status,
        "claimants": _ids(c.claimants),
        "deniers": _ids(c.deniers),
        "via": _ids(c.via),
        "n_articles": c.n_articles,
        "independent_sources": c.n_sources,
        "n_stories": c.n_stories,
        "n_reports": c.n_reports,
        "first_seen": c.first_seen,
        "last_seen": c.last_seen,
    }


def story_row(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "first_published": s.first_published,
        "last_published": s.last_published,
        "langs": ID_SEPARATOR.join(s.langs),
        "n_articles": s.n_articles,
        "n_sources": s.n_sources,
        "article_ids": ID_SEPARATOR.join(s.article_ids),
        "cases": ID_SEPARATOR.join(s.cases),
    }


def _ids(actors: Iterable[Actor]) -> str:
    return ID_SEPARATOR.join(a.id for a in actors)
