"""Buyers and makers named indirectly, deals, and what is never the goods: described states
("le pays", "its navy"), makers ("built by Russian shipyards"), signed deals, corridors,
targets, withdrawals, reporting verbs hung on another verb.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


def claimants(text: str, lang: str) -> dict[tuple[str, str, str], list[str]]:
    return {
        k: [a.id for a in r.claimed_by]
        for k, r in by_triple(armswatch.extract(text, lang=lang)).items()
    }


# -- buyers named by description ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "L'Algérie a reçu ses premiers Su-57 russes en novembre. Ces dernières années, le "
            "pays a aussi acheté des corvettes à la Chine.",
            ("CHN", "DZA", "naval"),
        ),
        (
            "en",
            "Algeria took delivery of its first Russian Su-57 jets in November. In recent years "
            "the country has also bought corvettes from China.",
            ("CHN", "DZA", "naval"),
        ),
        (
            "fr",
            "Le Maroc veut moderniser ses forces face à l'Algérie. Sa marine exploite déjà une "
            "frégate achetée à la France.",
            ("FRA", "MAR", "naval"),
        ),
        (
            "en",
            "Morocco wants to modernise its forces. Its navy already operates a frigate bought "
            "from France.",
            ("FRA", "MAR", "naval"),
        ),
    ],
)
def test_a_described_buyer_is_the_state_the_article_is_about(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Iran arme les Houthis, et la Jordanie surveille sa frontière. Le royaume s'est "
            "doté de drones achetés à la Turquie.",
        ),
        (
            "en",
            "Iran supplies the Houthis with rifles, and Jordan watches its border. The kingdom "
            "buys drones from Turkey.",
        ),
    ],
)
def test_a_kingdom_is_a_monarchy_named_before(lang: str, text: str) -> None:
    got = triples(armswatch.extract(text, lang=lang))
    assert ("TUR", "JOR", "uav") in got
    assert not {t for t in got if t[0] == "TUR" and t[1] != "JOR"}


def test_no_monarchy_named_no_guess() -> None:
    text = "Iran supplies the Houthis with rifles. The kingdom buys most of its drones from Turkey."
    assert triples(armswatch.extract(text, lang="en")) == {("IRN", "houthis", "small_arms")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'armée de l'air indonésienne a reçu ses premiers Rafale."),
        ("en", "The Indonesian air force has received its first Rafale jets."),
    ],
)
def test_an_air_force_named_by_demonym_buys_for_its_state(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("FRA", "IDN", "aircraft")}


# -- makers and users ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "La marine indienne a pris livraison d'une frégate construite par les chantiers russes.",
            {("RUS", "IND", "naval")},
        ),
        (
            "en",
            "India took delivery of a frigate built by Russian shipyards.",
            {("RUS", "IND", "naval")},
        ),
        ("fr", "L'Algérie a reçu trois corvettes construites en Chine.", {("CHN", "DZA", "naval")}),
        ("en", "Algeria has received three corvettes built in China.", {("CHN", "DZA", "naval")}),
        ("en", "Niger took delivery of six TB2s in 2022.", {("TUR", "NER", "uav")}),
    ],
)
def test_the_maker_of_what_was_received_supplies_it(
    lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'armée de l'air iranienne a présenté deux avions Yak-130 livrés par la Russie."),
        ("en", "Iran unveiled two Yak-130 jets delivered by Russia."),
    ],
)
def test_who_shows_off_what_was_delivered_received_it(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("RUS", "IRN", "aircraft")}


def test_a_seller_cut_off_by_the_parser_completes_the_receipt() -> None:
    text = "Le Maroc a réceptionné ses premiers hélicoptères Apache commandés aux États-Unis."
    assert triples(armswatch.extract(text, lang="fr")) == {("USA", "MAR", "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran took delivery of its first Yak-130 trainers in September."),
        ("fr", "L'Iran a réceptionné en septembre ses premiers Yak-130 d'entraînement."),
    ],
)
def test_trainer_aircraft_are_not_instructors(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("RUS", "IRN", "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "China delivered an HQ-22 surface-to-air missile system to Serbia."),
        ("fr", "La Chine a livré à la Serbie un système de missiles sol-air HQ-22."),
    ],
)
def test_a_surface_to_air_missile_system_is_air_defence(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("CHN", "SRB", "air_defence")}


# -- deals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "India signed a deal with Washington for 31 MQ-9B armed drones.",
            ("USA", "IND", "uav"),
        ),
        (
            "en",
            "Indonesia concluded an agreement with Turkey covering 48 KAAN fighters.",
            ("TUR", "IDN", "aircraft"),
        ),
        (
            "fr",
            "L'Indonésie a conclu avec la Turquie un accord portant sur 48 chasseurs KAAN.",
            ("TUR", "IDN", "aircraft"),
        ),
        (
            "fr",
            "Paris et Jakarta ont signé un contrat pour deux sous-marins Scorpène.",
            ("FRA", "IDN", "naval"),
        ),
        (
            "en",
            "France signed a contract with India for 26 Rafale Marine jets.",
            ("FRA", "IND", "aircraft"),
        ),
    ],
)
def test_a_signed_deal_is_a_planned_purchase_from_the_partner(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    got = by_triple(armswatch.extract(text, lang=lang))
    assert set(got) == {want}
    assert got[want].status == "planned"
    assert [a.id for a in got[want].claimed_by] == ["media"]  # "concluded" is no finding


def test_a_deal_about_something_else_is_nothing() -> None:
    text = "The two leaders signed an agreement on energy and a contract for wheat."
    assert armswatch.extract(text, lang="en") == []


# -- never the goods, never the supplier ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le S-400, capable d'intercepter avions, drones et missiles, a été vendu à la Turquie.",
        ),
        ("en", "The S-400, built to intercept aircraft, drones and missiles, was sold to Turkey."),
    ],
)
def test_targets_are_not_supplied(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("RUS", "TUR", "air_defence")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La junte a exigé le départ des soldats français."),
        ("en", "The junta demanded the withdrawal of French troops."),
    ],
)
def test_troops_asked_to_leave_are_not_asked_for(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Israel accuses Tehran of using Syria as a corridor to move missiles to Hezbollah.",
        ),
        (
            "fr",
            "Israël accuse Téhéran d'utiliser la Syrie comme couloir pour acheminer des missiles "
            "au Hezbollah.",
        ),
    ],
)
def test_a_corridor_is_the_route(lang: str, text: str) -> None:
    (r,) = armswatch.extract(text, lang=lang)
    assert (r.supplier.id, r.recipient.id, [v.id for v in r.via]) == ("IRN", "hezbollah", ["SYR"])


def test_goods_pronoun_of_a_passive_is_not_an_actor() -> None:
    text = (
        "The minister acknowledged that Iran had sent Russia a few drones, but said they were "
        "delivered before the war."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("IRN", "RUS", "uav")}


def test_a_nouns_conjunct_is_another_event() -> None:
    text = (
        "Au programme : une nouvelle aide militaire suédoise à l'Ukraine et la visite du "
        "ministre italien de la Défense."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("SWE", "UKR", "unspecified")}


# -- verbs and people ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Portugal contributed three Leopard 2 tanks to a Ukrainian tank battalion.",
            ("PRT", "UKR", "armour"),
        ),
        (
            "en",
            "Iran is believed to have moved guided missiles to Hezbollah overland.",
            ("IRN", "hezbollah", "missiles"),
        ),
        (
            "en",
            "The Wagner Group provided about 1,000 personnel to the LNA, UN experts said.",
            ("wagner-group", "lna", "personnel"),
        ),
        (
            "fr",
            "Paris a envoyé des forces spéciales au Niger en 2013.",
            ("FRA", "NER", "personnel"),
        ),
    ],
)
def test_more_supply_verbs_and_personnel(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le Kremlin a réagi en affirmant que les livraisons d'armes occidentales à l'Ukraine "
            "prolongeaient la guerre.",
            ("west", "UKR", "unspecified"),
        ),
        (
            "en",
            "The Pentagon issued a statement on Monday, saying Iran had shipped drones to Russia.",
            ("IRN", "RUS", "uav"),
        ),
    ],
)
def test_a_reporting_verb_hung_on_another_verb_has_its_subject(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    got = claimants(text, lang)
    speaker = {"fr": "RUS", "en": "USA"}[lang]
    assert got[want] == [speaker]


def test_a_speaker_who_does_not_confirm_claims_nothing() -> None:
    text = (
        "Turkey sold drones to Ethiopia, diplomats said. Turkish officials have not confirmed "
        "the sale and say exports target no party."
    )
    assert "TUR" not in claimants(text, "en")[("TUR", "ETH", "uav")]


def test_a_later_anaphor_follows_its_suppliers_own_transfer() -> None:
    text = (
        "La Corée du Nord a livré des obus à la Russie. Les États-Unis enverront des armes à "
        "l'Ukraine. Washington a aussi promis des chars à Kiev. Les approvisionnements "
        "nord-coréens ont été évoqués à l'ONU."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert ("PRK", "UKR", "unspecified") not in got
    assert ("PRK", "RUS", "ammunition") in got


@pytest.mark.parametrize(
    ("lang", "text", "buyer"),
    [
        (
            "fr",
            "Le Maroc achète des drones à Israël. Son voisin algérien a reçu des chars achetés à "
            "la Russie.",
            "DZA",
        ),
        (
            "en",
            "Morocco buys drones from Israel. Its neighbour has received tanks bought from Russia.",
            None,
        ),
    ],
)
def test_a_neighbour_is_never_the_state_itself(lang: str, text: str, buyer: str | None) -> None:
    got = triples(armswatch.extract(text, lang=lang))
    assert ("RUS", "MAR", "armour") not in got
    if buyer is not None:
        assert ("RUS", buyer, "armour") in got
