"""Generate ``src/armswatch/data/actors.json``, the actor gazetteer (dev time only).

Nothing here runs at run time and nothing downloads. Inputs:

* ``pycountry`` (installed in the venv): ISO 3166-1 alpha-3 ids, English names and official
  names, and French names through its gettext catalogue ``iso3166-1``;
* ``world-countries@5.1.0`` (npm, ODbL-1.0), installed outside the repository::

      npm install --prefix /tmp/wc world-countries@5.1.0

  its ``countries.json`` gives French demonyms (m/f), capitals, common and official names;
* ``src/armswatch/data/actors_curated.json``: the hand curation (plural demonyms, French
  capitals, metonyms, bodies, leaders, epithets, non-state actors, regions, blockers, drops).

Usage::

    python tools/build_gazetteer.py /tmp/wc/node_modules/world-countries/countries.json
    python tools/build_gazetteer.py COUNTRIES_JSON --check   # exit 1 if actors.json is stale

The output is validated with :meth:`armswatch.nlp.gazetteer.Gazetteer.from_data` before it is
written; every alias that would name two actors is reported at once, to be curated.
"""

from __future__ import annotations

import argparse
import gettext
import importlib.metadata
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from armswatch.errors import DataFileError
from armswatch.nlp.gazetteer import ALIAS_TYPES, LANGS, Gazetteer, case_rule, fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "armswatch" / "data"
CURATED = DATA / "actors_curated.json"
OUT = DATA / "actors.json"

_TYPE_RANK = {t: i for i, t in enumerate(ALIAS_TYPES)}
_STATE_KEYS = {
    "name",
    "name_fr",
    "wc",
    "sovereign",
    "dem_fr",
    "dem_fr_pl",
    "dem_en",
    "dem_en_pl",
    "no_demonyms",
    "capitals",
    "drop_capitals",
    "aliases",
    "drop",
}
_EN_ARTICLE = re.compile(r"^(?:the|The)\s+")
_FR_ARTICLE = re.compile(r"^(?:L'|l'|La\s+|Le\s+|Les\s+)")


class BuildError(Exception):
    """The inputs disagree or the curation is incomplete; the message says what to fix."""


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"'\s+", "'", text)
    return " ".join(text.split())


def _strip_accents(text: str) -> str:
    out = []
    for ch in text:
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _variants(text: str) -> list[str]:
    """The text plus the forms machine translation produces: no hyphens, no accents."""
    forms = [text, text.replace("-", " "), _strip_accents(text)]
    forms.append(_strip_accents(forms[1]))
    return list(dict.fromkeys(forms))


def _usable(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    # "M23": one capital and a number is a name too
    if letters < 2 and not (
        letters == 1 and text[:1].isupper() and sum(c.isdigit() for c in text) >= 2
    ):
        return False
    return not (len(text) <= 2 and case_rule(text)[0] == "any")


def _name_form(raw: str | None, *, lang: str) -> str | None:
    """A source name as it appears in running text, or None for catalogue forms
    ("Korea, Republic of", "Taiwan (Province of China)")."""
    if not raw:
        return None
    text = _clean(raw)
    if "," in text or "(" in text or ")" in text:
        return None
    text = (_EN_ARTICLE if lang == "en" else _FR_ARTICLE).sub("", text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text or None


def _noun_fr(adjective: str) -> str:
    """French demonym noun from the adjective: "nord-coréens" → "Nord-Coréens"."""
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"([- ])", adjective))


@dataclass
class _Aliases:
    actor_id: str
    items: dict[str, tuple[str, str]] = field(default_factory=dict)  # text -> (lang, type)

    def add(self, text: str, lang: str, typ: str) -> None:
        if lang not in LANGS or typ not in _TYPE_RANK:
            raise BuildError(f"{self.actor_id}: alias {text!r} has lang {lang!r} / type {typ!r}")
        text = _clean(text)
        if not _usable(text):
            return
        old = self.items.get(text)
        if old is None:
            self.items[text] = (lang, typ)
            return
        old_lang, old_type = old
        merged_lang = old_lang if old_lang == lang else "any"
        best = old_type if _TYPE_RANK[old_type] <= _TYPE_RANK[typ] else typ
        self.items[text] = (merged_lang, best)

    def finish(self, drop: Iterable[str]) -> list[dict[str, str]]:
        dropped = {fold(_clean(t)) for t in drop}
        expanded: dict[str, tuple[str, str]] = {}
        for text, (lang, typ) in self.items.items():
            if fold(text) in dropped:
                continue
            for form in _variants(text):
                if form in expanded and form != text:
                    continue  # an explicit alias wins over a derived form
                if _usable(form):
                    expanded[form] = (lang, typ)
        # One type per (folded text, case rule): keep the highest-ranked type.
        best: dict[tuple[str, tuple[str, int]], int] = {}
        for text, (_, typ) in expanded.items():
            k = (fold(text), case_rule(text))
            best[k] = min(best.get(k, len(ALIAS_TYPES)), _TYPE_RANK[typ])
        out = [
            {"text": text, "lang": lang, "type": typ}
            for text, (lang, typ) in expanded.items()
            if _TYPE_RANK[typ] == best[(fold(text), case_rule(text))]
        ]
        out.sort(key=lambda a: (_TYPE_RANK[a["type"]], fold(a["text"]), a["text"]))
        return out


