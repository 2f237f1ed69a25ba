"""The embedded store: one SQLite file (WAL), one writer method, plain readers.

``Store.write_articles`` is the only method that writes. It is idempotent by content: each
article row carries ``record_hash``, a hash of the serialized article and its reports, and an
article whose hash is unchanged is not touched (no ``ingested_at`` churn). A changed article
has its row updated and its reports and evidence replaced in the same transaction.

A ``Store`` holds one connection and belongs to the thread that opened it; open one ``Store``
per thread or process (WAL lets readers run while one writer writes).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path
from types import TracebackType
from typing import Any

from armswatch import __version__
from armswatch.errors import Errors, StoreError
from armswatch.records import Actor, Article, Evidence, TransferReport, content_hash
from armswatch.store.migrations import (
    applied_migrations,
    apply_migrations,
    check_not_newer,
    latest_version,
)
from armswatch.store.views import (
    Case,
    CaseDetail,
    Story,
    TimelineEntry,
    case_id,
    outlet_of,
    split_case_id,
)

MEMORY = ":memory:"
DEFAULT_BATCH_SIZE = 500
_STATUS_RANK = {"reported": 0, "planned": 1, "denied_only": 2}

_ARTICLE_COLUMNS = (
    "id, source, url, title, published, lang, text, meta, duplicate_of, duplicate_kind, story_id"
)
_REPORT_COLUMNS = (
    "article_id, source, supplier_id, supplier_name, recipient_id, recipient_name, category, "
    "materiel, quantity, quantity_value, status, covert, confidence, claimed_by, denied_by, "
    "via, evidence"
)
_REPORT_ORDER = "article_id, supplier_id, recipient_id, category"


def report_id(article_id: str, supplier_id: str, recipient_id: str, category: str) -> str:
    """The stored report key: 16 hex of SHA-256 of ``article|supplier|recipient|category``."""
    key = f"{article_id}|{supplier_id}|{recipient_id}|{category}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def record_hash(article: Article) -> str:
    """Hash of everything stored for ``article``: its fields, meta and reports (in key order)."""
    data = article.to_dict(with_reports=False)
    data["reports"] = [r.to_dict() for r in sorted(article.reports, key=_report_sort_key)]
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _report_sort_key(r: TransferReport) -> tuple[str, str, str, str]:
    return (r.supplier.id, r.recipient.id, r.category, _dumps(r.to_dict()))


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one ``write_articles`` call did."""

    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    reports_written: int = 0

    def __add__(self, other: WriteResult) -> WriteResult:
        return WriteResult(
            articles_new=self.articles_new + other.articles_new,
            articles_updated=self.articles_updated + other.articles_updated,
            articles_unchanged=self.articles_unchanged + other.articles_unchanged,
            reports_written=self.reports_written + other.reports_written,
        )

    def to_dict(self) -> dict[str, int]:
        return {
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "articles_unchanged": self.articles_unchanged,
            "reports_written": self.reports_written,
        }


@dataclass(frozen=True, slots=True)
class EvidenceHit:
    """One evidence sentence matching a full-text search, with the report it supports."""

    report_id: str
    article_id: str
    text: str
    start: int
    end: int
    supplier_id: str
    recipient_id: str
    category: str
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "article_id": self.article_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "supplier_id": self.supplier_id,
            "recipient_id": self.recipient_id,
            "category": self.category,
            "published": self.published,
        }


