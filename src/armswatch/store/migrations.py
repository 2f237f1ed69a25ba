"""Named, numbered, transactional schema migrations, recorded in the store itself.

Migrations are package data: ``armswatch/store/migrations/NNNN_name.sql``. Each pending one is
applied inside its own ``BEGIN IMMEDIATE`` transaction together with its row in the
``migrations(id, name, applied_at)`` table, so a store is never left half-migrated. A store
that records a migration newer than this code knows is refused (``Errors.E006``).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from armswatch.errors import DataFileError, Errors, StoreError

MIGRATIONS_PACKAGE = "armswatch.store"
MIGRATIONS_FOLDER = "migrations"
_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

_CREATE_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema change: its number, its name (file name minus number and suffix), its SQL."""

    id: int
    name: str
    sql: str

    @property
    def label(self) -> str:
        return f"{self.id:04d}_{self.name}"


@functools.cache
def load_migrations() -> tuple[Migration, ...]:
    """The migrations shipped with this armswatch, in order. Bad file names are data errors."""
    folder = resources.files(MIGRATIONS_PACKAGE).joinpath(MIGRATIONS_FOLDER)
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        if not entry.is_file() or not entry.name.endswith(".sql"):
            continue
        match = _FILE_NAME.match(entry.name)
        if match is None:
            raise DataFileError(
                Errors.E002.format(
                    path=f"{MIGRATIONS_PACKAGE}/{MIGRATIONS_FOLDER}/{entry.name}",
                    reason="a migration file must be named NNNN_name.sql (lowercase name)",
                )
            )
        number = int(match.group(1))
        if number in found:
            raise DataFileError(
                Errors.E002.format(
                    path=f"{MIGRATIONS_PACKAGE}/{MIGRATIONS_FOLDER}/{entry.name}",
                    reason=f"migration number {number:04d} is used twice",
                )
            )
        found[number] = Migration(
            id=number, name=match.group(2), sql=entry.read_text(encoding="utf-8")
        )
    return tuple(found[n] for n in sorted(found))


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    """The schema version this code produces: the highest migration number (0 if none)."""
    known = load_migrations() if migrations is None else migrations
    return max((m.id for m in known), default=0)


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies and quoted ``;`` stay whole)."""
    statements: list[str] = []
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if _has_code(buffer):
                statements.append(buffer.strip())
            buffer = ""
    # The split adds one ";" too many at the end: what is left is a tail without a terminator.
    tail = buffer[:-1]
    if _has_code(tail):
        statements.append(tail.strip())
    return statements


def _has_code(sql: str) -> bool:
    """True when ``sql`` holds something besides blanks, ``;`` and ``--`` line comments."""
    for line in sql.splitlines():
        code = line.split("--", 1)[0].strip().strip(";").strip()
        if code:
            return True
    return False


def applied_migrations(conn: sqlite3.Connection) -> dict[int, str]:
    """``{id: name}`` of the migrations recorded in the store (empty for a new store)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if exists is None:
        return {}
    rows = conn.execute("SELECT id, name FROM migrations ORDER BY id").fetchall()
    return {int(row[0]): str(row[1]) for row in rows}


def check_not_newer(
    conn: sqlite3.Connection, label: str, migrations: Sequence[Migration] | None = None
) -> None:
    """Refuse a store migrated by a newer armswatch (``Errors.E006``)."""
    known = latest_version(migrations)
    found = max(applied_migrations(conn), default=0)
    if found > known:
        raise StoreError(Errors.E006.format(path=label, found=found, known=known))


def apply_migrations(
    conn: sqlite3.Connection, label: str, migrations: Sequence[Migration] | None = None
) -> list[Migration]:
    """Apply the pending migrations in order, one transaction each; return those applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``): this function opens and
    closes its own transactions. ``label`` names the store in error messages.
    """
    known = list(load_migrations() if migrations is None else migrations)
    check_not_newer(conn, label, known)
    done = applied_migrations(conn)
    applied: list[Migration] = []
    for migration in known:
        if migration.id in done:
            continue
        if _apply_one(conn, label, migration):
            applied.append(migration)
    return applied


def _apply_one(conn: sqlite3.Connection, label: str, migration: Migration) -> bool:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_CREATE_MIGRATIONS_TABLE)
        # Another process may have applied it while we waited for the write lock.
        if conn.execute("SELECT 1 FROM migrations WHERE id = ?", (migration.id,)).fetchone():
            conn.execute("COMMIT")
            return False
        for statement in split_statements(migration.sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
            (migration.id, migration.name, _now()),
        )
    except sqlite3.Error as e:
        _rollback(conn)
        raise StoreError(
            Errors.E007.format(path=label, reason=f"migration {migration.label} failed: {e}")
        ) from e
    except BaseException:
        _rollback(conn)
        raise
    conn.execute("COMMIT")
    return True


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
