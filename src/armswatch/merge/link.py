"""Place articles in the store: near-duplicates (``duplicate_of``) and stories (``story_id``).

This is the one global step of armswatch: it runs after the per-article steps have been
stored, over the whole store, and it is incremental. Articles already placed keep their
story and their original; each new article (no ``story_id`` yet), oldest first, is

1. a **copy** of an earlier article when MinHash LSH over word pairs finds one and the
   exact share of word pairs they have in common (of the shorter text) is high: syndicated,
   shortened or padded copies (``copy``), or, at a lower share and with the same names and
   figures in the same order, spun rewrites (``rewrite``);
2. else a **translation** of an earlier article in another language published within two
   days that names the same people, figures and actors in the same order, paragraph for
   paragraph (what a translation keeps and an independent article does not);
3. then it joins the **story** of its original, or of the articles of the last days it is
   most similar to (shared transfers, names, figures and actors: language-independent), or
   it opens a new story.

A copy always points at the root of its chain (the first article of that text), so a wire
text counts once however many outlets ran it (``Case.n_sources``).
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

import rensa

from armswatch.merge.features import (
    NUM_PERM,
    Features,
    features,
    minhash,
    minhash_from_state,
    minhash_state,
    shingles,
)
from armswatch.nlp.gazetteer import Gazetteer, default_gazetteer
from armswatch.store import Store

KEYWORD_WEIGHT = 0.2
COPY = "copy"  # the same text, maybe cut, padded or re-headlined
REWRITE = "rewrite"  # the same text reworded (spun) beyond a copy
TRANSLATION = "translation"


@dataclass(frozen=True, slots=True)
class MergeSettings:
    """The thresholds of the merge step (recorded in ``bench/`` measurements)."""

    copy_share: float = 0.3  # word pairs in common / word pairs of the shorter text
    verbatim_share: float = 0.7  # above: a copy; between copy_share and this: a rewrite
    rewrite_order: float = 0.75  # a rewrite also keeps the order of names and figures
    min_shingles: int = 20  # texts shorter than this are never called copies
    lsh_threshold: float = 0.1
    lsh_bands: int = (
        64  # 64 bands of 2 rows: pairs sharing 20% of word pairs are found 93% of the time
    )
    translation_days: int = 2
    translation_order: float = 0.75  # difflib ratio of the name/number/actor sequences
    min_sequence: int = 8  # fewer names/figures/actors than this: too little to tell
    story_days: int = 3  # articles more than this apart never share a story
    story_threshold: float = 0.22  # mean similarity for two clusters to merge
    undated_penalty: float = 0.15  # an undated article needs this much more similarity


@dataclass(slots=True)
class LinkResult:
    """What one merge run did."""

    signed: int = 0  # signatures computed (new or changed articles)
    placed: int = 0  # articles given a story in this run
    copies: int = 0
    translations: int = 0
    stories_opened: int = 0
    changed: int = 0  # article rows whose links changed

    def to_dict(self) -> dict[str, int]:
        return {
            "signed": self.signed,
            "placed": self.placed,
            "copies": self.copies,
            "translations": self.translations,
            "stories_opened": self.stories_opened,
            "changed": self.changed,
        }


@dataclass(slots=True)
class _Node:
    id: str
    day: int | None  # days since 1970-01-01, or None when undated
    lang: str | None
    features: Features
    duplicate_of: str | None = None
    kind: str | None = None
    story_id: str | None = None
    shingles: set[str] | None = field(default=None, repr=False)


def story_id_for(article_id: str) -> str:
    """A story is named after the first article that opened it (stable across runs)."""
    return "story-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:12]


def link_store(
    store: Store,
    *,
    gazetteer: Gazetteer | None = None,
    settings: MergeSettings | None = None,
) -> LinkResult:
    """Give every article of ``store`` without a story its original and its story."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    cfg = settings if settings is not None else MergeSettings()
    result = LinkResult()
    stored = {aid: (h, state, blob) for aid, h, state, blob in store.signatures()}
    rows = list(store.link_rows())

    nodes: list[_Node] = []
    minhashes: list[rensa.RMinHash] = []
    new_signatures: list[tuple[str, str, bytes, str]] = []
    texts: dict[str, str] = {}
    for aid, chash, published, lang, dup, kind, story in rows:
        known = stored.get(aid)
        cached = _cached(known, chash)
        if cached is not None:
            feats, mh = cached
        else:
            article = store.get_article(aid)
            if article is None:  # removed meanwhile
                continue
            feats = features(article, gaz)
            words = shingles(article.text)
            texts[aid] = article.text
            mh = minhash(words)
            new_signatures.append((aid, chash, minhash_state(mh), feats.to_json()))
        nodes.append(_Node(aid, _day(published), lang, feats, dup, kind, story))
        minhashes.append(mh)
    result.signed = len(new_signatures)

    linker = _Linker(store, cfg, texts)
    existing = {n.story_id for n in nodes if n.story_id is not None}
    for index, node in enumerate(nodes):
        if node.story_id is not None:
            linker.add(index, node, minhashes[index])
    fresh = [(i, n) for i, n in enumerate(nodes) if n.story_id is None]
    # 1. Copies and translations, oldest first: each points at the root of its text.
    for index, node in fresh:
        linker.find_original(node, minhashes[index], result)
        linker.add(index, node, minhashes[index])
    # 2. The new articles that are not copies: grouped with each other and with the
    #    stories of their days (average-link clustering; existing stories keep their id).
    roots = [n for _, n in fresh if n.duplicate_of is None]
    placed = linker.cluster(roots)
    for node in roots:
        node.story_id = placed[node.id]
    result.stories_opened = len(set(placed.values()) - existing)
    # 3. A copy takes the story of its original.
    for _, node in fresh:
        if node.story_id is None:
            node.story_id = linker.root(node).story_id or story_id_for(node.id)
        result.placed += 1

    links = [(n.id, n.duplicate_of, n.kind, n.story_id) for n in nodes]
    result.changed = store.write_links(new_signatures, links)
    return result