class Store:
    """An armswatch store. Create with :meth:`Store.open`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 5.0, read_only: bool = False) -> Store:
        """Open (creating if needed) the store at ``path`` and bring its schema up to date.

        ``":memory:"`` gives a throwaway in-memory store. Raises ``StoreError`` (E007) when the
        file cannot be opened or is not an SQLite database, and (E006) when the store was
        migrated by a newer armswatch.

        ``read_only=True`` opens an existing store for reading only (the web app): nothing is
        created or migrated, and a store that needs migrating is refused (run ``ingest``).
        """
        if read_only:
            return cls._open_read_only(path, timeout)
        label = str(path)
        if label != MEMORY:
            target = Path(path)
            if target.is_dir():
                raise StoreError(Errors.E007.format(path=label, reason="it is a directory"))
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(
                    Errors.E007.format(path=label, reason=f"cannot create its folder ({e})")
                ) from e
        try:
            conn = sqlite3.connect(label, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(Errors.E007.format(path=label, reason=str(e))) from e
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            applied = apply_migrations(conn, label)
            if applied:
                _record_settings(conn)
        except sqlite3.DatabaseError as e:
            conn.close()
            reason = str(e)
            if "not a database" in reason:
                reason = f"it is not an SQLite database ({reason})"
            raise StoreError(Errors.E007.format(path=label, reason=reason)) from e
        except BaseException:
            conn.close()
            raise
        return cls(conn, label)

    @classmethod
    def _open_read_only(cls, path: str | Path, timeout: float) -> Store:
        label = str(path)
        target = Path(path)
        if label == MEMORY or not target.is_file():
            raise StoreError(
                Errors.E007.format(path=label, reason="no such file; run `armswatch ingest` first")
            )
        try:
            conn = sqlite3.connect(
                f"{target.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as e:
            raise StoreError(Errors.E007.format(path=label, reason=str(e))) from e
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA query_only = ON")
            check_not_newer(conn, label)
            found = max(applied_migrations(conn), default=0)
            if found < latest_version():
                raise StoreError(
                    Errors.E007.format(
                        path=label,
                        reason=(
                            f"its schema (version {found}) is older than this armswatch "
                            f"({latest_version()}); run `armswatch ingest` once to migrate it"
                        ),
                    )
                )
        except sqlite3.DatabaseError as e:
            conn.close()
            raise StoreError(Errors.E007.format(path=label, reason=str(e))) from e
        except BaseException:
            conn.close()
            raise
        return cls(conn, label)

    @property
    def path(self) -> str:
        return self._path

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection (for readers elsewhere in armswatch; never write through it)."""
        if self._conn is None:
            raise StoreError(Errors.E007.format(path=self._path, reason="the store is closed"))
        return self._conn

    # -- metadata --------------------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        """The ``settings`` table: e.g. ``created_with`` (armswatch version), ``schema_version``."""
        rows = self.conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return {str(k): str(v) for k, v in rows}

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(id) FROM migrations").fetchone()
        return int(row[0] or 0)

    def journal_mode(self) -> str:
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Row counts: ``articles``, ``reports`` and ``evidence`` (evidence sentences indexed)."""
        conn = self.conn
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "reports", "evidence")
        }

    # -- the writer ------------------------------------------------------------------------

    def write_articles(
        self, articles: Iterable[Article], *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> WriteResult:
        """Write articles with their reports, one ``BEGIN IMMEDIATE`` transaction per batch.

        Idempotent: an article whose content (fields, meta, reports) is unchanged is skipped.
        A changed article is updated and its reports and evidence replaced. Reports are stored
        under the article's id. Two reports with the same (supplier, recipient, category) in
        one article are merged into one.
        """
        total = WriteResult()
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= max(1, batch_size):
                total += self._write_batch(batch)
                batch = []
        if batch:
            total += self._write_batch(batch)
        return total

    def _write_batch(self, batch: Sequence[Article]) -> WriteResult:
        conn = self.conn
        new = updated = unchanged = reports = 0
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(
                Errors.E007.format(path=self._path, reason=f"cannot start writing ({e})")
            ) from e
        try:
            now = _now()
            for article in batch:
                digest = record_hash(article)
                row = conn.execute(
                    "SELECT record_hash FROM articles WHERE id = ?", (article.id,)
                ).fetchone()
                if row is not None and row[0] == digest:
                    unchanged += 1
                    continue
                if row is None:
                    _insert_article(conn, article, digest, now)
                    new += 1
                else:
                    _update_article(conn, article, digest, now)
                    updated += 1
                reports += _insert_reports(conn, article)
        except sqlite3.OperationalError as e:
            _rollback(conn)
            raise StoreError(
                Errors.E007.format(path=self._path, reason=f"writing failed ({e})")
            ) from e
        except BaseException:
            _rollback(conn)
            raise
        conn.execute("COMMIT")
        return WriteResult(new, updated, unchanged, reports)

    # -- readers ---------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article | None:
        """The article with its reports, or None."""
        row = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        article = _article_from_row(row)
        article.reports = list(self.iter_reports(article_id=article_id))
        return article

    def iter_articles(self, *, with_reports: bool = False) -> Iterator[Article]:
        """Every article, ordered by id; with its reports when ``with_reports``."""
        conn = self.conn
        rows = conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id")
        if not with_reports:
            for row in _stream(rows):
                yield _article_from_row(row)
            return
        # Merge-join with the reports, which come in the same article order.
        reports = iter(self.iter_reports())
        pending = next(reports, None)
        for row in _stream(rows):
            article = _article_from_row(row)
            while pending is not None and pending.article_id < article.id:
                pending = next(reports, None)
            while pending is not None and pending.article_id == article.id:
                article.reports.append(pending)
                pending = next(reports, None)
            yield article

    def iter_reports(
        self,
        *,
        article_id: str | None = None,
        supplier_id: str | None = None,
        recipient_id: str | None = None,
        category: str | None = None,
    ) -> Iterator[TransferReport]:
        """Reports ordered by article id, supplier id, recipient id, category; optional filters."""
        where, params = _where(
            ("article_id", article_id),
            ("supplier_id", supplier_id),
            ("recipient_id", recipient_id),
            ("category", category),
        )
        rows = self.conn.execute(
            f"SELECT {_REPORT_COLUMNS} FROM reports{where} ORDER BY {_REPORT_ORDER}", params
        )
        for row in _stream(rows):
            yield _report_from_row(row)

    def search_evidence(self, query: str, limit: int = 50) -> list[EvidenceHit]:
        """Evidence sentences matching every word of ``query`` (accents and case ignored).

        The user's text is never passed to FTS5 as syntax: each word becomes a quoted term,
        so ``"``, ``AND (`` or ``*`` are harmless (they match nothing or are dropped).
        """
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        rows = self.conn.execute(
            """
            WITH hits AS (
                SELECT rowid AS rid, rank FROM evidence_fts
                WHERE evidence_fts MATCH ? ORDER BY rank, rowid LIMIT ?
            )
            SELECT e.report_id, e.article_id, e.text, e.start_char, e.end_char,
                   r.supplier_id, r.recipient_id, r.category, r.published
            FROM hits
            JOIN evidence AS e ON e.id = hits.rid
            JOIN reports AS r ON r.id = e.report_id
            ORDER BY hits.rank, e.id
            """,
            (match, limit),
        ).fetchall()
        return [
            EvidenceHit(
                report_id=str(r[0]),
                article_id=str(r[1]),
                text=str(r[2]),
                start=int(r[3]),
                end=int(r[4]),
                supplier_id=str(r[5]),
                recipient_id=str(r[6]),
                category=str(r[7]),
                published=r[8],
            )
            for r in rows
        ]

    def cases(
        self,
        *,
        actor: str | None = None,
        category: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Case]:
        """One row per (supplier, recipient, category), most independent sources first.

        ``actor`` keeps cases where it is the supplier or the recipient; ``category`` and
        ``status`` (the case status) filter likewise. ``since`` / ``until`` (ISO dates,
        inclusive; "2022-11" means the whole month) keep the reports published in that range;
        undated reports are dropped when either is given.
        """
        found: list[Case] = []
        for rows in self._case_rows(actor=actor, category=category, since=since, until=until):
            case = _case_from_rows(rows)
            if status is None or case.status == status:
                found.append(case)
        found.sort(
            key=lambda c: (-c.n_sources, -c.n_articles, c.supplier.id, c.recipient.id, c.category)
        )
        return found

    def case(
        self, case_id_or_supplier: str, recipient: str | None = None, category: str | None = None
    ) -> CaseDetail | None:
        """A case with its reports and timeline: ``case("PRK.RUS.ammunition")`` or
        ``case("PRK", "RUS", "ammunition")``; None when the store has no such report."""
        if recipient is None and category is None:
            key = split_case_id(case_id_or_supplier)
            if key is None:
                return None
        elif recipient is not None and category is not None:
            key = (case_id_or_supplier, recipient, category)
        else:
            return None
        groups = list(
            self._case_rows(supplier=key[0], recipient=key[1], category=key[2], full=True)
        )
        if not groups:
            return None
        rows = groups[0]
        reports = tuple(_report_from_row(row[_FULL:]) for row in rows)
        return CaseDetail(case=_case_from_rows(rows), reports=reports, timeline=_timeline(rows))

    def _case_rows(
        self,
        *,
        actor: str | None = None,
        supplier: str | None = None,
        recipient: str | None = None,
        category: str | None = None,
        since: str | None = None,
        until: str | None = None,
        full: bool = False,
    ) -> Iterator[list[Any]]:
        """Report rows joined with their article, grouped by case, oldest article first."""
        clauses: list[str] = []
        params: list[str] = []
        if actor is not None:
            clauses.append("(r.supplier_id = ? OR r.recipient_id = ?)")
            params += [actor, actor]
        for column, value in (
            ("r.supplier_id", supplier),
            ("r.recipient_id", recipient),
            ("r.category", category),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if since is not None:
            clauses.append("r.published >= ?")
            params.append(since)
        if until is not None:
            # "2022-11" must keep "2022-11-30": compare with the longest string of that prefix.
            clauses.append("r.published <= ?")
            params.append(until + "\uffff")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        extra = (
            ", " + ", ".join(f"r.{c.strip()}" for c in _REPORT_COLUMNS.split(",")) if full else ""
        )
        rows = self.conn.execute(
            f"""
            SELECT r.supplier_id, r.supplier_name, r.recipient_id, r.recipient_name, r.category,
                   r.status, r.claimed_by, r.denied_by, r.via, r.article_id, r.published,
                   a.duplicate_of, a.story_id, a.url, a.title, a.lang, a.source{extra}
            FROM reports AS r JOIN articles AS a ON a.id = r.article_id{where}
            ORDER BY r.supplier_id, r.recipient_id, r.category,
                     r.published IS NULL, r.published, r.article_id
            """,
            params,
        )
        for _, group in groupby(_stream(rows), key=lambda row: (row[0], row[2], row[4])):
            yield list(group)

    # -- stories and near-duplicates (written by armswatch.merge) ---------------------------

    def stories(self) -> list[Story]:
        """Every story (articles sharing a ``story_id``), most recent first."""
        rows = self.conn.execute(
            f"SELECT {_STORY_COLUMNS} FROM articles WHERE story_id IS NOT NULL "
            "ORDER BY story_id, published IS NULL, published, id"
        )
        found = [
            self._story_from_rows(list(group))
            for _, group in groupby(_stream(rows), key=lambda row: row[0])
        ]
        found.sort(key=lambda s: (s.first_published or "", s.id), reverse=True)
        return found

    def story(self, story_id: str) -> Story | None:
        rows = self.conn.execute(
            f"SELECT {_STORY_COLUMNS} FROM articles WHERE story_id = ? "
            "ORDER BY published IS NULL, published, id",
            (story_id,),
        ).fetchall()
        return self._story_from_rows(rows) if rows else None

    def _story_from_rows(self, rows: list[Any]) -> Story:
        ids = tuple(str(row[1]) for row in rows)
        marks = ",".join("?" * len(ids))
        cases = self.conn.execute(
            f"SELECT DISTINCT supplier_id, recipient_id, category FROM reports "
            f"WHERE article_id IN ({marks}) ORDER BY 1, 2, 3",
            ids,
        ).fetchall()
        dates = [row[2] for row in rows if row[2]]
        originals = [row for row in rows if row[5] is None] or rows
        return Story(
            id=str(rows[0][0]),
            title=next((row[3] for row in originals if row[3]), None),
            first_published=min(dates) if dates else None,
            last_published=max(dates) if dates else None,
            langs=tuple(sorted({str(row[4]) for row in rows if row[4]})),
            article_ids=ids,
            n_sources=len({row[5] or row[1] for row in rows}),
            cases=tuple(case_id(*c) for c in cases),
        )

    def duplicates_of(self, article_id: str) -> list[tuple[str, str | None]]:
        """``(id, duplicate_kind)`` of the stored articles that copy ``article_id``."""
        rows = self.conn.execute(
            "SELECT id, duplicate_kind FROM articles WHERE duplicate_of = ? ORDER BY id",
            (article_id,),
        ).fetchall()
        return [(str(r[0]), r[1]) for r in rows]

    def signatures(self) -> Iterator[tuple[str, str, bytes, str]]:
        """``(article_id, content_hash, minhash state, features JSON)`` of every signature."""
        rows = self.conn.execute(
            "SELECT article_id, content_hash, minhash, features FROM article_signatures"
        )
        for row in _stream(rows):
            yield str(row[0]), str(row[1]), bytes(row[2]), str(row[3])

    def link_rows(
        self,
    ) -> Iterator[tuple[str, str, str | None, str | None, str | None, str | None, str | None]]:
        """``(id, content_hash, published, lang, duplicate_of, duplicate_kind, story_id)`` of
        every article, oldest first (same day: in the order they were stored): what the
        merge step needs to place new articles."""
        rows = self.conn.execute(
            "SELECT id, content_hash, published, lang, duplicate_of, duplicate_kind, story_id "
            "FROM articles ORDER BY published IS NULL, published, rowid"
        )
        for row in _stream(rows):
            yield (str(row[0]), str(row[1]), row[2], row[3], row[4], row[5], row[6])

    def write_links(
        self,
        signatures: Iterable[tuple[str, str, bytes, str]],
        links: Iterable[tuple[str, str | None, str | None, str | None]],
    ) -> int:
        """Store new signatures ``(article_id, content_hash, minhash, features)`` and links
        ``(article_id, duplicate_of, duplicate_kind, story_id)`` in one transaction; return
        the number of articles whose links changed. Only armswatch.merge calls this."""
        conn = self.conn
        changed = 0
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT OR REPLACE INTO article_signatures "
                "(article_id, content_hash, minhash, features) VALUES (?, ?, ?, ?)",
                list(signatures),
            )
            for article_id, duplicate_of, kind, story_id in links:
                cur = conn.execute(
                    "UPDATE articles SET duplicate_of = ?, duplicate_kind = ?, story_id = ? "
                    "WHERE id = ? AND (duplicate_of IS NOT ? OR duplicate_kind IS NOT ? "
                    "OR story_id IS NOT ?)",
                    (duplicate_of, kind, story_id, article_id, duplicate_of, kind, story_id),
                )
                changed += cur.rowcount
        except sqlite3.OperationalError as e:
            _rollback(conn)
            raise StoreError(
                Errors.E007.format(path=self._path, reason=f"writing failed ({e})")
            ) from e
        except BaseException:
            _rollback(conn)
            raise
        conn.execute("COMMIT")
        return changed


# -- full-text queries -------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression requiring every word of ``text``; None when it has no word."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text))
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


# -- writing helpers ---------------------------------------------------------------------------


def _insert_article(conn: sqlite3.Connection, a: Article, digest: str, now: str) -> None:
    conn.execute(
        """
        INSERT INTO articles (id, source, url, title, published, lang, text, content_hash,
                              duplicate_of, story_id, meta, record_hash, ingested_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (*_article_values(a), digest, now, now),
    )


