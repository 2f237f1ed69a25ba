"""Plain-text inputs: decoding, and one article per .txt file."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

from armswatch.errors import Reasons
from armswatch.pipeline.base import Rejection
from armswatch.records import Article, content_hash

#: More control characters than this share of the text means it is not text.
MAX_CONTROL_SHARE = 0.30
#: A first line shorter than this, followed by a blank line, is the title.
MAX_TITLE_CHARS = 200

# C0 and C1 control characters, except the ones text uses (\t \n \v \f \r)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_DATE_LINE = re.compile(
    r"\A[^\S\n]*date[^\S\n]+(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?(?=\s|\Z)",
    re.IGNORECASE,
)


class InputRejected(Exception):
    """Raised by the decoding helpers; the readers turn it into a :class:`Rejection`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


def _bad_byte(data: bytes, exc: UnicodeDecodeError, base: int, codec: str) -> InputRejected:
    offset = base + exc.start
    return InputRejected(
        Reasons.UNDECODABLE, f"not {codec}: byte 0x{data[offset]:02x} at offset {offset}"
    )


def check_text(text: str) -> None:
    """Raise BINARY when ``text`` holds NUL characters or is mostly control characters."""
    if "\x00" in text:
        raise InputRejected(Reasons.BINARY, "NUL characters")
    if text:
        controls = len(_CONTROLS.findall(text))
        if controls / len(text) > MAX_CONTROL_SHARE:
            raise InputRejected(
                Reasons.BINARY, f"{100 * controls // len(text)}% control characters"
            )


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> str:
    """Decode a text file: UTF-8 (BOM or not), or UTF-16 with a BOM. Raises :class:`InputRejected`.

    Newlines come back as "\\n".
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _bad_byte(data, exc, len(codecs.BOM_UTF8), "UTF-8") from None
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputRejected(
                Reasons.UNDECODABLE, f"not UTF-16 despite its byte-order mark: {exc.reason}"
            ) from None
    else:
        if b"\x00" in data:
            raise InputRejected(Reasons.BINARY, "NUL bytes")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _bad_byte(data, exc, 0, "UTF-8") from None
    check_text(text)
    return normalise_newlines(text)


def split_date_line(text: str) -> tuple[str | None, str]:
    """``(published, rest)`` when the first line starts with ``date YYYY-MM[-DD]``, else
    ``(None, text)``. ``rest`` is what follows the date, left-stripped."""
    m = _DATE_LINE.match(text)
    if not m:
        return None, text
    month, day = int(m["month"]), m["day"]
    if not 1 <= month <= 12:
        return None, text
    published = f"{m['year']}-{m['month']}"
    if day is not None:
        try:
            dt.date(int(m["year"]), month, int(day))
        except ValueError:
            return None, text
        published += f"-{day}"
    return published, text[m.end() :].lstrip()


def find_title(text: str) -> str | None:
    """The first line, when it is short and followed by a blank line."""
    lines = text.split("\n", 2)
    if len(lines) < 3:
        return None
    first, second, rest = lines
    first = first.strip()
    if first and len(first) < MAX_TITLE_CHARS and not second.strip() and rest.strip():
        return first
    return None


def article_from_text(raw: str, source: str) -> Article | Rejection:
    """Build the article of one plain text (already decoded)."""
    if not raw.strip():
        return Rejection(source, Reasons.EMPTY, "whitespace only" if raw else "empty file")
    published, text = split_date_line(raw.strip())
    text = text.strip()
    if not text:
        return Rejection(source, Reasons.EMPTY, "only a date line")
    return Article(
        id=content_hash(text),
        text=text,
        source=source,
        title=find_title(text),
        published=published,
    )


def read_txt(path: Path, source: str) -> Article | Rejection:
    """One .txt file → one article (or the reason it is rejected)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(source, Reasons.UNREADABLE, exc.strerror or str(exc))
    if not data:
        return Rejection(source, Reasons.EMPTY, "empty file")
    try:
        raw = decode_bytes(data)
    except InputRejected as rej:
        return Rejection(source, rej.reason, rej.detail)
    return article_from_text(raw, source)
