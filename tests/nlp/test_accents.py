"""Accents put back into French scraped without them (sentences written for these tests)."""

from __future__ import annotations

import pytest

import armswatch
from armswatch.nlp.accents import looks_accentless
from armswatch.nlp.extractor import get_extractor

from .util import triples

pytestmark = pytest.mark.slow

STRIPPED = (
    "Le ministere des Armees a confirme jeudi que Paris a deja livre a l'armee ukrainienne "
    "une douzaine de canons, il a precise. Les Etats-Unis ont cede des obus a Kiev l'an passe, "
    "et d'autres seront livrees a partir de fevrier, a indique un responsable americain "
    "qui n'a pas voulu etre nomme. Il a dit que l'Ukraine en a recu jusqu'a present plusieurs "
    "centaines de milliers."
)


def test_detects_stripped_french_only() -> None:
    assert looks_accentless(STRIPPED)
    assert not looks_accentless(
        "Le ministère des Armées a confirmé jeudi que Paris a déjà livré à l'armée ukrainienne "
        "une douzaine de canons, a-t-il précisé, et que d'autres seront livrées en février "
        "à la demande de Kiev, selon un responsable américain qui n'a pas voulu être nommé."
    )
    assert not looks_accentless("Trop court a juger.")


def test_restores_words_and_the_preposition_a() -> None:
    restored = get_extractor("fr").prepare(STRIPPED)
    assert len(restored) == len(STRIPPED)
    for expected in [
        "ministère des Armées a confirmé",
        "Paris a déjà livré à l'armée ukrainienne",
        "il a précisé",
        "Les États-Unis ont cédé des obus à Kiev",
        "seront livrées à partir de février",
        "a indiqué un responsable américain",
        "n'a pas voulu être nommé",
        "Il a dit",
        "en a reçu jusqu'à présent",
    ]:
        assert expected in restored, (expected, restored)


def test_accented_text_is_left_alone() -> None:
    text = "La Corée du Nord a livré des obus à la Russie, a déclaré le porte-parole."
    assert get_extractor("fr").prepare(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Danemark, de son cote, avait cede l'an passe la totalite de ses 19 canons "
            "Caesar a Kiev, une decision saluee a l'epoque comme tres rare en Europe, ou les "
            "armees manquent deja de pieces d'artillerie modernes pour leur propre defense. "
            "Copenhague a finance depuis d'autres achats pour l'armee ukrainienne.",
            ("DNK", "UKR", "artillery"),
        ),
        (
            "Selon le ministere, 50 bombes guidees seront livrees chaque mois a l'Ukraine par la "
            "France a partir de janvier, une cadence qui doit etre tenue pendant toute l'annee "
            "malgre les difficultes de production signalees par les industriels francais. Le "
            "calendrier exact des envois reste confidentiel, precise le ministere.",
            ("FRA", "UKR", "ammunition"),
        ),
    ],
)
def test_transfers_found_in_stripped_french(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(armswatch.extract(text, lang="fr"))
    # evidence still quotes the text as written
    report = next(r for r in armswatch.extract(text, lang="fr") if r.category == expected[2])
    assert all(e.text in text for e in report.evidence)


def test_participle_before_its_agent_and_after_a_stressed_pronoun() -> None:
    text = (
        "L'armee nigerienne a receptionne des drones livres par la Turquie. Le Tchad a lui "
        "aussi achete des drones a Ankara, et le Togo en a commande a lui seul une dizaine. "
        + STRIPPED
    )
    restored = get_extractor("fr").prepare(text)
    for expected in ["drones livrés par la Turquie", "a lui aussi acheté des drones à Ankara"]:
        assert expected in restored, (expected, restored)
    assert "à lui seul" in restored
