from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from armswatch.errors import UsageError
from armswatch.export import (
    ARTICLE_COLUMNS,
    CASE_COLUMNS,
    KINDS,
    REPORT_COLUMNS,
    STORY_COLUMNS,
    export,
)
from armswatch.records import Article, Evidence, TransferReport
from armswatch.store import Store
from tests.store.factories import PRK, RUS, USA, all_articles, fr_article


def _export(kind: str, fmt: str, store: Store) -> tuple[int, str]:
    out = io.StringIO()
    n = export(kind, fmt, store, out)
    return n, out.getvalue()


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _originals() -> list[TransferReport]:
    reports = [r for a in all_articles() for r in a.reports]
    return sorted(reports, key=lambda r: r.key)


def test_reports_jsonl_round_trips(store: Store) -> None:
    n, text = _export("reports", "jsonl", store)
    lines = text.splitlines()
    assert n == len(lines) == 6
    loaded = [TransferReport.from_dict(json.loads(line)) for line in lines]
    assert loaded == _originals()
    assert "États-Unis" in text  # ensure_ascii=False


def test_reports_csv_columns_and_values(store: Store) -> None:
    n, text = _export("reports", "csv", store)
    rows = _csv(text)
    assert n == len(rows) == 6
    assert tuple(rows[0]) == REPORT_COLUMNS
    fr = next(r for r in rows if r["article_id"] == "fr-1")
    assert fr["claimed_by"] == "USA"
    assert fr["denied_by"] == "PRK"
    assert fr["via"] == "middle-east"
    assert fr["covert"] == "true"
    assert fr["confidence"] == "0.875"
    assert fr["quantity"] == ""
    en = next(r for r in rows if r["article_id"] == "en-1" and r["supplier_id"] == "PRK")
    assert en["via"] == "north-africa|middle-east"
    assert en["quantity"] == "a significant number"


def test_reports_csv_round_trips_hostile_evidence(tmp_path: Path) -> None:
    sentences = [
        'Il a dit : "des obus, des roquettes, et des drones".',
        "Ligne un,\nligne deux ; «trois».",
        "Plain, with ''quotes'' and a trailing comma,",
    ]
    text = " ".join(sentences)
    starts = [text.index(s) for s in sentences]
    article = Article(id="hostile", text=text, source="x.txt", published="2023-01-01")
    article.reports = [
        TransferReport(
            article_id="hostile",
            source="x.txt",
            supplier=PRK,
            recipient=RUS,
            category="ammunition",
            materiel='obus "spéciaux", roquettes',
            claimed_by=[USA],
            evidence=[Evidence(s, s + len(x), x) for s, x in zip(starts, sentences, strict=True)],
        )
    ]
    with Store.open(tmp_path / "h.db") as store:
        store.write_articles([article])
        n, text_out = _export("reports", "csv", store)
        (row,) = _csv(text_out)
        assert n == 1
        assert row["evidence"] == " | ".join(sentences)
        assert row["materiel"] == 'obus "spéciaux", roquettes'

        # The same export written to a real file reads back the same.
        target = tmp_path / "reports.csv"
        with target.open("w", encoding="utf-8", newline="") as f:
            export("reports", "csv", store, f)
        with target.open(encoding="utf-8", newline="") as f:
            (again,) = list(csv.DictReader(f))
        assert again == row


def test_articles_csv_has_no_text(store: Store) -> None:
    n, text = _export("articles", "csv", store)
    rows = _csv(text)
    assert n == 4
    assert tuple(rows[0]) == ARTICLE_COLUMNS
    assert "text" not in rows[0]
    assert [r["id"] for r in rows] == ["en-1", "en-1-copy", "en-2", "fr-1"]
    copy = rows[1]
    assert copy["duplicate_of"] == "en-1"
    assert copy["story_id"] == "s-prk-shells"
    assert copy["published"] == ""
    assert "fournit" not in text


