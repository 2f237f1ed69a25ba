"""Claims by investigating bodies named once, then by their common noun.

"the UN panel of experts … The panel said …", "le groupe d'experts de l'ONU … Selon le groupe
d'experts, …": the second mention speaks for the body's owner. A "groupe" alone is as often a
company ("le groupe public chinois Norinco") and binds nothing. Human-rights and arms-tracing
organisations that publish such findings are actors of their own.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple

pytestmark = pytest.mark.slow


def claimants(text: str, lang: str, triple: tuple[str, str, str]) -> list[str]:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert triple in reports
    return [c.id for c in reports[triple].claimed_by]


def test_the_panel_speaks_for_the_un() -> None:
    text = (
        "The UN panel of experts on Libya reported new breaches of the embargo in March. "
        "The panel said the Emirates had flown armoured vehicles to Haftar's forces."
    )
    assert claimants(text, "en", ("ARE", "lna", "armour")) == ["un"]


def test_le_groupe_d_experts_parle_pour_l_onu() -> None:
    text = (
        "Le groupe d'experts de l'ONU sur le Soudan a publié son rapport annuel. "
        "Selon le groupe d'experts, les Émirats ont livré des drones aux FSR."
    )
    assert claimants(text, "fr", ("ARE", "rsf", "uav")) == ["un"]


def test_an_unnamed_panel_is_the_media() -> None:
    text = "The panel said the Emirates had flown armoured vehicles to Haftar's forces."
    assert claimants(text, "en", ("ARE", "lna", "armour")) == ["media"]


def test_a_company_group_binds_nothing() -> None:
    text = (
        "Les obusiers, fabriqués par le groupe public chinois Norinco, sont très exportés. "
        "Selon le groupe, les Émirats ont livré des obusiers aux FSR."
    )
    assert "CHN" not in claimants(text, "fr", ("ARE", "rsf", "artillery"))


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "en",
            "Amnesty International said the Emirates had supplied guided bombs to the RSF.",
            "amnesty-international",
        ),
        (
            "fr",
            "Selon Human Rights Watch, les Émirats ont fourni des bombes guidées aux FSR.",
            "human-rights-watch",
        ),
        (
            "en",
            "Conflict Armament Research found that the Emirates had supplied guided bombs to the "
            "RSF.",
            "conflict-armament-research",
        ),
    ],
)
def test_research_organisations_are_claimants(lang: str, text: str, org: str) -> None:
    assert org in claimants(text, lang, ("ARE", "rsf", "ammunition"))
