from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from armswatch.errors import StoreError
from armswatch.records import Actor, Evidence
from armswatch.store import Store, WriteResult, fts_query, report_id
from tests.store.factories import (
    IRN,
    MIDDLE_EAST,
    NORTH_AFRICA,
    PRK,
    RUS,
    UKR,
    USA,
    all_articles,
    en_article,
    en_planned_article,
    fr_article,
    report,
)


def _timestamps(store: Store) -> list[tuple[str, str, str]]:
    rows = store.conn.execute("SELECT id, ingested_at, updated_at FROM articles ORDER BY id")
    return [tuple(r) for r in rows.fetchall()]


# -- opening -------------------------------------------------------------------------------------


def test_open_creates_parent_folder_and_uses_wal(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with Store.open(db_path) as store:
        assert db_path.is_file()
        assert store.journal_mode() == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert store.counts() == {"articles": 0, "reports": 0, "evidence": 0}


def test_open_accepts_str_path_and_memory(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        assert store.path == str(db_path)
    with Store.open(":memory:") as store:
        assert store.write_articles([fr_article()]).articles_new == 1


def test_settings_record_creating_version(store: Store) -> None:
    settings = store.settings()
    assert settings["created_with"]
    assert settings["schema_version"] == str(store.schema_version())


def test_garbage_file_is_refused_with_path_and_reason(tmp_path: Path) -> None:
    garbage = tmp_path / "not-a-db.sqlite"
    garbage.write_bytes(b"\x00\x17 this is certainly not SQLite \xff" * 200)
    with pytest.raises(StoreError) as info:
        Store.open(garbage)
    message = str(info.value)
    assert "[E007]" in message
    assert str(garbage) in message
    assert "not an SQLite database" in message
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[E007\].*directory"):
        Store.open(tmp_path)


def test_closed_store_raises_store_error(db_path: Path) -> None:
    store = Store.open(db_path)
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.counts()


# -- writing -------------------------------------------------------------------------------------


def test_write_counts_rows(store: Store) -> None:
    result = store.write_articles(all_articles())
    assert result == WriteResult(
        articles_new=4, articles_updated=0, articles_unchanged=0, reports_written=6
    )
    assert store.counts() == {"articles": 4, "reports": 6, "evidence": 8}


def test_double_write_is_idempotent(store: Store, db_path: Path) -> None:
    store.write_articles(all_articles())
    counts, stamps = store.counts(), _timestamps(store)
    changes = store.conn.total_changes

    again = store.write_articles(all_articles())

    assert again == WriteResult(articles_unchanged=4)
    assert store.conn.total_changes == changes  # not a single row touched
    assert store.counts() == counts
    assert _timestamps(store) == stamps

    # And from another connection, after re-opening.
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.write_articles(all_articles()) == WriteResult(articles_unchanged=4)
        assert reopened.counts() == counts
        assert _timestamps(reopened) == stamps


def test_report_order_does_not_change_the_content(store: Store) -> None:
    article = en_article()
    store.write_articles([article])
    article.reports.reverse()
    assert store.write_articles([article]) == WriteResult(articles_unchanged=1)


def test_updated_article_replaces_its_reports_and_evidence(store: Store) -> None:
    store.write_articles([fr_article(), en_article()])
    (before,) = [s for i, _, s in _timestamps(store) if i == "fr-1"]
    ingested = {i: ing for i, ing, _ in _timestamps(store)}

    changed = fr_article()
    changed.text += " Kiev recevra des obus."
    changed.reports = [
        report(changed, USA, UKR, "ammunition", ["Kiev recevra des obus."], status="planned")
    ]
    result = store.write_articles([changed])

    assert result == WriteResult(articles_updated=1, reports_written=1)
    reports = list(store.iter_reports(article_id="fr-1"))
    assert [(r.supplier.id, r.recipient.id, r.status) for r in reports] == [
        ("USA", "UKR", "planned")
    ]
    assert store.search_evidence("acheminant") == []
    assert [h.article_id for h in store.search_evidence("Kiev")] == ["fr-1"]
    assert store.counts() == {"articles": 2, "reports": 3, "evidence": 3}
    # The other article is untouched; the changed one keeps its first ingestion time.
    assert {i: ing for i, ing, _ in _timestamps(store)} == ingested
    assert before <= next(s for i, _, s in _timestamps(store) if i == "fr-1")


def test_article_without_reports_clears_old_reports(store: Store) -> None:
    store.write_articles([fr_article()])
    bare = fr_article()
    bare.reports = []
    assert store.write_articles([bare]) == WriteResult(articles_updated=1)
    assert store.counts() == {"articles": 1, "reports": 0, "evidence": 0}


def test_failed_batch_writes_nothing(store: Store) -> None:
    broken = en_planned_article()
    broken.reports[0].evidence.append(Evidence(start=None, end=None, text="x"))  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.write_articles([fr_article(), broken], batch_size=10)
    assert store.counts() == {"articles": 0, "reports": 0, "evidence": 0}
    assert not store.conn.in_transaction
    # The store is still usable.
    assert store.write_articles([fr_article()]).articles_new == 1


def test_batches_commit_separately(store: Store) -> None:
    result = store.write_articles(all_articles(), batch_size=1)
    assert result.articles_new == 4
    assert store.counts()["articles"] == 4


def test_same_article_twice_in_one_batch(store: Store) -> None:
    result = store.write_articles([fr_article(), fr_article()])
    assert result == WriteResult(articles_new=1, articles_unchanged=1, reports_written=1)


def test_duplicate_report_keys_are_merged(store: Store) -> None:
    article = fr_article()
    first = article.reports[0]
    second = dataclasses.replace(
        first,
        status="planned",
        covert=False,
        claimed_by=[Actor("media", "media")],
        denied_by=[],
        via=[NORTH_AFRICA],
        evidence=[first.evidence[0]],
        confidence=0.95,
    )
    article.reports.append(second)
    assert store.write_articles([article]).reports_written == 1
    (stored,) = store.iter_reports()
    assert stored.status == "reported"
    assert stored.covert is True
    assert [a.id for a in stored.claimed_by] == ["USA", "media"]
    assert [a.id for a in stored.via] == ["middle-east", "north-africa"]
    assert stored.evidence == first.evidence
    assert stored.confidence == 0.95


def test_report_ids_are_content_hashes(store: Store) -> None:
    store.write_articles([fr_article()])
    (rid,) = store.conn.execute("SELECT id FROM reports").fetchone()
    assert rid == report_id("fr-1", "PRK", "RUS", "ammunition")
    assert len(rid) == 16
    assert int(rid, 16) >= 0


def test_reports_copy_the_article_date(store: Store) -> None:
    store.write_articles(all_articles())
    rows = store.conn.execute("SELECT article_id, published FROM reports ORDER BY article_id")
    assert dict(rows.fetchall()) == {
        "en-1": "2022-11-03",
        "en-1-copy": None,
        "en-2": "2022-12-01",
        "fr-1": "2022-11-02",
    }


def test_duplicate_and_story_columns_come_from_meta(store: Store) -> None:
    store.write_articles(all_articles())
    rows = store.conn.execute("SELECT id, duplicate_of, story_id FROM articles ORDER BY id")
    assert rows.fetchall() == [
        ("en-1", None, "s-prk-shells"),
        ("en-1-copy", "en-1", "s-prk-shells"),
        ("en-2", None, None),
        ("fr-1", None, "s-prk-shells"),
    ]


# -- reading -------------------------------------------------------------------------------------


def test_get_article_round_trips(store: Store) -> None:
    original = en_article()
    store.write_articles([original])
    loaded = store.get_article("en-1")
    assert loaded is not None
    original.reports.sort(key=lambda r: r.key)
    assert loaded == original
    assert store.get_article("nope") is None


def test_iter_reports_sorted_by_article_then_key(store: Store) -> None:
    store.write_articles(reversed(all_articles()))
    keys = [r.key for r in store.iter_reports()]
    assert keys == sorted(keys)
    assert keys[:2] == [("en-1", "IRN", "RUS", "uav"), ("en-1", "PRK", "RUS", "ammunition")]
    assert [r.key for r in store.iter_reports(supplier_id="IRN")] == [
        ("en-1", "IRN", "RUS", "uav"),
        ("en-1-copy", "IRN", "RUS", "uav"),
    ]


def test_iter_articles_with_and_without_reports(store: Store) -> None:
    store.write_articles(all_articles())
    plain = list(store.iter_articles())
    assert [a.id for a in plain] == ["en-1", "en-1-copy", "en-2", "fr-1"]
    assert all(a.reports == [] for a in plain)
    full = {a.id: len(a.reports) for a in store.iter_articles(with_reports=True)}
    assert full == {"en-1": 2, "en-1-copy": 2, "en-2": 1, "fr-1": 1}


# -- full-text search ----------------------------------------------------------------------------


@pytest.fixture
def searchable(store: Store) -> Store:
    store.write_articles(all_articles())
    return store


@pytest.mark.parametrize("query", ["États", "etats", "ETATS", "Etats-Unis", "coree du nord"])
def test_search_ignores_accents_and_case(searchable: Store, query: str) -> None:
    hits = searchable.search_evidence(query)
    assert hits
    assert {h.article_id for h in hits} == {"fr-1"}


def test_search_finds_accented_text_from_plain_query(searchable: Store) -> None:
    (hit,) = searchable.search_evidence("pyongyang dementi")
    assert hit.text == "Pyongyang a démenti ces accusations."
    assert hit.report_id == report_id("fr-1", "PRK", "RUS", "ammunition")
    assert (hit.supplier_id, hit.recipient_id, hit.category) == ("PRK", "RUS", "ammunition")
    article = searchable.get_article("fr-1")
    assert article is not None
    assert article.text[hit.start : hit.end] == hit.text


def test_search_requires_every_word(searchable: Store) -> None:
    assert {h.article_id for h in searchable.search_evidence("denied drones")} == {
        "en-1",
        "en-1-copy",
    }
    assert searchable.search_evidence("drones obus") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND (",
        "OR",
        "NOT",
        "NEAR(",
        "*",
        "^",
        ":",
        "text:",
        "drones)",
        'drones" OR "',
        "') OR 1=1 --",
        "",
        "   ",
        "\x00",
        "évidemment NEAR/3 (",
    ],
)
def test_hostile_queries_do_not_raise(searchable: Store, query: str) -> None:
    hits = searchable.search_evidence(query)
    assert isinstance(hits, list)


def test_hostile_query_with_a_real_word_still_matches(searchable: Store) -> None:
    hits = searchable.search_evidence('drones" (*')
    assert {h.article_id for h in hits} == {"en-1", "en-1-copy"}


def test_search_limit(searchable: Store) -> None:
    assert len(searchable.search_evidence("shells", limit=1)) == 1
    assert len(searchable.search_evidence("shells")) == 3
    assert searchable.search_evidence("shells", limit=0) == []


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('drones" AND (') == '"drones" "AND"'
    assert fts_query("«  »") is None


# -- cases ---------------------------------------------------------------------------------------


def test_cases_aggregate_reports(searchable: Store) -> None:
    cases = searchable.cases()
    keys = [(c.supplier.id, c.recipient.id, c.category) for c in cases]
    assert keys == [("PRK", "RUS", "ammunition"), ("IRN", "RUS", "uav")]

    shells = cases[0]
    assert shells.supplier == PRK
    assert shells.recipient == RUS
    assert shells.status == "reported"
    assert [a.id for a in shells.claimants] == ["USA", "media"]
    assert shells.deniers == (PRK,)
    # Oldest article first: fr-1 names the Middle East, en-1 adds North Africa.
    assert shells.via == (MIDDLE_EAST, NORTH_AFRICA)
    assert shells.n_articles == 4
    assert shells.n_sources == 3  # en-1-copy is a copy of en-1
    assert shells.n_reports == 4
    assert (shells.first_seen, shells.last_seen) == ("2022-11-02", "2022-12-01")

    drones = cases[1]
    assert drones.status == "denied_only"
    assert drones.claimants == ()
    assert drones.deniers == (IRN,)
    assert drones.n_articles == 2
    assert drones.to_dict()["deniers"] == [{"id": "IRN", "name": "Iran"}]


def test_case_status_precedence(store: Store) -> None:
    denied = en_article()
    planned = en_planned_article()
    planned.reports.append(
        report(
            planned,
            IRN,
            RUS,
            "uav",
            ["Pyongyang could send more shells"],
            status="planned",
        )
    )
    store.write_articles([denied, planned])
    by_key = {(c.supplier.id, c.category): c.status for c in store.cases()}
    assert by_key == {("IRN", "uav"): "planned", ("PRK", "ammunition"): "reported"}
    store.write_articles([fr_article()])
    assert {(c.supplier.id, c.category): c.status for c in store.cases()}[
        ("PRK", "ammunition")
    ] == "reported"


def test_case_dates_may_be_null(store: Store) -> None:
    undated = en_article()
    undated.published = None
    store.write_articles([undated])
    for case in store.cases():
        assert (case.first_seen, case.last_seen) == (None, None)


def test_cases_filters(searchable: Store) -> None:
    assert [c.category for c in searchable.cases(actor="IRN")] == ["uav"]
    assert len(searchable.cases(actor="RUS")) == 2
    assert searchable.cases(actor="UKR") == []
    assert [c.supplier.id for c in searchable.cases(category="ammunition")] == ["PRK"]
    assert [c.supplier.id for c in searchable.cases(status="denied_only")] == ["IRN"]
    assert searchable.cases(status="planned") == []
