from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from armswatch.errors import StoreError
from armswatch.store import Store
from armswatch.store.migrations import (
    Migration,
    applied_migrations,
    apply_migrations,
    latest_version,
    load_migrations,
    split_statements,
)


def _connect(path: Path | str = ":memory:") -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_shipped_migrations_are_found_as_package_data() -> None:
    migrations = load_migrations()
    assert migrations[0] == Migration(id=1, name="initial", sql=migrations[0].sql)
    assert "CREATE TABLE articles" in migrations[0].sql
    assert [m.id for m in migrations] == sorted(m.id for m in migrations)
    assert all(re.fullmatch(r"[a-z0-9_]+", m.name) for m in migrations)
    assert latest_version() == migrations[-1].id


def test_migrations_are_recorded(db_path: Path) -> None:
    with Store.open(db_path) as store:
        rows = store.conn.execute("SELECT id, name, applied_at FROM migrations").fetchall()
        assert [(i, n) for i, n, _ in rows] == [(m.id, m.name) for m in load_migrations()]
        assert all(applied_at for _, _, applied_at in rows)
        assert store.schema_version() == latest_version()
        tables = {
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert {"settings", "articles", "reports", "evidence", "evidence_fts"} <= tables
        indexes = {
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert {"reports_case", "reports_article"} <= indexes
        fts_sql = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'evidence_fts'"
        ).fetchone()[0]
        assert "remove_diacritics 2" in fts_sql


def test_reopening_applies_nothing(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = _connect(db_path)
    before = conn.execute("SELECT * FROM migrations").fetchall()
    assert apply_migrations(conn, str(db_path)) == []
    conn.close()

    with Store.open(db_path) as store:
        assert store.conn.execute("SELECT * FROM migrations").fetchall() == before
        assert store.settings()["schema_version"] == str(latest_version())


def test_too_new_store_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = _connect(db_path)
    conn.execute("INSERT INTO migrations VALUES (9999, 'from_the_future', '2099-01-01')")
    conn.close()

    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    message = str(info.value)
    assert "[E006]" in message
    assert str(db_path) in message
    assert "9999" in message
    assert str(latest_version()) in message


def test_migrations_apply_in_order_and_a_failure_rolls_back() -> None:
    good = Migration(1, "first", "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);")
    bad = Migration(2, "second", "CREATE TABLE b (y INTEGER);\nINSERT INTO nowhere VALUES (1);")
    conn = _connect()

    with pytest.raises(StoreError, match=r"\[E007\].*0002_second"):
        apply_migrations(conn, "test-store", [good, bad])

    assert applied_migrations(conn) == {1: "first"}
    assert conn.execute("SELECT x FROM a").fetchall() == [(1,)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "b" not in tables
    assert not conn.in_transaction

    fixed = Migration(2, "second", "CREATE TABLE b (y INTEGER);")
    assert apply_migrations(conn, "test-store", [good, fixed]) == [fixed]
    assert apply_migrations(conn, "test-store", [good, fixed]) == []


def test_unknown_recorded_migration_newer_than_known_is_refused() -> None:
    conn = _connect()
    apply_migrations(conn, "mem", [Migration(1, "a", "CREATE TABLE a (x);")])
    conn.execute("INSERT INTO migrations VALUES (2, 'b', 'now')")
    with pytest.raises(StoreError, match=r"\[E006\] Store mem has schema version 2"):
        apply_migrations(conn, "mem", [Migration(1, "a", "CREATE TABLE a (x);")])


def test_split_statements_keeps_triggers_strings_and_skips_comments() -> None:
    script = """
    -- a comment; with a semicolon
    CREATE TABLE t (x TEXT);
    INSERT INTO t VALUES ('a;b');
    CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
        INSERT INTO t VALUES ('from trigger');
        SELECT 1;
    END;
    -- trailing comment
    SELECT 2
    """
    statements = split_statements(script)
    assert len(statements) == 4
    assert statements[1].endswith("VALUES ('a;b');")
    assert statements[2].startswith("CREATE TRIGGER") and statements[2].endswith("END;")
    assert statements[3].rstrip(";").rstrip().endswith("SELECT 2")
    conn = _connect()
    for statement in statements:
        conn.execute(statement)


def test_shipped_migration_splits_into_statements() -> None:
    statements = split_statements(load_migrations()[0].sql)
    assert all(sqlite3.complete_statement(s) for s in statements)
    assert sum(s.lstrip().startswith("CREATE TRIGGER") for s in statements) == 3
