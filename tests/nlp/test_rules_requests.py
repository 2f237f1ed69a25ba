"""Requests answered, materiel awaited, and the state a predicate noun stands for.

- A request for materiel, granted or turned down, is a planned supply from whoever answers (or
  is asked) to whoever asked ("Oslo rejected a Moldovan request for air-defence missiles",
  "Rome a décliné les demandes de Chisinau pour des systèmes de défense aérienne").
- Materiel a state is waiting for has not arrived: a planned purchase ("Manila is still
  waiting for its Black Hawk helicopters", "le Sénégal attend toujours ses patrouilleurs").
- "Hungary is the only country to have bought …", "le Qatar est le premier client à avoir
  reçu …": the clause on the predicate noun belongs to the subject of *to be*.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Oslo rejected a Moldovan request for air-defence systems last spring.",
            ("NOR", "MDA", "air_defence"),
        ),
        (
            "en",
            "Seoul has repeatedly turned down Warsaw's requests for more howitzers.",
            ("KOR", "POL", "artillery"),
        ),
        (
            "en",
            "A Kenyan plea for armoured vehicles was rejected by London in March.",
            ("GBR", "KEN", "armour"),
        ),
        (
            "fr",
            "Rome a décliné les demandes de Chisinau pour des systèmes de défense aérienne.",
            ("ITA", "MDA", "air_defence"),
        ),
        (
            "fr",
            "Ottawa a rejeté une requête lettone portant sur des véhicules blindés.",
            ("CAN", "LVA", "armour"),
        ),
    ],
)
def test_a_request_answered_is_a_planned_supply(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert set(reports) == {want}
    report = reports[want]
    assert report.status == "planned"
    assert report.denied_by == []  # a refusal of a request denies no transfer


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kyiv's request for Tomahawk missiles went unanswered for months."),
        ("fr", "La demande ukrainienne de missiles Taurus est restée sans réponse."),
    ],
)
def test_with_nobody_answering_the_maker_would_supply(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    maker = "USA" if "Tomahawk" in text else "DEU"
    assert set(reports) == {(maker, "UKR", "missiles")}
    assert reports[maker, "UKR", "missiles"].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Moscow rejected Washington's request for a prisoner exchange."),
        ("en", "Tehran turned down a request from inspectors to examine the drones."),
        ("fr", "Paris a rejeté la demande de Berlin pour une réunion sur les missiles."),
    ],
)
def test_a_request_for_something_else_is_nothing(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Manila is still waiting for Black Hawk helicopters from the United States.",
            ("USA", "PHL", "aircraft"),
        ),
        (
            "en",
            "Athens still awaits six Rafale fighters from France.",
            ("FRA", "GRC", "aircraft"),
        ),
        (
            "fr",
            "Le Sénégal attend toujours les patrouilleurs commandés à la France en 2019.",
            ("FRA", "SEN", "naval"),
        ),
    ],
)
def test_materiel_awaited_is_a_planned_purchase(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert want in reports
    assert reports[want].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The crews waited for the drones to come back before dawn."),
        ("fr", "Les soldats attendaient des munitions qui ne sont jamais venues."),
    ],
)
def test_waiting_without_a_buyer_is_nothing(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Hungary is the only NATO country known to have bought the HQ-9 from China.",
            ("CHN", "HUN", "air_defence"),
        ),
        (
            "en",
            "Qatar was the first customer to receive Rafale jets from France after Egypt.",
            ("FRA", "QAT", "aircraft"),
        ),
        (
            "fr",
            "Le Qatar est le premier pays à avoir reçu des Rafale de la France.",
            ("FRA", "QAT", "aircraft"),
        ),
        (
            "fr",
            "La Hongrie serait le seul pays connu pour avoir acheté des obusiers à la Chine.",
            ("CHN", "HUN", "artillery"),
        ),
    ],
)
def test_the_subject_of_to_be_acts_in_the_predicate_clause(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert set(reports) == {want}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Bangladesh is in talks with Turkey over the purchase of armed drones.",
            ("TUR", "BGD", "uav"),
        ),
        (
            "en",
            "Indonesia has held talks with India about 40 BrahMos missiles.",
            ("IND", "IDN", "missiles"),
        ),
        (
            "en",
            "Ankara is in talks with Madrid over 24 Hürjet trainer jets.",
            None,
        ),
        (
            "fr",
            "La marine égyptienne est en discussions avec l'Allemagne pour l'achat de sous-marins.",
            ("DEU", "EGY", "naval"),
        ),
        (
            "fr",
            "Le Sénégal mène des négociations avec la France sur six patrouilleurs.",
            ("FRA", "SEN", "naval"),
        ),
    ],
)
def test_talks_with_a_partner_are_a_planned_purchase(
    lang: str, text: str, want: tuple[str, str, str] | None
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    if want is None:
        # the system is the buyer's own make (Hürjet, Turkish): the partner would buy it
        assert ("TUR", "ESP", "aircraft") in reports
        return
    assert set(reports) == {want}
    assert reports[want].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukraine and Russia held talks in Istanbul about a ceasefire."),
        ("en", "Talks with Iran about its missile programme stalled in June."),
        ("fr", "Les discussions avec l'Iran sur les missiles balistiques sont dans l'impasse."),
        # as for talks verbs: no number of systems and no purchase named, no purchase
        ("fr", "Paris est en discussions avec Berlin sur les chars du futur."),
        ("en", "France is in talks with Germany over the tanks of the future."),
    ],
)
def test_talks_about_no_purchase_are_nothing(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


def test_the_arrival_awaited_is_not_sent_by_who_waits() -> None:
    text = "Chisinau is awaiting the arrival of French air-defence systems."
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert set(reports) == {("FRA", "MDA", "air_defence")}
    assert reports["FRA", "MDA", "air_defence"].status == "planned"
