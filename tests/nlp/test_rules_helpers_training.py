"""Foreign helpers somewhere, and states that train another state's forces.

- helpers (advisers, instructors, technicians, engineers) who are, stay, live or work in a
  country, or work with its army, were sent there by their state: "Soviet military advisers
  were working with the Ethiopian army", "une équipe de techniciens suédois doit séjourner au
  Pakistan", "des instructeurs russes sont venus pour entraîner les pilotes éthiopiens";
  working "at the site" names no country, and troops somewhere may be an invasion: nothing;
- "Soviet" and "yougoslave" name a party only when they qualify people: "Soviet-era jets",
  "des chars d'origine soviétique" are a make;
- a state that trains another state's soldiers, officers or pilots sends it trainers:
  "Ankara has trained 5,000 Somali soldiers", "des soldats ivoiriens ont été formés par des
  instructeurs français", "Moscow denies that it trained Malian soldiers"; training one's own
  forces, or forming a government, is no transfer.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "By 1984 some 1,500 Soviet military advisers were working with the Ethiopian army.",
            ("SUN", "ETH", "personnel"),
        ),
        (
            "en",
            "Hundreds of American technicians lived in Isfahan to train Iranian crews.",
            ("USA", "IRN", "personnel"),
        ),
        (
            "en",
            "Israeli engineers were working in South Africa on the missile range.",
            ("ISR", "ZAF", "personnel"),
        ),
        (
            "fr",
            "Une équipe d'une vingtaine de techniciens suédois doit séjourner au Pakistan "
            "pendant deux ans.",
            ("SWE", "PAK", "personnel"),
        ),
        (
            "fr",
            "Une équipe de techniciens russes a été stationnée en Malaisie pour l'entretien des "
            "MiG.",
            ("RUS", "MYS", "personnel"),
        ),
        (
            "fr",
            "Des conseillers militaires soviétiques se trouvent en Syrie depuis l'été.",
            ("SUN", "SYR", "personnel"),
        ),
        (
            "fr",
            "Les ingénieurs turcs, présents sur place au Kazakhstan, y resteront jusqu'à la "
            "dernière livraison.",
            ("TUR", "KAZ", "personnel"),
        ),
        (
            "fr",
            "Des instructeurs russes sont venus pour entraîner les pilotes éthiopiens.",
            ("RUS", "ETH", "personnel"),
        ),
        (
            "en",
            "Russian instructors came to train Ethiopian pilots.",
            ("RUS", "ETH", "personnel"),
        ),
    ],
)
def test_helpers_somewhere_were_sent_by_their_state(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a site, no country
        ("en", "The CIA said North Korean technicians had worked at the site for two years."),
        # troops somewhere are not helpers
        ("fr", "Quelque 2 600 militaires soviétiques étaient stationnés près de La Havane."),
        # nobody came to train anyone
        ("fr", "Les inspecteurs sont venus pour contrôler les stocks."),
        # a make, not a party
        ("en", "Ukraine has adapted its Soviet-era Su-24 bombers to carry the missile."),
        ("fr", "Belgrade conserve des fusils d'assaut de fabrication yougoslave."),
    ],
)
def test_no_helpers_no_transfer(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Bulgaria sent Soviet-designed BTR-60s to Ukraine.", {("BGR", "UKR", "armour")}),
        (
            "fr",
            "Varsovie a cédé à Kiev 200 chars T-72 d'origine soviétique.",
            {("POL", "UKR", "armour")},
        ),
    ],
)
def test_a_soviet_make_is_no_supplier(
    lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Ankara has trained more than 5,000 Somali soldiers at its base in Mogadishu.",
            ("TUR", "SOM", "personnel"),
        ),
        (
            "en",
            "Ukrainian pilots are being trained by the United States in Arizona.",
            ("USA", "UKR", "personnel"),
        ),
        (
            "fr",
            "En 2022, quelque 3 500 soldats ivoiriens ont été formés par des instructeurs "
            "français.",
            ("FRA", "CIV", "personnel"),
        ),
    ],
)
def test_a_state_training_another_s_forces_sends_trainers(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert want in reports
    assert reports[want].status == "reported"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Moscow denies that it trained Malian soldiers."),
        ("fr", "Le Kremlin a démenti avoir formé des soldats maliens."),
    ],
)
def test_a_denied_training_is_denied_by_the_trainer(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    report = reports[("RUS", "MLI", "personnel")]
    assert report.status == "denied_only"
    assert [a.id for a in report.denied_by] == ["RUS"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israel trained its own soldiers in the Negev."),
        ("fr", "La France a formé un nouveau gouvernement en juillet."),
        ("fr", "Les instructeurs se sont entraînés au tir pendant une semaine."),
    ],
)
def test_no_other_state_trained_no_transfer(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


def test_instructors_training_units_read_as_a_de_phrase() -> None:
    text = (
        "Depuis 2022, des instructeurs militaires français forment discrètement des unités "
        "d'élite guinéennes dans l'est du pays."
    )
    assert ("FRA", "GIN", "personnel") in triples(armswatch.extract(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Les blindés turcs ont été réceptionnés à Conakry.", ("TUR", "GIN", "armour")),
        (
            "L'île a réceptionné en décembre ses 38 premiers chars Abrams, sur les 108 commandés "
            "aux États-Unis.",
            ("USA", "TWN", "armour"),
        ),
    ],
)
def test_received_at_a_capital_is_received_by_its_state(
    text: str, want: tuple[str, str, str]
) -> None:
    got = triples(armswatch.extract("Taïwan renforce son armée. " + text, lang="fr"))
    assert want in got
    assert ("GIN", "TUR", "armour") not in got