def _lookup_country(alpha3: str) -> Any:
    return pycountry.countries.get(alpha_3=alpha3)


def _state(
    cid: str,
    cur: dict[str, Any],
    wc: dict[str, Any],
    pyc: Any,
    tr: gettext.NullTranslations,
) -> dict[str, Any]:
    unknown = set(cur) - _STATE_KEYS
    if unknown:
        raise BuildError(f"curated state {cid}: unknown key(s) {sorted(unknown)}")
    al = _Aliases(cid)
    fr_common = wc.get("translations", {}).get("fra", {})
    names: list[tuple[str | None, str, str]] = [
        (wc["name"]["common"], "en", "name"),
        (wc["name"]["official"], "en", "official"),
        (fr_common.get("common"), "fr", "name"),
        (fr_common.get("official"), "fr", "official"),
    ]
    if pyc is not None:
        official = getattr(pyc, "official_name", None)
        names += [
            (pyc.name, "en", "name"),
            (getattr(pyc, "common_name", None), "en", "name"),
            (official, "en", "official"),
            (tr.gettext(pyc.name), "fr", "name"),
            (tr.gettext(official) if official else None, "fr", "official"),
        ]
    for raw, lang, typ in names:
        text = _name_form(raw, lang=lang)
        if text:
            al.add(text, lang, typ)

    sovereign = bool(wc.get("independent")) or bool(cur.get("sovereign"))
    dem_keys = {"dem_fr", "dem_fr_pl", "dem_en", "dem_en_pl"} & set(cur)
    if sovereign:
        dropped_caps = {fold(c) for c in cur.get("drop_capitals", [])}
        for cap in wc.get("capital", []):
            if fold(cap) not in dropped_caps:
                al.add(cap, "en", "capital")
        for text, lang in cur.get("capitals", []):
            al.add(text, lang, "capital")
        if "no_demonyms" in cur:
            if dem_keys:
                raise BuildError(f"curated state {cid}: no_demonyms with {sorted(dem_keys)}")
        else:
            _demonyms(cid, cur, wc, al)
    elif dem_keys or cur.get("capitals"):
        raise BuildError(
            f"curated state {cid}: demonyms/capitals given for a dependent territory; "
            'add "sovereign": true if the news treats it as a state'
        )
    for text, lang, typ in cur.get("aliases", []):
        al.add(text, lang, typ)

    name = cur.get("name") or wc["name"]["common"]
    name_fr = cur.get("name_fr") or fr_common.get("common") or ""
    return {
        "id": cid,
        "kind": "state",
        "name": name,
        "name_fr": name_fr,
        "aliases": al.finish(cur.get("drop", [])),
    }


def _demonyms(cid: str, cur: dict[str, Any], wc: dict[str, Any], al: _Aliases) -> None:
    for key in ("dem_fr_pl", "dem_en_pl"):
        if key not in cur:
            raise BuildError(
                f"curated state {cid}: {key} is missing (plural demonyms are curated by hand "
                'for every sovereign state; use "no_demonyms": "<reason>" to leave them out)'
            )
    dem = wc.get("demonyms", {})
    fr = dem.get("fra", {})
    en = dem.get("eng", {})
    fr_sg = cur.get("dem_fr") or [w.lower() for w in (fr.get("m"), fr.get("f")) if w]
    for adj in list(dict.fromkeys([*fr_sg, *cur["dem_fr_pl"]])):
        if adj != adj.lower():
            raise BuildError(f"curated state {cid}: French demonym {adj!r} must be lowercase")
        al.add(adj, "fr", "demonym")
        al.add(_noun_fr(adj), "fr", "demonym_noun")
    en_adj = cur.get("dem_en")
    if en_adj is None:
        en_adj = [w for w in (en.get("m"), en.get("f")) if w and "," not in w and " or " not in w]
    for adj in dict.fromkeys(en_adj):
        al.add(adj, "en", "demonym")
    for noun in cur["dem_en_pl"]:
        al.add(noun, "en", "demonym_noun")


