"""The cleaning steps: Step protocol, behaviour, picklability, and a run over read inputs."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from armswatch.clean.steps import CleanStep, DateStep, LanguageStep
from armswatch.errors import Reasons
from armswatch.pipeline.base import Rejection, Stats, Step, run_steps
from armswatch.records import Article, content_hash
from armswatch.sources import read_inputs

FR_TEXT = (
    "Le chantier naval livre un patrouilleur\n\n"
    "[ad_1]\n\n"
    "BREST, 3 mai 2023 (AFP) - Le chantier naval a livré mardi un patrouilleur "
    "à la marine d'un pays voisin, a indiqué le ministère.\n\n"
    "A LIRE AUSSI | Un article sans rapport avec le sujet\n\n"
    "La cérémonie s'est tenue en présence de l'ambassadeur.\n\n"
    "Source link -5"
)


def make(text: str = FR_TEXT, **fields: object) -> Article:
    return Article(id=content_hash(text), text=text, source="mem/a.txt", **fields)  # type: ignore[arg-type]


def all_steps() -> list[Step]:
    return [CleanStep(), LanguageStep(), DateStep()]


def test_steps_follow_the_protocol() -> None:
    for step in all_steps():
        assert isinstance(step.name, str) and step.name
        assert isinstance(step.requires, tuple) and step.requires
        assert isinstance(step.assigns, tuple) and step.assigns
        fields = {f.name for f in dataclasses.fields(Article)}
        assert set(step.requires) <= fields and set(step.assigns) <= fields
    assert len({s.name for s in all_steps()}) == 3


def test_clean_step_strips_boilerplate_and_keeps_the_input() -> None:
    article = make()
    out = CleanStep()(article)
    assert isinstance(out, Article)
    assert "[ad_1]" not in out.text and "LIRE AUSSI" not in out.text
    assert "Source link" not in out.text
    assert out.text.startswith("Le chantier naval livre un patrouilleur\n\nBREST")
    assert out.id == article.id  # the id is the hash of the text as read
    assert article.text == FR_TEXT  # input untouched


def test_clean_step_rejects_pure_boilerplate() -> None:
    out = CleanStep()(make("[ad_1]\n\nREAD MORE: something else\n\nSource link -2"))
    assert out == Rejection("mem/a.txt", Reasons.EMPTY, "only boilerplate")


def test_language_step_sets_lang_only_when_missing() -> None:
    out = LanguageStep()(make())
    assert isinstance(out, Article) and out.lang == "fr"
    given = LanguageStep()(make(lang="en"))
    assert isinstance(given, Article) and given.lang == "en"
    short = LanguageStep()(make("Oui"))
    assert isinstance(short, Article) and short.lang is None


def test_date_step_sets_published_only_when_missing() -> None:
    out = DateStep()(make(lang="fr"))
    assert isinstance(out, Article) and out.published == "2023-05-03"
    given = DateStep()(make(published="2023-05"))
    assert isinstance(given, Article) and given.published == "2023-05"
    none = DateStep()(make("La marine a reçu mercredi un navire en mer Caspienne."))
    assert isinstance(none, Article) and none.published is None


@pytest.mark.parametrize("used", [False, True])
def test_steps_pickle(used: bool) -> None:
    steps = all_steps()
    if used:
        current: Article | Rejection = make()
        for step in steps:
            assert isinstance(current, Article)
            current = step(current)
    clones = pickle.loads(pickle.dumps(steps))
    current = make()
    for step in clones:
        assert isinstance(current, Article)
        current = step(current)
    assert isinstance(current, Article)
    assert (current.lang, current.published) == ("fr", "2023-05-03")


def test_run_over_a_folder(tmp_path: Path) -> None:
    (tmp_path / "1_fr.txt").write_text(FR_TEXT, encoding="utf-8")
    (tmp_path / "2_en.txt").write_text(
        "Coastguard gets new boats\n\nWednesday, June 14, 2023\n\n"
        "The coastguard received two boats from a foreign shipyard, officials said.\n\n"
        "WATCH | A video of the handover",
        encoding="utf-8",
    )
    (tmp_path / "3_ads.txt").write_text("[ad_1]\n\nSource link -9\n", encoding="utf-8")
    (tmp_path / "4.pdf").write_bytes(b"%PDF")
    stats = Stats()
    out = list(run_steps(read_inputs([tmp_path]), all_steps(), stats))
    assert [(a.lang, a.published) for a in out] == [("fr", "2023-05-03"), ("en", "2023-06-14")]
    assert "WATCH" not in out[1].text
    assert stats.articles == 2
    assert stats.rejected == {Reasons.EMPTY: 1, Reasons.UNKNOWN_EXTENSION: 1}