def _update_article(conn: sqlite3.Connection, a: Article, digest: str, now: str) -> None:
    conn.execute("DELETE FROM evidence WHERE article_id = ?", (a.id,))
    conn.execute("DELETE FROM reports WHERE article_id = ?", (a.id,))
    values = _article_values(a)
    conn.execute(
        """
        UPDATE articles SET source = ?, url = ?, title = ?, published = ?, lang = ?, text = ?,
                            content_hash = ?, duplicate_of = ?, story_id = ?, meta = ?,
                            record_hash = ?, updated_at = ?, duplicate_kind = NULL
        WHERE id = ?
        """,
        (*values[1:], digest, now, a.id),
    )


def _article_values(a: Article) -> tuple[Any, ...]:
    return (
        a.id,
        a.source,
        a.url,
        a.title,
        a.published,
        a.lang,
        a.text,
        content_hash(a.text),
        _optional_str(a.meta.get("duplicate_of")),
        _optional_str(a.meta.get("story_id")),
        _dumps(a.meta),
    )


def _insert_reports(conn: sqlite3.Connection, a: Article) -> int:
    reports = _merge_duplicates(a.reports)
    for r in reports:
        rid = report_id(a.id, r.supplier.id, r.recipient.id, r.category)
        conn.execute(
            f"""
            INSERT INTO reports (id, {_REPORT_COLUMNS}, published)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                rid,
                a.id,
                r.source,
                r.supplier.id,
                r.supplier.name,
                r.recipient.id,
                r.recipient.name,
                r.category,
                r.materiel,
                r.quantity,
                r.quantity_value,
                r.status,
                int(r.covert),
                r.confidence,
                _dumps([x.to_dict() for x in r.claimed_by]),
                _dumps([x.to_dict() for x in r.denied_by]),
                _dumps([x.to_dict() for x in r.via]),
                _dumps([e.to_dict() for e in r.evidence]),
                a.published,
            ),
        )
        conn.executemany(
            """
            INSERT INTO evidence (report_id, article_id, text, start_char, end_char)
            VALUES (?, ?, ?, ?, ?)
            """,
            [(rid, a.id, e.text, e.start, e.end) for e in r.evidence],
        )
    return len(reports)


def _merge_duplicates(reports: Sequence[TransferReport]) -> list[TransferReport]:
    """Fold reports sharing (supplier, recipient, category) into the first one (contract rule)."""
    merged: dict[tuple[str, str, str], TransferReport] = {}
    for r in reports:
        key = (r.supplier.id, r.recipient.id, r.category)
        first = merged.get(key)
        if first is None:
            merged[key] = r
            continue
        merged[key] = replace(
            first,
            quantity=first.quantity if first.quantity is not None else r.quantity,
            quantity_value=(
                first.quantity_value if first.quantity_value is not None else r.quantity_value
            ),
            status=min(first.status, r.status, key=lambda s: _STATUS_RANK.get(s, 99)),
            covert=first.covert or r.covert,
            claimed_by=_union(first.claimed_by, r.claimed_by),
            denied_by=_union(first.denied_by, r.denied_by),
            via=_union(first.via, r.via),
            evidence=list(dict.fromkeys([*first.evidence, *r.evidence])),
            confidence=max(first.confidence, r.confidence),
        )
    return list(merged.values())


def _union(first: Iterable[Actor], second: Iterable[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in (*first, *second):
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _record_settings(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('created_with', ?)", (__version__,)
    )
    conn.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('migrated_with', ?)", (__version__,)
    )
    conn.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('schema_version', ?)",
        (str(latest_version()),),
    )
    conn.execute("COMMIT")


# -- reading helpers ---------------------------------------------------------------------------


def _stream(cursor: sqlite3.Cursor, size: int = 256) -> Iterator[Any]:
    while rows := cursor.fetchmany(size):
        yield from rows


def _where(*pairs: tuple[str, str | None]) -> tuple[str, list[str]]:
    clauses = [f"{column} = ?" for column, value in pairs if value is not None]
    params = [value for _, value in pairs if value is not None]
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _article_from_row(row: Any) -> Article:
    return Article(
        id=row[0],
        source=row[1],
        url=row[2],
        title=row[3],
        published=row[4],
        lang=row[5],
        text=row[6],
        meta=_with_links(dict(json.loads(row[7] or "{}")), row[8], row[9], row[10]),
    )


def _with_links(
    meta: dict[str, Any], duplicate_of: str | None, kind: str | None, story_id: str | None
) -> dict[str, Any]:
    """The stored links (set by armswatch.merge) shown in ``Article.meta``."""
    for key, value in (
        ("duplicate_of", duplicate_of),
        ("duplicate_kind", kind),
        ("story_id", story_id),
    ):
        if value is not None:
            meta[key] = value
    return meta


def _report_from_row(row: Any) -> TransferReport:
    return TransferReport(
        article_id=row[0],
        source=row[1],
        supplier=Actor(row[2], row[3]),
        recipient=Actor(row[4], row[5]),
        category=row[6],
        materiel=row[7],
        quantity=row[8],
        quantity_value=row[9],
        status=row[10],
        covert=bool(row[11]),
        confidence=float(row[12]),
        claimed_by=_actors(row[13]),
        denied_by=_actors(row[14]),
        via=_actors(row[15]),
        evidence=[Evidence.from_dict(e) for e in json.loads(row[16] or "[]")],
    )


# Columns of a case row (see Store._case_rows); the report columns follow when ``full``.
_FULL = 17
_STORY_COLUMNS = "story_id, id, published, title, lang, duplicate_of"


def _case_from_rows(rows: list[Any]) -> Case:
    """Aggregate the rows of one case, given oldest article first."""
    supplier_names: Counter[str] = Counter(row[1] for row in rows)
    recipient_names: Counter[str] = Counter(row[3] for row in rows)
    statuses = {row[5] for row in rows}
    claimants: dict[str, Actor] = {}
    deniers: dict[str, Actor] = {}
    via: dict[str, Actor] = {}
    for row in rows:
        for actor in _actors(row[6]):
            claimants.setdefault(actor.id, actor)
        for actor in _actors(row[7]):
            deniers.setdefault(actor.id, actor)
        for actor in _actors(row[8]):
            via.setdefault(actor.id, actor)
    dates = [row[10] for row in rows if row[10]]
    if "reported" in statuses:
        status = "reported"
    elif "planned" in statuses:
        status = "planned"
    else:
        status = "denied_only"
    return Case(
        supplier=Actor(rows[0][0], supplier_names.most_common(1)[0][0]),
        recipient=Actor(rows[0][2], recipient_names.most_common(1)[0][0]),
        category=rows[0][4],
        status=status,
        claimants=tuple(sorted(claimants.values(), key=lambda a: a.id)),
        deniers=tuple(sorted(deniers.values(), key=lambda a: a.id)),
        via=tuple(via.values()),
        n_articles=len({row[9] for row in rows}),
        n_sources=len({row[11] or row[9] for row in rows}),
        n_reports=len(rows),
        first_seen=min(dates) if dates else None,
        last_seen=max(dates) if dates else None,
        n_stories=len({row[12] or row[9] for row in rows}),
    )


def _timeline(rows: list[Any]) -> tuple[TimelineEntry, ...]:
    """Claims, denials and status changes of one case, oldest article first (full rows)."""
    entries: list[TimelineEntry] = []
    previous: str | None = None
    for row in rows:
        report = _report_from_row(row[_FULL:])
        common = {
            "date": row[10],
            "article_id": str(row[9]),
            "source": str(row[16]),
            "url": row[13],
            "title": row[14],
            "lang": row[15],
            "outlet": outlet_of(row[13], str(row[16])),
            "status": report.status,
            "evidence": tuple(report.evidence),
            "duplicate_of": row[11],
            "story_id": row[12],
        }
        if report.status in ("reported", "planned") and report.status != previous:
            entries.append(TimelineEntry(kind=report.status, actor=None, **common))
        if report.status != "denied_only":
            previous = report.status
        for actor in report.claimed_by:
            entries.append(TimelineEntry(kind="claim", actor=actor, **common))
        for actor in report.denied_by:
            entries.append(TimelineEntry(kind="denial", actor=actor, **common))
    return tuple(entries)


def _actors(blob: str | None) -> list[Actor]:
    return [Actor.from_dict(d) for d in json.loads(blob or "[]")]


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
