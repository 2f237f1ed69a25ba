"""The spaCy component ``armswatch_transfers``.

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("armswatch_transfers", config={"lang": "fr"})
    doc = nlp(text)
    doc._.transfers          # list[TransferReport]
    doc._.transfer_frames    # sentence-level frames, before article-level resolution

It needs a parser (sentences, dependencies) and uses NER person entities when present.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from armswatch.nlp.discourse import (
    entry_starts,
    merge,
    named_states,
    needs_state_mentions,
    resolve,
)
from armswatch.nlp.frames import (
    DOCUMENT_NOUNS,
    ActorMention,
    Frame,
    MaterielMention,
    body_key,
    frames_for_doc,
    lemma,
    origin_of,
)
from armswatch.nlp.gazetteer import Gazetteer, default_gazetteer
from armswatch.nlp.lexicon import LangLexicon, load_lexicon
from armswatch.records import TransferReport, content_hash

DEMONYM_TYPES = frozenset({"demonym", "demonym_noun"})
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
LEADING_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "au", "aux", "du", "des", "the"})

for _name, _default in (
    ("transfers", None),
    ("transfer_frames", None),
    ("actor_bindings", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

PERSON_LABELS = {"PER", "PERSON"}
# the bare nouns that stand for a country's rebels, the one armed group an article names
INSURGENT_NOUNS = frozenset({"rebelles", "insurgés", "rebels", "insurgents"})


def _plausible_surname(tok: Any) -> bool:
    """A capitalised word, not a possessive, not a place or a weapon the tagger took for a
    person ("'s", "Patriot", "Vostochny" under a role word)."""
    text = str(tok.text)
    return len(text) > 2 and text[0].isupper() and text.replace("-", "").isalpha()


BINDING_TYPES = {"leader", "official_person"}
# the categories of platforms, whose generic words settle what a system name beside them is
PLATFORMS = frozenset({"aircraft", "naval", "armour"})
# air-to-air, as written around a missile's name
AIR_TO_AIR = frozenset({"air-air", "air-to-air", "air-à-air"})


def _air_to_air_beside(doc: Doc, span: Span) -> bool:
    """ "IRIS-T air-to-air missiles", "missiles air-air IRIS-T": the qualifier in the same
    phrase (no comma, conjunction or other name in between)."""
    for step, start in ((1, span.end), (-1, span.start - 1)):
        words: list[str] = []
        i = start
        while 0 <= i < len(doc) and len(words) < 6:
            t = doc[i]
            if t.text in {",", ";", "(", ")"} or t.pos_ == "CCONJ":
                break
            words.append(t.lower_)
            i += step
        text = "".join(words if step == 1 else reversed(words)).replace("-", "")
        if any(w.replace("-", "") in text for w in AIR_TO_AIR):
            return True
    return False


# Doc.user_data key: the actor ids the whole article names (set by the extractor per paragraph)
ARTICLE_ACTORS = "armswatch.article_actors"
# Doc.user_data key: the acronyms the whole article defines for an actor ("the FAR")
ARTICLE_ACRONYMS = "armswatch.article_acronyms"


@Language.factory(
    "armswatch_transfers",
    default_config={"lang": "fr"},
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.transfers", "doc._.transfer_frames", "doc._.actor_bindings"],
)
def make_transfer_component(nlp: Language, name: str, lang: str) -> TransferComponent:
    return TransferComponent(nlp, name, lang=lang)


MEMBER_NOUNS = frozenset({"member", "members", "membre", "membres"})
# Former states whose demonym is mostly a make ("Soviet-era jets", "des chars d'origine
# soviétique", "Yugoslav-made rifles"): it names a party only when it qualifies people.
PEOPLE_ONLY_DEMONYMS = frozenset({"SUN", "YUG"})
NOT_PEOPLE_WORDS = frozenset({"des", "military", "militaire", "fighter", "special", "spéciales"})
PEOPLE_UNITS = frozenset(
    {"brigade", "contingent", "unit", "units", "unité", "unités", "crews", "équipages", "forces"}
)


def _names_a_member(span: Span) -> bool:
    """An organisation named only to say who belongs to it: "a NATO member", "un pays membre
    de l'OTAN", "les membres de l'UE"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    if root.dep_ not in {"compound", "nmod", "pobj"}:
        return False
    return head.lower_ in MEMBER_NOUNS or (
        head.lower_ in {"pays", "états", "state", "states"}
        and any(c.lower_ in MEMBER_NOUNS for c in head.children)
    )


