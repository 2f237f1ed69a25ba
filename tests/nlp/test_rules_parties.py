"""Who the parties are when the parse hides them.

- "Syria's Hezbollah", "Yemen's Houthis": the group after a state's possessive is meant, even
  when the parser makes the state the head of the phrase.
- "la Géorgie a reçu des hélicoptères de l'Ukraine, et la Pologne lui en a cédé": *lui* is the
  party named before, not the source named since.
- "signed a deal with Washington for the purchase of …": a deal naming its partner is the
  frame even when a purchase noun sits inside it.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Officials accused Tehran of arming Lebanon's Hezbollah and Yemen's Houthis with drones.",
        "Tehran flew drones to Yemen's Houthis last year.",
    ],
)
def test_a_states_group_is_the_group(text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang="en"))
    assert ("IRN", "houthis", "uav") in reports
    assert ("IRN", "YEM", "uav") not in reports


def test_a_states_government_is_still_the_state() -> None:
    reports = by_triple(
        armswatch.extract("Yemen's government bought patrol boats from Turkey.", lang="en")
    )
    assert set(reports) == {("TUR", "YEM", "naval")}


def test_the_clitic_is_the_party_not_the_source() -> None:
    text = (
        "La Géorgie a reçu huit hélicoptères de l'Ukraine en 2008, et la Pologne lui a cédé "
        "deux hélicoptères supplémentaires l'année suivante."
    )
    reports = by_triple(armswatch.extract(text, lang="fr"))
    assert ("POL", "GEO", "aircraft") in reports
    assert ("POL", "UKR", "aircraft") not in reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Riyadh signed a deal with Washington for the purchase of the THAAD system."),
        ("fr", "Riyad a signé avec Washington un accord pour l'achat du système THAAD."),
    ],
)
def test_a_deal_with_a_partner_for_a_purchase(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert set(reports) == {("USA", "SAU", "air_defence")}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Moscow delivered armoured vehicles to the FACA in 2020.", ("RUS", "CAF", "armour")),
        ("en", "The Tatmadaw bought jets from Russia.", ("RUS", "MMR", "aircraft")),
        ("en", "Ankara sold drones to the ENDF in 2021.", ("TUR", "ETH", "uav")),
        ("fr", "La Turquie a livré des drones aux FAMa en 2022.", ("TUR", "MLI", "uav")),
        ("fr", "Les FARDC ont reçu des drones chinois.", ("CHN", "COD", "uav")),
        (
            "fr",
            "L'Armée nationale populaire a reçu des chasseurs russes.",
            ("RUS", "DZA", "aircraft"),
        ),
    ],
)
def test_national_armed_forces_by_name_or_acronym(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert set(by_triple(armswatch.extract(text, lang=lang))) == {want}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Tehran has shipped rockets to Palestinian groups including Hamas and Islamic Jihad.",
        ),
        ("en", "Tehran has shipped rockets to Palestinian groups such as Hamas and Islamic Jihad."),
        (
            "fr",
            "Téhéran a livré des roquettes à des groupes palestiniens, dont le Hamas et le Jihad islamique.",
        ),
    ],
)
def test_the_listed_groups_receive_not_the_demonym(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert ("IRN", "hamas", "ammunition") in reports
    assert ("IRN", "islamic-jihad", "ammunition") in reports
    assert ("IRN", "PSE", "ammunition") not in reports


def test_a_demonym_without_a_list_still_names_the_state() -> None:
    text = "Tehran has shipped rockets to Palestinian groups in Gaza, Israel says."
    assert ("IRN", "PSE", "ammunition") in by_triple(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        ("en", "Ankara flew Kirpi armoured vehicles to the GNA in May.", ("TUR", "LBY", "armour")),
        (
            "fr",
            "Ankara a livré des blindés Kirpi au gouvernement de Tripoli en mai.",
            ("TUR", "LBY", "armour"),
        ),
        ("en", "The Emirates supplied Wing Loong drones to Haftar.", ("ARE", "lna", "uav")),
        ("fr", "Kigali a livré des mortiers au M23, selon l'ONU.", ("RWA", "m23", "artillery")),
        (
            "en",
            "Eritrea sent tanks to the TPLF, officials in Addis said.",
            ("ERI", "tplf", "armour"),
        ),
        (
            "fr",
            "Les Houthis ont fourni des fusils aux shebabs.",
            ("houthis", "al-shabaab", "small_arms"),
        ),
    ],
)
def test_more_armed_groups_and_governments(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in by_triple(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran provides up to $100 million a year to Hamas, the State Department says."),
        ("fr", "Selon Washington, l'Iran verse chaque année 100 millions de dollars au Hamas."),
    ],
)
def test_money_is_not_materiel(lang: str, text: str) -> None:
    assert not armswatch.extract(text, lang=lang)


def test_money_counting_materiel_is_a_transfer() -> None:
    text = "Washington sent $2 billion in military aid to Kyiv last year."
    assert ("USA", "UKR", "unspecified") in by_triple(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Washington asked Athens whether it would hand its Tor-M1 systems to Kyiv."),
        (
            "fr",
            "Washington a demandé à Athènes si elle accepterait de céder à Kiev ses systèmes "
            "Tor-M1.",
        ),
    ],
)
def test_the_pronoun_after_ask_is_the_one_asked(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert ("GRC", "UKR", "air_defence") in reports
    assert ("USA", "UKR", "air_defence") not in reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Athens still operates the S-300 batteries on Crete. They had been ordered from "
            "Russia by Cyprus in 1997.",
        ),
        (
            "fr",
            "Athènes exploite toujours les batteries S-300 de Crète. Elles avaient été achetées "
            "à la Russie par Chypre en 1997.",
        ),
    ],
)
def test_a_pronoun_passive_subject_is_the_materiel_just_named(lang: str, text: str) -> None:
    assert ("RUS", "CYP", "air_defence") in by_triple(armswatch.extract(text, lang=lang))


def test_a_pronoun_passive_subject_without_materiel_before_gives_nothing() -> None:
    text = "They were ordered from Russia by Cyprus in 1997, the minister recalled."
    assert not armswatch.extract(text, lang="en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Dozens of armoured vehicles made by the Turkish firm BMC were unloaded in Tripoli "
            "last spring.",
        ),
        (
            "fr",
            "Des dizaines de blindés fabriqués par le turc BMC ont été déchargés à Tripoli au "
            "printemps.",
        ),
    ],
)
def test_goods_unloaded_in_a_port_arrive_in_its_state(lang: str, text: str) -> None:
    assert ("TUR", "LBY", "armour") in by_triple(armswatch.extract(text, lang=lang))


def test_unloading_without_materiel_is_nothing() -> None:
    assert not armswatch.extract("The dockers unloaded the containers in Odesa.", lang="en")
