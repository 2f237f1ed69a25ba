"""Boilerplate removal: ad markers and the lines news sites wrap around an article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from armswatch.clean.boilerplate import default_rules, load_rules, strip_boilerplate
from armswatch.errors import DataFileError

BOILERPLATE_LINES = [
    "Source link",
    "Source link -7",
    "A LIRE AUSSI | Un autre titre sur la météo de demain",
    "À LIRE AUSSI : Les marchés ont fermé en baisse",
    "LIRE AUSSI Le portrait d'un maire de village",
    "Lire aussi >> Notre dossier sur les élections",
    "REGARDER | Un reportage sur les vendanges",
    "REGARDEZ LA CHAÎNE EN DIRECT ICI",
    "WATCH | A report from the city council",
    "Watch: the full press conference",
    "READ MORE: Local team wins the cup",
    "Also read: Ten tips for the holidays",
    "Tu peux maintenant écrire pour exemple.org et faire partie de la communauté. "
    "Partagez vos histoires avec nous.",
    "You can now write for example.org and be part of the community.",
    "Subscribe to our newsletter",
    "Sign up for our weekly newsletter to get the news first",
    "Abonnez-vous à notre newsletter quotidienne",
    "Follow us on social media",
    "Suivez-nous sur les réseaux sociaux",
    "Partagez vos histoires et opinions avec nous ici.",
    "Click here to read the full report",
    "Cliquez ici pour vous abonner",
    "This website uses cookies to improve your experience.",
    "We use cookies. Accept all cookies?",
    "Nous utilisons des cookies pour mesurer l'audience.",
    "Ce site utilise des cookies.",
    "ADVERTISEMENT",
    "Publicité",
]

REAL_SENTENCES = [
    "Kirby said Washington would watch whether the shells arrive.",
    "Watchdogs said the shipment had left the port.",
    "Le ministre dit lire aussi les rapports des services de renseignement.",
    "Il a demandé aux journalistes de regarder les images satellites.",
    "Regarder vers l'est reste la priorité du ministère.",
    "Officials will watch closely: the convoy may cross tonight.",
    "Source links between the two agencies were cut, the report says.",
    "Advertisement budgets of the ministry were cut by a third.",
    "Nous utilisons des obus de fabrication locale, a dit le colonel.",
    "Read more carefully, the report shows a different picture.",
]


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_line_is_removed(line: str) -> None:
    text = f"Premier paragraphe de l'article.\n\n{line}\n\nDernier paragraphe."
    assert strip_boilerplate(text) == "Premier paragraphe de l'article.\n\nDernier paragraphe."


@pytest.mark.parametrize("sentence", REAL_SENTENCES)
def test_real_sentences_are_kept(sentence: str) -> None:
    text = f"Intro.\n\n{sentence}\n\nOutro."
    assert strip_boilerplate(text) == text


def test_ad_markers_anywhere() -> None:
    text = "[ad_1]\n\nLe texte [ad_2] continue ici.\n\n[AD_17]\n\nFin. [ad]"
    out = strip_boilerplate(text)
    assert "[" not in out
    assert out.startswith("Le texte")
    assert "continue ici." in out
    assert out.endswith("Fin.")


def test_indented_boilerplate_line() -> None:
    assert strip_boilerplate("Texte.\n   READ MORE: x\nSuite.") == "Texte.\nSuite."


def test_blank_runs_collapse_and_ends_are_stripped() -> None:
    text = "\n\n  Titre\n\n\n\n\nCorps.\n \t \n\n\nFin.  \n\n"
    assert strip_boilerplate(text) == "Titre\n\nCorps.\n\nFin."


def test_a_whole_scraped_page() -> None:
    page = "\n".join(
        [
            "Le ministère confirme une commande de radars",
            "",
            "[ad_1]",
            "",
            "Le ministère a confirmé lundi la commande de six radars côtiers.",
            "",
            "A LIRE AUSSI | Un article sans rapport",
            "",
            "La livraison doit commencer au printemps, selon un communiqué.",
            "",
            "REGARDEZ NOTRE CHAÎNE EN DIRECT ICI",
            "",
            "Tu peux maintenant écrire pour exemple.org et rejoindre nos lecteurs.",
            "",
            "",
            "",
            "[ad_2]",
            "",
            "Source link -12",
        ]
    )
    assert strip_boilerplate(page) == (
        "Le ministère confirme une commande de radars\n\n"
        "Le ministère a confirmé lundi la commande de six radars côtiers.\n\n"
        "La livraison doit commencer au printemps, selon un communiqué."
    )


def test_idempotent() -> None:
    text = "Titre\n\n[ad_1]\n\nCorps.\n\nREAD MORE: x\n\n\n\nFin."
    once = strip_boilerplate(text)
    assert strip_boilerplate(once) == once


def test_only_boilerplate_gives_empty_text() -> None:
    assert strip_boilerplate("[ad_1]\n\nSource link -3\n\nADVERTISEMENT\n") == ""


def test_packaged_rules_are_valid_and_examples_are_removed() -> None:
    rules = default_rules()
    assert rules.markers and rules.lines
    names = [r.name for r in (*rules.markers, *rules.lines)]
    assert len(names) == len(set(names))
    for rule in rules.lines:
        assert strip_boilerplate(f"A.\n{rule.example}\nB.") == "A.\nB.", rule.name
    for rule in rules.markers:
        assert rule.example not in strip_boilerplate(f"A {rule.example} B"), rule.name


def write_rules(tmp_path: Path, data: object) -> Path:
    f = tmp_path / "rules.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    return f


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"lines": [{"name": "x", "pattern": "([unclosed", "example": "x"}]}, "bad pattern"),
        ({"lines": [{"name": "x", "pattern": "foo", "example": "bar"}]}, "does not match"),
        ({"lines": [{"name": "x", "pattern": "foo", "example": "foo", "not": ["foo"]}]}, "counter"),
        ({"lines": [{"pattern": "foo", "example": "foo"}]}, "no 'name'"),
        ({"lines": [{"name": "x", "pattern": "foo"}]}, "no 'example'"),
        (
            {
                "markers": [{"name": "x", "pattern": "a", "example": "a"}],
                "lines": [{"name": "x", "pattern": "b", "example": "b"}],
            },
            "twice",
        ),
        ({"lines": "nope"}, "not a list"),
        ([1, 2], "top level"),
    ],
)
def test_bad_rules_raise_data_file_error(tmp_path: Path, data: object, why: str) -> None:
    f = write_rules(tmp_path, data)
    with pytest.raises(DataFileError) as info:
        load_rules(f)
    message = str(info.value)
    assert message.startswith("[E002]")
    assert str(f) in message
    assert why in message


def test_rules_file_that_is_not_json(tmp_path: Path) -> None:
    f = tmp_path / "rules.json"
    f.write_text("{oops", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"\[E002\]"):
        load_rules(f)


def test_custom_rules(tmp_path: Path) -> None:
    f = write_rules(
        tmp_path,
        {
            "markers": [{"name": "star", "pattern": r"\*\*\*", "example": "***"}],
            "lines": [{"name": "promo", "pattern": "(?i)promo\\b", "example": "PROMO today"}],
        },
    )
    rules = load_rules(f)
    assert strip_boilerplate("Un *** texte.\nPromo du jour\nFin.", rules) == "Un  texte.\nFin."
