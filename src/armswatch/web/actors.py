"""Actors for the web app: name search in French and English, display names, map places.

Names come from the project's gazetteer data (``armswatch/data/actors.json``: FR/EN names,
official names, capitals and metonyms, demonyms), so "Corée du Nord", "north korea",
"Pyongyang", "RPDC" and "PRK" all find North Korea. Map places: states carry their ISO 3166
numeric code (the ids of world-atlas' countries, placed by the browser); regions and
non-state actors get the approximate points of ``web/data/places.json``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pycountry

from armswatch.errors import DataFileError, Errors
from armswatch.nlp.gazetteer import fold

_SPACES = re.compile(r"\s+")
# Leading articles a user may type: "la Corée du Nord", "the Kremlin", "l'Iran".
_ARTICLE = re.compile(r"^(?:la |le |les |l'|the )")
MIN_SUBSTRING = 3  # shorter queries must match a name exactly
MAX_QUERY = 200


@dataclass(frozen=True, slots=True)
class ActorInfo:
    id: str
    kind: str  # state | group | org | region | other | unknown
    name: str
    name_fr: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "name": self.name, "name_fr": self.name_fr}


def _key(text: str) -> str:
    return _SPACES.sub(" ", fold(text).strip())


class ActorIndex:
    """Display names, kinds, name search and places of every actor the gazetteer knows."""

    def __init__(self, actors: dict[str, ActorInfo], keys: dict[str, set[str]], places: Any):
        self._actors = actors
        self._keys = keys
        self._places: dict[str, dict[str, Any]] = places

    @classmethod
    def load(cls) -> ActorIndex:
        data = _read_json("armswatch", "data/actors.json")
        places = _read_json("armswatch.web", "data/places.json")
        actors: dict[str, ActorInfo] = {}
        keys: dict[str, set[str]] = {}
        for entry in data.get("actors", []):
            info = ActorInfo(
                id=str(entry["id"]),
                kind=str(entry.get("kind", "other")),
                name=str(entry.get("name") or entry["id"]),
                name_fr=str(entry.get("name_fr") or entry.get("name") or entry["id"]),
            )
            actors[info.id] = info
            names = [info.id, info.name, info.name_fr]
            names += [str(a["text"]) for a in entry.get("aliases", []) if isinstance(a, dict)]
            for name in names:
                key = _key(name)
                if key:
                    keys.setdefault(key, set()).add(info.id)
        return cls(actors, keys, dict(places.get("places", {})))

    # -- lookups ---------------------------------------------------------------------------

    def info(self, actor_id: str, name: str | None = None) -> ActorInfo:
        """The actor's names and kind; an actor the gazetteer lacks keeps the stored name."""
        found = self._actors.get(actor_id)
        if found is not None:
            return found
        return ActorInfo(actor_id, "unknown", name or actor_id, name or actor_id)

    def kind(self, actor_id: str) -> str:
        return self.info(actor_id).kind

    def resolve(self, query: str) -> list[str]:
        """Actor ids a user's text names: an id, a name, alias, capital or demonym in FR or EN
        (case and accents ignored); failing an exact match, the actors one of whose names
        contains the text (three characters or more). Sorted ids; [] when nothing matches."""
        text = query.strip()[:MAX_QUERY]
        if not text:
            return []
        for candidate in (text, text.upper(), text.lower()):
            if candidate in self._actors:
                return [candidate]
        key = _key(text)
        exact = self._keys.get(key) or self._keys.get(_ARTICLE.sub("", key))
        if exact:
            return sorted(exact)
        if len(key) < MIN_SUBSTRING:
            return []
        found: set[str] = set()
        for name, ids in self._keys.items():
            if key in name:
                found |= ids
        return sorted(found)

    def place(self, actor_id: str, name: str | None = None) -> dict[str, Any]:
        """Where the map draws the actor: ``{"id", "name", "kind", "iso_numeric", "lon",
        "lat", "placed"}``. States get ``iso_numeric`` (the browser finds the country);
        regions and groups get ``lon``/``lat``; others have ``placed`` false."""
        info = self.info(actor_id, name)
        point: dict[str, Any] = {
            "id": info.id,
            "name": info.name,
            "kind": info.kind,
            "iso_numeric": None,
            "lon": None,
            "lat": None,
            "label": info.name,
            "placed": False,
        }
        fixed = self._places.get(actor_id)
        if fixed is not None:
            point.update(
                lon=float(fixed["lon"]),
                lat=float(fixed["lat"]),
                label=str(fixed.get("label", info.name)),
                placed=True,
            )
            return point
        numeric = iso_numeric(actor_id)
        if numeric is not None:
            point.update(iso_numeric=numeric, placed=True)
        return point


@functools.lru_cache(maxsize=512)
def iso_numeric(actor_id: str) -> str | None:
    """ISO 3166-1 numeric code ("408") of a state id ("PRK"), None for other ids."""
    if len(actor_id) != 3 or not actor_id.isupper():
        return None
    country = pycountry.countries.get(alpha_3=actor_id)
    return None if country is None else str(country.numeric)


@functools.lru_cache(maxsize=1)
def default_index() -> ActorIndex:
    """The packaged actor index, built once per process."""
    return ActorIndex.load()


def _read_json(package: str, name: str) -> Any:
    ref = resources.files(package).joinpath(name)
    try:
        return json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise DataFileError(Errors.E002.format(path=str(ref), reason=str(e))) from e