def _other(entry: dict[str, Any]) -> dict[str, Any]:
    al = _Aliases(entry["id"])
    for text, lang, typ in entry.get("aliases", []):
        al.add(text, lang, typ)
    return {
        "id": entry["id"],
        "kind": entry["kind"],
        "name": entry["name"],
        "name_fr": entry.get("name_fr", ""),
        "aliases": al.finish(entry.get("drop", [])),
    }


def build(countries_json: Path, curated_path: Path = CURATED) -> dict[str, Any]:
    """The actors.json document, validated."""
    wc_list = json.loads(countries_json.read_text(encoding="utf-8"))
    wc_by = {c["cca3"]: c for c in wc_list}
    curated = json.loads(curated_path.read_text(encoding="utf-8"))
    states: dict[str, Any] = curated["states"]
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])

    iso_ids = sorted(c.alpha_3 for c in pycountry.countries)
    missing = [i for i in iso_ids if i not in states]
    if missing:
        raise BuildError(f"curated states missing for ISO ids {missing} (add an entry, even {{}})")
    actors: list[dict[str, Any]] = []
    for cid in sorted(states):
        cur = states[cid]
        wc = wc_by.get(cur.get("wc", cid))
        if wc is None:
            raise BuildError(f'{cid}: not in world-countries (set "wc" to its code there)')
        actors.append(_state(cid, cur, wc, _lookup_country(cid), tr))
    actors.extend(_other(e) for e in curated["actors"])

    blockers: dict[str, dict[str, str]] = {}
    for text, lang in curated.get("blockers", []):
        for form in _variants(_clean(text)):
            blockers.setdefault(form, {"text": form, "lang": lang})

    _check_collisions(actors, list(blockers.values()))
    pyc_version = importlib.metadata.version("pycountry")
    package_json = countries_json.parent / "package.json"
    wc_version = "unknown"
    if package_json.is_file():
        wc_version = json.loads(package_json.read_text(encoding="utf-8")).get("version", "?")
    doc = {
        "_source": (
            "Generated by tools/build_gazetteer.py from pycountry "
            f"{pyc_version} (ISO 3166-1, LGPL-2.1), world-countries {wc_version} "
            "(https://github.com/mledoze/countries, ODbL-1.0) and "
            "src/armswatch/data/actors_curated.json. Do not edit: edit the curation and rebuild."
        ),
        "version": 1,
        "actors": actors,
        "blockers": list(blockers.values()),
    }
    try:
        Gazetteer.from_data(doc, source="generated actors.json")
    except DataFileError as e:
        raise BuildError(str(e)) from e
    return doc


def _check_collisions(actors: list[dict[str, Any]], blockers: list[dict[str, str]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for alias in a["aliases"]:
            owners[fold(alias["text"])].add(a["id"])
    for b in blockers:
        owners[fold(b["text"])].add("<blocker>")
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    if clashes:
        lines = "\n".join(f"  {k!r}: {', '.join(v)}" for k, v in sorted(clashes.items()))
        raise BuildError(f"aliases naming several actors (drop them in the curation):\n{lines}")


def dumps(doc: dict[str, Any]) -> str:
    """Stable, diff-friendly JSON: one actor header per line, one alias per line."""

    def j(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{", f'  "_source": {j(doc["_source"])},', f'  "version": {doc["version"]},']
    lines.append('  "actors": [')
    for n, a in enumerate(doc["actors"]):
        head = ", ".join(f"{j(k)}: {j(a[k])}" for k in ("id", "kind", "name", "name_fr"))
        end = "," if n < len(doc["actors"]) - 1 else ""
        if not a["aliases"]:
            lines.append(f'    {{{head}, "aliases": []}}{end}')
            continue
        lines.append(f'    {{{head}, "aliases": [')
        body = [f"      {j(al)}" for al in a["aliases"]]
        lines.append(",\n".join(body))
        lines.append(f"    ]}}{end}")
    lines.append("  ],")
    lines.append('  "blockers": [')
    lines.append(",\n".join(f"    {j(b)}" for b in doc["blockers"]))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("countries_json", type=Path, help="world-countries countries.json")
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(argv)
    try:
        doc = build(args.countries_json, args.curated)
    except BuildError as e:
        sys.stderr.write(f"build_gazetteer: {e}\n")
        return 1
    text = dumps(doc)
    n_aliases = sum(len(a["aliases"]) for a in doc["actors"])
    summary = f"{len(doc['actors'])} actors, {n_aliases} aliases, {len(doc['blockers'])} blockers"
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != text:
            sys.stderr.write(f"build_gazetteer: {args.out} is stale; rebuild it ({summary})\n")
            return 1
        sys.stderr.write(f"build_gazetteer: {args.out} is up to date ({summary})\n")
        return 0
    args.out.write_text(text, encoding="utf-8")
    sys.stderr.write(f"build_gazetteer: wrote {args.out} ({summary})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
