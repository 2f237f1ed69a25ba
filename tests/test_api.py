"""The Python API over a store: armswatch.ingest / cases / case / stories."""

from __future__ import annotations

from pathlib import Path

import pytest

import armswatch
from armswatch.errors import UsageError

pytestmark = pytest.mark.slow

FR = (
    "date 2023-03-01\n\n"
    "Selon Kiev, la Biélorussie a livré des obus d'artillerie à la Russie la semaine dernière. "
    "Minsk a démenti.\n"
)
EN = (
    "date 2023-03-02\n\n"
    "Belarus delivered artillery shells to Russia last week, Ukraine said. Minsk denied it.\n"
)


def test_ingest_then_query(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "fr.txt").write_text(FR, encoding="utf-8")
    (inbox / "en.txt").write_text(EN, encoding="utf-8")
    db = tmp_path / "aw.db"
    result = armswatch.ingest([str(inbox)], db=db)
    assert result.written.articles_new == 2
    assert result.linked.placed == 2
    (case,) = armswatch.cases(db, actor="Biélorussie")
    assert case.id == "BLR.RUS.ammunition"
    assert case.n_sources == 2
    assert [a.id for a in case.deniers] == ["BLR"]
    detail = armswatch.case(db, "Minsk", "Moscou", "ammunition")
    assert detail is not None
    assert [e.date for e in detail.timeline if e.kind == "claim"] == ["2023-03-01", "2023-03-02"]
    stories = armswatch.stories(db)
    assert sum(s.n_articles for s in stories) == 2
    with pytest.raises(UsageError, match="E009"):
        armswatch.cases(db, actor="Atlantide")
    with pytest.raises(UsageError, match="E010"):
        armswatch.cases(db, status="rumoured")
