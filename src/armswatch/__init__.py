"""armswatch: arms-transfer allegations in French and English news.

>>> import armswatch
>>> armswatch.extract("Pyongyang livre des obus à la Russie, affirme Washington.", lang="fr")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from armswatch.records import CATEGORIES, Actor, Article, Evidence, TransferReport

if TYPE_CHECKING:  # loaded lazily at run time (see __getattr__)
    from armswatch.api import case, cases, ingest, stories

__version__ = "0.1.0"
__all__ = [
    "CATEGORIES",
    "Actor",
    "Article",
    "Evidence",
    "TransferReport",
    "__version__",
    "case",
    "cases",
    "extract",
    "ingest",
    "stories",
]


def extract(text: str, lang: str | None = None) -> list[TransferReport]:
    """Transfer reports in one French or English text (language detected when ``lang`` is None).

    Texts in other languages give no reports."""
    from armswatch.nlp.extractor import extract as _extract

    return _extract(text, lang=lang)


def __getattr__(name: str) -> object:
    # The store API loads lazily: ``import armswatch`` stays light.
    if name in ("ingest", "cases", "case", "stories"):
        from armswatch import api

        return getattr(api, name)
    raise AttributeError(f"module 'armswatch' has no attribute {name!r}")
