"""The default step list: clean → language → date → extract. Executors run it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from armswatch.clean.steps import CleanStep, DateStep, LanguageStep
from armswatch.nlp.extractor import ExtractStep
from armswatch.pipeline.base import Stats, Step, run_steps
from armswatch.records import Article
from armswatch.sources import read_inputs


def default_steps() -> list[Step]:
    return [CleanStep(), LanguageStep(), DateStep(), ExtractStep()]


def process_paths(paths: Iterable[str], stats: Stats) -> Iterator[Article]:
    """Read inputs and run every article through the default steps, locally."""
    return run_steps(read_inputs(paths), default_steps(), stats)
