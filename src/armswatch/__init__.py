"""armswatch: arms-transfer allegations in French and English news.

>>> import armswatch
>>> armswatch.extract("Pyongyang livre des obus à la Russie, affirme Washington.", lang="fr")
"""

from __future__ import annotations

from armswatch.records import CATEGORIES, Actor, Article, Evidence, TransferReport

__version__ = "0.1.0"
__all__ = ["CATEGORIES", "Actor", "Article", "Evidence", "TransferReport", "__version__", "extract"]


def extract(text: str, lang: str | None = None) -> list[TransferReport]:
    """Transfer reports in one French or English text (language detected when ``lang`` is None).

    Texts in other languages give no reports."""
    from armswatch.nlp.extractor import extract as _extract

    return _extract(text, lang=lang)
