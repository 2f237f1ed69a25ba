"""Walk the user's inputs (files and folders) and hand each file to the reader of its type."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from armswatch.errors import Errors, Reasons, UsageError
from armswatch.pipeline.base import Rejection
from armswatch.records import Article
from armswatch.sources.html import read_html
from armswatch.sources.jsonl import read_jsonl
from armswatch.sources.text import read_txt

log = logging.getLogger("armswatch")

Item = Article | Rejection
Reader = Callable[[Path, str], Iterator[Item]]


def _one(read: Callable[[Path, str], Item]) -> Reader:
    def reader(path: Path, source: str) -> Iterator[Item]:
        yield read(path, source)

    return reader


#: File name endings armswatch reads (matched case-insensitively, longest first).
READERS: dict[str, Reader] = {
    ".txt": _one(read_txt),
    ".jsonl": read_jsonl,
    ".html": _one(read_html),
    ".htm": _one(read_html),
}
SUPPORTED = ".txt, .jsonl, .html"


def _reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for ending in sorted(READERS, key=len, reverse=True):
        if name.endswith(ending) and len(name) > len(ending):
            return READERS[ending]
    return None


def read_file(path: Path) -> Iterator[Item]:
    """The articles (or rejections) of one file; ``source`` is ``str(path)``."""
    source = str(path)
    reader = _reader_for(path)
    if reader is None:
        suffix = path.suffix.lower() or "(no extension)"
        yield Rejection(source, Reasons.UNKNOWN_EXTENSION, f"{suffix}; armswatch reads {SUPPORTED}")
        return
    if not path.is_file():
        yield Rejection(source, Reasons.UNREADABLE, "not a regular file")
        return
    yield from reader(path, source)


def walk(folder: Path) -> Iterator[Path | Rejection]:
    """Files under ``folder``, recursively, sorted by relative path; names starting with "."
    (files and folders) are skipped; symlinked folders are not followed."""
    errors: list[OSError] = []
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        found.extend(base / f for f in filenames if not f.startswith("."))
    for err in errors:
        where = err.filename if err.filename is not None else folder
        yield Rejection(str(where), Reasons.UNREADABLE, err.strerror or str(err))
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | Rejection]:
    """Articles from files and folders (.txt, .jsonl, .html/.htm), in order.

    Every path is checked before anything is read: a missing one raises ``UsageError`` (E001)
    at call time. A file that cannot become an article yields a :class:`Rejection` instead.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    given = [Path(p) for p in paths]
    for p in given:
        if not p.exists():
            raise UsageError(Errors.E001.format(path=p))
    return _read_all(given)


def _read_all(given: list[Path]) -> Iterator[Article | Rejection]:
    for top in given:
        if top.is_dir():
            for entry in walk(top):
                if isinstance(entry, Rejection):
                    yield entry
                else:
                    yield from read_file(entry)
        else:
            yield from read_file(top)
