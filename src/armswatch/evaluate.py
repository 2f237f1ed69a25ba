"""Score extracted reports against gold reports (the ``gold.jsonl`` format of ../shared/seeds).

Gold lines name their article by ``article_id`` or by ``article`` (a file name); both are matched
against the article id and the file name of each extracted article. Scores:

- triples (supplier, recipient, category) and dyads (supplier, recipient): precision, recall, F1,
  overall and per language;
- on matched triples: claimant, denier and route F1 (micro, over actor ids) and status accuracy;
- negatives: articles with no gold report must produce none;
- the list of errors (missed and spurious triples, wrong attributes).

A state that no longer exists compares as its successor unless ``strict_ids``: CONTRACT.md names
states by ISO 3166-1 alpha-3, which has no id for the Soviet Union, Czechoslovakia, Yugoslavia or Rhodesia,
so one annotator writes RUS for the Soviet Union where another writes its ISO 3166-3 id SUN (the
one armswatch reports). The pairs are the lexicon's ``former_states``. Two gold lines of one
article that differ only by a former state and its successor then count as one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.errors import DataFileError, Errors
from armswatch.records import Article

REGION_IDS = {
    "Middle East": "middle-east",
    "North Africa": "north-africa",
    "Africa": "africa",
    "Central Asia": "central-asia",
    "Caspian Sea": "caspian-sea",
    "Black Sea": "black-sea",
    "Far East": "far-east",
    "Europe": "europe",
    "Asia": "asia",
}


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Any], got: set[Any]) -> None:
        self.tp += len(gold & got)
        self.fp += len(got - gold)
        self.fn += len(gold - got)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Evaluation:
    triples: PRF = field(default_factory=PRF)
    dyads: PRF = field(default_factory=PRF)
    by_lang: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    claimants: PRF = field(default_factory=PRF)
    deniers: PRF = field(default_factory=PRF)
    via: PRF = field(default_factory=PRF)
    status_right: int = 0
    status_total: int = 0
    negatives_total: int = 0
    negatives_clean: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.status_total if self.status_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "triples": self.triples.to_dict(),
            "dyads": self.dyads.to_dict(),
            "by_lang": {k: v.to_dict() for k, v in sorted(self.by_lang.items())},
            "claimed_by": self.claimants.to_dict(),
            "denied_by": self.deniers.to_dict(),
            "via": self.via.to_dict(),
            "status_accuracy": round(self.status_accuracy, 3),
            "negatives": {"clean": self.negatives_clean, "total": self.negatives_total},
            "errors": self.errors,
        }


def _via_id(v: str) -> str:
    return REGION_IDS.get(v, v)


def load_gold(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(Errors.E002.format(path=path, reason=str(exc))) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(Errors.E002.format(path=f"{path}#{n}", reason=str(exc))) from exc
        if not isinstance(row, dict) or not {"supplier", "recipient", "category"} <= set(row):
            raise DataFileError(
                Errors.E002.format(
                    path=f"{path}#{n}", reason="a gold line needs supplier, recipient, category"
                )
            )
        rows.append(row)
    return rows


def _names(article: Article) -> set[str]:
    name = Path(article.source.split("#")[0]).name
    return {article.id, name, Path(name).stem}


def _successors() -> dict[str, str]:
    from armswatch.nlp.lexicon import load_lexicon

    return dict(load_lexicon()["en"].former_states)


def evaluate(
    articles: Iterable[Article], gold: list[dict[str, Any]], *, strict_ids: bool = False
) -> Evaluation:
    ev = Evaluation()
    same = {} if strict_ids else _successors()

    def sid(x: str) -> str:
        return same.get(x, x)

    gold_by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        gold_by_name[str(g.get("article_id") or g.get("article"))].append(g)
    for art in articles:
        golds: list[dict[str, Any]] = []
        for n in _names(art):
            golds = golds or gold_by_name.get(n, [])
        lang = art.lang or "?"
        g_tr = {(sid(g["supplier"]), sid(g["recipient"]), g["category"]): g for g in golds}
        r_tr = {(sid(r.supplier.id), sid(r.recipient.id), r.category): r for r in art.reports}
        if not golds:
            ev.negatives_total += 1
            if not r_tr:
                ev.negatives_clean += 1
        ev.triples.add(set(g_tr), set(r_tr))
        ev.by_lang[lang].add(set(g_tr), set(r_tr))
        ev.dyads.add({k[:2] for k in g_tr}, {k[:2] for k in r_tr})
        where = Path(art.source).name or art.id
        # errors name each side's triple as written (SUN where the report says SUN)
        for k in sorted(set(g_tr) - set(r_tr)):
            g = g_tr[k]
            ev.errors.append(f"{where}: missed {g['supplier']} {g['recipient']} {k[2]}")
        for k in sorted(set(r_tr) - set(g_tr)):
            r = r_tr[k]
            ev.errors.append(f"{where}: spurious {r.supplier.id} {r.recipient.id} {k[2]}")
        for k in sorted(set(g_tr) & set(r_tr)):
            g, r = g_tr[k], r_tr[k]
            said = f"{r.supplier.id} {r.recipient.id} {k[2]}"
            for name, prf, want, got in (
                (
                    "claimed_by",
                    ev.claimants,
                    {sid(x) for x in g.get("claimed_by", [])},
                    {sid(a.id) for a in r.claimed_by},
                ),
                (
                    "denied_by",
                    ev.deniers,
                    {sid(x) for x in g.get("denied_by", [])},
                    {sid(a.id) for a in r.denied_by},
                ),
                (
                    "via",
                    ev.via,
                    {sid(_via_id(v)) for v in g.get("via", [])},
                    {sid(a.id) for a in r.via},
                ),
            ):
                prf.add(want, got)
                if want != got:
                    ev.errors.append(f"{where}: {said} {name} {sorted(got)} (gold {sorted(want)})")
            ev.status_total += 1
            if g.get("status", "reported") == r.status:
                ev.status_right += 1
            else:
                ev.errors.append(f"{where}: {said} status {r.status} (gold {g.get('status')})")
    return ev


def format_evaluation(ev: Evaluation) -> str:
    """A plain-text summary, as printed by ``armswatch evaluate``."""

    def line(name: str, p: PRF) -> str:
        return (
            f"{name:<12} P {p.precision:.3f}  R {p.recall:.3f}  F1 {p.f1:.3f}"
            f"  (tp {p.tp}, fp {p.fp}, fn {p.fn})"
        )

    out = [line("triples", ev.triples), line("dyads", ev.dyads)]
    out += [line(f"  {lang}", p) for lang, p in sorted(ev.by_lang.items())]
    out += [
        line("claimed_by", ev.claimants),
        line("denied_by", ev.deniers),
        line("via", ev.via),
        f"{'status':<12} {ev.status_right}/{ev.status_total} right ({ev.status_accuracy:.3f})",
        f"{'negatives':<12} {ev.negatives_clean}/{ev.negatives_total} clean",
    ]
    if ev.errors:
        out.append(f"errors ({len(ev.errors)}):")
        out += [f"  {e}" for e in ev.errors]
    return "\n".join(out)
