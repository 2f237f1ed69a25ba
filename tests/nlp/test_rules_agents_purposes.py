"""Agents named beside their noun, batches, purposes, bare rebels, naming verbs.

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
- "Yugoslav army", the Justice and Equality Movement: actors.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch
from armswatch.nlp.extractor import get_extractor

from .util import triples

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
