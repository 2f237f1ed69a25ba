"""Publication dates: regex-located candidates read by dateparser; no guessing from prose."""

from __future__ import annotations

import pytest

from armswatch.clean.dates import find_publication_date, normalise_date, parse_date

BODY = (
    "Le ministère a confirmé la commande de radars côtiers, sans en préciser le nombre. "
    "Les premiers exemplaires doivent arriver avant la fin de la saison.\n\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("PARIS, 2 novembre 2022 (AFP) - " + BODY, "fr", "2022-11-02"),
        ("Séoul, le 1er mars 2023 - " + BODY, "fr", "2023-03-01"),
        ("SEOUL, Nov. 2, 2022 (Yonhap) -- The navy said on Wednesday.", "en", "2022-11-02"),
        ("14 juillet 2023 (Reuters) - " + BODY, "fr", "2023-07-14"),
        ("Navy buys radars\n\nWednesday, November 2, 2022\n\nThe navy said.", "en", "2022-11-02"),
        ("Un titre\nle 02/11/2022 à 14h30\n" + BODY, "fr", "2022-11-02"),
        ("Un titre\n\nPublié le 02/11/2022\n\n" + BODY, "fr", "2022-11-02"),
        ("Headline\n2022-11-02\nBody text.", None, "2022-11-02"),
        ("Titre\n\n" + BODY * 5 + "Publié le 5 avril 2023 à 10h00", "fr", "2023-04-05"),
        ("Headline\n\n" + BODY + "Published: March 3, 2023", "en", "2023-03-03"),
        ("Headline\n\nBody.\n\nLast updated 3 March 2023 10:00 GMT", "en", "2023-03-03"),
        ("Titre\nMis à jour le 7 mai 2023\n" + BODY, "fr", "2023-05-07"),
        ("Titre\n\n" + BODY * 5 + "Par Jeanne Martin | Publié le 9 juin 2023", "fr", "2023-06-09"),
    ],
)
def test_dates_found(text: str, lang: str | None, expected: str) -> None:
    assert find_publication_date(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La flotte de la mer Caspienne a tiré mercredi des missiles de croisière.", "fr"),
        ("Le porte-parole a déclaré mercredi 2 novembre que les livraisons continuaient.", "fr"),
        ("Le porte-parole a déclaré mercredi que les livraisons continuaient.", None),
        ("The spokesman said on Wednesday that deliveries would go on.", "en"),
        ("Les effectifs ont doublé en novembre 2022, selon le rapport.", "fr"),
        ("Séoul, le 31 février 2022 - " + BODY, "fr"),
        ("Un texte sans aucune date, avec 3 chiffres et 2022 obus.", "fr"),
        ("", None),
    ],
)
def test_no_date(text: str, lang: str | None) -> None:
    assert find_publication_date(text, lang) is None


def test_dates_deep_in_the_body_are_events_not_publication() -> None:
    text = "Titre\n\n" + BODY * 8 + "Le 24 février 2022, les troupes sont entrées dans le pays."
    assert find_publication_date(text, "fr") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Un rapport de l'ONU publié le 12 mai 2021 affirmait déjà que les envois continuaient.",
        "A panel report published on May 12, 2021 said the shipments went on.",
        "The list, last updated 3 March 2021, names four companies.",
    ],
)
def test_publication_words_inside_body_sentences_are_not_bylines(sentence: str) -> None:
    text = "Titre\n\n" + BODY * 5 + sentence
    assert find_publication_date(text, None) is None


def test_publication_marker_beats_an_event_date_in_the_headline() -> None:
    text = "Le 24 février 2022, une date restée dans les mémoires\n\n" + BODY
    text += "Publié le 24 février 2023"
    assert find_publication_date(text, "fr") == "2023-02-24"


def test_dateline_beats_a_date_in_the_headline() -> None:
    text = "Ce qui s'est passé le 3 janvier 2021\nBERLIN, 4 janvier 2023 (AFP) - " + BODY
    assert find_publication_date(text, "fr") == "2023-01-04"


def test_numeric_dates_follow_the_language() -> None:
    assert parse_date("02/11/2022", "fr") == "2022-11-02"
    assert parse_date("02/11/2022", None) == "2022-11-02"  # day first when unknown
    assert parse_date("11/02/2022", "en") == "2022-11-02"


def test_unknown_language_code_falls_back() -> None:
    assert parse_date("2 novembre 2022", "xx") == "2022-11-02"
    assert find_publication_date("PARIS, 2 novembre 2022 (AFP) - texte", "xx") == "2022-11-02"


def test_implausible_dates() -> None:
    assert parse_date("2 novembre 2999", "fr") is None
    assert parse_date("mercredi", "fr") is None
    assert parse_date("", "fr") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-11", "2022-11"),
        ("2022-11-02", "2022-11-02"),
        ("2022-11-02T10:00:00Z", "2022-11-02"),
        ("Wed, 02 Nov 2022 10:00:00 GMT", "2022-11-02"),
        ("mer., 02 nov. 2022 08:00:00 +0100", "2022-11-02"),
        ("2 novembre 2022", "2022-11-02"),
        ("2022-13", None),
        ("2022-02-30", None),
        ("bientôt", None),
        ("", None),
    ],
)
def test_normalise_date(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected
