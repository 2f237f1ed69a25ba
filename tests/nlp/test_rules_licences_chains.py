"""Licences, handover chains, acronyms and the historic present.

- who authorises, suspends or licenses exports makes them ("military exports" are goods of no
  stated kind, as "military aid" is): "Berlin a autorisé 300 millions
  d'euros d'exportations d'armement vers Israël", "London said it was suspending arms export
  licences for Israel" (the licence, or the sum, is what the verb governs); "vers" after a
  transfer noun names where it goes; who condemns deliveries sends nothing; non-military
  assistance is no materiel;
- an infinitive the parser hung on an adverbial phrase ("de son côté", "de longue date") takes
  the subject of the verb: "Paris affirme de son côté ne livrer à Israël que des composants";
- a perfect infinitive on the accused is active: "accusent des sociétés allemandes d'avoir
  fourni à Bagdad des composants" are Germany's;
- the historic present read as part of a name ("la France livre au Rwanda des canons") is the
  verb, and a "selon" phrase before a comma does not swallow the clause's subject;
- an acronym an article defines for an actor names it further on: "les Forces armées rwandaises
  (FAR)" then "les FAR"; "the Sudanese Armed Forces (SAF)" then "the SAF";
- a handover naming only who got the goods ends the chain begun by one naming only who gave them
  ("vendues par les Seychelles, acheminées jusqu'à Goma, puis remises aux FAR"), unless another
  step follows ("sent by Iran, shipped to Sudan and carried across the Sinai");
- a state named after a route ("via l'aéroport de Goma, au Zaïre voisin") is where the route
  lies, not a second recipient;
- deliveries naming only their recipient take their giver from the next sentence when it takes
  the shipments up again ("Ces cargaisons venaient de France"), and what mere "arms" were;
- a giver announced with no goods ("la Chine a élargi son offre au domaine naval") gives the
  goods of the next sentence; a state re-equipping its own forces gives nobody anything;
- "Kigali signe avec l'Égypte un contrat portant sur des obus", parsed as a name with a clause
  hung on it, is still a deal, delivered when the contract is said to be;
- a bare denial followed by the denied transfer of some goods ("Le Kremlin a longtemps nié.
  Tass affirmait que l'URSS n'avait aucun besoin de déployer des missiles …") denies those
  goods only;
- The Hague (La Haye) is the seat of the Dutch government.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch
from armswatch.nlp.gazetteer import default_gazetteer

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "En 2023, Berlin avait autorisé plus de 300 millions d'euros d'exportations "
            "d'armement vers Israël.",
            "fr",
            {("DEU", "ISR", "unspecified")},
        ),
        (
            "Le gouvernement britannique a suspendu une trentaine de licences d'exportation "
            "d'armes vers Israël.",
            "fr",
            {("GBR", "ISR", "unspecified")},
        ),
        (
            "London said on Monday it was suspending about thirty arms export licences for Israel.",
            "en",
            {("GBR", "ISR", "unspecified")},
        ),
        (
            "Ottawa said it would stop approving new permits for arms exports to Israel.",
            "en",
            {("CAN", "ISR", "unspecified")},
        ),
        (
            # "military exports" name goods of no stated kind, as "military aid" does
            "Canada said in March that it would stop approving permits for military exports to "
            "Israel.",
            "en",
            {("CAN", "ISR", "unspecified")},
        ),
        (
            "Ottawa a gelé ses exportations militaires vers Israël.",
            "fr",
            {("CAN", "ISR", "unspecified")},
        ),
    ],
)
def test_who_licenses_exports_makes_them(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moscow condemned the new arms deliveries to Ukraine.", "en"),
        ("Moscou a dénoncé les livraisons d'armes à l'Ukraine.", "fr"),
    ],
)
def test_who_condemns_deliveries_sends_nothing(text: str, lang: str) -> None:
    assert not any(r.supplier.id == "RUS" for r in armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paris assure de son côté ne vendre à Israël que des composants pour des systèmes "
            "défensifs.",
            {("FRA", "ISR", "components")},
        ),
        (
            "Le Hamas admet de longue date recevoir de l'Iran des roquettes et de l'argent.",
            {("IRN", "hamas", "ammunition")},
        ),
    ],
)
def test_an_infinitive_on_an_adverbial_phrase_takes_the_verb_s_subject(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang="fr")) == expected


def test_who_warns_against_arming_arms_nobody() -> None:
    text = (
        "Le président azerbaïdjanais a mis en garde les Occidentaux contre l'idée d'« armer "
        "l'Arménie »."
    )
    assert not any(r.supplier.id == "AZE" for r in armswatch.extract(text, lang="fr"))


def test_the_accused_of_a_perfect_infinitive_did_it() -> None:
    text = (
        "Plusieurs rapports de presse accusent des sociétés allemandes d'avoir vendu à Bagdad des "
        "composants et des machines-outils."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("DEU", "IRQ", "components")}


def test_the_historic_present_read_as_a_name_is_the_verb() -> None:
    text = (
        "De 1990 à 1994, selon les archives consultées par les historiens, la France livre au "
        "Rwanda des canons de 105 mm et des hélicoptères Gazelle."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {
        ("FRA", "RWA", "artillery"),
        ("FRA", "RWA", "aircraft"),
    }
    # a list of sources stays the source: none of them supplies
    listed = "Selon Washington, Londres et Paris, la Russie livre des obus à la Syrie."
    assert not {"GBR", "FRA", "USA"} & {r.supplier.id for r in armswatch.extract(listed, lang="fr")}


def test_a_defined_acronym_names_its_actor() -> None:
    gaz = default_gazetteer()
    text = "Les Forces armées rwandaises (FAR) comptaient 30 000 hommes. Les FAR ont reçu des obus."
    defined = gaz.acronyms(text)
    assert defined == {"FAR": "RWA"}
    assert [(m.text, m.actor_id) for m in gaz.find_acronyms(text, defined)] == [("FAR", "RWA")]
    # a group's acronym is not the state of its demonym; a known acronym keeps its meaning
    assert gaz.acronyms("Le Front patriotique rwandais (FPR) attaque depuis l'Ouganda.") == {}
    assert gaz.acronyms("the Rapid Support Forces (RSF) advanced") == {}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les Forces armées rwandaises (FAR) ont doublé leurs effectifs. En 1993, l'Égypte a "
            "livré des obus de mortier aux FAR.",
            "fr",
            {("EGY", "RWA", "ammunition")},
        ),
        (
            "The Sudanese Armed Forces (SAF) have lost ground. Last year Iran sent drones to the "
            "SAF.",
            "en",
            {("IRN", "SDN", "uav")},
        ),
    ],
)
def test_an_acronym_the_article_defines_is_its_actor(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_the_end_of_a_handover_chain_is_the_recipient() -> None:
    text = (
        "En juin, 60 tonnes de munitions vendues par le gouvernement seychellois ont été "
        "transportées par avion jusqu'à Goma, puis remises à l'armée rwandaise."
    )
    assert ("SYC", "RWA", "ammunition") in triples(armswatch.extract(text, lang="fr"))


def test_a_stop_on_the_way_is_no_recipient() -> None:
    text = (
        "Israeli officials say the Fajr rockets were sent by Iran in pieces, shipped to Sudan and "
        "carried through Egypt into Gaza."
    )
    assert ("IRN", "SDN", "ammunition") not in triples(armswatch.extract(text, lang="en"))


def test_a_state_after_the_route_is_where_it_lies() -> None:
    text = (
        "L'ONG a recensé quatre livraisons françaises de munitions à l'armée rwandaise via "
        "l'aéroport de Goma, au Zaïre voisin, en juin 1994."
    )
    reports = armswatch.extract(text, lang="fr")
    assert all(r.recipient.id == "RWA" for r in reports)
    assert any("COD" in {v.id for v in r.via} for r in reports)


def test_the_next_sentence_names_the_giver_of_deliveries() -> None:
    text = (
        "L'Afrique du Sud a aussi vendu des armes au régime rwandais. Human Rights Watch a "
        "documenté cinq livraisons d'armes à l'armée rwandaise en mai. Selon l'ONG, ces "
        "cargaisons d'obus et de fusils d'assaut venaient de France."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {
        ("ZAF", "RWA", "unspecified"),
        ("FRA", "RWA", "ammunition"),
        ("FRA", "RWA", "small_arms"),
    }


def test_a_giver_announced_without_goods_gives_the_next_sentence_s() -> None:
    text = (
        "La Chine a élargi son offre au domaine naval. Deux frégates ont été transférées à la "
        "marine bangladaise en 2014."
    )
    assert ("CHN", "BGD", "naval") in triples(armswatch.extract(text, lang="fr"))


def test_a_state_re_equipping_its_forces_gives_nobody_anything() -> None:
    text = (
        "Analysts say Juba has been quietly re-equipping its forces. Arms deliveries to the "
        "south are not covered by the embargo."
    )
    assert not any(r.supplier.id == "SSD" for r in armswatch.extract(text, lang="en"))


def test_a_deal_signed_in_the_historic_present_is_a_deal() -> None:
    planned = armswatch.extract(
        "Le Bangladesh signe avec la Russie un contrat portant sur huit MiG-29.", lang="fr"
    )
    assert {k: r.status for k, r in by_triple(planned).items()} == {
        ("RUS", "BGD", "aircraft"): "planned"
    }
    delivered = armswatch.extract(
        "En 1992, Kigali signe avec l'Égypte un contrat portant sur des obus de mortier, garanti "
        "par une banque et livré en plusieurs cargaisons.",
        lang="fr",
    )
    assert {k: r.status for k, r in by_triple(delivered).items()} == {
        ("EGY", "RWA", "ammunition"): "reported"
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Haye a annoncé l'envoi de batteries Patriot en Israël.", "fr"),
        ("The Hague announced it would send Patriot batteries to Israel.", "en"),
    ],
)
def test_the_hague_is_the_netherlands(text: str, lang: str) -> None:
    assert {r.supplier.id for r in armswatch.extract(text, lang=lang)} == {"NLD"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Washington said it was freezing $54 million in non-military assistance to Kyiv.",
            "en",
        ),
        ("Paris a gelé 20 millions d'euros d'aide non militaire à Kiev.", "fr"),
    ],
)
def test_frozen_non_military_assistance_is_no_transfer(text: str, lang: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


def test_a_bare_denial_followed_by_its_detail_denies_those_goods() -> None:
    text = (
        "En 1962, par l'opération Anadyr, Moscou a armé l'île de Fidel Castro.\n\n"
        "Des cargos soviétiques ont acheminé vers La Havane 40 chasseurs MiG-21, 20 batteries de "
        "missiles sol-air SA-2 et des missiles balistiques R-12.\n\n"
        "Le Kremlin a longtemps nié. L'agence Tass affirmait alors que l'URSS n'avait aucun "
        "besoin de déployer des missiles hors de son territoire."
    )
    deniers = {
        k: [a.id for a in r.denied_by] for k, r in by_triple(armswatch.extract(text, "fr")).items()
    }
    assert deniers == {
        ("SUN", "CUB", "aircraft"): [],
        ("SUN", "CUB", "air_defence"): [],
        ("SUN", "CUB", "missiles"): ["SUN"],
    }
