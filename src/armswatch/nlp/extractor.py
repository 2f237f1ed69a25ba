"""Article → TransferReports, with a cheap lexical pre-filter before parsing.

Only paragraphs that can hold a transfer, a denial, a route or a reference back to one are parsed
(a materiel word, a shipment noun, a denial or route cue). Frames from all parsed paragraphs are
resolved together, so "ces obus" three paragraphs later still finds its transfer.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from functools import lru_cache

from armswatch.clean.normalize import normalise_for_parser
from armswatch.nlp.accents import AccentTable, looks_accentless
from armswatch.nlp.component import ARTICLE_ACRONYMS, ARTICLE_ACTORS, TransferComponent
from armswatch.nlp.discourse import (
    entry_starts,
    merge,
    named_states,
    needs_state_mentions,
    resolve,
)
from armswatch.nlp.frames import Frame, origin_of
from armswatch.nlp.gazetteer import default_gazetteer
from armswatch.nlp.lexicon import LangLexicon, load_lexicon, strip_accents
from armswatch.nlp.models import SUPPORTED_LANGS, load_nlp
from armswatch.records import Article, Evidence, TransferReport, content_hash

log = logging.getLogger("armswatch")


@lru_cache(maxsize=4)
def _roles(lang: str) -> re.Pattern[str]:
    """Role nouns: a paragraph naming an official is parsed when the article is, to bind names."""
    lex: LangLexicon = load_lexicon()[lang]
    body = "|".join(re.escape(strip_accents(w)) for w in sorted(lex.roles, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})", re.IGNORECASE)


@lru_cache(maxsize=4)
def _prefilter(lang: str) -> re.Pattern[str]:
    """Whole-word materiel terms, shipment nouns and denial verbs: a paragraph without any of
    them cannot hold a transfer, a denial or a reference back to one."""
    lex: LangLexicon = load_lexicon()[lang]
    words: set[str] = {strip_accents(form.lower()) for form in lex.materiel}
    words |= {strip_accents(w) for w in lex.shipment_nouns | lex.agent_nouns}
    words |= {strip_accents(w) for w in lex.denial if " " not in w}
    words |= {strip_accents(w) for w in ARMING_FORMS[lang]}  # "accusés d'armer les FSR"
    body = "|".join(
        # a system's letter suffix is a variant of it: "Su-30K", "Su-30MKI", "J-10CE"
        re.escape(w) + ("(?:[a-z][a-z0-9]{0,4})?" if w[-1].isdigit() else "")
        for w in sorted(words, key=len, reverse=True)
        if len(w) > 2 or any(ch.isdigit() for ch in w)  # "K2", "K9"
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# Chosen by hand, not from ``verb_forms("armer")``: its participles "armée(s)" are the common
# noun "army", which would send most French war news to the parser.
ARMING_FORMS = {
    "fr": {"armer", "arme", "arment", "armait", "armaient", "armant"}
    # "l'armée arménienne était équipée par la Russie": an army equipped is armed
    | {"équipée", "équipé", "équipés", "équipées", "équiper", "équipait", "équipe"},
    "en": {"arm", "arms", "arming", "equipped", "equip", "equips", "equipping"},
}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line-block; one newline separates paragraphs in web text."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            spans.append((m.start(), m.end()))
    return spans


_OPEN_END = re.compile(r"[\w)\]]\s*$")


def _closed(line: str) -> str:
    """``line`` with a full stop added when it ends on a word (a headline, a list item)."""
    return line.rstrip() + "." if _OPEN_END.search(line) else line


class Extractor:
    """Extraction for one language. Holds the spaCy pipeline; one per process."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.nlp = load_nlp(lang)
        comp = self.nlp.get_pipe("armswatch_transfers")
        if not isinstance(comp, TransferComponent):  # pragma: no cover - wiring error
            raise TypeError("armswatch_transfers is not a TransferComponent")
        self.component = comp
        self.gazetteer = default_gazetteer()
        self.prefilter = _prefilter(lang)
        self._accents: AccentTable | None = None

    def accent_table(self) -> AccentTable:
        """Built from the model's vocabulary on the first accent-less French article."""
        if self._accents is None:
            self._accents = AccentTable.from_vocab(self.nlp.vocab)
        return self._accents

    def prepare(self, text: str) -> str:
        """The text the parser reads: same length as ``text``, typography normalised, accents
        put back into French scraped without them."""
        norm = normalise_for_parser(text)
        if self.lang == "fr" and looks_accentless(norm):
            norm = self.accent_table().restore(norm)
        return norm

    def extract(self, text: str, *, article_id: str, source: str) -> list[TransferReport]:
        norm = self.prepare(text)
        paras = [(a, b, strip_accents(norm[a:b])) for a, b in _paragraphs(norm)]
        cued = [self.prefilter.search(folded) is not None for _, _, folded in paras]
        if not any(cued):
            return []
        roles = _roles(self.lang)
        wanted = [
            (a, b)
            for (a, b, folded), hit in zip(paras, cued, strict=True)
            if hit or roles.search(folded)
        ]
        frames: list[Frame] = []
        bindings: dict[str, str] = {}
        sent_index = 0
        previous_end = 0
        disabled = [self.component.name]
        # A headline or a line with no final stop ("Manille réceptionne des missiles BrahMos
        # indiens") parses as a fragment; a stop after it, past the line's end, keeps the parse
        # of the sentence without moving any offset.
        texts = [_closed(norm[a:b]) for a, b in wanted]
        present = self.gazetteer.present(norm)
        acronyms = self.gazetteer.acronyms(norm)
        for (start, end), doc in zip(wanted, self.nlp.pipe(texts, disable=disabled), strict=True):
            doc.user_data[ARTICLE_ACTORS] = present
            doc.user_data[ARTICLE_ACRONYMS] = acronyms
            # paragraphs skipped by the pre-filter still count as distance
            sent_index += len(_paragraphs(norm[previous_end:start]))
            previous_end = end
            doc_frames, doc_bindings = self.component.frames(doc, sent_index)
            for k, v in doc_bindings.items():
                bindings.setdefault(k, v)
            for f in doc_frames:
                f.sent_start += start
                f.sent_end = min(f.sent_end + start, end)
            frames.extend(doc_frames)
            sent_index += sum(1 for _ in doc.sents)
        kind = self.gazetteer.kind
        drafts = resolve(
            frames,
            bindings,
            actor_kind=kind,
            origin_of=lambda texts: origin_of(texts, self.component.lex),
            # only an article with a buyer named by description, or goods handed to nobody
            # named, needs where its states are
            state_mentions=named_states(self.gazetteer.find(norm, present), kind, norm)
            if needs_state_mentions(frames)
            else [],
            monarchies=self.component.lex.monarchies,
            entries=entry_starts(norm),
        )
        era = {**self._former_states(norm, present), **self._shared_names(norm, present)}
        if era:
            for d in drafts:
                d.supplier = era.get(d.supplier, d.supplier)
                d.recipient = era.get(d.recipient, d.recipient)
                d.claimants = list(dict.fromkeys(era.get(a, a) for a in d.claimants))
                d.deniers = list(dict.fromkeys(era.get(a, a) for a in d.deniers))
                d.via = list(dict.fromkeys(era.get(a, a) for a in d.via))
            drafts = [d for d in drafts if d.supplier != d.recipient]
        for home, group, backers in self.component.lex.proxies:
            if group in present:
                for d in drafts:
                    if d.recipient == home and d.supplier in backers:
                        d.recipient = group  # "transferred from Iran to Yemen", on the Houthis
        reports = merge(
            drafts, article_id=article_id, source=source, text=text, actor=self.gazetteer.actor
        )
        for r in reports:
            r.evidence = [Evidence(e.start, e.end, text[e.start : e.end]) for e in r.evidence]
        return reports

    def _shared_names(self, norm: str, present: set[str]) -> dict[str, str]:
        """Default -> other state, for a name two states share that the article only uses for
        the other one: in a story on the Democratic Republic of the Congo (named so, or by
        Kinshasa) that never names Brazzaville or the Republic of the Congo, "Congo" is the
        DRC."""
        out: dict[str, str] = {}
        for default, other, shared in SHARED_NAMES:
            if default not in present or other not in present:
                continue
            found = self.gazetteer.find(norm, present)
            other_named = any(
                m.actor_id == other and m.type in NAMING_TYPES | {"capital"} for m in found
            )
            only_shared = all(m.text.lower() in shared for m in found if m.actor_id == default)
            if other_named and only_shared:
                out[default] = other
        return out

    def _former_states(self, norm: str, present: set[str]) -> dict[str, str]:
        """Successor -> former state, for the former states this article names while never
        naming their successor: in a story on 1948 that says "Czechoslovakia" and never "the
        Czech Republic", "Prague" and "Czech" mean Czechoslovakia."""
        pairs = [(f, s) for f, s in self.component.lex.former_states if f in present]
        if not pairs:
            return {}
        named = {m.actor_id for m in self.gazetteer.find(norm, present) if m.type in NAMING_TYPES}
        # named by its name, not only by a demonym ("Czechoslovak-era rifles" in a story on
        # today's Czech aid keeps "Prague" as the Czech Republic)
        return {s: f for f, s in pairs if f in named and s not in named}