def test_articles_jsonl_adds_report_counts(store: Store) -> None:
    n, text = _export("articles", "jsonl", store)
    rows = [json.loads(line) for line in text.splitlines()]
    assert n == len(rows) == 4
    assert {r["id"]: r["n_reports"] for r in rows} == {
        "en-1": 2,
        "en-1-copy": 2,
        "en-2": 1,
        "fr-1": 1,
    }
    assert set(rows[0]) == {*ARTICLE_COLUMNS, "n_reports"}
    assert rows[3]["title"] == "Obus nord-coréens"


def test_cases_jsonl_and_csv(store: Store) -> None:
    n, text = _export("cases", "jsonl", store)
    cases = [json.loads(line) for line in text.splitlines()]
    assert n == 2
    assert cases[0]["supplier"] == {"id": "PRK", "name": "North Korea"}
    assert cases[0]["id"] == "PRK.RUS.ammunition"
    assert cases[0]["n_articles"] == 4
    assert cases[0]["independent_sources"] == 3  # en-1-copy copies en-1
    assert cases[0]["timeline"][0]["kind"] == "reported"
    assert {"claim", "denial"} <= {e["kind"] for e in cases[0]["timeline"]}
    assert cases[1]["status"] == "denied_only"

    n, text = _export("cases", "csv", store)
    rows = _csv(text)
    assert n == 2
    assert tuple(rows[0]) == CASE_COLUMNS
    assert rows[0]["claimants"] == "USA|media"
    assert rows[0]["via"] == "middle-east|north-africa"
    assert rows[1]["first_seen"] == "2022-11-03"
    assert rows[0]["independent_sources"] == "3"


def test_stories_jsonl_and_csv(store: Store) -> None:
    n, text = _export("stories", "jsonl", store)
    (story,) = [json.loads(line) for line in text.splitlines()]
    assert n == 1
    assert story["id"] == "s-prk-shells"
    assert story["langs"] == ["en", "fr"]
    assert story["n_articles"] == 3
    assert story["n_sources"] == 2
    assert "PRK.RUS.ammunition" in story["cases"]

    n, text = _export("stories", "csv", store)
    (row,) = _csv(text)
    assert tuple(row) == STORY_COLUMNS
    assert row["langs"] == "en|fr"
    assert set(row["article_ids"].split("|")) == {"fr-1", "en-1", "en-1-copy"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_exports_are_deterministic(store: Store, tmp_path: Path, kind: str, fmt: str) -> None:
    first = _export(kind, fmt, store)
    # Written in another order into another store: same bytes.
    with Store.open(tmp_path / "other.db") as other:
        other.write_articles(reversed(all_articles()))
        assert _export(kind, fmt, other) == first
    assert _export(kind, fmt, store) == first


def test_empty_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as store:
        assert _export("reports", "jsonl", store) == (0, "")
        n, text = _export("reports", "csv", store)
        assert n == 0
        assert text == ",".join(REPORT_COLUMNS) + "\n"


def test_unknown_kind_lists_supported_kinds(store: Store) -> None:
    with pytest.raises(UsageError) as info:
        _export("story", "jsonl", store)
    message = str(info.value)
    assert message.startswith("[E004]")
    assert "'story'" in message
    for kind in ("reports", "articles", "stories", "cases"):
        assert kind in message


def test_unknown_format_lists_supported_formats(store: Store) -> None:
    with pytest.raises(UsageError) as info:
        _export("reports", "gexf", store)
    message = str(info.value)
    assert message.startswith("[E005]")
    assert "'gexf'" in message
    assert "jsonl, csv" in message


def test_export_of_one_article(tmp_path: Path) -> None:
    with Store.open(tmp_path / "one.db") as store:
        store.write_articles([fr_article()])
        n, text = _export("reports", "jsonl", store)
        assert n == 1
        assert json.loads(text) == fr_article().reports[0].to_dict()
