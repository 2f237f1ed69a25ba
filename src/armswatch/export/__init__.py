"""armswatch.export: the store as JSON Lines or CSV (reports, articles, stories, cases)."""

from armswatch.export.core import (
    ARTICLE_COLUMNS,
    CASE_COLUMNS,
    KINDS,
    REPORT_COLUMNS,
    STORY_COLUMNS,
    article_row,
    case_row,
    export,
    formats,
    report_row,
    story_row,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "CASE_COLUMNS",
    "KINDS",
    "REPORT_COLUMNS",
    "STORY_COLUMNS",
    "article_row",
    "case_row",
    "export",
    "formats",
    "report_row",
    "story_row",
]
