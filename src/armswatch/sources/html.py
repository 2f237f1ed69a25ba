"""HTML inputs: trafilatura extracts the main text (no reader comments), title, date and URL.

trafilatura is third-party code running on arbitrary pages: any exception it raises is caught here
and becomes an ``extraction_failed`` rejection, so one odd page never stops a run.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from armswatch.clean.dates import normalise_date
from armswatch.errors import Reasons
from armswatch.pipeline.base import Rejection
from armswatch.records import Article, content_hash
from armswatch.sources.text import normalise_newlines

log = logging.getLogger("armswatch")


def _extract(data: bytes) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        data,
        include_comments=False,
        with_metadata=True,
        include_tables=True,
        include_images=False,
        include_links=False,
    )


def _str_attr(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def article_from_html(data: bytes, source: str) -> Article | Rejection:
    """Build the article of one HTML page (raw bytes: trafilatura detects the encoding)."""
    if not data.strip():
        return Rejection(source, Reasons.EMPTY, "whitespace only" if data else "empty file")
    try:
        doc = _extract(data)
    except Exception as exc:  # boundary: a trafilatura failure rejects this page only
        log.warning("trafilatura failed on %s: %r", source, exc)
        return Rejection(source, Reasons.EXTRACTION_FAILED, f"trafilatura: {exc!r}")
    body = _str_attr(doc, "text") if doc is not None else None
    if body is None:
        return Rejection(source, Reasons.NO_CONTENT, "no main text found in the page")

    # One paragraph per line from trafilatura → blank-line separated paragraphs, like .txt inputs.
    paragraphs = [p.strip() for p in normalise_newlines(body).split("\n") if p.strip()]
    title = _str_attr(doc, "title")
    if title and not any(_same(title, p) for p in paragraphs[:3]):
        paragraphs.insert(0, title)  # the headline can carry the allegation
    text = "\n\n".join(paragraphs)

    date_raw = _str_attr(doc, "date")
    meta: dict[str, Any] = {}
    for key in ("sitename", "hostname", "author"):
        value = _str_attr(doc, key)
        if value:
            meta[key] = value
    return Article(
        id=content_hash(text),
        text=text,
        source=source,
        url=_str_attr(doc, "url"),
        title=title,
        published=normalise_date(date_raw) if date_raw else None,
        meta=meta,
    )


def read_html(path: Path, source: str) -> Article | Rejection:
    """One .html/.htm file → one article (or the reason it is rejected)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(source, Reasons.UNREADABLE, exc.strerror or str(exc))
    return article_from_html(data, source)