class TransferComponent:
    """Finds actor and materiel mentions, builds frames, resolves them into reports."""

    def __init__(self, nlp: Language, name: str, *, lang: str) -> None:
        self.name = name
        self.lang = lang
        self.lex: LangLexicon = load_lexicon()[lang]
        self.gazetteer: Gazetteer = default_gazetteer()
        self.materiel_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_cat: dict[str, list[str]] = {}
        for form, cat in self.lex.materiel.items():
            by_cat.setdefault(cat, []).append(form)
        for cat, forms in by_cat.items():
            self.materiel_matcher.add(cat, [nlp.make_doc(f) for f in forms])
        # the head words of the people the lexicon names ("advisers", "militaires", "brigade")
        self.people_words = (
            {w.lower() for f in by_cat.get("personnel", []) for w in f.split()} - NOT_PEOPLE_WORDS
        ) | PEOPLE_UNITS
        self.not_materiel = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.not_materiel.add("NOT", [nlp.make_doc(f.lower()) for f in self.lex.not_materiel])
        # "J-10CE", "Su-30MKI", "T-90M": a named system with a variant suffix (case kept)
        self.family_category = dict(self.lex.families)
        self.family_re = re.compile(
            "^(" + "|".join(re.escape(n) for n, _ in self.lex.families) + ")"
            r"[A-Z][A-Za-z0-9]{0,4}(?:s|['’]s)?$"
        )

    # -- mentions ---------------------------------------------------------------------------
    def actor_mentions(self, doc: Doc) -> list[ActorMention]:
        out: list[ActorMention] = []
        # the actors the whole article names, when the extractor gives them: "the North" names
        # North Korea in a paragraph of an article about it
        present = doc.user_data.get(ARTICLE_ACTORS)
        found = self.gazetteer.find(doc.text, present)
        acronyms = doc.user_data.get(ARTICLE_ACRONYMS)
        if acronyms is None:
            acronyms = self.gazetteer.acronyms(doc.text)
        if acronyms:
            # "les FAR", once the article has said "les Forces armées rwandaises (FAR)"
            taken = {i for m in found for i in range(m.start, m.end)}
            found += [
                m
                for m in self.gazetteer.find_acronyms(doc.text, acronyms)
                if not any(i in taken for i in range(m.start, m.end))
            ]
            found.sort(key=lambda m: m.start)
        for m in found:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            while len(span) > 1 and span[0].lower_ in LEADING_ARTICLES:
                # "au Salvador", "la Grenade": the name the article and preposition ask for
                # (the bare name is another word); the mention is the name
                span = span[1:]
            kind = self.gazetteer.kind(m.actor_id)
            if kind == "org" and _names_a_member(span):
                continue  # "the second NATO member to promise jets": a member state, unnamed
            if (
                m.type == "demonym"
                and m.actor_id in PEOPLE_ONLY_DEMONYMS
                and not self._on_people(span)
            ):
                continue  # "Soviet-era jets", "chars d'origine soviétique": a make, no party
            out.append(ActorMention(m.actor_id, m.type, kind, span))
        groups = [a for a in (present or ()) if self.gazetteer.kind(a) == "group"]
        if len(groups) == 1 and groups[0].endswith("-rebels"):
            out = self._insurgents(doc, out, groups[0])
        return out

    def _on_people(self, span: Span) -> bool:
        """ "Soviet military advisers", "des conseillers militaires soviétiques", "la brigade
        soviétique": the demonym qualifies people, whom only their state sends."""
        head = span.root.head
        return span.root.dep_ in {"amod", "compound"} and (
            head.lower_ in self.people_words or head.lemma_.lower() in self.people_words
        )

    def _insurgents(self, doc: Doc, out: list[ActorMention], group: str) -> list[ActorMention]:
        """ "les armes parachutées aux rebelles", "arms for the insurgents": in an article whose
        only armed group is a country's rebels, named elsewhere (the CNT for Libya's), the bare
        rebels are that group. Not a group with a name of its own (UNITA, the RUF): an article
        on UNITA may speak of other rebels. Rebels qualified by a name ("rebelles tchadiens",
        "rebels of the RUF") are not."""
        taken = {i for a in out for i in range(a.span.start, a.span.end)}
        added: list[ActorMention] = []
        for tok in doc:
            if (
                tok.pos_ == "NOUN"
                and tok.lower_ in INSURGENT_NOUNS
                and tok.i not in taken
                # "the rebel alliance", "rebel columns": a kind of force, not the group
                and tok.dep_ not in {"compound", "amod"}
                and not any(a.root.head.i == tok.i or a.root.i == tok.head.i for a in out)
                and not any(
                    c.dep_ in {"amod", "compound", "nmod", "prep", "flat:name", "appos"}
                    and c.pos_ in {"PROPN", "ADP"}
                    for c in tok.children
                )
            ):
                added.append(ActorMention(group, "epithet", "group", doc[tok.i : tok.i + 1]))
        return sorted([*out, *added], key=lambda a: a.span.start) if added else out

    def _head_nouns_again(
        self, doc: Doc, out: list[MaterielMention], taken: set[int]
    ) -> list[MaterielMention]:
        """ "The Russian-made air-defence batteries … Moscow handed three batteries over": the
        head noun of a materiel phrase, alone later in the paragraph, is that materiel again
        (not a word of its own: "batteries", "launchers" and "systems" are too vague alone)."""
        heads: dict[str, str] = {}
        added: list[MaterielMention] = []
        by_start = {m.span.start: m for m in out}
        for tok in doc:
            m = by_start.get(tok.i)
            if m is not None and len(m.span) > 1 and m.category not in {"unspecified", "personnel"}:
                last = m.span[-1]
                if last.pos_ == "NOUN" and last.lower_.isalpha():
                    heads[last.lemma_.lower()] = m.category
                continue
            if (
                tok.i not in taken
                and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in heads
                and not any(m.span.start <= tok.i < m.span.end for m in out)
                # "missile systems" after "air defence systems": a phrase of its own
                and not any(m.span.start <= c.i < m.span.end for c in tok.children for m in out)
            ):
                cat = heads[tok.lemma_.lower()]
                added.append(MaterielMention(cat, Span(doc, tok.i, tok.i + 1, label=cat)))
        return sorted([*out, *added], key=lambda m: m.span.start)

    def materiel_mentions(self, doc: Doc) -> list[MaterielMention]:
        blocked: set[int] = set()
        for _, s, e in self.not_materiel(doc):
            blocked.update(range(s, e))
        spans = []
        vocab = doc.vocab
        for match_id, s, e in self.materiel_matcher(doc):
            spans.append(Span(doc, s, e, label=vocab.strings[match_id]))
        # longest match wins, then leftmost
        spans.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
        taken: set[int] = set()
        out: list[MaterielMention] = []
        for sp in spans:
            idx = set(range(sp.start, sp.end))
            if idx & taken or idx & blocked:
                continue
            # "shell" the company, "Caesar" the emperor: capitalised product names need context,
            # which the frame rules give; a lone capitalised "Shell" is never materiel.
            if sp.text in {"Shell", "SHELL"}:
                continue
            if (
                sp.label_ == "personnel"
                and len(sp) == 1
                and sp[0].pos_ == "ADJ"
                and sp[0].i > 0
                and doc[sp[0].i - 1].pos_ == "NOUN"
            ):
                continue  # "composants militaires", "conseillers militaires": an adjective
            taken |= idx
            out.append(MaterielMention(sp.label_, sp))
        if self.family_category:
            for tok in doc:
                if tok.i in taken or tok.i in blocked:
                    continue
                variant = self.family_re.match(tok.text)
                if variant is not None:
                    cat = self.family_category[variant.group(1)]
                    out.append(MaterielMention(cat, Span(doc, tok.i, tok.i + 1, label=cat)))
        # "engines for Chinese trainer aircraft", "des moteurs pour les hélicoptères": a part
        # named only by what it is for
        starts = {m.span.start for m in out}
        for tok in doc:
            if (
                tok.i not in taken
                and tok.i not in blocked
                and tok.lower_ in self.lex.parts_for
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in {"for", "pour"}
                and any(k in starts for k in range(tok.i + 2, min(len(doc), tok.i + 7)))
            ):
                out.append(MaterielMention("components", Span(doc, tok.i, tok.i + 1, "components")))
        out.sort(key=lambda m: m.span.start)
        out = self._head_nouns_again(doc, out, taken | blocked)
        # "des avions Hawk", "Hawk jets": a name of two systems (the Hawk trainer, the Hawk
        # missile) is the one of the platform word right beside it
        for n, m in enumerate(out):
            beside = [
                o
                for o in (out[n - 1] if n > 0 else None, out[n + 1] if n + 1 < len(out) else None)
                if o is not None
                and (
                    o.span.end == m.span.start
                    or m.span.end == o.span.start
                    # "des avions d'attaque légère Hawk": the platform's role between them
                    or (
                        0 < m.span.start - o.span.end <= 3
                        and all(
                            t.pos_ in {"ADP", "ADJ", "NOUN"} and not t.is_punct
                            for t in doc[o.span.end : m.span.start]
                        )
                    )
                )
                and o.category in PLATFORMS
                and o.span.text[:1].islower()
            ]
            if (
                beside
                and m.span.text[:1].isupper()
                and m.category not in PLATFORMS | {"personnel", "unspecified", "uav"}
            ):
                out[n] = MaterielMention(beside[0].category, m.span)
        # "missiles air-air IRIS-T", "AIM-9 air-to-air missiles": a system that also arms
        # ground launchers is a missile when carried by aircraft
        for n, m in enumerate(out):
            if m.category != "air_defence" or not m.span.text[:1].isupper():
                continue
            if _air_to_air_beside(doc, m.span):
                out[n] = MaterielMention("missiles", m.span)
        # "armed Reaper aircraft": a drone is an aircraft too, and the word adds no other item
        drones = {m.span.end for m in out if m.category == "uav" and m.span.text[:1].isupper()}
        out = [
            m
            for m in out
            if not (m.category == "aircraft" and m.span.start in drones and len(m.span) == 1)
        ]
        # "Yak-130 trainers", "des avions Alpha Jet instructeurs": right after an aircraft,
        # a trainer is the aircraft's role, not people; so is one modifying an aircraft noun
        # ("Chinese trainer and attack aircraft")
        aircraft_heads = {m.span.root.i for m in out if m.category == "aircraft"}
        return [
            m
            for n, m in enumerate(out)
            if not (
                m.category == "personnel"
                and n > 0
                and out[n - 1].category == "aircraft"
                and out[n - 1].span.end == m.span.start
            )
            and not (
                m.category == "personnel"
                and m.span.root.dep_ in {"compound", "nmod", "amod"}
                and m.span.root.head.i in aircraft_heads
                and m.span.root.head.i > m.span.root.i
            )
        ]

    def bindings(self, doc: Doc, actors: list[ActorMention]) -> dict[str, str]:
        """Person surname → actor, from known officials and from appositions naming a role
        ("le porte-parole du département d'État américain, Ned Price")."""
        out: dict[str, str] = {}
        for a in actors:
            if a.type in BINDING_TYPES:
                out[a.span[-1].text] = a.actor_id
        for a in actors:
            if a.kind == "region":
                continue
            # "the UN panel of experts", "le groupe d'experts de l'ONU": "the panel said" later
            # speaks for the UN
            cur = a.root
            for _ in range(3):
                if cur.dep_ not in {
                    "compound",
                    "nmod",
                    "pobj",
                    "prep",
                    "poss",
                    "nmod:poss",
                    "amod",
                }:
                    break
                cur = cur.head
                key = body_key(cur, self.lex)
                if key and key[1:] in DOCUMENT_NOUNS and a.type in {"demonym", "demonym_noun"}:
                    continue  # "Israeli media reports": the press of a country, not its state
                if key is not None:
                    out.setdefault(key, a.actor_id)
        by_token = {t.i: a for a in actors for t in a.span if a.kind != "region"}
        for ent in doc.ents:
            if ent.label_ not in PERSON_LABELS:
                continue
            surname = ent[-1].text
            if surname in out or not _plausible_surname(ent[-1]):
                continue
            sent = ent.sent
            lo = max(sent.start, ent.start - 12)
            # the backward window stops at a quotation mark: '"… against Putin's aggression,"
            # Defence Minister Jaroslav Naď wrote' names the minister's role, not his state
            quotes = [t.i for t in doc[lo : ent.start] if t.text in QUOTE_MARKS]
            if quotes:
                lo = quotes[-1] + 1
            hi = min(sent.end, ent.end + 10)
            window = [t for t in doc[lo:hi] if t.i < ent.start or t.i >= ent.end]
            # forward window stops at the first verb ("Kirby a déclaré …" names no role)
            fwd: list[Any] = []
            for t in doc[ent.end : hi]:
                if t.pos_ in {"VERB", "AUX"}:
                    break
                fwd.append(t)
            window = [t for t in window if t.i < ent.start] + fwd
            if not any(lemma(t) in self.lex.roles or t.lower_ in self.lex.roles for t in window):
                continue
            cands = [by_token[t.i] for t in window if t.i in by_token]
            if cands:
                nearest = min(
                    cands,
                    key=lambda a: min(abs(a.span.start - ent.start), abs(a.span.end - ent.end)),
                )
                out[surname] = nearest.actor_id
        return out

    # -- pipeline ---------------------------------------------------------------------------
    def frames(self, doc: Doc, first_sent_index: int = 0) -> tuple[list[Frame], dict[str, str]]:
        actors = self.actor_mentions(doc)
        # "à la Grenade": a name the gazetteer knows is not the weapon it is spelt like
        named = {t.i for a in actors if a.type not in DEMONYM_TYPES for t in a.span}
        materiel = [m for m in self.materiel_mentions(doc) if not any(t.i in named for t in m.span)]
        bindings = self.bindings(doc, actors)
        frames = frames_for_doc(doc, self.lex, actors, materiel, first_sent_index)
        return frames, bindings

    def __call__(self, doc: Doc) -> Doc:
        frames, bindings = self.frames(doc)
        doc._.transfer_frames = frames
        doc._.actor_bindings = bindings
        article_id = str(doc.user_data.get("article_id") or content_hash(doc.text))
        source = str(doc.user_data.get("source") or "")
        drafts = resolve(
            frames,
            bindings,
            actor_kind=self.gazetteer.kind,
            origin_of=lambda texts: origin_of(texts, self.lex),
            state_mentions=named_states(
                self.gazetteer.find(doc.text), self.gazetteer.kind, doc.text
            )
            if needs_state_mentions(frames)
            else [],
            monarchies=self.lex.monarchies,
            entries=entry_starts(doc.text),
        )
        reports: list[TransferReport] = merge(
            drafts, article_id=article_id, source=source, text=doc.text, actor=self.gazetteer.actor
        )
        doc._.transfers = reports
        return doc
