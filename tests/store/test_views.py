"""Case ids, date filters, the case timeline, stories, read-only opening and links."""

from __future__ import annotations

from pathlib import Path

import pytest

from armswatch.errors import StoreError
from armswatch.store import Store, case_id, outlet_of, split_case_id
from tests.store.factories import IRN, PRK, USA, all_articles


@pytest.fixture
def filled(store: Store) -> Store:
    store.write_articles(all_articles())
    return store


def test_case_id_round_trips() -> None:
    assert case_id("wagner-group", "LBY", "uav") == "wagner-group.LBY.uav"
    assert split_case_id("wagner-group.LBY.uav") == ("wagner-group", "LBY", "uav")
    assert split_case_id("PRK.RUS") is None
    assert split_case_id("PRK..uav") is None


def test_outlet_is_the_host_without_www() -> None:
    assert outlet_of("https://www.lemonde.example.fr/a/1", "x.jsonl#3") == "lemonde.example.fr"
    assert outlet_of(None, "https://wire.example.com/feed#2") == "wire.example.com"
    assert outlet_of(None, "seeds/a.txt") is None


def test_cases_filter_by_publication_date(filled: Store) -> None:
    # fr-1 (2022-11-02), en-1 (2022-11-03), en-2 (2022-12-01); en-1-copy is undated.
    shells = filled.cases(category="ammunition", since="2022-11-03")[0]
    assert shells.n_articles == 2
    assert (shells.first_seen, shells.last_seen) == ("2022-11-03", "2022-12-01")
    # A month as the upper bound keeps the whole month.
    november = filled.cases(category="ammunition", until="2022-11")[0]
    assert november.n_articles == 2
    assert november.last_seen == "2022-11-03"
    assert filled.cases(since="2023-01-01") == []


def test_case_detail_timeline(filled: Store) -> None:
    detail = filled.case("PRK.RUS.ammunition")
    assert detail is not None
    assert detail == filled.case("PRK", "RUS", "ammunition")
    assert detail.case.id == "PRK.RUS.ammunition"
    assert len(detail.reports) == detail.case.n_reports == 4
    kinds = [(e.date, e.kind, e.actor.id if e.actor else None) for e in detail.timeline]
    # The first report opens the timeline with its status; fr-1 claims (USA) and denial (PRK).
    assert kinds[:3] == [
        ("2022-11-02", "reported", None),
        ("2022-11-02", "claim", "USA"),
        ("2022-11-02", "denial", "PRK"),
    ]
    # en-2 only says Pyongyang *could* send more shells: the case turns to planned that day.
    assert ("2022-12-01", "planned", None) in kinds
    first = detail.timeline[0]
    assert first.outlet == "example.org"
    assert first.evidence and first.evidence[0].text.startswith("Les États-Unis affirment")
    assert first.to_dict()["actor"] is None
    assert detail.to_dict()["timeline"][1]["actor"] == USA.to_dict()


def test_unknown_case_is_none(filled: Store) -> None:
    assert filled.case("PRK.RUS.naval") is None
    assert filled.case("not a case id") is None


def test_stories_group_articles_by_story_id(filled: Store) -> None:
    (story,) = filled.stories()
    assert story.id == "s-prk-shells"
    assert story.article_ids[0] == "fr-1"
    assert set(story.article_ids) == {"fr-1", "en-1", "en-1-copy"}
    assert story.langs == ("en", "fr")
    assert story.n_sources == 2  # en-1-copy copies en-1
    assert "PRK.RUS.ammunition" in story.cases
    assert story.title == "Obus nord-coréens"
    assert filled.story("s-prk-shells") == story
    assert filled.story("nope") is None


def test_links_are_written_once_and_read_back(filled: Store) -> None:
    sig = ("en-2", "hash", b"state", "{}")
    assert filled.write_links([sig], [("en-2", "en-1", "copy", "s-prk-shells")]) == 1
    assert filled.write_links([], [("en-2", "en-1", "copy", "s-prk-shells")]) == 0
    article = filled.get_article("en-2")
    assert article is not None
    assert article.meta["duplicate_kind"] == "copy"
    assert filled.duplicates_of("en-1") == [("en-1-copy", None), ("en-2", "copy")]
    assert list(filled.signatures()) == [sig]


def test_read_only_store_refuses_writes(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.write_articles(all_articles())
    with Store.open(db_path, read_only=True) as ro:
        assert ro.cases(actor="IRN")[0].deniers == (IRN,)
        assert ro.cases(actor="PRK")[0].supplier == PRK
        with pytest.raises(StoreError):
            ro.write_articles(all_articles()[:1])


def test_read_only_store_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        Store.open(tmp_path / "missing.db", read_only=True)
