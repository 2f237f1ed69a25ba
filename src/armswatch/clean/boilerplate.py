"""Remove ad markers and boilerplate lines of scraped news pages.

The rules live in ``armswatch/data/boilerplate.json`` (each with a name, a pattern, an example it
must match and optional counter-examples it must not match); they are checked when loaded.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from armswatch.errors import DataFileError, Errors

_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    example: str


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """``markers`` are cut wherever they occur; ``lines`` drop a whole line that starts with a
    match."""

    markers: tuple[Rule, ...]
    lines: tuple[Rule, ...]

    def is_boilerplate_line(self, line: str) -> bool:
        stripped = line.strip()
        return bool(stripped) and any(r.regex.match(stripped) for r in self.lines)


def _bad(path: str, reason: str) -> DataFileError:
    return DataFileError(Errors.E002.format(path=path, reason=reason))


def _parse_rule(entry: Any, where: str, path: str, *, anchored: bool) -> Rule:
    if not isinstance(entry, dict):
        raise _bad(path, f"{where} is not an object")
    name, pattern, example = entry.get("name"), entry.get("pattern"), entry.get("example")
    if not isinstance(name, str) or not name:
        raise _bad(path, f"{where} has no 'name'")
    if not isinstance(pattern, str) or not pattern:
        raise _bad(path, f"rule '{name}' has no 'pattern'")
    if not isinstance(example, str) or not example:
        raise _bad(path, f"rule '{name}' has no 'example'")
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise _bad(path, f"rule '{name}' has a bad pattern ({exc})") from exc
    find = regex.match if anchored else regex.search
    if not find(example.strip() if anchored else example):
        raise _bad(path, f"rule '{name}' does not match its example {example!r}")
    counter = entry.get("not", [])
    if not isinstance(counter, list) or not all(isinstance(c, str) for c in counter):
        raise _bad(path, f"rule '{name}': 'not' must be a list of strings")
    for c in counter:
        if find(c.strip() if anchored else c):
            raise _bad(path, f"rule '{name}' matches its counter-example {c!r}")
    return Rule(name=name, regex=regex, example=example)


def parse_rules(data: Any, path: str = "<rules>") -> BoilerplateRules:
    """Validate and compile a rules document (the parsed JSON)."""
    if not isinstance(data, dict):
        raise _bad(path, "the top level is not an object")
    groups: dict[str, tuple[Rule, ...]] = {}
    seen: set[str] = set()
    for key, anchored in (("markers", False), ("lines", True)):
        entries = data.get(key, [])
        if not isinstance(entries, list):
            raise _bad(path, f"'{key}' is not a list")
        rules = tuple(
            _parse_rule(e, f"{key}[{i}]", path, anchored=anchored) for i, e in enumerate(entries)
        )
        for r in rules:
            if r.name in seen:
                raise _bad(path, f"rule name '{r.name}' is used twice")
            seen.add(r.name)
        groups[key] = rules
    return BoilerplateRules(markers=groups["markers"], lines=groups["lines"])


def load_rules(path: str | Path | None = None) -> BoilerplateRules:
    """Load rules from ``path``, or the packaged ``data/boilerplate.json`` when None."""
    if path is None:
        res = resources.files("armswatch") / "data" / "boilerplate.json"
        where = str(res)
        try:
            raw = res.read_text(encoding="utf-8")
        except OSError as exc:
            raise _bad(where, f"cannot read it ({exc})") from exc
    else:
        where = str(path)
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _bad(where, f"cannot read it ({exc})") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _bad(where, f"not JSON ({exc.msg} at line {exc.lineno})") from exc
    return parse_rules(data, where)


@functools.cache
def default_rules() -> BoilerplateRules:
    """The packaged rules, loaded once (immutable)."""
    return load_rules()


def strip_boilerplate(text: str, rules: BoilerplateRules | None = None) -> str:
    """Return ``text`` without ad markers and boilerplate lines.

    Boilerplate lines are removed whole; whitespace-only lines become empty; runs of two or more
    blank lines collapse to one blank line; leading/trailing whitespace is stripped.
    """
    rules = rules if rules is not None else default_rules()
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        for marker in rules.markers:
            line = marker.regex.sub("", line)
        if rules.is_boilerplate_line(line):
            continue
        kept.append(line if line.strip() else "")
    return _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()
