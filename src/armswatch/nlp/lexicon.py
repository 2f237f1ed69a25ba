"""The extraction lexicon (``data/lexicon.json``): materiel terms, predicates and cues, per language,
joined with the catalogue of named weapon systems (``data/systems.json``: name, category, maker).

Loaded once per process, validated at load: a bad entry raises ``DataFileError`` naming it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from armswatch.errors import DataFileError, Errors
from armswatch.records import CATEGORIES

LANGS = ("fr", "en")

_CUE_SECTIONS = {
    # attribute name -> path in the JSON file
    "supply": ("triggers", "supply"),
    "buy": ("triggers", "buy"),
    "nouns": ("triggers", "noun"),
    "buy_nouns": ("triggers", "buy_nouns"),
    "request": ("triggers", "request"),
    "thank": ("triggers", "thank"),
    "agent_nouns": ("triggers", "agent_nouns"),
    "client_nouns": ("triggers", "client_nouns"),
    "route_verbs": ("triggers", "route_verbs"),
    "arrival": ("triggers", "arrival"),
    "weak_nouns": ("triggers", "weak_nouns"),
    "object_is_recipient": ("triggers", "object_is_recipient"),
    "reflexive_buy": ("triggers", "reflexive_buy"),
    "request_nouns": ("triggers", "request_nouns"),
    "reporting": ("reporting",),
    "accusation": ("accusation",),
    "denial": ("denial",),
    "refusal": ("refusal",),
    "claim_nouns": ("claim_nouns",),
    "planned_verbs": ("planned", "verbs"),
    "planned_adjectives": ("planned", "adjectives"),
    "planned_nouns": ("planned", "nouns"),
    "continuation": ("planned", "continuation"),
    "negation": ("negation",),
    "route": ("route",),
    "covert": ("covert",),
    "purpose_verbs": ("purpose_verbs",),
    "use_verbs": ("use_verbs",),
    "roles": ("roles",),
    "anaphors": ("anaphors",),
    "generic_speakers": ("generic_speakers",),
    "unnamed_sources": ("unnamed_sources",),
    "actor_heads": ("actor_heads",),
    "benefit": ("benefit",),
    "object_control": ("object_control",),
    "shipment_nouns": ("shipment_nouns",),
    "blocking": ("blocking",),
    "package_verbs": ("package", "verbs"),
    "independent_speakers": ("independent_speakers",),
    "package_nouns": ("package", "nouns"),
    "both_parties": ("both_parties",),
    "transit_places": ("transit_places",),
    "dismissals": ("dismissals",),
    "descriptions": ("descriptions",),
    "target_verbs": ("target_verbs",),
    "deal_nouns": ("deals", "nouns"),
    "deal_verbs": ("deals", "verbs"),
    "talk_nouns": ("deals", "talk_nouns"),
    "monarchic": ("descriptions", "monarchic"),
    "make_verbs": ("make_verbs",),
    "predicate_heads": ("predicate_heads",),
    "body_nouns": ("body_nouns",),
    "parts_for": ("parts_for",),
}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _plurals(term: str, lang: str) -> set[str]:
    """Plural variants of a lexicon term: last word, or every word (obus balistique → missiles balistiques)."""
    words = term.split(" ")

    def pl(w: str) -> str:
        if not w or not w[0].isalpha() or w[-1] in "sxz" or "'" in w or w.isupper():
            return w
        if w[0].isupper() and any(ch.isdigit() for ch in w):
            return w  # "Su-35", "Shahed-136": no plural
        if lang == "en" and w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            return w[:-1] + "ies"
        if lang == "fr" and w.endswith("al"):
            return w[:-2] + "aux"
        return w + "s"

    out = {term, " ".join([*words[:-1], pl(words[-1])])}
    if lang == "fr":
        # French plural agrees on the head and its adjectives, not on "de X" complements.
        agreed: list[str] = []
        in_complement = False
        for w in words:
            if w in {"de", "d'", "à"} or w.startswith("d'"):
                in_complement = True
            agreed.append(w if in_complement else pl(w))
        out.add(" ".join(agreed))
    else:
        out.add(" ".join([pl(words[0]), *words[1:]]))
        if any(ch.isdigit() for ch in words[-1]) and not words[-1].endswith("s"):
            out.add(term + "s")  # "F-16s", "MiG-29s", "Leopard 2s"
    return out


_EN_IRREGULAR = {
    "send": ("sent",),
    "sell": ("sold",),
    "give": ("gave", "given"),
    "buy": ("bought",),
    "get": ("got", "gotten"),
    "lend": ("lent",),
    "say": ("said",),
    "tell": ("told",),
    "find": ("found",),
    "seek": ("sought",),
    "show": ("shown",),
    "write": ("wrote", "written"),
    "hand": ("handed",),
}
_VERB_SECTIONS = {
    "supply",
    "route_verbs",
    "thank",
    "arrival",
    "buy",
    "request",
    "reporting",
    "denial",
    "refusal",
    "accusation",
    "planned_verbs",
    "continuation",
    "purpose_verbs",
    "use_verbs",
    "object_control",
    "object_is_recipient",
}


def verb_forms(lemma: str, lang: str) -> set[str]:
    """Inflected forms of a verb cue, so that a verb the tagger mislabels ("livre" read as the
    noun *book*) still matches by its surface form."""
    if " " in lemma:
        return {lemma}
    out = {lemma}
    if lang == "fr":
        endings: tuple[str, ...]
        if lemma.endswith("er"):
            stem = lemma[:-2]
            endings = (
                "e",
                "es",
                "ent",
                "é",
                "ée",
                "és",
                "ées",
                "ait",
                "aient",
                "ant",
                "era",
                "eront",
                "erait",
                "eraient",
                "ons",
                "ez",
                "a",
            )
        elif lemma.endswith("ir"):
            stem = lemma[:-2]
            endings = (
                "is",
                "it",
                "issent",
                "i",
                "ie",
                "ies",
                "issait",
                "issaient",
                "issant",
                "ira",
                "iront",
                "irait",
                "iraient",
                "issons",
            )
        elif lemma.endswith("re"):
            stem = lemma[:-2]
            endings = (
                "s",
                "",
                "ent",
                "u",
                "ue",
                "us",
                "ues",
                "ait",
                "aient",
                "ant",
                "ra",
                "ront",
                "rait",
                "raient",
            )
        else:
            return out
        out |= {stem + e for e in endings}
    else:
        out |= set(_EN_IRREGULAR.get(lemma, ()))
        if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
            out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        elif lemma.endswith("e"):
            out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        else:
            double = lemma + lemma[-1] if len(lemma) <= 4 and lemma[-1] in "pt" else lemma
            out |= {lemma + "s", lemma + "es", double + "ed", double + "ing"}
    return out


@dataclass(frozen=True, slots=True)
class LangLexicon:
    lang: str
    materiel: dict[str, str]  # surface form -> category (forms as written, plurals, accent-less)
    not_materiel: tuple[str, ...]
    supply: frozenset[str]
    buy: frozenset[str]
    nouns: frozenset[str]
    buy_nouns: frozenset[str]
    request: frozenset[str]
    thank: frozenset[str]
    agent_nouns: frozenset[str]
    client_nouns: frozenset[str]
    route_verbs: frozenset[str]
    arrival: frozenset[str]
    weak_nouns: frozenset[str]
    object_is_recipient: frozenset[str]
    reporting: frozenset[str]
    accusation: frozenset[str]
    denial: frozenset[str]
    refusal: frozenset[str]
    claim_nouns: frozenset[str]
    planned_verbs: frozenset[str]
    planned_adjectives: frozenset[str]
    planned_nouns: frozenset[str]
    continuation: frozenset[str]
    negation: frozenset[str]
    route: frozenset[str]
    covert: frozenset[str]
    purpose_verbs: frozenset[str]
    use_verbs: frozenset[str]
    roles: frozenset[str]
    anaphors: frozenset[str]
    generic_speakers: frozenset[str]
    unnamed_sources: frozenset[str]
    actor_heads: frozenset[str]
    benefit: frozenset[str]
    object_control: frozenset[str]
    shipment_nouns: frozenset[str]
    blocking: frozenset[str]
    package_verbs: frozenset[str]
    independent_speakers: frozenset[str]
    package_nouns: frozenset[str]
    both_parties: frozenset[str]
    transit_places: frozenset[str]
    dismissals: frozenset[str]
    descriptions: frozenset[str]
    target_verbs: frozenset[str]
    deal_nouns: frozenset[str]
    deal_verbs: frozenset[str]
    talk_nouns: frozenset[str]
    monarchic: frozenset[str]
    make_verbs: frozenset[str]
    reflexive_buy: frozenset[str]
    request_nouns: frozenset[str]
    predicate_heads: frozenset[str]
    body_nouns: frozenset[str]
    parts_for: frozenset[str]
    origins: tuple[tuple[str, str], ...] = ()  # (system name, maker's state), longest first
    # the origins as compiled patterns, in the same order (a plural, possessive or, after a
    # digit, a letter suffix still names the system: "TB2s", "the F-16's", "J-10CE")
    origin_patterns: tuple[tuple[re.Pattern[str], str], ...] = ()
    # names ending in a digit ("J-10", "Su-30"), longest first: a letter suffix is a variant
    # of the same system ("J-10CE", "Su-30MKI") with the same category
    families: tuple[tuple[str, str], ...] = ()
    monarchies: frozenset[str] = frozenset()  # states a "kingdom" / "royaume" may name
    # home state -> (armed group, its backers): "Iran sent missiles to Yemen" in an article on
    # the Houthis names the group
    proxies: tuple[tuple[str, str, frozenset[str]], ...] = ()
    # (former state, successor): "Prague" in a story on Czechoslovakia in 1948 is Czechoslovakia
    former_states: tuple[tuple[str, str], ...] = ()

    @property
    def triggers(self) -> frozenset[str]:
        return self.supply | self.buy | self.nouns


def _strings(value: Any, where: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(
            Errors.E002.format(path=path, reason=f"{where} must be a list of non-empty strings")
        )
    return [v.strip() for v in value]


def _section(data: dict[str, Any], keys: tuple[str, ...], lang: str, path: Path) -> list[str]:
    node: Any = data
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            raise DataFileError(
                Errors.E002.format(path=path, reason=f"missing section {'.'.join(keys)}")
            )
        node = node[k]
    if not isinstance(node, dict) or lang not in node:
        raise DataFileError(
            Errors.E002.format(path=path, reason=f"section {'.'.join(keys)} has no '{lang}' list")
        )
    return _strings(node[lang], f"{'.'.join(keys)}.{lang}", path)


def _origins(data: dict[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    raw = data.get("origins", {})
    if not isinstance(raw, dict):
        raise DataFileError(Errors.E002.format(path=path, reason="'origins' must be an object"))
    pairs = []
    for name, state in raw.items():
        if name.startswith("_"):
            continue
        if not (isinstance(state, str) and len(state) == 3 and state.isupper()):
            raise DataFileError(
                Errors.E002.format(
                    path=path, reason=f"origin of '{name}' must be an ISO alpha-3 id, not {state!r}"
                )
            )
        pairs.append((name, state))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def parse_systems(data: Any, path: Path) -> list[tuple[str, str, str]]:
    """``(name, category, maker)`` for every system in ``systems.json``; maker "" when several
    states build it. Unknown categories, malformed makers and a name listed twice are errors."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError(Errors.E002.format(path=path, reason="version must be 1"))
    raw = data.get("systems")
    if not isinstance(raw, dict):
        raise DataFileError(Errors.E002.format(path=path, reason="'systems' must be an object"))
    out: list[tuple[str, str, str]] = []
    seen: dict[str, str] = {}
    for cat, makers in raw.items():
        if cat not in CATEGORIES:
            raise DataFileError(
                Errors.E002.format(path=path, reason=f"unknown category {cat!r} in 'systems'")
            )
        if not isinstance(makers, dict):
            raise DataFileError(
                Errors.E002.format(path=path, reason=f"systems.{cat} must map makers to names")
            )
        for maker, names in makers.items():
            if maker and not (len(maker) == 3 and maker.isalpha() and maker.isupper()):
                raise DataFileError(
                    Errors.E002.format(
                        path=path, reason=f"maker {maker!r} in systems.{cat} is not an alpha-3 id"
                    )
                )
            for name in _strings(names, f"systems.{cat}.{maker}", path):
                key = name.lower()
                if key in seen:
                    raise DataFileError(
                        Errors.E002.format(
                            path=path,
                            reason=f"system '{name}' is listed twice ({seen[key]}, {cat})",
                        )
                    )
                seen[key] = cat
                out.append((name, cat, maker))
    return out