def _cached(
    known: tuple[str, bytes, str] | None, chash: str
) -> tuple[Features, rensa.RMinHash] | None:
    """The stored signature of an unchanged text; None (compute it again) when there is none,
    the text changed, or the stored value cannot be read back."""
    if known is None or known[0] != chash:
        return None
    try:
        return Features.from_json(known[2]), minhash_from_state(known[1])
    except (ValueError, TypeError, KeyError):
        return None


class _Linker:
    """The articles placed so far: an LSH index for copies, a date index for stories."""

    def __init__(self, store: Store, cfg: MergeSettings, texts: dict[str, str]) -> None:
        self.store = store
        self.cfg = cfg
        self.texts = texts
        self.lsh = rensa.RMinHashLSH(
            threshold=cfg.lsh_threshold, num_perm=NUM_PERM, num_bands=cfg.lsh_bands
        )
        self.by_key: dict[int, _Node] = {}
        self.by_id: dict[str, _Node] = {}
        self.dated: list[tuple[int, str]] = []  # (day, id), sorted
        self.undated: list[str] = []

    def add(self, key: int, node: _Node, mh: rensa.RMinHash) -> None:
        self.lsh.insert(key, mh)
        self.by_key[key] = node
        self.by_id[node.id] = node
        if node.day is None:
            self.undated.append(node.id)
        else:
            bisect.insort(self.dated, (node.day, node.id))

    # -- placing one article ---------------------------------------------------------------

    def find_original(self, node: _Node, mh: rensa.RMinHash, result: LinkResult) -> None:
        found = self._copy_of(node, mh)
        if found is not None:
            share, original = found
            node.duplicate_of = original.id
            node.kind = COPY if share >= self.cfg.verbatim_share else REWRITE
            result.copies += 1
            return
        translated = self._translation_of(node)
        if translated is not None:
            node.duplicate_of, node.kind = translated.id, TRANSLATION
            result.translations += 1

    def root(self, node: _Node) -> _Node:
        seen = {node.id}
        while node.duplicate_of is not None and node.duplicate_of in self.by_id:
            node = self.by_id[node.duplicate_of]
            if node.id in seen:
                break
            seen.add(node.id)
        return node

    def _shingles(self, node: _Node) -> set[str]:
        if node.shingles is None:
            text = self.texts.get(node.id)
            if text is None:
                article = self.store.get_article(node.id)
                text = article.text if article is not None else ""
            node.shingles = shingles(text)
        return node.shingles

    def _copy_of(self, node: _Node, mh: rensa.RMinHash) -> tuple[float, _Node] | None:
        best: tuple[float, _Node] | None = None
        mine = self._shingles(node)
        for key in self.lsh.query(mh):
            other = self.by_key.get(int(key))
            if other is None or other.id == node.id:
                continue
            theirs = self._shingles(other)
            smaller = min(len(mine), len(theirs))
            if smaller < self.cfg.min_shingles:
                continue
            share = len(mine & theirs) / smaller
            if share < self.cfg.copy_share or (best is not None and share <= best[0]):
                continue
            # Below a verbatim copy, the text must also follow the same course (same names,
            # figures and actors in the same order): articles that merely share a passage
            # or a topic's stock phrases do not.
            if share < self.cfg.verbatim_share and _order(node.features, other.features) < (
                self.cfg.rewrite_order
            ):
                continue
            best = (share, other)
        return (best[0], self.root(best[1])) if best is not None else None

    def _translation_of(self, node: _Node) -> _Node | None:
        f = node.features
        if node.day is None or len(f.sequence) < self.cfg.min_sequence:
            return None
        best: tuple[float, _Node] | None = None
        for other in self._near(node.day, self.cfg.translation_days):
            g = other.features
            if other.lang == node.lang or len(g.sequence) < self.cfg.min_sequence:
                continue
            if abs(f.n_paragraphs - g.n_paragraphs) > 1:
                continue
            ratio = _order(f, g)
            if ratio >= self.cfg.translation_order and (best is None or ratio > best[0]):
                best = (ratio, other)
        return self.root(best[1]) if best is not None else None

    def cluster(self, roots: list[_Node]) -> dict[str, str]:
        """Average-link clustering of the new articles ``roots`` among themselves and with
        the stories already stored around their dates.

        Every new article starts alone; every stored story is one cluster. The two clusters
        with the highest mean pairwise similarity merge, again and again, while that mean
        reaches ``story_threshold``; two stored stories never merge (their ids stay stable).
        Pairs more than ``story_days`` apart count as 0; an undated article pays
        ``undated_penalty``. A new cluster is named after its oldest article.

        Only pairs that share a name, a figure or a transfer are compared (the others have
        similarity 0), through an inverted index; merges come from a heap.
        """
        cfg = self.cfg
        if not roots:
            return {}
        members: dict[str, list[_Node]] = {f"new:{n.id}": [n] for n in roots}
        fixed: set[str] = set()
        # The stored stories around the new articles' dates (all of them if one is undated).
        days = [n.day for n in roots]
        if any(d is None for d in days):
            around = [self.by_id[i] for _, i in self.dated]
        else:
            lo = min(d for d in days if d is not None) - cfg.story_days
            hi = max(d for d in days if d is not None) + cfg.story_days
            around = self._between(lo, hi)
        around += [self.by_id[i] for i in self.undated]
        for other in around:
            if other.story_id is not None and other.duplicate_of is None:
                key = f"old:{other.story_id}"
                fixed.add(key)
                members.setdefault(key, []).append(other)
        where = {n.id: key for key, group in members.items() for n in group}
        index: dict[str, list[_Node]] = {}
        for group in members.values():
            for n in group:
                for token in _tokens(n.features):
                    index.setdefault(token, []).append(n)
        sums: dict[str, dict[str, float]] = {key: {} for key in members}
        for node in roots:
            mine = where[node.id]
            seen: set[str] = set()
            for token in _tokens(node.features):
                for other in index.get(token, ()):
                    if other.id in seen:
                        continue
                    seen.add(other.id)
                    theirs = where[other.id]
                    if theirs == mine or (theirs.startswith("new:") and other.id <= node.id):
                        continue
                    if (
                        node.day is not None
                        and other.day is not None
                        and abs(node.day - other.day) > cfg.story_days
                    ):
                        continue
                    sim = similarity(node.features, other.features)
                    if node.day is None or other.day is None:
                        sim -= cfg.undated_penalty
                    if sim <= 0:
                        continue
                    sums[mine][theirs] = sums[mine].get(theirs, 0.0) + sim
                    sums[theirs][mine] = sums[theirs].get(mine, 0.0) + sim

        def mean(a: str, b: str) -> float:
            return sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))

        heap: list[tuple[float, str, str]] = []
        for a, row in sums.items():
            for b in row:
                if a < b and not (a in fixed and b in fixed):
                    m = mean(a, b)
                    if m >= cfg.story_threshold:
                        heap.append((-m, a, b))
        heapq.heapify(heap)
        while heap:
            neg, a, b = heapq.heappop(heap)
            if a not in members or b not in members or -neg != mean(a, b):
                continue  # a cluster merged since, or the mean changed: a stale entry
            if b in fixed:
                a, b = b, a
            members[a].extend(members.pop(b))
            for c, total in sums.pop(b).items():
                sums[c].pop(b, None)
                if c == a:
                    continue
                sums[a][c] = sums[a].get(c, 0.0) + total
                sums[c][a] = sums[c].get(a, 0.0) + total
            sums[a].pop(b, None)
            for c in sums[a]:
                if a in fixed and c in fixed:
                    continue
                m = mean(a, c)
                if m >= cfg.story_threshold:
                    heapq.heappush(heap, (-m, min(a, c), max(a, c)))
        placed: dict[str, str] = {}
        for key, group in members.items():
            if key in fixed:
                story = key.removeprefix("old:")
            else:
                first = min(group, key=lambda n: (n.day is None, n.day or 0, n.id))
                story = story_id_for(first.id)
            for node in group:
                if node.story_id is None:
                    placed[node.id] = story
        return placed

    def _between(self, lo: int, hi: int) -> list[_Node]:
        a = bisect.bisect_left(self.dated, (lo, ""))
        b = bisect.bisect_right(self.dated, (hi, "\uffff"))
        return [self.by_id[i] for _, i in self.dated[a:b]]

    def _near(self, day: int, days: int) -> list[_Node]:
        lo = bisect.bisect_left(self.dated, (day - days, ""))
        hi = bisect.bisect_right(self.dated, (day + days, "\uffff"))
        return [self.by_id[i] for _, i in self.dated[lo:hi]]


