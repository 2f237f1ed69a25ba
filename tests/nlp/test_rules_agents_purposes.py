"""Agents named beside their noun, batches, purposes, bare rebels, naming verbs, sellers.

- "the state arms exporter Rosoboronexport": the name the agent noun qualifies is the agent,
  not a buyer of it;
- "Mi-171Sh helicopters, part of a batch of 24 that Peru ordered from Russia": the goods the
  batch is set beside are what was ordered;
- "gunships", "hélicoptères d'attaque": aircraft;
- "historians call this sale 'the Kalashnikov affair'": naming a transfer sends nothing;
- "a reçu des États-Unis 140 chars": "des" read as an article still names the seller;
- "envoyés à Bagdad pour l'entraînement des équipages irakiens": whom the goods serve is no
  source ("loin des regards occidentaux" neither);
- "permis à Saab de livrer au royaume des avions …, ainsi que des munitions": an infinitive's
  list goes on after "ainsi que";
- "parachuté des armes aux rebelles" in an article whose only armed group is the CNT: the
  bare rebels are that group ("rebelles tchadiens", "the rebel alliance" are not);
- "Yugoslav army", the Justice and Equality Movement: actors; Bonn was West Germany's capital;
- "between 1995 and 1997 UNITA received …", the name read as a conjunct of the date: the
  subject of the verb it stands before (not a name its own preposition governs);
- "Mi-17 transport helicopters": a word of the goods' name is no transfer noun;
- "Greece received US military aid": who receives the aid gives none;
- "une aide à l'armée libanaise, sortie affaiblie de … tutelle syrienne": a demonym in a clause
  set after the recipient names no giver;
- "à la guérilla colombienne des FARC": the group named after its noun receives;
- "achetés en Jordanie", "bought in Jordan": the state goods are bought in sells them, not
  their maker;
- "ce programme d'aide américain a permis la livraison": the aid's giver;
- "chasseurs F-16 Block 40 livrés par les États-Unis", the participle read as a noun: its
  agent still supplies.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch
from armswatch.nlp.extractor import get_extractor
from armswatch.nlp.frames import Frame

from .util import by_triple, triples

pytestmark = pytest.mark.slow


def test_the_name_an_agent_noun_qualifies_is_the_agent() -> None:
    ex = get_extractor("en")
    doc = ex.nlp(
        "In Moscow, a manager of the state arms exporter Rosoboronexport called Bolivia a "
        "loyal partner.",
        disable=[ex.component.name],
    )
    frames, _ = ex.component.frames(doc)
    agent = next(f for f in frames if f.trigger == "exporter")
    assert agent.suppliers == ["RUS"]
    assert agent.recipients == []


def test_a_batch_set_beside_the_goods_is_the_goods() -> None:
    text = (
        "The aircraft on the pitch are Mi-171Sh transport helicopters, part of a batch of 20 "
        "that Bolivia ordered from Russia in 2014."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("RUS", "BOL", "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Ecuador bought six gunships from the Soviet Union in 1985.", ("SUN", "ECU")),
        (
            "fr",
            "L'Équateur a acheté six hélicoptères d'attaque à la Russie en 2010.",
            ("RUS", "ECU"),
        ),
    ],
)
def test_gunships_are_aircraft(lang: str, text: str, want: tuple[str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {(*want, "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 1991 Hungary sold rifles to Croatia. Austrian historians call this sale "
            '"the rifle affair".',
        ),
        (
            "fr",
            "En 1991, la Hongrie a vendu des fusils à la Croatie. Des historiens autrichiens "
            "qualifient cette vente de scandale.",
        ),
    ],
)
def test_who_names_a_transfer_sends_nothing(lang: str, text: str) -> None:
    got = triples(armswatch.extract(text, lang=lang))
    assert ("HUN", "HRV", "small_arms") in got
    assert not any(s == "AUT" for s, _, _ in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "L'armée de Jordanie a reçu des États-Unis en 2010 environ 80 chars de combat M60.",
            ("USA", "JOR", "armour"),
        ),
        ("Le Maroc a acheté des Pays-Bas une vingtaine de chars.", ("NLD", "MAR", "armour")),
    ],
)
def test_des_read_as_an_article_still_names_the_seller(
    text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang="fr")) == {want}


def test_whom_the_goods_serve_is_no_source() -> None:
    text = (
        "Un groupe de techniciens roumains a été envoyé à Bagdad pour la réparation des "
        "véhicules et l'entraînement des équipages irakiens."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("ROU", "IRQ", "personnel")}


def test_far_from_foreign_eyes_is_no_source() -> None:
    text = (
        "Selon l'enquête, des obus iraniens ont été acheminés par la Caspienne jusqu'à "
        "Astrakhan, loin des regards occidentaux."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert not any(s == "west" for s, _, _ in got)


def test_a_source_in_a_programme_frame_still_sells() -> None:
    text = (
        "L'ambassade à Beyrouth a précisé que l'armée libanaise avait acquis ces avions dans le "
        "cadre du programme américain d'assistance."
    )
    assert ("USA", "LBN", "aircraft") in triples(armswatch.extract(text, lang="fr"))


def test_an_infinitive_list_goes_on_after_ainsi_que() -> None:
    text = (
        "L'accord a permis au groupe Saab de livrer à Riyad des avions de surveillance Erieye, "
        "ainsi que des munitions pour armes antichars."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {
        ("SWE", "SAU", "aircraft"),
        ("SWE", "SAU", "ammunition"),
    }


def test_a_participle_list_still_ends_at_its_noun() -> None:
    text = (
        "L'armée alignait des drones achetés à la Chine, ainsi que des chasseurs livrés par le "
        "Pakistan."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert ("CHN", "PAK", "aircraft") not in got


def test_bare_rebels_are_the_one_armed_group_the_article_names() -> None:
    text = (
        "Paris a parachuté des armes aux rebelles, selon Le Figaro. Le Conseil national de "
        "transition (CNT) a salué ce soutien."
    )
    assert ("FRA", "libyan-rebels", "unspecified") in triples(armswatch.extract(text, lang="fr"))


@pytest.mark.parametrize(
    "text",
    [
        # a rebel force qualified by its own people is another group
        "Khartoum armed Chadian rebels, officials said. The Justice and Equality Movement "
        "(JEM) denied any role.",
        # "rebel" qualifying a noun is a kind of force, not the group
        "Sudan armed the rebel alliance, officials said. The Justice and Equality Movement "
        "(JEM) denied any role.",
    ],
)
def test_qualified_rebels_are_not_the_named_group(text: str) -> None:
    got = triples(armswatch.extract(text, lang="en"))
    assert not any(r == "jem" for _, r, _ in got)


def test_rebels_stay_unnamed_when_the_article_names_two_groups() -> None:
    text = (
        "Iran sent rockets to the rebels. Hezbollah and Hamas both praised the Houthis, "
        "officials said."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert not any(r in {"hezbollah", "hamas", "houthis"} for _, r, _ in got)


def test_the_yugoslav_army_is_yugoslavia_and_jem_an_actor() -> None:
    got = triples(
        armswatch.extract(
            "In 1991 Zagreb accused the Yugoslav army that it gives weapons to Montenegro.",
            lang="en",
        )
    )
    assert ("YUG", "MNE", "unspecified") in got
    assert ("HRV", "MNE", "unspecified") not in got
    got = triples(
        armswatch.extract(
            "Khartoum says N'Djamena supplied rifles to the Justice and Equality Movement.",
            lang="en",
        )
    )
    assert got == {("TCD", "jem", "small_arms")}


def test_yugoslav_era_goods_name_no_party() -> None:
    text = (
        "Un courtier monténégrin a vendu 300 tonnes de munitions yougoslaves vieillissantes à "
        "l'Arabie saoudite."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert not any(s == "YUG" for s, _, _ in got)


def test_a_name_read_as_a_conjunct_of_a_date_is_the_subject() -> None:
    text = (
        "The investigators concluded that between 1995 and 1997 UNITA received large stocks of "
        "rifles produced in Bulgaria."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("BGR", "unita", "small_arms")}


def test_a_name_its_preposition_governs_is_no_subject() -> None:
    text = "Cargo flights landing at an airstrip in eastern Chad carried rifles for the RSF."
    got = triples(armswatch.extract(text, lang="en"))
    assert not any(s == "TCD" for s, _, _ in got)


def _frames(text: str, lang: str) -> list[Frame]:
    ex = get_extractor(lang)
    return ex.component.frames(ex.nlp(text, disable=[ex.component.name]))[0]


def test_a_word_of_the_goods_name_is_no_transfer() -> None:
    text = (
        "After 1998 Luanda went on a buying spree: Su-27 fighters from Belarus and Mi-17 "
        "transport helicopters from Russia."
    )
    assert not any(f.trigger == "transport" for f in _frames(text, "en"))


def test_bonn_was_west_germany() -> None:
    text = "In 1976 Bonn stepped up deliveries of ammunition to Turkey."
    assert triples(armswatch.extract(text, lang="en")) == {("DEU", "TUR", "ammunition")}


def test_who_receives_aid_gives_none() -> None:
    text = (
        "To reassure Athens, Congress chose a formula: Greece received seven dollars of US "
        "military aid for every ten given to Turkey."
    )
    aid = next(f for f in _frames(text, "en") if f.trigger == "aid")
    assert "GRC" not in aid.suppliers


def test_a_demonym_in_a_clause_set_after_the_recipient_names_no_giver() -> None:
    text = (
        "Washington a accordé une aide militaire de 30 millions de dollars à l'armée "
        "libanaise, sortie affaiblie de deux décennies de tutelle syrienne."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("USA", "LBN", "unspecified")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Lima a organisé en 1999 la livraison de 8 000 fusils à la guérilla colombienne des "
            "Forces armées révolutionnaires de Colombie (FARC).",
        ),
        (
            "en",
            "In 1999 Lima organised the delivery of 8,000 rifles to the Colombian guerrillas of "
            "the FARC.",
        ),
    ],
)
def test_the_guerrilla_named_after_its_noun_receives(lang: str, text: str) -> None:
    got = triples(armswatch.extract(text, lang=lang))
    assert ("PER", "farc", "small_arms") in got
    assert not any(r == "COL" or s == "farc" for s, r, _ in got)


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        (
            "fr",
            "Selon le parquet, les fusils - des AKM de fabrication est-allemande, prélevés sur "
            "les stocks jordaniens - ont été achetés en Jordanie en 1998.",
            "achetés",
        ),
        ("en", "Peru's army bought East German rifles in Jordan in 1998.", "bought"),
    ],
)
def test_the_state_goods_are_bought_in_sells_them(lang: str, text: str, trigger: str) -> None:
    bought = next(f for f in _frames(text, lang) if f.trigger == trigger)
    assert bought.suppliers == ["JOR"]


def test_an_aid_programme_is_its_givers() -> None:
    text = (
        "Lancé en 2001, ce programme d'aide américain a permis la livraison à Quito de "
        "plusieurs hélicoptères Huey."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("USA", "ECU", "aircraft")}


def test_a_participle_read_as_a_noun_keeps_its_agent() -> None:
    text = (
        "L'armée bahreïnie exploite déjà seize chasseurs F-16 Block 40 livrés par les "
        "États-Unis en 1990."
    )
    delivered = next(f for f in _frames(text, "fr") if f.trigger == "livrés")
    assert delivered.suppliers == ["USA"]


def test_the_army_hung_on_the_goods_is_the_states() -> None:
    text = (
        "Le Liban affronte le Fatah al-Islam depuis six jours. Les Etats-Unis fournissent des "
        "munitions à l'armée, a déclaré le département d'Etat."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("USA", "LBN", "ammunition")}


@pytest.mark.parametrize(
    "text",
    [
        "Khartoum says Chad arms the Justice and Equality Movement.",
        "Khartoum denies it and says Chad in turn arms the Justice and Equality Movement (JEM), "
        "a rebel group in Darfur.",
    ],
)
def test_arms_read_as_a_noun_is_still_the_verb(text: str) -> None:
    assert triples(armswatch.extract(text, lang="en")) == {("TCD", "jem", "unspecified")}


def test_arms_the_noun_stays_a_noun() -> None:
    text = "Britain's arms exports fell. The small arms trade in the Sahel worries Mali."
    assert triples(armswatch.extract(text, lang="en")) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In March Chile signed a deal to buy 12 F-16s from Norway."),
        ("en", "Peru was close to ordering a dozen FA-50 jets from South Korea in 2021."),
        ("fr", "En mars, le Chili a signé un contrat pour acheter douze F-16 à la Norvège."),
    ],
)
def test_a_deal_to_buy_is_planned(lang: str, text: str) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert len(reports) == 1
    assert reports[0].status == "planned"


def test_a_delivery_under_a_contract_is_reported() -> None:
    reports = armswatch.extract(
        "Under the 2019 contract, Russia delivered 12 jets to Serbia.", "en"
    )
    assert [r.status for r in reports] == ["reported"]


def test_a_gapped_offer_is_the_second_suppliers() -> None:
    text = (
        "Uruguay bought A-4 jets from the United States in the 1990s. Moscow later offered "
        "MiG-35s, and Beijing the JF-17, a jet it builds with Pakistan."
    )
    got = by_triple(armswatch.extract(text, lang="en"))
    assert got.keys() == {
        ("USA", "URY", "aircraft"),
        ("RUS", "URY", "aircraft"),
        ("CHN", "URY", "aircraft"),
    }
    assert got[("CHN", "URY", "aircraft")].status == "planned"


def test_bare_rebels_are_not_a_group_with_a_name_of_its_own() -> None:
    text = (
        "Kinshasa accuses Kigali of sending rifles to the rebels. UNITA, the Angolan movement, "
        "keeps bases nearby."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert not any(r == "unita" for _, r, _ in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 1984 the Progressive Socialist Party received T-55 tanks coming from the Syrian "
            "army.",
        ),
        (
            "fr",
            "En 1984, le Parti socialiste progressiste a reçu des chars T-55 provenant de l'armée "
            "syrienne.",
        ),
    ],
)
def test_where_the_goods_come_from_gave_them(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("SYR", "psp", "armour")}


def test_a_contract_to_provide_is_planned() -> None:
    reports = armswatch.extract(
        "In 1968 Britain had contracted to provide a Rapier air-defence system to Libya.", "en"
    )
    assert [(r.supplier.id, r.recipient.id, r.status) for r in reports] == [
        ("GBR", "LBY", "planned")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The Hebrew state armed the South Lebanon Army with Sherman tanks.",
            ("ISR", "south-lebanon-army", "armour"),
        ),
        (
            "fr",
            "La Syrie a livré des munitions à la milice Amal en 1985.",
            ("SYR", "amal", "ammunition"),
        ),
    ],
)
def test_lebanons_militias_are_actors(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}
