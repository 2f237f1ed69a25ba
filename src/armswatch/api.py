"""The Python API over a store, the same as the CLI: ingest, cases, case, stories.

>>> import armswatch
>>> armswatch.ingest(["examples/"], db="armswatch.db")        # doctest: +SKIP
>>> armswatch.cases("armswatch.db", actor="Corée du Nord")     # doctest: +SKIP
>>> armswatch.case("armswatch.db", "PRK", "RUS", "ammunition")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from armswatch.errors import Errors, UsageError
from armswatch.merge import LinkResult, link_store
from armswatch.pipeline.base import Stats
from armswatch.records import CATEGORIES, STATUSES
from armswatch.store import Case, CaseDetail, Store, Story, WriteResult


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest did: inputs read and rejected, rows written, articles placed."""

    stats: Stats
    written: WriteResult
    linked: LinkResult


def ingest(inputs: Iterable[str], db: str | Path = "armswatch.db") -> IngestResult:
    """Extract ``inputs`` into the store at ``db``, then place new articles in stories."""
    from armswatch.pipeline.default import process_paths

    stats = Stats()
    with Store.open(db) as store:
        written = store.write_articles(process_paths(inputs, stats))
        linked = link_store(store)
    return IngestResult(stats, written, linked)


def resolve_actor(name: str) -> str:
    """An actor id from an id or any FR/EN name ("PRK", "Corée du Nord", "Pyongyang")."""
    from armswatch.nlp.gazetteer import default_gazetteer

    found = default_gazetteer().resolve(name)
    if found is None:
        raise UsageError(Errors.E009.format(name=name))
    return found


def check_filters(category: str | None = None, status: str | None = None) -> None:
    """Refuse an unknown category or status with the list of valid ones."""
    if category is not None and category not in CATEGORIES:
        raise UsageError(
            Errors.E010.format(what="category", value=category, choices=", ".join(CATEGORIES))
        )
    if status is not None and status not in STATUSES:
        raise UsageError(
            Errors.E010.format(what="status", value=status, choices=", ".join(STATUSES))
        )


def cases(
    db: str | Path = "armswatch.db",
    *,
    actor: str | None = None,
    category: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Case]:
    """The cases of the store, most independent sources first. ``actor`` is an id or a name."""
    check_filters(category, status)
    actor_id = resolve_actor(actor) if actor else None
    with Store.open(db, read_only=True) as store:
        return store.cases(
            actor=actor_id, category=category, status=status, since=since, until=until
        )


def case(db: str | Path, supplier: str, recipient: str, category: str) -> CaseDetail | None:
    """One case with its timeline; actors are ids or names. None when the store has none."""
    check_filters(category)
    with Store.open(db, read_only=True) as store:
        return store.case(resolve_actor(supplier), resolve_actor(recipient), category)


def stories(db: str | Path = "armswatch.db") -> list[Story]:
    """The stories of the store, most recent first."""
    with Store.open(db, read_only=True) as store:
        return store.stories()
