"""The catalogue of named weapon systems (``data/systems.json``) and the rules that lean on it.

A named system is materiel in both languages and, when the text names no seller, its maker is
the supplier. A letter suffix after the number is a variant of the same system ("J-10CE",
"Su-30MKI", "T-90S"). Also here: a participle whose noun the parser split from its name ("JF-17
Thunder fighters bought from Pakistan"), the demonym on goods bought from a named seller ("les
Mirage argentins, achetés à la France"), the port or airport a cargo reached, and the carrier
that brings a cargo (its flag sends, its type is not the cargo).

Sentences written for these tests, in French and English. Those that run the extractor load the
spaCy models: ``slow``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import armswatch
from armswatch.errors import DataFileError
from armswatch.nlp.lexicon import load_lexicon

from .util import triples

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "armswatch" / "data"


# -- the data file --------------------------------------------------------------------------


def _systems(tmp_path: Path, systems: dict[str, object]) -> Path:
    path = tmp_path / "systems.json"
    path.write_text(json.dumps({"version": 1, "systems": systems}), encoding="utf-8")
    return path


def test_packaged_catalogue_joins_the_lexicon() -> None:
    lex = load_lexicon()
    for lang in ("fr", "en"):
        assert lex[lang].materiel["hq-9"] == "air_defence"
        assert lex[lang].materiel["kfir"] == "aircraft"
        assert dict(lex[lang].origins)["HQ-9"] == "CHN"
        # the lexicon's own origins are kept
        assert dict(lex[lang].origins)["Bayraktar"] == "TUR"
    # a name that is an everyday word is left out on purpose (the matcher ignores case)
    assert "milan" not in lex["fr"].materiel
    assert "fattah" not in lex["en"].materiel


def test_catalogue_rejects_an_unknown_category(tmp_path: Path) -> None:
    path = _systems(tmp_path, {"tanks": {"DEU": ["Leopard 2A8"]}})
    with pytest.raises(DataFileError, match=r"\[E002\].*unknown category 'tanks'"):
        load_lexicon(DATA / "lexicon.json", path)


def test_catalogue_rejects_a_bad_maker(tmp_path: Path) -> None:
    path = _systems(tmp_path, {"armour": {"Germany": ["Leopard 2A8"]}})
    with pytest.raises(DataFileError, match=r"'Germany'.*not an alpha-3 id"):
        load_lexicon(DATA / "lexicon.json", path)


def test_catalogue_rejects_a_name_listed_twice(tmp_path: Path) -> None:
    path = _systems(
        tmp_path, {"armour": {"DEU": ["Boxer 8x8"]}, "artillery": {"DEU": ["boxer 8x8"]}}
    )
    with pytest.raises(DataFileError, match="listed twice"):
        load_lexicon(DATA / "lexicon.json", path)


def test_catalogue_rejects_a_category_the_lexicon_contradicts(tmp_path: Path) -> None:
    # the lexicon has HIMARS as artillery
    path = _systems(tmp_path, {"missiles": {"USA": ["HIMARS"]}})
    with pytest.raises(DataFileError, match="'HIMARS' is 'missiles'"):
        load_lexicon(DATA / "lexicon.json", path)


def test_catalogue_rejects_a_maker_the_lexicon_contradicts(tmp_path: Path) -> None:
    # the lexicon says NASAMS is Norwegian
    path = _systems(tmp_path, {"air_defence": {"USA": ["NASAMS"]}})
    with pytest.raises(DataFileError, match="'NASAMS' is made by USA"):
        load_lexicon(DATA / "lexicon.json", path)


def test_variants_come_from_names_ending_in_a_digit(tmp_path: Path) -> None:
    path = _systems(tmp_path, {"aircraft": {"CHN": ["J-10", "Y-20"], "": ["Tornado GR4"]}})
    lex = load_lexicon(DATA / "lexicon.json", path)["en"]
    families = dict(lex.families)
    assert families["J-10"] == "aircraft"
    assert "Tornado GR4" not in families  # a name with a space is matched as a phrase


# -- extraction ----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a variant suffix keeps the system, its category and its maker
        (
            "fr",
            "Islamabad a reçu ses premiers chasseurs J-10CE en mars 2022.",
            ("CHN", "PAK", "aircraft"),
        ),
        (
            "en",
            "India received its first Su-30MKI jets from Moscow in 2002.",
            ("RUS", "IND", "aircraft"),
        ),
        ("en", "Vietnam bought 64 T-90S tanks.", ("RUS", "VNM", "armour")),
        # a name from the catalogue with no seller named: its maker
        ("fr", "Le Maroc a reçu ses premières batteries Barak MX.", ("ISR", "MAR", "air_defence")),
        (
            "en",
            "Morocco has received Barak MX air defence batteries.",
            ("ISR", "MAR", "air_defence"),
        ),
        # "de Pékin" with *de* tagged as a determiner is still the source
        ("fr", "L'Égypte a obtenu de Paris deux frégates FREMM.", ("FRA", "EGY", "naval")),
        # names added with the second catalogue pass
        (
            "en",
            "The Iraqi army took delivery of K239 launchers last spring.",
            ("KOR", "IRQ", "artillery"),
        ),
        ("fr", "Le Kenya a reçu une première série de blindés Mbombe.", ("ZAF", "KEN", "armour")),
        ("en", "Ghana bought four Super Tucano aircraft.", ("BRA", "GHA", "aircraft")),
    ],
)
def test_named_systems(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.slow
def test_participle_on_a_noun_split_from_its_name() -> None:
    # "JF-17" is parsed as a number on "fighters"; the participle hangs on "fighters"
    text = "In 2019 Nigeria inducted three JF-17 Thunder fighters bought from Pakistan."
    assert triples(armswatch.extract(text, lang="en")) == {("PAK", "NGA", "aircraft")}


@pytest.mark.slow
def test_demonym_on_goods_bought_from_a_named_seller_is_the_owner() -> None:
    text = (
        "Les derniers Mirage argentins, achetés à la France dans les années 1970, ont été "
        "retirés du service."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("FRA", "ARG", "aircraft")}
    # with no seller named, the demonym is the maker (and nobody received anything here)
    maker = "Les drones turcs, achetés en 2020, ont changé la guerre."
    assert not any(r.recipient.id == "TUR" for r in armswatch.extract(maker, lang="fr"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The first M1A2T Abrams tanks arrived at the port of Taipei in December.",
            ("USA", "TWN", "armour"),
        ),
        ("fr", "Les drones turcs ont atterri à l'aéroport de Bamako mardi.", ("TUR", "MLI", "uav")),
    ],
)
def test_port_or_airport_reached(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.slow
def test_carrier_flag_sends_and_its_type_is_not_the_cargo() -> None:
    text = (
        "In April an Indian Air Force C-17 transport landed at Clark Air Base in the "
        "Philippines with the first missiles."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("IND", "PHL", "missiles")}


@pytest.mark.slow
def test_next_clause_words_are_not_the_cargo() -> None:
    # the helicopter of the second clause is not what "was shipped" moved
    text = (
        "The ground equipment was shipped to Manila in March, and in April a Mi-17 landed at "
        "Subic Bay."
    )
    assert triples(armswatch.extract(text, lang="en")) == set()


def test_lexicon_rejects_a_malformed_proxy(tmp_path: Path) -> None:
    data = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    data["proxies"]["houthis"] = {"home": "Yemen", "backers": ["IRN"]}
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError, match="'houthis'"):
        load_lexicon(path)


def test_every_proxy_group_is_a_known_group() -> None:
    from armswatch.nlp.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    lex = load_lexicon()["en"]
    assert lex.proxies
    for home, group, backers in lex.proxies:
        assert gazetteer.kind(group) == "group"
        assert {gazetteer.kind(s) for s in {home, *backers}} == {"state"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The US sold Stingers to Taiwan.", ("USA", "TWN", "missiles")),
        ("Ukraine received Dornier 228 aircraft from India.", ("IND", "UKR", "aircraft")),
        ("Ljubljana handed 28 M-55S tanks to Kyiv.", ("SVN", "UKR", "armour")),
    ],
)
def test_bare_system_names(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(armswatch.extract(text, lang="en"))
