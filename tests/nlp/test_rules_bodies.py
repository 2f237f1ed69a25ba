"""Claims by investigating bodies named once, then by their common noun.

"the UN panel of experts … The panel said …", "le groupe d'experts de l'ONU … Selon le groupe
d'experts, …": the second mention speaks for the body's owner. A "groupe" alone is as often a
company ("le groupe public chinois Norinco") and binds nothing. Human-rights and arms-tracing
organisations that publish such findings are actors of their own. "The report said" speaks for
the body whose report it is; "media reports" are many sources and bind nothing. A state that
approves or authorises a transfer asserts it, unless someone is quoted; "a fait savoir X" quotes X.

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


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "en",
            "A UN report released on Monday lists dozens of suppliers. Belarus sold the Myanmar army "
            "twelve Mi-24 helicopters and spare engines, the report said.",
            ("BLR", "MMR", "aircraft"),
        ),
        (
            "fr",
            "Un rapport des experts de l'ONU publié lundi met en cause Abou Dhabi. Le même rapport "
            "détaille la livraison de blindés émiratis à l'ANL du maréchal Haftar.",
            ("ARE", "lna", "armour"),
        ),
    ],
)
def test_the_report_speaks_for_its_body(lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert claimants(text, lang, triple) == ["un"]


def test_media_reports_of_a_country_bind_nothing() -> None:
    text = (
        "Greek officials declined a Libyan request for patrol boats, according to Greek media "
        "reports. Ankara shipped armoured vehicles to Tripoli, and Turkish officials rejected "
        "reports that it had also sent drones."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert all("GRC" not in [d.id for d in r.denied_by] for r in reports.values())


@pytest.mark.parametrize(
    ("lang", "text", "triple", "who"),
    [
        (
            "en",
            "The State Department approved the possible sale of 40 Stinger missiles to Rabat.",
            ("USA", "MAR", "missiles"),
            ["USA"],
        ),
        (
            "fr",
            "Berlin a autorisé la vente à l'Égypte de deux frégates MEKO.",
            ("DEU", "EGY", "naval"),
            ["DEU"],
        ),
        (
            "fr",
            "Ottawa a approuvé une série de ventes d'armes au Chili, a annoncé mardi le ministère "
            "chilien de la Défense.",
            ("CAN", "CHL", "unspecified"),
            ["CHL"],
        ),
        (
            "fr",
            "La Corée du Sud a livré des obusiers à la Pologne, a fait savoir l'ambassade de "
            "Pologne à Séoul.",
            ("KOR", "POL", "artillery"),
            ["POL"],
        ),
    ],
)
def test_who_approves_or_makes_it_known_asserts(
    lang: str, text: str, triple: tuple[str, str, str], who: list[str]
) -> None:
    assert claimants(text, lang, triple) == who


def test_an_approver_asserts_only_its_own_transfer() -> None:
    text = (
        "Britain plans to give Kyiv 300 armoured vehicles, 2,000 missiles and 60 boats. The "
        "announcement comes as the US Senate, after weeks of delay, at last approved a $40bn "
        "package of fresh military aid for Ukraine to help resist Russia's offensive. The "
        "package includes 60 patrol boats."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert ("GBR", "UKR", "armour") in reports
    assert all(
        "USA" not in [c.id for c in r.claimed_by] for k, r in reports.items() if k[0] == "GBR"
    )