def _add_forms(forms: dict[str, str], term: str, cat: str, lang: str) -> str:
    """Add a term's plural and accent-less forms to ``forms`` (lowercase form → category).
    Returns a form as written that is already another category's (the caller's error), or ""."""
    for form in _plurals(term, lang):
        for variant in (form, strip_accents(form)):
            previous = forms.get(variant.lower())
            if previous is not None and previous != cat and variant == form:
                return form
            forms.setdefault(variant.lower(), cat)
    return ""


def _origin_pattern(name: str) -> re.Pattern[str]:
    variant = "(?:[A-Z][A-Za-z0-9]{0,4})?" if name[-1].isdigit() else ""
    return re.compile(rf"(?<!\w){re.escape(name)}{variant}(?:s|['’]s)?(?!\w)")


def _merge_origins(
    origins: tuple[tuple[str, str], ...], systems: Sequence[tuple[str, str, str]], path: Path
) -> tuple[tuple[str, str], ...]:
    merged = dict(origins)
    for name, _cat, maker in systems:
        if not maker:
            continue
        if merged.get(name, maker) != maker:
            raise DataFileError(
                Errors.E002.format(
                    path=path,
                    reason=f"system '{name}' is made by {maker} but the lexicon says {merged[name]}",
                )
            )
        merged[name] = maker
    return tuple(sorted(merged.items(), key=lambda p: -len(p[0])))


