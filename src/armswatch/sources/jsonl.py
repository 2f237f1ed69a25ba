"""JSON Lines inputs: one article per line (``id``, ``text``, optional ``url``, ``title``,
``published``, ``lang``). A bad line is rejected on its own; the rest of the file is still read."""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from armswatch.clean.dates import normalise_date
from armswatch.errors import Reasons
from armswatch.pipeline.base import Rejection
from armswatch.records import Article, content_hash
from armswatch.sources.text import normalise_newlines

log = logging.getLogger("armswatch")

KNOWN_FIELDS = frozenset({"id", "text", "url", "title", "published", "lang"})
_LANG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "boolean",
        int: "number",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
    }.get(type(value), type(value).__name__)


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _article_id(value: Any, text: str) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return content_hash(text)


def parse_line(line: str, source: str) -> Article | Rejection:
    """One non-blank JSONL line → an article or a rejection (``source`` is ``path#line``)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(source, Reasons.MALFORMED_JSON, f"{exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:
        return Rejection(source, Reasons.MALFORMED_JSON, type(exc).__name__)
    if not isinstance(obj, dict):
        return Rejection(source, Reasons.MALFORMED_JSON, f"a JSON {_json_type(obj)}, not an object")
    text = obj.get("text")
    if "text" not in obj:
        return Rejection(source, Reasons.MISSING_TEXT, "no 'text' field")
    if not isinstance(text, str):
        return Rejection(
            source, Reasons.MISSING_TEXT, f"'text' is a {_json_type(text)}, not a string"
        )
    text = normalise_newlines(text).strip()
    if not text:
        return Rejection(source, Reasons.MISSING_TEXT, "'text' is empty")

    lang_raw = _opt_str(obj, "lang")
    lang_match = _LANG.match(lang_raw) if lang_raw else None
    lang = lang_match.group(0).lower() if lang_match else None
    meta = {k: v for k, v in obj.items() if k not in KNOWN_FIELDS}
    published_raw = _opt_str(obj, "published")
    published = normalise_date(published_raw, lang) if published_raw else None
    if published_raw and published is None:
        log.debug("%s: unreadable 'published' %r kept in meta", source, published_raw)
        meta["published_raw"] = published_raw
    if lang_raw and lang is None:
        meta["lang_raw"] = lang_raw
    return Article(
        id=_article_id(obj.get("id"), text),
        text=text,
        source=source,
        url=_opt_str(obj, "url"),
        title=_opt_str(obj, "title"),
        published=published,
        lang=lang,
        meta=meta,
    )


def read_jsonl(path: Path, source: str) -> Iterator[Article | Rejection]:
    """Every line of a .jsonl file: blank lines skipped, bad lines rejected one by one."""
    try:
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                line_source = f"{source}#{lineno}"
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    detail = f"not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}"
                    yield Rejection(line_source, Reasons.UNDECODABLE, detail)
                    continue
                if not line.strip():
                    continue
                yield parse_line(line, line_source)
    except OSError as exc:
        yield Rejection(source, Reasons.UNREADABLE, exc.strerror or str(exc))
