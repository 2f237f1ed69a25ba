"""armswatch.store: the embedded SQLite store (one writer, content-hash keys, migrations)."""

from armswatch.store.db import (
    EvidenceHit,
    Store,
    WriteResult,
    fts_query,
    record_hash,
    report_id,
)
from armswatch.store.migrations import Migration, apply_migrations, load_migrations
from armswatch.store.views import (
    Case,
    CaseDetail,
    Story,
    TimelineEntry,
    case_id,
    outlet_of,
    split_case_id,
)

__all__ = [
    "Case",
    "CaseDetail",
    "EvidenceHit",
    "Migration",
    "Store",
    "Story",
    "TimelineEntry",
    "WriteResult",
    "apply_migrations",
    "case_id",
    "fts_query",
    "load_migrations",
    "outlet_of",
    "record_hash",
    "report_id",
    "split_case_id",
]
