"""Quality floors on the examples, the dev set and the held-out set (written for the project).

These pin today's measured figures minus a small margin so quality cannot silently regress.
Lowering a floor is a visible change: say why in the commit and the issue note.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from armswatch.evaluate import Evaluation, evaluate, load_gold
from armswatch.pipeline.base import Stats
from armswatch.pipeline.default import process_paths

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = DATA.parent.parent

# name: (gold, inputs, triple P floor, triple F1 floor)
FLOORS = {
    "examples": (DATA / "examples_expected.jsonl", ROOT / "examples", 0.90, 0.84),
    # raised 2026-11-23 after the rules for 'came from', dismissals, own-making denials, raised
    # subjects, transit places and coordinated sources (measured EN P 0.90 F1 0.80, FR P 0.90
    # F1 0.81); FR F1 raised again after the systems catalogue (measured FR P 0.91 F1 0.83);
    # EN F1 raised 2026-11-24 after requests, talks and awaited materiel (measured EN P 0.90
    # F1 0.80), and again 2026-11-24 after datelines, makers on "made" and noise rules
    # (measured EN P 0.91 F1 0.82); FR F1 raised 2026-11-24 after carriers, routes and
    # attribution rules (measured FR P 0.92 F1 0.85)
    "devset-en": (DATA / "devset" / "gold_en.jsonl", DATA / "devset" / "en", 0.88, 0.80),
    "devset-fr": (DATA / "devset" / "gold_fr.jsonl", DATA / "devset" / "fr", 0.88, 0.83),
    # scored, not tuned on: the floors guard against regressions, not targets. The set grew to
    # 88 articles per language with batches 6-9 written blind by other authors (each scored
    # before anyone read its errors: batch 6's unread half EN F1 0.50, FR 0.58; batch 7 EN
    # 0.54, FR 0.46; batch 8 EN 0.67, FR 0.64; batch 9 EN 0.64, FR 0.66). Whole set with
    # batch 9, after the 2026-11-24 rules and second catalogue pass: EN P 0.83 F1 0.77, FR
    # P 0.84 F1 0.75 (F1 floors were 0.73). Batch 10 (2026-11-24, 98 articles per language,
    # scored first: EN F1 0.51, FR 0.49) is harder: on the 88 articles before it the code of
    # that day measures EN P 0.84 F1 0.77, FR P 0.85 F1 0.75 (no regression), on all 98 EN P
    # 0.82 F1 0.75, FR P 0.84 F1 0.73, hence EN P 0.82 -> 0.81 and FR F1 0.74 -> 0.72: the
    # set got harder, the extraction did not get worse. Batch 11 (2026-11-24, 108 articles per
    # language, scored first: EN F1 0.49, FR 0.44) again: on the 98 articles before it the
    # code of that day measures EN P 0.84 F1 0.76, FR P 0.84 F1 0.74 (up from 0.75 / 0.73), on
    # all 108 EN P 0.83 F1 0.74, FR P 0.83 F1 0.72, hence FR F1 0.72 -> 0.71 and
    # FR P 0.83 -> 0.82 (measured 0.833, too close to the floor to add text safely). Batch 12
    # (2026-11-24, 118 articles per language, scored first: EN F1 0.69, FR 0.64): all 118
    # measure EN P 0.83 F1 0.75, FR P 0.83 F1 0.72 with the code of that day; floors unchanged.
    # Batch 13 (2026-11-24, 128 articles per language, scored first: EN F1 0.56, FR 0.57): on
    # the 118 articles before it the code of that day measures EN P 0.835 F1 0.754, FR P 0.825
    # F1 0.718 (no regression), on all 128 EN P 0.830 F1 0.744, FR P 0.816 F1 0.711, hence EN
    # F1 0.74 -> 0.73, FR P 0.82 -> 0.80 and FR F1 0.71 -> 0.70
    "heldout-en": (DATA / "heldout" / "gold_en.jsonl", DATA / "heldout" / "en", 0.81, 0.73),
    "heldout-fr": (DATA / "heldout" / "gold_fr.jsonl", DATA / "heldout" / "fr", 0.80, 0.70),
}

# attributes on matched reports, dev set only: (claimant F1, denier F1, route F1, status accuracy)
ATTRIBUTE_FLOORS = {
    "devset-en": (0.72, 0.90, 0.75, 0.90),
    "devset-fr": (0.69, 0.80, 0.70, 0.88),
}


@cache  # each set is extracted once for both tests
def _run(gold: Path, inputs: Path) -> Evaluation:
    stats = Stats()
    ev = evaluate(process_paths([str(inputs)], stats), load_gold(gold))
    assert not stats.rejections
    return ev


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(name: str) -> None:
    gold, inputs, p_floor, f1_floor = FLOORS[name]
    ev = _run(gold, inputs)
    assert ev.triples.precision >= p_floor, ev.to_dict()
    assert ev.triples.f1 >= f1_floor, ev.to_dict()
    assert ev.negatives_clean == ev.negatives_total, ev.errors


@pytest.mark.parametrize("name", sorted(ATTRIBUTE_FLOORS))
def test_attribute_floors(name: str) -> None:
    gold, inputs, _p, _f1 = FLOORS[name]
    claimants, deniers, via, status = ATTRIBUTE_FLOORS[name]
    ev = _run(gold, inputs)
    assert ev.claimants.f1 >= claimants, ev.to_dict()
    assert ev.deniers.f1 >= deniers, ev.to_dict()
    assert ev.via.f1 >= via, ev.to_dict()
    assert ev.status_accuracy >= status, ev.to_dict()
