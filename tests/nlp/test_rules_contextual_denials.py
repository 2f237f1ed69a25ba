"""Names that count only in context, and more ways to deny.

- "Sofia", "Santiago", "Georgetown", "Wellington", "the mujahideen", "Bout" name their state,
  group or broker only in an article that names it otherwise (Bulgaria, Chile, …); elsewhere
  they are people and places;
- "dismissed the findings", "a rejeté ces conclusions", "denied the story": findings,
  conclusions, rumours and stories are claims, and rejecting them denies;
- "denied any role in arming the guerrillas", "a nié toute implication dans la livraison": a
  part in the transfer denied;
- "the embassy of the Russian Federation in Tehran rejected this claim": the embassy speaks
  for its state, not for the capital it sits in.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bulgaria kept quiet for months. Sofia sent shells to Kyiv.",
            ("BGR", "UKR", "ammunition"),
        ),
        (
            "Chile is rearming. Santiago bought two frigates from Australia.",
            ("AUS", "CHL", "naval"),
        ),
    ],
)
def test_a_capital_named_like_a_person_counts_in_context(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang="en"))


def test_a_capital_named_like_a_person_alone_is_nobody() -> None:
    assert armswatch.extract("Sofia sent three film reels to Kyiv.", lang="en") == []


def test_the_mujahideen_of_an_afghan_story() -> None:
    text = (
        "Washington armed the Afghan mujahideen through Pakistan. By 1986 the CIA was also "
        "sending Stinger missiles to the mujahideen."
    )
    assert ("USA", "afghan-mujahideen", "missiles") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "denier"),
    [
        (
            "en",
            "Liberia armed the RUF, a UN panel said. Monrovia dismissed the findings as lies.",
            "LBR",
        ),
        ("en", "Liberia armed the RUF, a UN panel said. Monrovia denied the story.", "LBR"),
        (
            "fr",
            "Le Liberia a armé le RUF, selon un panel de l'ONU. Monrovia a rejeté ces conclusions.",
            "LBR",
        ),
        (
            "en",
            "China sent rifles to the Afghan mujahideen. Beijing denied any role in arming the "
            "Afghan mujahideen.",
            "CHN",
        ),
        (
            "en",
            "Russia sold helicopters to Iran, a newspaper said. The embassy of the Russian "
            "Federation in Tehran rejected this claim.",
            "RUS",
        ),
        (
            "fr",
            "La Russie a vendu des hélicoptères à l'Iran. L'ambassade de Russie à Téhéran a "
            "rejeté ces informations.",
            "RUS",
        ),
    ],
)
def test_more_ways_to_deny(lang: str, text: str, denier: str) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert reports
    assert all([a.id for a in r.denied_by] == [denier] for r in reports)


def test_a_role_in_something_else_denies_nothing() -> None:
    text = "China sent rifles to the Afghan mujahideen. Beijing denied any role in the coup."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert reports[("CHN", "afghan-mujahideen", "small_arms")].denied_by == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "L'Iran soutenait le Pakistan. Quant au Chah, il aurait lui-même fait parvenir aux "
            "Pakistanais des munitions prélevées sur ses propres stocks.",
            ("IRN", "PAK", "ammunition"),
        ),
        (
            "en",
            "Iran under the monarchy was Washington's best customer. The Shah bought F-14 "
            "fighters from the United States in 1974.",
            ("USA", "IRN", "aircraft"),
        ),
        (
            "fr",
            "Abidjan accusait le Burkina Faso voisin d'armer la rébellion des Forces nouvelles.",
            ("BFA", "forces-nouvelles", "unspecified"),
        ),
        (
            "fr",
            "Le Venezuela, dont l'aviation aligne des chasseurs Su-30 achetés à la Russie, "
            "inquiète ses voisins.",
            ("RUS", "VEN", "aircraft"),
        ),
    ],
)
def test_the_shah_the_new_forces_and_whose_air_force(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


def test_a_shah_of_no_iranian_story_is_nobody() -> None:
    text = "Interior minister Amit Shah said India bought Rafale jets from France."
    assert ("FRA", "IND", "aircraft") in triples(armswatch.extract(text, lang="en"))
    assert all(
        r.supplier.id != "IRN" and r.recipient.id != "IRN"
        for r in armswatch.extract(text, lang="en")
    )
