"""Who asserts a transfer when nobody is quoted, and fixes found on unseen reporting with it.

- a state that commits to its own transfer asserts it: "Britain pledged to send tanks",
  "Bratislava a décidé de céder", "La Roumanie va donner". A plain narrated sale ("Russia sold
  trainers to Myanmar"), a signed deal or an offer stays the outlet's;
- a purchase noun in a relative clause is bought by the clause's antecedent ("L'Indonésie, qui
  négociait l'achat de onze Su-35");
- a system named with a variant suffix ("Su-30K", "Su-30MKI") reaches the parser;
- the head of a state body speaks for its state, even when the parser hangs "the head of …"
  on the noun before the comma ("…from Russia, the head of the Federal Service for
  Military-Technical Cooperation said");
- "it" after an earlier clause naming the buyer is that buyer ("Bolivia's air force turned to
  China: it took delivery of …"), not the state the article is mostly about;
- wanting materiel is asking for it, from its maker ("Bolivia wants Iranian drone technology").

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "triple", "claimants"),
    [
        # commitments: the committing party asserts it
        (
            "Britain pledged on Saturday to send a squadron of Challenger 2 tanks to Ukraine.",
            "en",
            ("GBR", "UKR", "armour"),
            ["GBR"],
        ),
        (
            "Bratislava a décidé de céder à Kiev ses derniers systèmes antiaériens Kub.",
            "fr",
            ("SVK", "UKR", "air_defence"),
            ["SVK"],
        ),
        (
            "L'Allemagne venait de promettre à Kiev des blindés antiaériens Gepard.",
            "fr",
            ("DEU", "UKR", "air_defence"),
            ["DEU"],
        ),
        # its own future
        (
            "La Roumanie va donner un système Patriot à l'Ukraine.",
            "fr",
            ("ROU", "UKR", "air_defence"),
            ["ROU"],
        ),
        (
            "Norway will donate two NASAMS fire units to Kyiv.",
            "en",
            ("NOR", "UKR", "air_defence"),
            ["NOR"],
        ),
        # narrated, signed or offered: the outlet's
        (
            "Russia sold Yak-130 trainers to Myanmar in 2016.",
            "en",
            ("RUS", "MMR", "aircraft"),
            ["media"],
        ),
        (
            "Poland signed a contract for 48 FA-50 light fighters from South Korea.",
            "en",
            ("KOR", "POL", "aircraft"),
            ["media"],
        ),
        (
            "Pékin avait proposé à Buenos Aires des chasseurs JF-17 à des conditions avantageuses.",
            "fr",
            ("CHN", "ARG", "aircraft"),
            ["media"],
        ),
        # a named speaker still wins over the commitment
        (
            "Britain will send 14 tanks to Ukraine, the German newspaper Bild reported.",
            "en",
            ("GBR", "UKR", "armour"),
            ["media"],
        ),
    ],
)
def test_who_asserts_an_unquoted_transfer(
    text: str, lang: str, triple: tuple[str, str, str], claimants: list[str]
) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert triple in found, sorted(found)
    assert [c.id for c in found[triple].claimed_by] == claimants


def test_a_refusal_commits_to_nothing() -> None:
    """A refused transfer is planned and nobody's claim: the refusing state asserts no supply."""
    found = by_triple(
        armswatch.extract("Germany decided not to send Taurus missiles to Ukraine.", lang="en")
    )
    report = found[("DEU", "UKR", "missiles")]
    assert report.status == "planned"
    assert [c.id for c in report.claimed_by] == ["media"]


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        # a purchase noun in a relative clause: the antecedent buys
        (
            "L'Indonésie, qui négociait depuis 2018 l'achat de onze Su-35, y a renoncé.",
            "fr",
            ("RUS", "IDN", "aircraft"),
        ),
        (
            "Indonesia, which had been negotiating the purchase of eleven Su-35s, dropped it.",
            "en",
            ("RUS", "IDN", "aircraft"),
        ),
        # a variant suffix on a system's name still reaches the parser
        ("The Su-30K was sold to India in 1996.", "en", ("RUS", "IND", "aircraft")),
        ("Les Su-30MKI ont été livrés à l'Inde.", "fr", ("RUS", "IND", "aircraft")),
    ],
)
def test_recall_fixes(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in by_triple(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Angola has received twelve modernised Su-30K fighters from Russia, the head of the "
            "Federal Service for Military-Technical Cooperation said.",
            "en",
        ),
        (
            "L'Angola a reçu douze chasseurs Su-30K modernisés venus de Russie, a déclaré le "
            "directeur du Service fédéral pour la coopération militaro-technique.",
            "fr",
        ),
    ],
)
def test_head_of_a_state_body_speaks_for_its_state(text: str, lang: str) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert [c.id for c in found[("RUS", "AGO", "aircraft")].claimed_by] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "lang", "elsewhere"),
    [
        (
            "Argentina asked for explanations on Tuesday. Argentine diplomats met twice in Buenos "
            "Aires. Bolivia's small air force has turned to China instead: it took delivery of "
            "six K-8 jet trainers from Beijing in 2011.",
            "en",
            "ARG",
        ),
        (
            "Le Mali a protesté mardi. Les diplomates maliens se sont réunis à Bamako. L'armée de "
            "l'air bolivienne s'est tournée vers la Chine : elle a pris livraison de six avions "
            "d'entraînement K-8 en 2011.",
            "fr",
            "MLI",
        ),
    ],
)
def test_it_is_the_buyer_named_earlier_in_the_sentence(
    text: str, lang: str, elsewhere: str
) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert ("CHN", "BOL", "aircraft") in found, sorted(found)
    assert not any(r == elsewhere for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        (
            "Bolivia wants Iranian drone technology to watch its borders.",
            "en",
            ("IRN", "BOL", "uav"),
        ),
        (
            "La Bolivie veut des drones iraniens pour surveiller ses frontières.",
            "fr",
            ("IRN", "BOL", "uav"),
        ),
        (
            "Islamabad lorgne désormais le chasseur furtif chinois J-35.",
            "fr",
            ("CHN", "PAK", "aircraft"),
        ),
    ],
)
def test_wanting_materiel_is_a_planned_purchase(
    text: str, lang: str, triple: tuple[str, str, str]
) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert triple in found, sorted(found)
    assert found[triple].status == "planned"


def test_wanting_without_materiel_is_nothing() -> None:
    assert armswatch.extract("Moscow wants to punish Kyiv for the attack.", lang="en") == []