def _monarchies(data: dict[str, Any], path: Path) -> frozenset[str]:
    raw = data.get("descriptions", {}).get("monarchies", [])
    if not isinstance(raw, list) or not all(
        isinstance(x, str) and len(x) == 3 and x.isupper() for x in raw
    ):
        raise DataFileError(
            Errors.E002.format(
                path=path, reason="'descriptions.monarchies' must be a list of ISO alpha-3 ids"
            )
        )
    return frozenset(raw)


def _former_states(data: dict[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    raw = data.get("former_states", {})
    reason = (
        "'former_states' must map a former state's ISO 3166-3 id to its successor's ISO alpha-3"
    )
    if not isinstance(raw, dict):
        raise DataFileError(Errors.E002.format(path=path, reason=reason))
    out = []
    for former, successor in raw.items():
        if former.startswith("_"):
            continue
        if not (_iso3(former) and _iso3(successor)) or former == successor:
            raise DataFileError(Errors.E002.format(path=path, reason=f"{reason}; see {former!r}"))
        out.append((former, successor))
    return tuple(out)


def _proxies(data: dict[str, Any], path: Path) -> tuple[tuple[str, str, frozenset[str]], ...]:
    raw = data.get("proxies", {})
    reason = (
        "'proxies' must map an armed group's slug to {'home': ISO alpha-3, 'backers': [ISO "
        "alpha-3, ...]}"
    )
    if not isinstance(raw, dict):
        raise DataFileError(Errors.E002.format(path=path, reason=reason))
    out = []
    for group, entry in raw.items():
        if group.startswith("_"):
            continue
        if not (
            isinstance(entry, dict)
            and set(entry) == {"home", "backers"}
            and _iso3(entry["home"])
            and isinstance(entry["backers"], list)
            and entry["backers"]
            and all(_iso3(b) for b in entry["backers"])
        ):
            raise DataFileError(Errors.E002.format(path=path, reason=f"{reason}; see {group!r}"))
        out.append((entry["home"], group, frozenset(entry["backers"])))
    return tuple(out)


def _iso3(x: Any) -> bool:
    return isinstance(x, str) and len(x) == 3 and x.isupper()


def parse_lexicon(
    data: dict[str, Any],
    path: Path,
    systems: Sequence[tuple[str, str, str]] = (),
    systems_path: Path | None = None,
) -> dict[str, LangLexicon]:
    if data.get("version") != 1:
        raise DataFileError(Errors.E002.format(path=path, reason="version must be 1"))
    materiel = data.get("materiel")
    if not isinstance(materiel, dict):
        raise DataFileError(Errors.E002.format(path=path, reason="'materiel' must be an object"))
    unknown = sorted(set(materiel) - set(CATEGORIES))
    if unknown:
        raise DataFileError(
            Errors.E002.format(
                path=path, reason=f"unknown categories {unknown}; allowed: {list(CATEGORIES)}"
            )
        )
    origins = _merge_origins(_origins(data, path), systems, systems_path or path)
    origin_patterns = tuple((_origin_pattern(n), s) for n, s in origins)
    monarchies = _monarchies(data, path)
    proxies = _proxies(data, path)
    former_states = _former_states(data, path)
    out: dict[str, LangLexicon] = {}
    for lang in LANGS:
        forms: dict[str, str] = {}
        terms: set[str] = set()
        for cat in CATEGORIES:
            if cat not in materiel:
                continue
            for term in _section(materiel, (cat,), lang, path):
                terms.add(term)
                clash = _add_forms(forms, term, cat, lang)
                if clash:
                    raise DataFileError(
                        Errors.E002.format(
                            path=path,
                            reason=f"materiel '{clash}' ({lang}) is in both "
                            f"'{forms[clash.lower()]}' and '{cat}'",
                        )
                    )
        for name, cat, _maker in systems:
            terms.add(name)
            clash = _add_forms(forms, name, cat, lang)
            if clash:
                raise DataFileError(
                    Errors.E002.format(
                        path=systems_path or path,
                        reason=f"system '{name}' is '{cat}' but the lexicon has "
                        f"'{clash}' as '{forms[clash.lower()]}'",
                    )
                )
        cues: dict[str, frozenset[str]] = {}
        for attr, keys in _CUE_SECTIONS.items():
            words = {w.lower() for w in _section(data, keys, lang, path)}
            if attr in _VERB_SECTIONS:
                words = {f for w in words for f in verb_forms(w, lang)}
            # machine-translated and scraped text often loses accents: "livre", "cede", "armee"
            words |= {strip_accents(w) for w in words}
            cues[attr] = frozenset(words)
        families = {
            name: forms[name.lower()]
            for name in terms
            if " " not in name and name[-1].isdigit() and any(ch.isalpha() for ch in name)
        }
        not_materiel = _section(data, ("not_materiel",), lang, path)
        out[lang] = LangLexicon(
            lang=lang,
            materiel=forms,
            not_materiel=tuple(not_materiel),
            origins=origins,
            origin_patterns=origin_patterns,
            families=tuple(sorted(families.items(), key=lambda p: -len(p[0]))),
            monarchies=monarchies,
            proxies=proxies,
            former_states=former_states,
            **cues,
        )
    return out


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(Errors.E002.format(path=path, reason=str(exc))) from exc


def load_lexicon(
    path: Path | None = None, systems_path: Path | None = None
) -> dict[str, LangLexicon]:
    """The lexicon at ``path`` joined with the systems catalogue at ``systems_path`` (none when
    not given); both default to the packaged files when ``path`` is None."""
    if path is None and systems_path is None:
        return _default_lexicon()
    data = _read_json(path) if path is not None else _packaged("lexicon.json")
    if not isinstance(data, dict):
        raise DataFileError(Errors.E002.format(path=path, reason="top level must be an object"))
    systems = parse_systems(_read_json(systems_path), systems_path) if systems_path else []
    return parse_lexicon(data, path or Path("lexicon.json"), systems, systems_path)


def _packaged(name: str) -> Any:
    ref = resources.files("armswatch") / "data" / name
    return json.loads(ref.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _default_lexicon() -> dict[str, LangLexicon]:
    data_dir = resources.files("armswatch") / "data"
    lex_path = Path(str(data_dir / "lexicon.json"))
    sys_path = Path(str(data_dir / "systems.json"))
    systems = parse_systems(_packaged("systems.json"), sys_path)
    return parse_lexicon(_packaged("lexicon.json"), lex_path, systems, sys_path)