# What tells a news event apart, across languages: the people, places and systems it names,
# above all in its title and lead; then its figures and the transfers extracted from it.
# Actor states are left out: every article on a war names the same ones.
_WEIGHTS = (
    ("lead_names", 0.3),
    ("names", 0.3),
    ("numbers", 0.2),
    ("triples", 0.2),
)
# Two articles in the same language are also compared on their long words.
_SAME_LANGUAGE = (("keywords", KEYWORD_WEIGHT),)


def similarity(a: Features, b: Features) -> float:
    """How likely two articles report the same event, from 0 to 1, whatever their languages:
    ``story_similarity`` of ``a`` with a story of one article, ``b`` (computed directly)."""
    total = score = 0.0
    kinds = _WEIGHTS + _SAME_LANGUAGE if a.lang is not None and a.lang == b.lang else _WEIGHTS
    for kind, weight in kinds:
        mine = set(getattr(a, kind))
        theirs = set(getattr(b, kind))
        if not mine and not theirs:
            continue
        total += weight
        if mine and theirs:
            score += weight * len(mine & theirs) / math.sqrt(len(mine) * len(theirs))
    return score / total if total else 0.0


def story_similarity(a: Features, members: Sequence[Features]) -> float:
    """How likely article ``a`` reports the event of a story, from 0 to 1.

    For each kind of feature (names, figures, actors, transfers), the cosine between the
    article's set and the story's profile, where each value weighs the share of the story's
    articles that have it: what most of a story's articles name is its core, what one
    article mentions in passing barely counts. The weighted mean of the four cosines; kinds
    that neither side has are left out (articles without transfers are compared on the rest).
    """
    n = len(members)
    if n == 0:
        return 0.0
    total = score = 0.0
    for kind, weight in _WEIGHTS:
        mine = set(getattr(a, kind))
        counts: Counter[str] = Counter()
        for f in members:
            counts.update(set(getattr(f, kind)))
        if not mine and not counts:
            continue
        total += weight
        if not mine or not counts:
            continue
        dot = sum(counts[x] for x in mine) / n
        norm = math.sqrt(len(mine)) * math.sqrt(sum((c / n) ** 2 for c in counts.values()))
        score += weight * (dot / norm)
    return score / total if total else 0.0


def _tokens(f: Features) -> set[str]:
    """What two articles must share to be compared at all (see ``similarity``)."""
    return (
        {f"n:{x}" for x in f.names}
        | {f"n:{x}" for x in f.lead_names}
        | {f"#{x}" for x in f.numbers}
        | {f"t:{x}" for x in f.triples}
    )


def _order(a: Features, b: Features) -> float:
    """How alike the course of two texts is: difflib ratio of their name/figure/actor runs."""
    if not a.sequence or not b.sequence:
        return 0.0
    return SequenceMatcher(None, a.sequence, b.sequence, autojunk=False).ratio()


def _day(published: str | None) -> int | None:
    """Days since the epoch of an ISO date; a month alone counts as its 15th; else None."""
    if not published:
        return None
    parts = published[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else (15 if len(parts) > 1 else 1)
        return date(year, month, day).toordinal() - date(1970, 1, 1).toordinal()
    except (ValueError, IndexError):
        return None
