"""The command line, end to end: bad input, idempotent ingest, exports, the cases table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armswatch.cli import app
from armswatch.store import Store

from .conftest import EXAMPLES

pytestmark = pytest.mark.slow

runner = CliRunner()

GOOD_FR = (
    "Selon Kiev, la Biélorussie a livré des obus d'artillerie à la Russie la semaine dernière.\n"
)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "good.txt").write_text(GOOD_FR, encoding="utf-8")
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    (d / "latin1.txt").write_bytes("Le ministre a parlé des chars à Kiev.".encode("latin-1"))
    (d / "notes.pdf").write_bytes(b"%PDF-1.4 not really")
    lines = [
        json.dumps({"id": "wire-1", "text": "Britain sent Challenger 2 tanks to Ukraine."}),
        '{"id": "wire-2", "text": "unterminated',
        json.dumps({"id": "wire-3", "title": "no text here"}),
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_bad_inputs_are_named_and_the_rest_is_processed(messy: Path) -> None:
    result = runner.invoke(app, ["extract", str(messy)])
    assert result.exit_code == 1, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    triples = {(r["supplier"]["id"], r["recipient"]["id"], r["category"]) for r in reports}
    assert ("BLR", "RUS", "ammunition") in triples
    assert ("GBR", "UKR", "armour") in triples
    err = result.stderr
    for needle in (
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "notes.pdf",
        "feed.jsonl#2",
        "feed.jsonl#3",
    ):
        assert sum(needle in line for line in err.splitlines()) == 1, (needle, err)
    for reason in ("empty", "binary", "undecodable", "unknown_extension", "malformed_json"):
        assert reason in err
    assert "rejected 6 input(s)" in err


def test_clean_input_exits_zero(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(GOOD_FR, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(f), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "nope" in result.stderr and "does not exist" in result.stderr


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "aw.db"
    first = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert first.exit_code == 0, first.output
    with Store.open(db) as store:
        counts = store.counts()
        stamps = store.conn.execute("SELECT id, ingested_at FROM articles ORDER BY id").fetchall()
    assert counts["articles"] == len(list(EXAMPLES.glob("*.txt")))
    assert counts["reports"] > 0
    second = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert f"0 new, 0 updated, {counts['articles']} unchanged" in second.stderr
    with Store.open(db) as store:
        assert store.counts() == counts
        again = store.conn.execute("SELECT id, ingested_at FROM articles ORDER BY id").fetchall()
        assert again == stamps

    # exports read the same store
    rep = runner.invoke(app, ["export", "reports", "--format", "csv", "--db", str(db)])
    assert rep.exit_code == 0, rep.output
    rows = list(csv.DictReader(io.StringIO(rep.stdout)))
    assert len(rows) == counts["reports"]
    assert {"supplier_id", "recipient_id", "category", "evidence"} <= set(rows[0])
    arts = runner.invoke(app, ["export", "articles", "--format", "jsonl", "--db", str(db)])
    lines = [json.loads(x) for x in arts.stdout.splitlines()]
    assert len(lines) == counts["articles"]
    assert {"id", "source", "url", "lang", "published", "duplicate_of", "story_id"} <= set(lines[0])

    table = runner.invoke(app, ["cases", "--db", str(db)])
    assert table.exit_code == 0
    assert "PRK" in table.stdout and "RUS" in table.stdout and "ammunition" in table.stdout


def test_export_unknown_kind(tmp_path: Path) -> None:
    db = tmp_path / "aw.db"
    Store.open(db).close()
    result = runner.invoke(app, ["export", "things", "--db", str(db)])
    assert result.exit_code == 2
    assert "things" in result.stderr


def test_export_without_store_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "reports", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "armswatch ingest" in result.stderr


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "aw.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stories" in result.stderr
    return db


def test_cases_filters_take_names_and_dates(examples_db: Path) -> None:
    db = ["--db", str(examples_db)]
    by_name = runner.invoke(app, ["cases", "--actor", "Corée du Nord", "--json", *db])
    by_id = runner.invoke(app, ["cases", "--actor", "PRK", "--json", *db])
    assert by_name.exit_code == 0, by_name.output
    assert by_name.stdout == by_id.stdout
    rows = [json.loads(line) for line in by_name.stdout.splitlines()]
    assert rows and all("PRK" in (r["supplier"]["id"], r["recipient"]["id"]) for r in rows)
    assert all("independent_sources" in r for r in rows)
    late = runner.invoke(app, ["cases", "--since", "2023-01-01", "--json", *db])
    dates = [json.loads(line)["first_seen"] for line in late.stdout.splitlines()]
    assert dates and all(d >= "2023-01-01" for d in dates)
    table = runner.invoke(app, ["cases", *db])
    assert "sources" in table.stdout


def test_cases_refuse_unknown_filters(examples_db: Path) -> None:
    db = ["--db", str(examples_db)]
    bad_actor = runner.invoke(app, ["cases", "--actor", "Atlantide", *db])
    assert bad_actor.exit_code == 2
    assert "[E009]" in bad_actor.stderr and "Atlantide" in bad_actor.stderr
    bad_category = runner.invoke(app, ["cases", "--category", "tanks", *db])
    assert bad_category.exit_code == 2
    assert "[E010]" in bad_category.stderr and "armour" in bad_category.stderr


def test_case_timeline_with_evidence(examples_db: Path) -> None:
    db = ["--db", str(examples_db)]
    result = runner.invoke(app, ["case", "pyongyang", "Moscou", "ammunition", *db])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("North Korea (PRK) → Russia (RUS), ammunition: reported")
    assert "independent source" in out
    assert "claimed by United States (USA)" in out
    assert "denied by North Korea (PRK)" in out
    assert "« " in out  # evidence sentences are shown
    as_json = runner.invoke(app, ["case", "PRK", "RUS", "ammunition", "--json", *db])
    detail = json.loads(as_json.stdout)
    assert detail["id"] == "PRK.RUS.ammunition"
    assert {e["kind"] for e in detail["timeline"]} >= {"reported", "claim", "denial"}
    none = runner.invoke(app, ["case", "PRK", "RUS", "naval", *db])
    assert none.exit_code == 1
    assert "no report" in none.stderr


def test_stories_and_their_export(examples_db: Path) -> None:
    db = ["--db", str(examples_db)]
    listed = runner.invoke(app, ["stories", "--json", *db])
    assert listed.exit_code == 0, listed.output
    stories = [json.loads(line) for line in listed.stdout.splitlines()]
    ids = [a for s in stories for a in s["article_ids"]]
    # Every article is in exactly one story.
    assert len(ids) == len(set(ids)) == len(list(EXAMPLES.glob("*.txt")))
    exported = runner.invoke(app, ["export", "stories", "--format", "csv", *db])
    assert exported.exit_code == 0, exported.output
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert {r["id"] for r in rows} == {s["id"] for s in stories}
