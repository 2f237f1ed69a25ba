"""The records every stage speaks (see CONTRACT.md): Article flows through the pipeline and
carries the TransferReports extracted from it."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "ammunition",
    "artillery",
    "missiles",
    "uav",
    "aircraft",
    "armour",
    "air_defence",
    "naval",
    "small_arms",
    "components",
    "personnel",
    "unspecified",
)
STATUSES: tuple[str, ...] = ("reported", "planned", "denied_only")


@dataclass(slots=True, frozen=True, order=True)
class Actor:
    """A state (ISO alpha-3), a non-state actor (lowercase slug) or a region (for routes)."""

    id: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(id=str(d["id"]), name=str(d["name"]))


@dataclass(slots=True, frozen=True, order=True)
class Evidence:
    """An exact passage of the article text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(start=int(d["start"]), end=int(d["end"]), text=str(d["text"]))


@dataclass(slots=True)
class TransferReport:
    """One allegation in one article: supplier → recipient, one category."""

    article_id: str
    source: str
    supplier: Actor
    recipient: Actor
    category: str
    materiel: str
    quantity: str | None = None
    quantity_value: float | None = None
    status: str = "reported"
    covert: bool = False
    claimed_by: list[Actor] = field(default_factory=list)
    denied_by: list[Actor] = field(default_factory=list)
    via: list[Actor] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.article_id, self.supplier.id, self.recipient.id, self.category)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "source": self.source,
            "supplier": self.supplier.to_dict(),
            "recipient": self.recipient.to_dict(),
            "category": self.category,
            "materiel": self.materiel,
            "quantity": self.quantity,
            "quantity_value": self.quantity_value,
            "status": self.status,
            "covert": self.covert,
            "claimed_by": [a.to_dict() for a in self.claimed_by],
            "denied_by": [a.to_dict() for a in self.denied_by],
            "via": [a.to_dict() for a in self.via],
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TransferReport:
        qv = d.get("quantity_value")
        return cls(
            article_id=str(d["article_id"]),
            source=str(d.get("source", "")),
            supplier=Actor.from_dict(d["supplier"]),
            recipient=Actor.from_dict(d["recipient"]),
            category=str(d["category"]),
            materiel=str(d.get("materiel", "")),
            quantity=d.get("quantity"),
            quantity_value=float(qv) if qv is not None else None,
            status=str(d.get("status", "reported")),
            covert=bool(d.get("covert", False)),
            claimed_by=[Actor.from_dict(a) for a in d.get("claimed_by", [])],
            denied_by=[Actor.from_dict(a) for a in d.get("denied_by", [])],
            via=[Actor.from_dict(a) for a in d.get("via", [])],
            evidence=[Evidence.from_dict(e) for e in d.get("evidence", [])],
            confidence=float(d.get("confidence", 0.5)),
        )


@dataclass(slots=True)
class Article:
    """One news article. ``text`` is the stored text: every evidence offset points into it."""

    id: str
    text: str
    source: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, as precise as known: "2022-11" or "2022-11-02"
    lang: str | None = None
    reports: list[TransferReport] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, with_reports: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "lang": self.lang,
            "text": self.text,
            "meta": self.meta,
        }
        if with_reports:
            d["reports"] = [r.to_dict() for r in self.reports]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=str(d["id"]),
            text=str(d["text"]),
            source=str(d.get("source", "")),
            url=d.get("url"),
            title=d.get("title"),
            published=d.get("published"),
            lang=d.get("lang"),
            reports=[TransferReport.from_dict(r) for r in d.get("reports", [])],
            meta=dict(d.get("meta") or {}),
        )


def normalise_for_hash(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: two copies of one text hash alike."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """The article id used when the input has none: 16 hex digits of SHA-256."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()[:16]
