"""What the merge stage knows about one article: word shingles for near-duplicates, and
language-independent features for stories and translations.

Everything here is per article and free of global state (any executor can compute it); the
gazetteer is read-only.

- **shingles**: overlapping word pairs of the folded text (lower case, no accents, no
  punctuation). Two copies of one wire text share most of them whatever ads or headings an
  outlet adds; a spun rewrite still shares many.
- **names**: proper names that are not actors the gazetteer knows (people, systems, places:
  "Kirby", "Shahed", "Vostochny"); they are spelled alike in French and English.
- **numbers**: figures as values ("1,500" and "1 500" are both 1500; years are left out:
  they date the text, they do not tell events apart).
- **actors**: canonical actor ids the gazetteer finds (Pyongyang and « la Corée du Nord »
  are both PRK).
- **triples**: (supplier, recipient, category) of the article's reports.
- **sequence**: names, numbers and actor ids in reading order, repeats kept: a translation keeps
  this order, an article written independently does not.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import rensa

from armswatch.errors import DataFileError, Errors
from armswatch.nlp.gazetteer import Gazetteer, Mention, fold
from armswatch.records import Article, TransferReport

NUM_PERM = 128
SEED = 1234
SHINGLE_SIZE = 2

_WORD = re.compile(r"\w+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# A figure: 1500, 1,500, 1 500 (also with a no-break space), 1.500, 12.5, 360.
_NUMBER = re.compile(
    r"(?<![\w.,-])\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|(?<![\w.,-])\d+(?:[.,]\d+)?(?!\w)"
)
# A capitalised word not at the start of a sentence (or a word with a digit: "KN-23").
_NAME = re.compile(r"(?<=[^.!?«\"“\s]\s)([A-ZÀ-Ý][\w-]*[\w])|\b([A-Za-z]+-\d+\w*)\b")
_MIN_NAME = 3
DATA_FILE = "merge.json"


@functools.cache
def not_names() -> frozenset[str]:
    """Capitalised words that are not names (``data/merge.json``), folded; validated at load."""
    path = f"armswatch/data/{DATA_FILE}"
    try:
        data = json.loads((resources.files("armswatch") / "data" / DATA_FILE).read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise DataFileError(Errors.E002.format(path=path, reason=str(e))) from e
    words = data.get("not_names") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(
            Errors.E002.format(path=path, reason="'not_names' must be a list of non-empty strings")
        )
    return frozenset(fold(w) for w in words)


_PERSONS = frozenset({"leader", "official_person"})


@dataclass(frozen=True, slots=True)
class Features:
    """The language-independent features of one article (see the module docstring)."""

    names: tuple[str, ...]
    numbers: tuple[str, ...]
    actors: tuple[str, ...]
    triples: tuple[str, ...]
    sequence: tuple[str, ...]
    n_paragraphs: int
    n_chars: int
    lead_names: tuple[str, ...] = ()  # names in the title and the lead
    lead_triples: tuple[str, ...] = ()  # transfers with evidence in the lead
    lang: str | None = None
    keywords: tuple[str, ...] = ()  # long content words, for articles in the same language

    def to_json(self) -> str:
        return json.dumps(
            {
                "names": self.names,
                "numbers": self.numbers,
                "actors": self.actors,
                "triples": self.triples,
                "sequence": self.sequence,
                "n_paragraphs": self.n_paragraphs,
                "n_chars": self.n_chars,
                "lead_names": self.lead_names,
                "lead_triples": self.lead_triples,
                "lang": self.lang,
                "keywords": self.keywords,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, blob: str) -> Features:
        d: dict[str, Any] = json.loads(blob)
        return cls(
            names=tuple(d.get("names", ())),
            numbers=tuple(d.get("numbers", ())),
            actors=tuple(d.get("actors", ())),
            triples=tuple(d.get("triples", ())),
            sequence=tuple(d.get("sequence", ())),
            n_paragraphs=int(d.get("n_paragraphs", 0)),
            n_chars=int(d.get("n_chars", 0)),
            lead_names=tuple(d.get("lead_names", ())),
            lead_triples=tuple(d.get("lead_triples", ())),
            lang=d.get("lang"),
            keywords=tuple(d.get("keywords", ())),
        )


def words(text: str) -> list[str]:
    """Folded words of ``text``: lower case, accents and punctuation gone."""
    return _WORD.findall(_COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold())))


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """Overlapping runs of ``size`` folded words (the whole text when it is shorter)."""
    w = words(text)
    if len(w) < size:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i : i + size]) for i in range(len(w) - size + 1)}


def minhash(items: Iterable[str]) -> rensa.RMinHash:
    m = rensa.RMinHash(num_perm=NUM_PERM, seed=SEED)
    m.update(list(items))
    return m


def minhash_state(m: rensa.RMinHash) -> bytes:
    return bytes(m.__getstate__())


def minhash_from_state(state: bytes) -> rensa.RMinHash:
    m = rensa.RMinHash(num_perm=NUM_PERM, seed=SEED)
    m.__setstate__(state)
    return m


def number_value(raw: str) -> str | None:
    """``"1,500"``/``"1 500"``/``"1.500"`` → ``"1500"``; ``"12,5"`` → ``"12.5"``; years → None."""
    compact = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", compact):
        value = compact.replace(",", "").replace(".", "")
    else:
        value = compact.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        return None
    if number.is_integer() and 1900 <= number <= 2100 and "." not in value:
        return None
    if number < 10:  # day numbers, small counts: everywhere, they tell nothing apart
        return None
    return f"{number:g}" if not number.is_integer() else str(int(number))


def _surname(person: str) -> str:
    """ "John Kirby" → "kirby" (as the text names him later); "Kim Jong Un" → "kim jong un"."""
    parts = fold(person).replace("-", " ").split()
    return parts[-1] if parts and len(parts[-1]) >= _MIN_NAME else " ".join(parts)


def features(article: Article, gazetteer: Gazetteer) -> Features:
    """The features of ``article`` (its title, its text and its reports)."""
    text = article.text
    lead_end = _lead_end(text)
    mentions = gazetteer.find(text)
    names, events = _names(text, mentions)
    lead_names = dict.fromkeys(n for start, n in events if start < lead_end)
    if article.title:
        title_mentions = gazetteer.find(article.title)
        lead_names.update(dict.fromkeys(n for _, n in _names(article.title, title_mentions)[1]))
    events += [(m.start, f"@{m.actor_id}") for m in mentions]
    numbers: dict[str, None] = {}
    for match in _NUMBER.finditer(text):
        value = number_value(match.group(0))
        if value is not None:
            numbers.setdefault(value)
            events.append((match.start(), f"#{value}"))
    events.sort()
    triples = sorted({_triple(r) for r in article.reports})
    lead_triples = sorted(
        {_triple(r) for r in article.reports if any(e.start < lead_end for e in r.evidence)}
    )
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Features(
        names=tuple(names),
        numbers=tuple(numbers),
        actors=tuple(dict.fromkeys(m.actor_id for m in mentions)),
        triples=tuple(triples),
        sequence=tuple(e for _, e in events),
        n_paragraphs=len(paragraphs),
        n_chars=len(text),
        lead_names=tuple(lead_names),
        lead_triples=tuple(lead_triples),
        lang=article.lang,
        keywords=tuple(
            sorted({w for w in words(text) if len(w) >= KEYWORD_LEN and not w.isdigit()})
        ),
    )


LEAD_CHARS = 500
KEYWORD_LEN = 8  # long words are mostly content words, in French as in English


def _lead_end(text: str) -> int:
    """Where the lead ends: the first paragraph, and at least the first 500 characters."""
    first = next((m.end() for m in re.finditer(r"\S.{80,}?(?:\n\s*\n|$)", text, re.S)), 0)
    return max(first, min(len(text), LEAD_CHARS))


def _triple(report: TransferReport) -> str:
    return f"{report.supplier.id}>{report.recipient.id}>{report.category}"


def _names(text: str, mentions: list[Mention]) -> tuple[dict[str, None], list[tuple[int, str]]]:
    """Proper names in ``text`` (folded, first mention order) and where each occurs."""
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    stop = not_names()
    names: dict[str, None] = {}
    events: list[tuple[int, str]] = []
    for m in mentions:  # a named person is a name too, whatever state they stand for
        if m.type in _PERSONS:
            key = _surname(m.text)
            names.setdefault(key)
            events.append((m.start, key))
    for match in _NAME.finditer(text):
        start = match.start()
        token = match.group(0)
        if any(taken[start : match.end()]) or len(token) < _MIN_NAME:
            continue
        key = fold(token)
        if key in stop:
            continue
        names.setdefault(key)
        events.append((start, key))
    return names, events
