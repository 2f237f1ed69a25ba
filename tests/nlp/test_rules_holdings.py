"""What a state holds, fits or is given without being named, and the status of an aim.

- a state operating, fielding or holding materiel its text gives a foreign maker got it from
  that maker ("Egypt's air force already operates the French Rafale", "l'Algérie aligne des
  Su-30 russes"); each item from its own maker; nothing for its own systems or a negation;
- a state named as the owner of what a buyer gets made it ("to buy Israel's David's Sling");
- "flies American fighters" holds them, "keeping the jets flying" sends them nowhere; "flew
  weapons to Syria" still supplies;
- fitting one's own platforms is buying what is fitted ("Poland will equip its F-16s with
  JASSM missiles"); "Iran equipped its proxies with drones" still supplies the proxies;
- a named supplier's "the army" is the army of the state the article is about, the one that
  has received most so far, not the state named most;
- a denial of "weapons" does not cover the technicians sent;
- a visit's aim is planned ("Zelensky est à Washington pour obtenir des Tomahawk"); a
  hypothetical delivery too ("la livraison … constituerait une escalade");
- "a system's launchers and their missiles" are one air-defence transfer;
- a platform the goods are for is no part of them ("acquired Tomahawks for its destroyers");
- refuelling stops are routes; rocket-fuel precursors are components; "surface-to-air missile
  batteries" are air defence; a "military package for Ukraine" names its recipient;
- a live blog's timestamped entry starts with no quoted speaker from the entry before;
- "Kyiv's allies" are not Kyiv (a false report the "the country" rule exposed on real news).

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Egypt's air force already operates the French Rafale.",
            "en",
            {("FRA", "EGY", "aircraft")},
        ),
        (
            "Algeria fields Russian Su-30 fighters and Chinese drones.",
            "en",
            {("RUS", "DZA", "aircraft"), ("CHN", "DZA", "uav")},
        ),
        (
            "L'armée de l'air égyptienne exploite déjà le Rafale français et le F-16 américain.",
            "fr",
            {("FRA", "EGY", "aircraft"), ("USA", "EGY", "aircraft")},
        ),
        ("Le Maroc dispose de chars américains Abrams.", "fr", {("USA", "MAR", "armour")}),
        (
            "Finland signed a deal last year to buy Israel's David's Sling air-defence system.",
            "en",
            {("ISR", "FIN", "air_defence")},
        ),
        ("Hungary bought Germany's Leopard tanks.", "en", {("DEU", "HUN", "armour")}),
        ("Ukraine's pilots fly Danish F-16s.", "en", {("DNK", "UKR", "aircraft")}),
        (
            "Iran flew weapons to Syria on civilian airliners.",
            "en",
            {("IRN", "SYR", "unspecified")},
        ),
        (
            # kept in the air, not flown anywhere: only the purchase
            "Egypt is said to have sold shells to Sudan. Egypt bought Rafale jets from Paris, "
            "and keeping the jets flying after that depends on French spare parts.",
            "en",
            {("EGY", "SDN", "ammunition"), ("FRA", "EGY", "aircraft")},
        ),
    ],
)
def test_holding_foreign_materiel(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia operates its own Iskander launchers.", "en"),
        ("Ukraine does not have American F-16s yet.", "en"),
        ("Russia has Iranian help.", "en"),
        ("La Russie aligne ses propres chars T-90.", "fr"),
    ],
)
def test_holding_reports_nothing_without_a_foreign_maker(text: str, lang: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Poland will equip its F-16s with American JASSM missiles.",
            "en",
            {("USA", "POL", "missiles")},
        ),
        (
            "La Pologne va équiper ses F-16 de missiles JASSM américains.",
            "fr",
            {("USA", "POL", "missiles")},
        ),
        ("Iran equipped its proxies with drones.", "en", set()),
    ],
)
def test_fitting_own_platforms(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert found == expected
    if expected:
        # the platform is not part of the transfer
        assert not any(c == "aircraft" for _, _, c in found)


def test_fitting_own_platforms_is_planned_in_the_future() -> None:
    (report,) = armswatch.extract("Poland will equip its F-16s with American JASSM missiles.", "en")
    assert report.status == "planned"


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        (
            "Sudan's war drags on. Western diplomats say Egypt, a close ally, provided the army "
            "with K-8 light attack jets in the first year of the war.",
            "en",
            ("EGY", "SDN", "aircraft"),
        ),
        (
            "Sudan's war drags on. Moscow was ready to provide military aid to the army.",
            "en",
            ("RUS", "SDN", "unspecified"),
        ),
        (
            "La guerre au Soudan s'enlise. L'Égypte a fourni à l'armée des avions K-8.",
            "fr",
            ("EGY", "SDN", "aircraft"),
        ),
        (
            "Sudan's war drags on. The weapons were delivered to the country by Iran.",
            "en",
            ("IRN", "SDN", "unspecified"),
        ),
    ],
)
def test_the_army_of_the_article(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in by_triple(armswatch.extract(text, lang=lang))


def test_the_army_is_the_main_recipients_not_the_most_named_state() -> None:
    text = (
        "Turkish drones changed Sudan's war. Turkey sent six Akinci drones to Sudan last year. "
        "Turkish engineers trained the crews, and Turkish officials visited twice. "
        "Egypt, for its part, provided the army with K-8 jets."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("EGY", "SDN", "aircraft") in found
    assert ("EGY", "TUR", "aircraft") not in found


def test_a_weapons_denial_leaves_the_technicians() -> None:
    text = (
        "Turkey sent Akinci drones and a team of technicians to Sudan. "
        '"Turkey has not sold weapons to either party," a Turkish foreign ministry spokesperson '
        "said."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert [d.id for d in found[("TUR", "SDN", "uav")].denied_by] == ["TUR"]
    assert found[("TUR", "SDN", "personnel")].denied_by == []


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("Zelensky est à Washington pour obtenir des missiles Tomahawk.", "fr", "planned"),
        ("Zelensky travelled to Washington to obtain Tomahawk missiles.", "en", "planned"),
        (
            "La livraison de Tomahawk à Kiev constituerait une nouvelle étape de l'escalade.",
            "fr",
            "planned",
        ),
        # the aim of a use is done: "used relief flights to deliver"
        ("Iran used relief flights to deliver weapons to Syria.", "en", "reported"),
        (
            "L'Iran a utilisé des vols humanitaires pour livrer des armes à la Syrie.",
            "fr",
            "reported",
        ),
        # "known for having bought": done
        (
            "Les Émirats sont le seul pays connu pour avoir acheté des obusiers AH-4 à la Chine.",
            "fr",
            "reported",
        ),
    ],
)
def test_the_status_of_an_aim(text: str, lang: str, status: str) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert reports, text
    assert {r.status for r in reports} == {status}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Madrid avait déjà livré à l'Ukraine des lanceurs de défense antiaérienne Hawk et "
            "leurs missiles.",
            "fr",
            {("ESP", "UKR", "air_defence")},
        ),
        (
            "Norway delivered NASAMS launchers and their missiles to Ukraine.",
            "en",
            {("NOR", "UKR", "air_defence")},
        ),
        # other missiles than the system's stay their own transfer
        (
            "Madrid a livré à l'Ukraine des lanceurs Hawk et des missiles Meteor.",
            "fr",
            {("ESP", "UKR", "air_defence"), ("ESP", "UKR", "missiles")},
        ),
        # the buyer's own destroyers are what the missiles are for
        (
            "Australia acquired Tomahawk missiles from the United States for its destroyers.",
            "en",
            {("USA", "AUS", "missiles")},
        ),
        (
            "L'Australie a acquis des missiles Tomahawk américains pour ses destroyers.",
            "fr",
            {("USA", "AUS", "missiles")},
        ),
        # rocket-fuel precursors are components; SAM batteries are air defence
        (
            "China shipped sodium perchlorate, a precursor for solid rocket fuel, to Iran.",
            "en",
            {("CHN", "IRN", "components")},
        ),
        (
            "China denied that it had delivered surface-to-air missile batteries to Iran.",
            "en",
            {("CHN", "IRN", "air_defence")},
        ),
        (
            "La Chine a expédié du perchlorate de sodium, un précurseur de propergol, vers l'Iran.",
            "fr",
            {("CHN", "IRN", "components")},
        ),
        (
            "La Chine a démenti avoir livré des batteries de missiles sol-air à l'Iran.",
            "fr",
            {("CHN", "IRN", "air_defence")},
        ),
    ],
)
def test_what_is_part_of_the_transfer(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_a_refuelling_stop_is_a_route() -> None:
    text = (
        "Turkey sent six Akinci drones to Sudan. These shipments were flown to Port Sudan aboard "
        "chartered cargo aircraft that refuelled in Egypt."
    )
    report = by_triple(armswatch.extract(text, lang="en"))[("TUR", "SDN", "uav")]
    assert [v.id for v in report.via] == ["EGY"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Defence Minister Margarita Robles has announced a new military package for Ukraine. "
            "Spain will send 20 M113 armoured personnel carriers and a batch of artillery shells.",
            "en",
        ),
        # French names it "paquet d'aide militaire", which the aid noun already covers
        (
            "La ministre Margarita Robles a annoncé un nouveau paquet d'aide militaire pour "
            "l'Ukraine. L'Espagne enverra vingt blindés M113 et un lot d'obus d'artillerie.",
            "fr",
        ),
    ],
)
def test_a_military_package_names_the_recipient_of_what_follows(text: str, lang: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {
        ("ESP", "UKR", "armour"),
        ("ESP", "UKR", "ammunition"),
    }


def test_a_live_blog_entry_does_not_inherit_the_last_speaker() -> None:
    text = (
        "11h24 - La ministre espagnole de la Défense a indiqué que l'Espagne enverrait des obus "
        "à l'Ukraine.\n\n"
        "12h06 - Arrivé à Washington, Zelensky a proposé un marché : « Nous avons besoin de "
        "Tomahawk. En échange, l'Ukraine est prête à fournir à l'Amérique des milliers de drones."
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert [c.id for c in found[("ESP", "UKR", "ammunition")].claimed_by] == ["ESP"]
    assert "ESP" not in [c.id for c in found[("UKR", "USA", "uav")].claimed_by]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'In a statement, the Kremlin accused Kyiv\'s allies of sending "modern weapons" to the ex-Soviet '
            "country.",
            "en",
        ),
        ("Le Kremlin accuse les alliés de Kiev d'envoyer des armes au pays.", "fr"),
        (
            "Britain donated Storm Shadow missiles. It took Washington a year to allow Kyiv's "
            "allies to donate F-16 fighter jets.",
            "en",
        ),
    ],
)
def test_a_states_allies_are_not_that_state(text: str, lang: str) -> None:
    """Found on real war news: "Kyiv's allies" supplied nothing from Kyiv."""
    found = triples(armswatch.extract(text, lang=lang))
    assert not any(s == "UKR" for s, _, _ in found)
    assert not any(c == "aircraft" for _, _, c in found)  # nor the supplier named before
