"""Legs of a journey, and clauses the parser read as noun phrases.

- "Pakistan supplied shells to Ukraine" parsed like "Pakistan-supplied shells": the name right
  before the verb (no article, no hyphen) is its subject;
- "Pakistan shipped shells to Cyprus, before they were dispatched to Romania and then to
  Ukraine": goods carried on go through every place but the last; goods sold and sent on later
  are the buyer's to send ("Germany sold tanks to Poland, and they were later sent on");
- "by way of Greece", "the aircraft had stopped in Syria", "The aircraft transited through
  Syria" (read as a noun phrase): stops on the way of the transfer just told;
- "air-defence interceptors", "interceptor missiles" are missiles (a bare "interceptor" may be
  a fighter jet).

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
        ("Pakistan supplied shells to Ukraine.", {("PAK", "UKR", "ammunition")}),
        (
            "Pakistan supplied shells to Ukraine in 2022, officials said.",
            {("PAK", "UKR", "ammunition")},
        ),
        ("The Pakistan-supplied shells reached Ukraine.", {("PAK", "UKR", "ammunition")}),
    ],
)
def test_a_subject_read_as_a_modifier(text: str, want: set[tuple[str, str, str]]) -> None:
    assert triples(armswatch.extract(text, lang="en")) == want


def test_a_made_in_modifier_is_no_subject() -> None:
    assert armswatch.extract("Ukraine received shells. Pakistan-made shells are cheap.", "en") == []


def test_goods_carried_on_go_through_the_first_places() -> None:
    text = (
        "Pakistan shipped shells to Cyprus, before they were dispatched to Romania and then to "
        "Ukraine."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert set(reports) == {("PAK", "UKR", "ammunition")}
    assert [a.id for a in reports[("PAK", "UKR", "ammunition")].via] == ["CYP", "ROU"]


def test_goods_sold_are_the_buyer_s_to_send_on() -> None:
    text = "Germany sold tanks to Poland, and they were later sent to Ukraine."
    assert ("DEU", "POL", "armour") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    "text",
    [
        "Russia flew MiG-29 jets to Haftar's forces. The aircraft had stopped in Syria, where "
        "their markings were painted over.",
        "Russia flew MiG-29 jets to Haftar's forces. They stopped over in Syria on the way.",
        "Russia flew MiG-29 jets to Haftar's forces. The aircraft transited through Syria, where "
        "their markings were painted over.",
    ],
)
def test_a_stop_on_the_way(text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert [a.id for a in reports[("RUS", "lna", "aircraft")].via] == ["SYR"]


def test_by_way_of() -> None:
    text = "The United States shipped artillery shells to South Africa by way of Greece."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert [a.id for a in reports[("USA", "ZAF", "ammunition")].via] == ["GRC"]


def test_talks_that_stopped_are_no_stop() -> None:
    text = "Russia flew MiG-29 jets to Haftar's forces. The talks stopped in Geneva in May."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert reports[("RUS", "lna", "aircraft")].via == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The United States flew 90 air-defence interceptors to Ukraine."),
        ("fr", "Les États-Unis ont livré 90 missiles intercepteurs à l'Ukraine."),
    ],
)
def test_interceptor_missiles(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("USA", "UKR", "missiles")}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Le Kazakhstan exploite déjà le Wing Loong chinois.", ("CHN", "KAZ", "uav")),
        ("fr", "Le Maroc utilise des drones turcs.", ("TUR", "MAR", "uav")),
        ("en", "Morocco uses Turkish drones.", ("TUR", "MAR", "uav")),
        (
            "en",
            "Russia is using North Korean missiles against Ukraine.",
            ("PRK", "RUS", "missiles"),
        ),
    ],
)
def test_a_state_using_foreign_made_goods_got_them(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Houthis used drones of Iranian design."),
        ("fr", "Les Houthis ont utilisé des missiles de conception iranienne."),
        ("en", "The rebels used Soviet-era rifles."),
    ],
)
def test_goods_of_a_foreign_design_were_not_given(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Turkish TB2 drones have entered service with the Kyrgyz army.",
            ("TUR", "KGZ", "uav"),
        ),
        (
            "en",
            "Chinese Wing Loong drones are now in service with the Kazakh air force.",
            ("CHN", "KAZ", "uav"),
        ),
        (
            "fr",
            "Les TB2 turcs sont entrés en service dans l'armée kirghize.",
            ("TUR", "KGZ", "uav"),
        ),
    ],
)
def test_foreign_made_goods_entering_a_force_s_service(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian tanks remain in service with the Ukrainian army."),
        ("en", "The drones are in service with the army."),
        ("fr", "Le service de presse a publié des images de drones turcs."),
    ],
)
def test_service_that_names_no_maker_or_no_entry(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "At the 2016 parade, Turkmenistan rolled out Chinese FD-2000 missile systems.",
            ("CHN", "TKM", "air_defence"),
        ),
        (
            "en",
            "Iran displayed Russian-made Su-35 jets at the air show.",
            ("RUS", "IRN", "aircraft"),
        ),
        (
            "fr",
            "Le Turkménistan a présenté des drones chinois lors du défilé.",
            ("CHN", "TKM", "uav"),
        ),
    ],
)
def test_foreign_made_goods_on_display_are_held(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korea paraded its new Hwasong missiles."),
        ("fr", "L'Iran a dévoilé un drone de conception russe."),
    ],
)
def test_one_s_own_or_a_foreign_design_on_display(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Since spring the Kremlin has begun to employ cruise missiles fitted with decoy "
        "launchers that confuse Ukrainian missiles.",
        "They discussed how to stop Russia producing missiles and Ukraine's bid to join the EU.",
        "India's flag carrier may buy 40 new aircraft from Boeing.",
    ],
)
def test_goods_inside_another_clause_or_civil_planes(text: str) -> None:
    assert armswatch.extract(text, lang="en") == []