# alias types that name a state outright (not its capital, demonym, leader or organs)
NAMING_TYPES = frozenset({"name", "official", "short"})

# a short name two states share: the state it stands for by default, the other one, and the
# forms of the name they share
SHARED_NAMES = (("COG", "COD", frozenset({"congo"})),)


@lru_cache(maxsize=4)
def get_extractor(lang: str) -> Extractor:
    return Extractor(lang)


def extract(text: str, lang: str | None = None) -> list[TransferReport]:
    """Transfer reports in one text (French or English). The Python API of ``armswatch extract``."""
    if lang is None:
        from armswatch.clean.lang import detect_language

        lang = detect_language(text) or "en"
    if lang not in SUPPORTED_LANGS:
        return []
    article_id = content_hash(text)
    return get_extractor(lang).extract(text, article_id=article_id, source="")


class ExtractStep:
    """Pipeline step: fill ``article.reports``. Articles in other languages pass with none."""

    name = "extract"
    requires: tuple[str, ...] = ("text", "lang")
    assigns: tuple[str, ...] = ("reports",)

    def __init__(self) -> None:
        self._warned: set[str] = set()

    def __call__(self, article: Article) -> Article:
        lang = article.lang
        if lang not in SUPPORTED_LANGS:
            if lang not in self._warned:
                self._warned.add(str(lang))
                log.warning(
                    "no extraction for language %r (armswatch reads %s); first seen in %s",
                    lang,
                    ", ".join(SUPPORTED_LANGS),
                    article.source,
                )
            return dataclasses.replace(article, reports=[])
        reports = get_extractor(lang).extract(
            article.text, article_id=article.id, source=article.source
        )
        return dataclasses.replace(article, reports=reports)
