"""Score story clustering (B-cubed) and near-duplicate detection against gold labels.

Gold lines: ``{"id": ..., "story": ..., "duplicate_of": id | null, "kind": ...}`` where
``kind`` is ``original``, ``syndicated``, ``spun`` or ``translation``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.errors import DataFileError, Errors


@dataclass(frozen=True, slots=True)
class GoldLink:
    id: str
    story: str
    duplicate_of: str | None
    kind: str


@dataclass(slots=True)
class StoryScores:
    """B-cubed precision/recall/F1 of the clustering and the copies found per gold kind."""

    precision: float
    recall: float
    f1: float
    n_articles: int
    n_gold_stories: int
    n_stories: int
    copies_found: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (found, all)
    false_copies: list[tuple[str, str]] = field(default_factory=list)  # (id, said copy of)
    missed_copies: list[tuple[str, str, str]] = field(default_factory=list)  # (id, of, kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "bcubed": {"precision": self.precision, "recall": self.recall, "f1": self.f1},
            "n_articles": self.n_articles,
            "n_gold_stories": self.n_gold_stories,
            "n_stories": self.n_stories,
            "copies_found": {k: list(v) for k, v in self.copies_found.items()},
            "false_copies": [list(x) for x in self.false_copies],
            "missed_copies": [list(x) for x in self.missed_copies],
        }


def load_gold_links(path: str | Path) -> list[GoldLink]:
    rows: list[GoldLink] = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                rows.append(
                    GoldLink(str(d["id"]), str(d["story"]), d.get("duplicate_of"), str(d["kind"]))
                )
            except (ValueError, KeyError, TypeError) as e:
                raise DataFileError(Errors.E002.format(path=f"{path}:{n}", reason=str(e))) from e
    return rows


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (``item -> cluster``) on gold's items."""
    items = [i for i in gold if i in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[predicted[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        same_pred = by_pred[predicted[i]]
        same_gold = by_gold[gold[i]]
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p /= len(items)
    r /= len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def score_links(
    gold: list[GoldLink],
    story_of: Mapping[str, str | None],
    duplicate_of: Mapping[str, str | None],
) -> StoryScores:
    """Compare predicted stories and copies (by article id) with the gold labels.

    Copies are compared as groups: a gold copy is found when it ends up in the same predicted
    copy group as its original (following ``duplicate_of`` to the root, whichever of the two
    arrived first); a predicted copy of an article of another gold text is a false copy.
    """
    gold_story = {g.id: g.story for g in gold}
    pred_story = {i: s for i, s in story_of.items() if s is not None and i in gold_story}
    p, r, f1 = bcubed(pred_story, gold_story)
    text_of = {g.id: g.duplicate_of or g.id for g in gold}

    def root(item: str) -> str:
        seen = {item}
        while (up := duplicate_of.get(item)) is not None and up not in seen:
            seen.add(up)
            item = up
        return item

    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_copies: list[tuple[str, str]] = []
    missed: list[tuple[str, str, str]] = []
    for g in gold:
        said = duplicate_of.get(g.id)
        if said is not None and text_of.get(said) != text_of[g.id]:
            false_copies.append((g.id, said))
        if g.duplicate_of is not None:
            found[g.kind][1] += 1
            if root(g.id) == root(g.duplicate_of):
                found[g.kind][0] += 1
            else:
                missed.append((g.id, g.duplicate_of, g.kind))
    return StoryScores(
        precision=p,
        recall=r,
        f1=f1,
        n_articles=len(pred_story),
        n_gold_stories=len(set(gold_story.values())),
        n_stories=len(set(pred_story.values())),
        copies_found={k: (v[0], v[1]) for k, v in sorted(found.items())},
        false_copies=false_copies,
        missed_copies=missed,
    )
