"""The actor gazetteer: data file contract, matching rules, and refusal of bad data.

Every sentence here is written for these tests (no article text)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest

from armswatch.errors import DataFileError
from armswatch.nlp.gazetteer import (
    ALIAS_TYPES,
    Gazetteer,
    Mention,
    case_rule,
    default_gazetteer,
    fold,
)
from armswatch.records import Actor

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "armswatch" / "data"
TOOL = ROOT / "tools" / "build_gazetteer.py"

CONTRACT_STATES = ["PRK", "RUS", "IRN", "USA", "UKR", "SYR", "LBY", "CHN", "BLR", "DEU", "FRA"]
CONTRACT_STATES += ["GBR", "KOR", "ISR"]
CONTRACT_OTHERS = ["wagner-group", "houthis", "hezbollah", "hamas", "lna", "un", "eu", "nato"]
CONTRACT_OTHERS += ["isw", "west", "media"]
CONTRACT_REGIONS = ["middle-east", "north-africa", "africa", "central-asia", "caspian-sea"]
CONTRACT_REGIONS += ["black-sea", "far-east", "europe", "asia"]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    mentions = gaz.find(text)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.actor_id) for m in mentions]


def write(tmp_path: Path, doc: Any) -> Path:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def minimal(*actors: dict[str, Any]) -> dict[str, Any]:
    return {"version": 1, "actors": list(actors)}


def state(cid: str, *aliases: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "id": cid,
        "kind": "state",
        "name": cid,
        "name_fr": cid,
        "aliases": [{"text": t, "lang": lang, "type": typ} for t, lang, typ in aliases],
    }


# -- the data file -------------------------------------------------------------------------


@pytest.mark.parametrize("actor_id", CONTRACT_STATES + CONTRACT_OTHERS + CONTRACT_REGIONS)
def test_every_contract_id_exists(gaz: Gazetteer, actor_id: str) -> None:
    assert actor_id in gaz.ids()


@pytest.mark.parametrize(
    ("actor_id", "name", "kind"),
    [
        ("USA", "United States", "state"),
        ("RUS", "Russia", "state"),
        ("IRN", "Iran", "state"),
        ("PRK", "North Korea", "state"),
        ("SYR", "Syria", "state"),
        ("UKR", "Ukraine", "state"),
        ("KOR", "South Korea", "state"),
        ("middle-east", "Middle East", "region"),
        ("north-africa", "North Africa", "region"),
        ("wagner-group", "Wagner Group", "group"),
        ("lna", "Libyan National Army", "group"),
        ("nato", "NATO", "org"),
        ("media", "media", "other"),
        ("west", "the West", "other"),
    ],
)
def test_display_names_and_kinds(gaz: Gazetteer, actor_id: str, name: str, kind: str) -> None:
    assert gaz.actor(actor_id) == Actor(actor_id, name)
    assert gaz.kind(actor_id) == kind


def test_every_iso_state_is_present(gaz: Gazetteer) -> None:
    iso = {c.alpha_3 for c in pycountry.countries}
    assert len(iso) >= 249
    assert iso <= gaz.ids()
    for extra in ("TWN", "PSE", "XKX"):
        assert gaz.kind(extra) == "state"
    # states that no longer exist keep their ISO 3166-3 ids (Zaire is the DR Congo's old name)
    former = {"SUN", "YUG", "CSK", "DDR", "RHO", "YMD"}
    assert all(pycountry.historic_countries.get(alpha_3=i) for i in former)
    assert sum(gaz.kind(i) == "state" for i in gaz.ids()) == len(iso | {"XKX"} | former)


def test_unknown_id_raises_keyerror(gaz: Gazetteer) -> None:
    with pytest.raises(KeyError):
        gaz.actor("XXX")
    with pytest.raises(KeyError):
        gaz.kind("atlantis")


def test_ids_is_a_copy(gaz: Gazetteer) -> None:
    gaz.ids().discard("USA")
    assert "USA" in gaz.ids()


def test_media_has_no_alias(gaz: Gazetteer) -> None:
    raw = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    media = next(a for a in raw["actors"] if a["id"] == "media")
    assert media["aliases"] == []


def test_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_every_alias_finds_itself(gaz: Gazetteer) -> None:
    """Each alias, standing alone, is one mention of its own actor over its whole text."""
    raw = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    for actor in raw["actors"]:
        for alias in actor["aliases"]:
            text = alias["text"]
            # a contextual alias needs its actor named elsewhere in the article
            present = {actor["id"]} if alias["type"] == "contextual" else None
            mentions = gaz.find(text, present)
            assert [(m.start, m.end, m.actor_id) for m in mentions] == [
                (0, len(text), actor["id"])
            ], text


def test_no_junk_aliases(gaz: Gazetteer) -> None:
    for word in ["Les", "Selon", "Union", "Corée", "Korea", "West"]:
        assert gaz.find(word) == [], word
    raw = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    for actor in raw["actors"]:
        for alias in actor["aliases"]:
            text = alias["text"]
            assert not (len(text) <= 2 and text.islower()), text


# -- matching: names, official names, metonyms, demonyms --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French
        ("Moscou a démenti toute livraison.", [("Moscou", "RUS")]),
        (
            "Selon la Maison Blanche, le matériel transite par l'Iran.",
            [("Maison Blanche", "USA"), ("Iran", "IRN")],
        ),
        ("Le Kremlin n'a fait aucun commentaire.", [("Kremlin", "RUS")]),
        (
            "Le Pentagone et le département d'État divergent.",
            [("Pentagone", "USA"), ("département d'État", "USA")],
        ),
        ("Un conseiller de l'Élysée l'a confirmé.", [("Élysée", "FRA")]),
        ("Le Quai d'Orsay se tait.", [("Quai d'Orsay", "FRA")]),
        (
            "La République populaire démocratique de Corée nie tout.",
            [("République populaire démocratique de Corée", "PRK")],
        ),
        ("La RPDC serait en cause, dit-on à Séoul.", [("RPDC", "PRK"), ("Séoul", "KOR")]),
        ("Le royaume ermite reste muet.", [("royaume ermite", "PRK")]),
        ("Pékin appelle au calme.", [("Pékin", "CHN")]),
        (
            "Les Gardiens de la révolution ont formé des pilotes.",
            [("Gardiens de la révolution", "IRN")],
        ),
        ("La République islamique dément.", [("République islamique", "IRN")]),
        ("Les Russes auraient payé comptant.", [("Russes", "RUS")]),
        (
            "Des drones iraniens et des obus nord-coréens.",
            [("iraniens", "IRN"), ("nord-coréens", "PRK")],
        ),
        (
            "Une cargaison iranienne, des pièces iraniennes.",
            [("iranienne", "IRN"), ("iraniennes", "IRN")],
        ),
        (
            "Un navire nord-coréen et une usine nord-coréenne.",
            [("nord-coréen", "PRK"), ("nord-coréenne", "PRK")],
        ),
        ("Les Nord-Coréens et les Ukrainiens.", [("Nord-Coréens", "PRK"), ("Ukrainiens", "UKR")]),
        (
            "L'aide aux Américains et aux Britanniques.",
            [("Américains", "USA"), ("Britanniques", "GBR")],
        ),
        (
            "Le Royaume-Uni et la Grande-Bretagne.",
            [("Royaume-Uni", "GBR"), ("Grande-Bretagne", "GBR")],
        ),
        (
            "Vladimir Poutine a reçu Kim Jong-un.",
            [("Vladimir Poutine", "RUS"), ("Kim Jong-un", "PRK")],
        ),
        (
            "Sergueï Lavrov puis Dmitri Peskov ont parlé.",
            [("Sergueï Lavrov", "RUS"), ("Dmitri Peskov", "RUS")],
        ),
        (
            "L'administration Biden accuse Téhéran.",
            [("administration Biden", "USA"), ("Téhéran", "IRN")],
        ),
        ("L'État hébreu a répondu.", [("État hébreu", "ISR")]),
        (
            "Berlin, Paris et Londres discutent.",
            [("Berlin", "DEU"), ("Paris", "FRA"), ("Londres", "GBR")],
        ),
        ("Le Caire et Abou Dhabi ont signé.", [("Caire", "EGY"), ("Abou Dhabi", "ARE")]),
        ("Damas reçoit une délégation de Minsk.", [("Damas", "SYR"), ("Minsk", "BLR")]),
        # English
        ("Pyongyang denies shipping anything.", [("Pyongyang", "PRK")]),
        ("The White House said so on Wednesday.", [("White House", "USA")]),
        (
            "A State Department spokesman and the Pentagon.",
            [("State Department", "USA"), ("Pentagon", "USA")],
        ),
        ("The Kremlin called it a fabrication.", [("Kremlin", "RUS")]),
        ("North Korean shells and Iranian drones.", [("North Korean", "PRK"), ("Iranian", "IRN")]),
        ("Russians and Ukrainians alike.", [("Russians", "RUS"), ("Ukrainians", "UKR")]),
        ("The DPRK and the hermit kingdom.", [("DPRK", "PRK"), ("hermit kingdom", "PRK")]),
        ("U.S. and UK officials met.", [("U.S.", "USA"), ("UK", "GBR")]),
        ("US intelligence agrees.", [("US", "USA")]),
        ("The Biden administration weighed options.", [("Biden administration", "USA")]),
        ("Xi Jinping spoke with Putin.", [("Xi Jinping", "CHN"), ("Putin", "RUS")]),
        (
            "The Islamic Republic's Revolutionary Guards.",
            [("Islamic Republic", "IRN"), ("Revolutionary Guards", "IRN")],
        ),
        ("The IRGC and the Mossad.", [("IRGC", "IRN"), ("Mossad", "ISR")]),
        (
            "South Korea's National Intelligence Service.",
            [("South Korea", "KOR"), ("National Intelligence Service", "KOR")],
        ),
        (
            "John Kirby and Antony Blinken spoke.",
            [("John Kirby", "USA"), ("Antony Blinken", "USA")],
        ),
        ("Turkey and Britain signed.", [("Turkey", "TUR"), ("Britain", "GBR")]),
        ("Kyiv, Kiev and Tehran.", [("Kyiv", "UKR"), ("Kiev", "UKR"), ("Tehran", "IRN")]),
    ],
)
def test_finds_actors(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'Iran", [("Iran", "IRN")]),
        ("d'Ukraine", [("Ukraine", "UKR")]),
        ("qu'Israël", [("Israël", "ISR")]),
        ("l’Iran", [("Iran", "IRN")]),  # typographic apostrophe
        ("jusqu'aux États-Unis", [("États-Unis", "USA")]),
        ("l'OTAN et l'UE", [("OTAN", "nato"), ("UE", "eu")]),
        ("Iran's drones", [("Iran", "IRN")]),
    ],
)
def test_french_elision_and_possessives(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les Etats-Unis", [("Etats-Unis", "USA")]),
        ("les Etats Unis", [("Etats Unis", "USA")]),
        ("la Coree du Nord", [("Coree du Nord", "PRK")]),
        ("un officier nord coreen", [("nord coreen", "PRK")]),
        ("le gouvernement sud coréen", [("sud coréen", "KOR")]),
        ("le Moyen Orient", [("Moyen Orient", "middle-east")]),
        ("Teheran", [("Teheran", "IRN")]),
        ("l'Elysee", [("Elysee", "FRA")]),
        ("le departement d'Etat", [("departement d'Etat", "USA")]),
        ("Erdogan et Erdoğan", [("Erdogan", "TUR"), ("Erdoğan", "TUR")]),
        ("la Turkiye", [("Turkiye", "TUR")]),
    ],
)
def test_machine_translation_forms(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en Afrique du Nord", [("Afrique du Nord", "north-africa")]),
        ("en Afrique", [("Afrique", "africa")]),
        ("l'Afrique du Sud", [("Afrique du Sud", "ZAF")]),
        ("l'armée nationale libyenne", [("armée nationale libyenne", "lna")]),
        ("les forces libyennes", [("libyennes", "LBY")]),
        ("Central Asia and Asia", [("Central Asia", "central-asia"), ("Asia", "asia")]),
        (
            "the Democratic People's Republic of Korea",
            [("Democratic People's Republic of Korea", "PRK")],
        ),
        ("la République islamique d'Iran", [("République islamique d'Iran", "IRN")]),
        (
            "Guinea-Bissau, Guinea, Papua New Guinea",
            [("Guinea-Bissau", "GNB"), ("Guinea", "GIN"), ("Papua New Guinea", "PNG")],
        ),
        ("South Sudanese and Sudanese", [("South Sudanese", "SSD"), ("Sudanese", "SDN")]),
        ("the Russian Federation", [("Russian Federation", "RUS")]),
        ("Kim Jong Un", [("Kim Jong Un", "PRK")]),
        ("Bachar al-Assad", [("Bachar al-Assad", "SYR")]),
    ],
)
def test_longest_match_wins(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gaz, text) == expected


# -- case rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a turkey sandwich for lunch",
        "shell companies hid the payments",
        "they told us nothing",
        "Un drone a été abattu.",
        "un missile, une grenade",
        "the west of the country",
        "a chad of paper",
        "jordan almonds",
        "in china cups",
        "UNESCO and USAID",
        "Corée",
        "la poutine est un plat québécois",
        "Amérique latine",
        "the Indian Ocean",
        "l'océan Indien",
        "New Mexico",
        "the Washington Post reported",
        "Grenade",
    ],
)
def test_no_false_mentions(gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text) == []


def test_uppercase_alias_needs_uppercase_text(gaz: Gazetteer) -> None:
    assert found(gaz, "the UN said") == [("UN", "un")]
    assert found(gaz, "NATO AND UN") == [("NATO", "nato"), ("UN", "un")]
    assert found(gaz, "Un drone") == []
    assert found(gaz, "l'ONU et l'Onu") == [("ONU", "un"), ("Onu", "un")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN DRONE ABATTU AU-DESSUS DU PORT", []),
        ("IL Y A PLUS D'UN SIÈCLE", []),
        ("L'EAU POTABLE MANQUE", []),
        ("US NAVY", []),
        ("US, UK and EU envoys", [("US", "USA"), ("UK", "GBR"), ("EU", "eu")]),
        ("les EAU et Israël", [("EAU", "ARE"), ("Israël", "ISR")]),
        ("RUSSIA AND UKRAINE", [("RUSSIA", "RUS"), ("UKRAINE", "UKR")]),
    ],
)
def test_short_acronyms_in_capitals(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    """In a line set in capitals, "UN", "EU" or "EAU" are words; longer names still match."""
    assert found(gaz, text) == expected


def test_capitalised_alias_needs_capital(gaz: Gazetteer) -> None:
    assert found(gaz, "Turkey") == [("Turkey", "TUR")]
    assert found(gaz, "TURKEY") == [("TURKEY", "TUR")]
    assert found(gaz, "turkey") == []
    assert found(gaz, "Chad") == [("Chad", "TCD")]
    assert found(gaz, "the West") == [("the West", "west")]


def test_demonym_noun_versus_adjective(gaz: Gazetteer) -> None:
    noun, adjective = gaz.find("Les Russes ont acheté des obus russes.")
    assert (noun.text, noun.actor_id, noun.type) == ("Russes", "RUS", "demonym_noun")
    assert (adjective.text, adjective.actor_id, adjective.type) == ("russes", "RUS", "demonym")
    (m,) = gaz.find("RUSSES")
    assert m.type == "demonym_noun"


def test_types_reported(gaz: Gazetteer) -> None:
    types = {m.text: m.type for m in gaz.find("Corée du Nord, RPDC, Pyongyang, Kremlin, Poutine")}
    assert types == {
        "Corée du Nord": "name",
        "RPDC": "short",
        "Pyongyang": "capital",
        "Kremlin": "metonym",
        "Poutine": "leader",
    }
    (m,) = gaz.find("the Islamic Republic of Iran")
    assert m.type == "official"


# -- non-state actors and regions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("des mercenaires du groupe Wagner", [("groupe Wagner", "wagner-group")]),
        ("the Wagner Group", [("Wagner Group", "wagner-group")]),
        ("les Houthis et Ansar Allah", [("Houthis", "houthis"), ("Ansar Allah", "houthis")]),
        ("les rebelles houthis", [("rebelles houthis", "houthis")]),
        ("le Hezbollah et le Hamas", [("Hezbollah", "hezbollah"), ("Hamas", "hamas")]),
        ("the Libyan National Army (LNA)", [("Libyan National Army", "lna"), ("LNA", "lna")]),
        ("les forces de Haftar", [("forces de Haftar", "lna")]),
        ("les Nations unies", [("Nations unies", "un")]),
        ("the United Nations and the U.N.", [("United Nations", "un"), ("U.N.", "un")]),
        ("l'Union européenne et l'UE", [("Union européenne", "eu"), ("UE", "eu")]),
        ("the EU and NATO", [("EU", "eu"), ("NATO", "nato")]),
        ("l'Alliance atlantique", [("Alliance atlantique", "nato")]),
        ("the Institute for the Study of War", [("Institute for the Study of War", "isw")]),
        ("selon l'ISW", [("ISW", "isw")]),
        ("l'Occident et les Occidentaux", [("Occident", "west"), ("Occidentaux", "west")]),
        ("les alliés occidentaux", [("alliés occidentaux", "west")]),
        ("Western allies and the West", [("Western allies", "west"), ("the West", "west")]),
        ("au Moyen-Orient", [("Moyen-Orient", "middle-east")]),
        (
            "the Middle East and North Africa",
            [("Middle East", "middle-east"), ("North Africa", "north-africa")],
        ),
        ("via the Caspian Sea", [("Caspian Sea", "caspian-sea")]),
        ("par la mer Caspienne", [("mer Caspienne", "caspian-sea")]),
        ("en mer Noire", [("mer Noire", "black-sea")]),
        ("the Black Sea", [("Black Sea", "black-sea")]),
        ("l'Extrême-Orient russe", [("Extrême-Orient", "far-east"), ("russe", "RUS")]),
        ("en Asie centrale", [("Asie centrale", "central-asia")]),
        ("en Europe et en Asie", [("Europe", "europe"), ("Asie", "asia")]),
    ],
)
def test_non_state_actors_and_regions(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gaz, text) == expected


# -- offsets ----------------------------------------------------------------------------------


def test_offsets_are_exact_in_messy_text(gaz: Gazetteer) -> None:
    text = (
        "Selon\u00a0l’Élysée, la Corée\u00a0du\u202fNord — ou «\u00a0RPDC\u00a0» — "
        "livre des obus nord‑coréens (trait d’union insécable) à la Russie;\n"
        "İstanbul, Straße, cœur: the Corée du\nNord again, Kyiv."
    )
    mentions = gaz.find(text)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert [m.actor_id for m in mentions] == ["FRA", "PRK", "PRK", "PRK", "RUS", "PRK", "UKR"]
    assert mentions == sorted(mentions, key=lambda m: m.start)


def test_fold_is_length_preserving() -> None:
    for text in ["İstanbul", "Straße", "cœur", "ﬁn", "Ǆ", "d’Iran", "a\u00a0b\u202fc", "ß" * 3]:
        assert len(fold(text)) == len(text), text
    assert fold("Élysée’s – Côte\u00a0d’Ivoire") == "elysee's - cote d'ivoire"


def test_case_rule() -> None:
    assert case_rule("UN") == ("upper", -1)
    assert case_rule("U.S.") == ("upper", -1)
    assert case_rule("Turkey") == ("anchor", 0)
    assert case_rule("the West") == ("anchor", 4)
    assert case_rule("nord-coréen") == ("any", -1)


def test_mentions_are_frozen(gaz: Gazetteer) -> None:
    (m,) = gaz.find("Iran")
    assert m == Mention(0, 4, "Iran", "IRN", "name")
    with pytest.raises(AttributeError):
        m.actor_id = "USA"  # type: ignore[misc]


def test_empty_text(gaz: Gazetteer) -> None:
    assert gaz.find("") == []
    assert gaz.find("   ") == []


def test_find_ids_deduplicates(gaz: Gazetteer) -> None:
    assert gaz.find_ids("Moscou, le Kremlin et Téhéran; la Russie") == ["RUS", "IRN"]


# -- bad data is refused ---------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"\[E002\].*nowhere\.json"):
        Gazetteer.load(tmp_path / "nowhere.json")


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid JSON"):
        Gazetteer.load(path)


def test_wrong_version(tmp_path: Path) -> None:
    doc = minimal(state("FRA", ("France", "any", "name")))
    doc["version"] = 2
    with pytest.raises(DataFileError, match="version must be 1"):
        Gazetteer.load(write(tmp_path, doc))


def test_alias_naming_two_actors(tmp_path: Path) -> None:
    doc = minimal(
        state("COD", ("Congolais", "fr", "demonym_noun")),
        state("COG", ("congolais", "fr", "demonym")),
    )
    with pytest.raises(DataFileError) as err:
        Gazetteer.load(write(tmp_path, doc))
    message = str(err.value)
    assert "[E002]" in message
    assert "congolais" in message
    assert "'COD'" in message
    assert "'COG'" in message


def test_leader_naming_two_states_is_refused(tmp_path: Path) -> None:
    doc = minimal(
        state("USA", ("Trump", "any", "leader")),
        state("GBR", ("Trump", "any", "leader")),
    )
    with pytest.raises(DataFileError, match=r"'Trump'.*'USA'.*'GBR'"):
        Gazetteer.load(write(tmp_path, doc))


def test_alias_clashing_with_blocker(tmp_path: Path) -> None:
    doc = minimal(state("USA", ("Amérique", "fr", "short")))
    doc["blockers"] = [{"text": "Amerique", "lang": "fr"}]
    with pytest.raises(DataFileError, match="blocker"):
        Gazetteer.load(write(tmp_path, doc))


def test_one_alias_two_types(tmp_path: Path) -> None:
    doc = minimal(state("FRA", ("France", "fr", "name"), ("France", "en", "short")))
    with pytest.raises(DataFileError, match="two types"):
        Gazetteer.load(write(tmp_path, doc))


@pytest.mark.parametrize(
    ("actor", "fragment"),
    [
        ({"id": "FRA", "kind": "country", "name": "France"}, "kind must be one of"),
        ({"id": "France", "kind": "state", "name": "France"}, "alpha-3"),
        ({"id": "Wagner", "kind": "group", "name": "Wagner"}, "lowercase slug"),
        ({"id": "FRA", "kind": "state", "name": ""}, "name must be"),
        ({"id": "FRA", "kind": "state", "name": "France", "flag": "x"}, "unknown key"),
        (state("FRA", ("fr", "fr", "short")), "two-letter"),
        (state("FRA", ("France", "de", "name")), "lang must be"),
        (state("FRA", ("France", "fr", "country")), "type must be"),
        (state("FRA", (" France", "fr", "name")), "stray spaces"),
        (state("FRA", ("F", "fr", "name")), "two letters"),
    ],
)
def test_bad_entries(tmp_path: Path, actor: dict[str, Any], fragment: str) -> None:
    with pytest.raises(DataFileError, match=fragment):
        Gazetteer.load(write(tmp_path, minimal(actor)))


def test_duplicate_actor_id(tmp_path: Path) -> None:
    doc = minimal(state("FRA", ("France", "fr", "name")), state("FRA"))
    with pytest.raises(DataFileError, match="appears twice"):
        Gazetteer.load(write(tmp_path, doc))


def test_top_level_shape(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="JSON object"):
        Gazetteer.load(write(tmp_path, []))
    with pytest.raises(DataFileError, match="non-empty list"):
        Gazetteer.load(write(tmp_path, {"version": 1, "actors": []}))
    with pytest.raises(DataFileError, match="unknown top-level"):
        Gazetteer.load(write(tmp_path, {**minimal(state("FRA")), "extra": 1}))


def test_good_small_file(tmp_path: Path) -> None:
    doc = minimal(state("FRA", ("France", "any", "name"), ("français", "fr", "demonym")))
    doc["_note"] = "notes are allowed"
    gaz = Gazetteer.load(write(tmp_path, doc))
    assert gaz.ids() == {"FRA"}
    assert found(gaz, "La France et le peuple français.") == [
        ("France", "FRA"),
        ("français", "FRA"),
    ]


def test_alias_types_are_the_documented_ones() -> None:
    assert set(ALIAS_TYPES) == {
        "name",
        "official",
        "short",
        "capital",
        "metonym",
        "body",
        "demonym",
        "demonym_noun",
        "epithet",
        "leader",
        "official_person",
        "region",
        "contextual",
    }


@pytest.mark.parametrize(
    ("text", "present", "expected"),
    [
        # "the North" names North Korea only where the article names it otherwise
        ("North Korea fired a missile; the North denies it.", None, ["PRK", "PRK"]),
        ("The North has sent rockets.", None, []),
        ("The North has sent rockets.", {"PRK"}, ["PRK"]),
        ("Moscou veut acheter des obus au Nord.", {"PRK"}, ["RUS", "PRK"]),
        ("Moscou veut acheter des obus au Nord.", {"SYR"}, ["RUS"]),
        # never before a hyphen, and the longer name wins
        ("Des armes ont atteint le Nord-Kivu.", {"PRK"}, []),
        ("La Corée du Nord et la Corée du Sud.", None, ["PRK", "KOR"]),
        ("Seoul said the South would not send arms.", None, ["KOR", "KOR"]),
    ],
)
def test_contextual_aliases(
    gaz: Gazetteer, text: str, present: set[str] | None, expected: list[str]
) -> None:
    assert [m.actor_id for m in gaz.find(text, present)] == expected


# -- the generator -----------------------------------------------------------------------------


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def test_curation_covers_every_iso_state() -> None:
    curated = json.loads((DATA / "actors_curated.json").read_text(encoding="utf-8"))
    assert {c.alpha_3 for c in pycountry.countries} <= set(curated["states"])


def test_generator_helpers() -> None:
    tool = _tool()
    assert tool._noun_fr("nord-coréens") == "Nord-Coréens"
    assert tool._variants("Corée du Nord") == ["Corée du Nord", "Coree du Nord"]
    assert "Etats Unis" in tool._variants("États-Unis")
    assert tool._name_form("Korea, Republic of", lang="en") is None
    assert tool._name_form("Les états-unis d'Amérique", lang="fr") == "États-unis d'Amérique"
    assert tool._name_form("the State of Palestine", lang="en") == "State of Palestine"


def _world_countries() -> Path | None:
    for candidate in (
        os.environ.get("ARMSWATCH_WORLD_COUNTRIES", ""),
        "/tmp/wc/node_modules/world-countries/countries.json",
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def test_generated_file_is_up_to_date() -> None:
    countries = _world_countries()
    if countries is None:
        pytest.skip("world-countries countries.json not installed (npm, dev time only)")
    tool = _tool()
    assert tool.main([str(countries), "--check"]) == 0


def test_western_is_the_wests_demonym_but_not_in_place_names(gaz: Gazetteer) -> None:
    # "Western arms deliveries", "des chars occidentaux": the West as maker or supplier
    for text in ["Western arms deliveries", "des chars occidentaux", "l'aide occidentale"]:
        found = gaz.find(text)
        assert [(m.actor_id, m.type) for m in found] == [("west", "demonym")], text
    # places and names that only contain the word
    for text in [
        "in Western Europe",
        "the Western Balkans",
        "en Afrique occidentale",
        "sur le front occidental",
        "la rive occidentale du fleuve",
    ]:
        assert "west" not in {m.actor_id for m in gaz.find(text)}, text


def test_former_states_demonyms_are_found(gaz: Gazetteer) -> None:
    """ "Soviet", "yougoslave" are demonyms in the gazetteer; the component keeps them only on
    people ("Soviet advisers"), since on goods they name a make ("Soviet-era jets")."""
    assert [(m.actor_id, m.type) for m in gaz.find("Soviet")] == [("SUN", "demonym")]
    assert [(m.actor_id, m.type) for m in gaz.find("des instructeurs yougoslaves")] == [
        ("YUG", "demonym")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("RED-Tabara", "red-tabara"),
        ("les formations séparatistes abkhazes", "abkhaz-separatists"),
        ("Viktor Bout", "viktor-bout"),
        ("Tiraspol", "transnistrian-separatists"),
        ("le Fatah-Intifada", "fatah-al-intifada"),
        ("le Fatah", "fatah"),
        ("the Syrian Observatory for Human Rights", "sohr"),
        ("la SADC", "sadc"),
    ],
)
def test_armed_groups_and_monitors(gaz: Gazetteer, text: str, actor: str) -> None:
    assert [m.actor_id for m in gaz.find(text)] == [actor]


def test_a_surname_alone_is_no_broker(gaz: Gazetteer) -> None:
    """ "Bout" is a French word ("au bout du compte"): only the full name is Viktor Bout."""
    assert gaz.find("au bout du compte, Bout a vendu") == []


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Mitsubishi Heavy Industries", "JPN"),
        ("le chantier breton Piriou", "FRA"),
        ("Yugoimport", "SRB"),
        ("Damen Shipyards", "NLD"),
        ("Denel", "ZAF"),
        ("Rafael Advanced Defense Systems", "ISR"),
        ("Kalashnikov Concern", "RUS"),
    ],
)
def test_arms_makers_speak_for_their_state(gaz: Gazetteer, text: str, state: str) -> None:
    assert [m.actor_id for m in gaz.find(text)] == [state]


def test_a_first_name_is_no_arms_maker(gaz: Gazetteer) -> None:
    """Rafael the company is written out in full; Rafael the man is nobody's state."""
    assert gaz.find("Rafael Nadal") == []
