"""armswatch.store: the embedded SQLite store (one writer, content-hash keys, migrations)."""

from armswatch.store.db import (
    Case,
    EvidenceHit,
    Store,
    WriteResult,
    fts_query,
    record_hash,
    report_id,
)
from armswatch.store.migrations import Migration, apply_migrations, load_migrations

__all__ = [
    "Case",
    "EvidenceHit",
    "Migration",
    "Store",
    "WriteResult",
    "apply_migrations",
    "fts_query",
    "load_migrations",
    "record_hash",
    "report_id",
]
