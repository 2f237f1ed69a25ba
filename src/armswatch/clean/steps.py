"""The cleaning steps of the pipeline: boilerplate, language, publication date.

Plain picklable objects without global state: models load lazily, cached on the instance.
Each step returns a new Article (``dataclasses.replace``); the input article is left unchanged.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from armswatch.clean.boilerplate import BoilerplateRules, strip_boilerplate
from armswatch.clean.dates import find_publication_date
from armswatch.clean.lang import LanguageDetector
from armswatch.errors import Reasons
from armswatch.pipeline.base import Rejection
from armswatch.records import Article


class CleanStep:
    """Strip ad markers and boilerplate lines; an article with nothing else is rejected."""

    name = "clean"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("text",)

    def __init__(self, rules: BoilerplateRules | None = None) -> None:
        self.rules = rules

    def __call__(self, article: Article) -> Article | Rejection:
        text = strip_boilerplate(article.text, self.rules)
        if not text:
            return Rejection(article.source, Reasons.EMPTY, "only boilerplate")
        if text == article.text:
            return article
        return dataclasses.replace(article, text=text)


class LanguageStep:
    """Set ``lang`` (ISO 639-1) from the text when the input did not give it."""

    name = "language"
    requires: tuple[str, ...] = ("text", "lang")
    assigns: tuple[str, ...] = ("lang",)

    def __init__(self) -> None:
        self._detector: LanguageDetector | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {}  # the model is reloaded lazily where the step is unpickled

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._detector = None

    def __call__(self, article: Article) -> Article | Rejection:
        if article.lang is not None:
            return article
        if self._detector is None:
            self._detector = LanguageDetector()
        lang = self._detector.detect(article.text)
        if lang is None:
            return article
        return dataclasses.replace(article, lang=lang)


class DateStep:
    """Set ``published`` from a date the text states (dateline, byline, "Publié le …") when the
    input did not give it."""

    name = "date"
    requires: tuple[str, ...] = ("text", "lang", "published")
    assigns: tuple[str, ...] = ("published",)

    def __call__(self, article: Article) -> Article | Rejection:
        if article.published is not None:
            return article
        published = find_publication_date(article.text, article.lang)
        if published is None:
            return article
        return dataclasses.replace(article, published=published)
