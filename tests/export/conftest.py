from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from armswatch.store import Store
from tests.store.factories import all_articles


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "armswatch.db") as s:
        s.write_articles(all_articles())
        yield s
