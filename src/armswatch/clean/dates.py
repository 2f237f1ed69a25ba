"""Publication dates: regexes find date candidates, dateparser reads each candidate.

``dateparser.search_dates`` is never run on article text: it reads "mer Caspienne" as *mercredi*.
Only full dates (day, month and year) are candidates; a weekday alone ("mercredi") is not a date.
Where a candidate may stand, in order of trust:

1. after a publication marker starting a line anywhere ("Publié le 02/11/2022",
   "Par X | Published: November 2, 2022");
2. as a dateline or byline near the top ("PARIS, 2 novembre 2022 (AFP) -", a line holding only
   "Wednesday, November 2, 2022");
3. after an update marker starting a line anywhere ("Mis à jour le …", "Updated …");
4. anywhere in the first lines (headline, byline).

Dates later in the body are events, not the publication date, and are ignored.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

log = logging.getLogger("armswatch")

_MONTHS = (
    # French
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "fevr",
    "fév",
    "fev",
    "avr",
    "juil",
    "sept",
    "déc",
    # English
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_WEEKDAYS = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
)


def _alt(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r")\b\.?"


_MONTH = _alt(_MONTHS)
_WEEKDAY = _alt(_WEEKDAYS) + r",?\s+"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_DAY = r"(?:1er|[0-3]?\d(?:er|st|nd|rd|th)?)"
_START = r"(?<![\w/.\-])"

_DAY_MONTH_YEAR = rf"(?:{_WEEKDAY})?{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}"
_MONTH_DAY_YEAR = rf"(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}"
_ISO = r"(?:19|20)\d{2}-[01]?\d-[0-3]?\d(?![\d/])"
_NUMERIC = r"[0-3]?\d(?P<sep>[/.\-])[01]?\d(?P=sep)" + _YEAR
DATE = rf"{_START}(?P<date>{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_ISO}|{_NUMERIC})"

_FLAGS = re.IGNORECASE | re.MULTILINE
_DATE_RE = re.compile(DATE, _FLAGS)
# A marker counts at the start of a line, or after a byline separator ("Par X | Publié le …"):
# "a report published on 3 March 2021 said…" in the body is an event, not this article's date.
_BYLINE_START = r"^[ \t]*(?:[^\n|•·]{0,60}[|•·][ \t]*)?"
_PUBLISHED_RE = re.compile(
    _BYLINE_START + r"(?:publié|publie|first\s+published|published|posted)"
    r"(?:\s+(?:le|on))?\s*[:,]?\s*" + DATE,
    _FLAGS,
)
_UPDATED_RE = re.compile(
    _BYLINE_START + r"(?:mise?\s+à\s+jour|actualisé|modifié|last\s+updated|updated)"
    r"(?:\s+(?:le|on))?\s*[:,]?\s*" + DATE,
    _FLAGS,
)
_AGENCIES = r"(?:AFP|Reuters|AP|Belga|ATS|dpa|Xinhua|TASS|Yonhap|Anadolu|ANSA|EFE|UPI)"
_DATELINE_RES = (
    # "PARIS, 2 novembre 2022 (AFP) -" / "Séoul, le 2 novembre 2022 -"
    re.compile(r"^[ \t]*[A-ZÀ-Ý][\w'’.\- ]{1,40},\s*(?:le\s+|on\s+)?" + DATE, _FLAGS),
    # "2 novembre 2022 (AFP)"
    re.compile(DATE + r"\s*[,\-–—]?\s*\(\s*" + _AGENCIES + r"\b", _FLAGS),
    # a line holding only a date, maybe with a time: "Wednesday, November 2, 2022 10:15 GMT"
    re.compile(
        r"^[ \t]*(?:le\s+|on\s+|publié\s+le\s+)?" + DATE + r"(?:\s*(?:à|at|,|-)?\s*\d{1,2}[:h]\d{2}"
        r"(?:\s*(?:am|pm|gmt|utc|cet|cest|est|edt|bst))?)?[ \t]*$",
        _FLAGS,
    ),
)

#: How much of the top of the text counts as "near the top".
HEAD_LINES = 5
HEAD_CHARS = 600

_SETTINGS: dict[str, Any] = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}
_DEFAULT_LANGUAGES = ["fr", "en"]


def _head(text: str) -> str:
    lines = [ln for ln in text[:HEAD_CHARS].split("\n") if ln.strip()]
    return "\n".join(lines[:HEAD_LINES])


def _dateparse(candidate: str, languages: list[str]) -> dt.datetime | None:
    import dateparser

    settings = _SETTINGS
    if len(languages) > 1:  # no language known: read 02/11/2022 day first, as most of the world
        settings = {**_SETTINGS, "DATE_ORDER": "DMY"}
    try:
        result = dateparser.parse(candidate, languages=languages, settings=settings)
    except Exception as exc:  # an unsupported language code, or a dateparser bug
        log.debug("dateparser failed on %r (%s): %r", candidate, languages, exc)
        return None
    return result if isinstance(result, dt.datetime) else None


def parse_date(candidate: str, lang: str | None = None) -> str | None:
    """Read one date candidate ("2 novembre 2022", "02/11/2022"…) as ISO "YYYY-MM-DD".

    ``lang`` picks the day/month order of numeric dates (day first when ``lang`` is None); when
    the candidate does not parse in ``lang``, French and English are tried. Implausible dates
    (before 1900, or in the future) → None.
    """
    candidate = candidate.strip()
    if not candidate:
        return None
    iso = re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", candidate)
    if iso:  # ISO needs no guessing
        candidate = f"{iso[1]}-{int(iso[2]):02d}-{int(iso[3]):02d}"
    languages = [lang] if lang else _DEFAULT_LANGUAGES
    parsed = _dateparse(candidate, languages)
    if parsed is None and languages != _DEFAULT_LANGUAGES:
        parsed = _dateparse(candidate, _DEFAULT_LANGUAGES)
    if parsed is None:
        return None
    if parsed.year < 1900 or parsed.date() > dt.date.today() + dt.timedelta(days=2):
        return None
    return parsed.date().isoformat()


def find_publication_date(text: str, lang: str | None) -> str | None:
    """The publication date the text states, as "YYYY-MM-DD", or None.

    See the module docstring for where a date is looked for.
    """
    head = _head(text)
    searches: list[tuple[re.Pattern[str], str]] = [(_PUBLISHED_RE, text)]
    searches += [(regex, head) for regex in _DATELINE_RES]
    searches += [(_UPDATED_RE, text), (_DATE_RE, head)]
    for regex, region in searches:
        for match in regex.finditer(region):
            iso = parse_date(match.group("date"), lang)
            if iso:
                return iso
    return None


def normalise_date(value: str, lang: str | None = None) -> str | None:
    """A metadata date (JSONL ``published``, an HTML meta tag, a feed pubDate) as ISO.

    Keeps the precision given: "2022-11" stays "2022-11"; "2022-11-02T10:00Z" → "2022-11-02";
    other short date strings are read by dateparser.
    """
    value = value.strip()
    m = re.match(r"((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?![\d])", value)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
        try:
            dt.date(year, month, day or 1)
        except ValueError:
            return None
        return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    found = _DATE_RE.search(value)
    if found:
        return parse_date(found.group("date"), lang)
    if 0 < len(value) <= 64:
        return parse_date(value, lang)
    return None
