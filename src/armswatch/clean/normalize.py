"""A length-preserving normalisation for the parser and the matchers.

Every character maps to exactly one character, so an offset computed on the normalised text is an
offset into the stored text: ``text[start:end]`` is the evidence, unchanged.
"""

from __future__ import annotations

APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u201b\u2032"  # ’ ‘ ʼ ´ ‛ ′
QUOTES = "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a"  # « » “ ” „ ‟ ‹ ›
SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f\u3000"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # ‐ ‑ ‒ – — ― −
ELLIPSIS = "\u2026"  # …
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

_MAP: dict[str, str] = {
    **dict.fromkeys(APOSTROPHES, "'"),
    **dict.fromkeys(QUOTES, '"'),
    **dict.fromkeys(SPACES, " "),
    **dict.fromkeys(DASHES, "-"),
    ELLIPSIS: ".",
    **dict.fromkeys(ZERO_WIDTH, " "),
}
if not all(len(k) == 1 and len(v) == 1 for k, v in _MAP.items()):  # pragma: no cover
    raise RuntimeError("normalise_for_parser: the map must be one character to one character")

#: Every character ``normalise_for_parser`` changes.
SPECIAL_CHARS: frozenset[str] = frozenset(_MAP)
_TABLE = str.maketrans(_MAP)


def normalise_for_parser(text: str) -> str:
    """Map typographic apostrophes, quotes, spaces, dashes, '…' and zero-width characters to
    ASCII, one character for one: ``len(normalise_for_parser(t)) == len(t)`` always."""
    out = text.translate(_TABLE)
    if len(out) != len(text):  # pragma: no cover - guaranteed by the 1:1 map
        raise RuntimeError("normalise_for_parser changed the text length")
    return out
