"""Accents put back into French text scraped without them, before parsing.

Some sites and feeds strip diacritics ("le Danemark avait cede ses 19 Caesar a Kiev"). The French
tagger reads such text badly: "cede" becomes a pronoun, "a Kiev" a verb, "livrees" an adjective.
Articles whose letters carry (almost) no accent are restored word by word from the French model's
own vocabulary, whose vector keys are ordered by corpus frequency:

- a word becomes its most frequent accented form ("armee" → "armée", "Etats" → "États") unless the
  bare form is itself more frequent ("la", "livre", "ou");
- after an auxiliary ("a deja livre", "avait cede", "seront livrees") or a span of time
  ("l'an passe") a past participle is preferred ("livré", "cédé", "passé");
- "a" becomes "à" unless a past participle follows it ("il a rappele" keeps its auxiliary).

Every replacement is one character for one, so offsets into the original text stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from armswatch.nlp.lexicon import strip_accents

if TYPE_CHECKING:
    from spacy.vocab import Vocab

# frequency ranks beyond this are mostly typos and mojibake in the model's vector table
MAX_RANK = 300_000
# share of accented letters below which a French text is taken as stripped of its accents
# (ordinary French prose has 2–4 %)
ACCENTLESS_SHARE = 0.002
MIN_LETTERS = 200
# a participle rarer than this is more likely a typo ("trés") than the word meant
MAX_PARTICIPLE_RANK = 150_000

_WORD = re.compile(r"[A-Za-z]+")
_ACCENTED = re.compile(r"[À-ÖØ-öø-ÿŒœ]")
_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]")

AUXILIARIES = frozenset(
    [
        "a",
        "ai",
        "as",
        "avons",
        "avez",
        "ont",
        "avait",
        "avaient",
        "avais",
        "aurait",
        "auraient",
        "aura",
        "auront",
        "avoir",
        "ayant",
        "est",
        "sont",
        "etait",
        "etaient",
        "sera",
        "seront",
        "serait",
        "seraient",
        "etre",
        "etant",
        "ete",
        "soit",
        "soient",
        "fut",
        "furent",
    ]
)
# words that may stand between an auxiliary and its participle
ADVERBS = frozenset(
    [
        "deja",
        "aussi",
        "pas",
        "bien",
        "egalement",
        "finalement",
        "notamment",
        "encore",
        "toujours",
        "jamais",
        "rien",
        "plus",
        "meme",
        "ainsi",
        "effectivement",
        "recemment",
        "officiellement",
        "discretement",
        "secretement",
        "enfin",
        "ensuite",
        "alors",
        "beaucoup",
        "peu",
        "tres",
        "ne",
        "n",
        "y",
        "en",
        "se",
        "s",
        # stressed pronouns in "a lui aussi acheté", "ont eux-mêmes livré"
        "lui",
        "elle",
        "eux",
        "elles",
    ]
)
# "l'an passe", "la semaine passee": a participle used as an adjective after a span of time
TIME_NOUNS = frozenset(
    ["an", "annee", "mois", "semaine", "siecle", "trimestre", "semestre", "week"]
)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# irregular participles that carry no accent themselves ("il a fourni", "a dit", "a promis")
PLAIN_PARTICIPLES = frozenset(
    [
        "fourni",
        "fournis",
        "fournie",
        "fournies",
        "dit",
        "dits",
        "dite",
        "dites",
        "promis",
        "promise",
        "promises",
        "mis",
        "mise",
        "mises",
        "pris",
        "prise",
        "prises",
        "acquis",
        "acquise",
        "acquises",
        "fait",
        "faits",
        "faite",
        "faites",
        "vu",
        "vue",
        "vus",
        "eu",
        "su",
        "pu",
        "voulu",
        "recu",
        "recus",
        "recue",
        "recues",
        "transmis",
        "transmise",
        "produit",
        "produits",
        "produite",
        "produites",
        "remis",
        "remise",
        "remises",
        "ouvert",
        "ouverte",
        "offert",
        "offerte",
        "offerts",
        "construit",
        "construits",
        "construite",
        "conduit",
        "conduits",
        "conduite",
        "admis",
        "permis",
        "compris",
        "soumis",
        "repris",
        "appris",
    ]
)


def looks_accentless(text: str) -> bool:
    """True for a French text long enough to judge that carries (almost) no accented letter."""
    letters = len(_LETTER.findall(text))
    if letters < MIN_LETTERS:
        return False
    return len(_ACCENTED.findall(text)) / letters < ACCENTLESS_SHARE


@dataclass(frozen=True, slots=True)
class AccentTable:
    """bare lower-case form → (best accented form, its rank, best participle or "") and the rank
    of each bare form that is itself a word."""

    accented: dict[str, tuple[str, int, str]]
    plain_rank: dict[str, int]

    @classmethod
    def from_vocab(cls, vocab: Vocab, max_rank: int = MAX_RANK) -> AccentTable:
        strings = vocab.strings
        accented: dict[str, tuple[str, int, str]] = {}
        plain_rank: dict[str, int] = {}
        for rank, key in enumerate(vocab.vectors.key2row):
            if rank >= max_rank:
                break
            word = strings[key]
            if not word.isalpha():
                continue
            low = word.lower()
            bare = strip_accents(low)
            if len(bare) != len(low) or not bare.isascii():
                continue  # ligatures and scripts other than Latin
            if bare == low:
                plain_rank.setdefault(low, rank)
                continue
            best, best_rank, participle = accented.get(bare, ("", rank, ""))
            if not best:
                best, best_rank = low, rank
            if not participle and rank < MAX_PARTICIPLE_RANK and low.endswith(PARTICIPLE_ENDINGS):
                participle = low
            accented[bare] = (best, best_rank, participle)
        return cls(accented, plain_rank)

    def restore(self, text: str) -> str:
        """The text with accents put back; same length, same offsets."""
        out = list(text)
        words = list(_WORD.finditer(text))
        restored: list[str] = []
        for i, m in enumerate(words):
            word = m.group(0)
            low = word.lower()
            if low == "a":
                restored.append(low)  # settled below, once its neighbours are known
                continue
            prev = None if low in ADVERBS else _previous_verbal(words, i, text)
            after_time = i > 0 and words[i - 1].group(0).lower() in TIME_NOUNS
            # "des drones livres par la Turquie": a participle before its agent
            before_agent = (
                i + 1 < len(words)
                and words[i + 1].group(0).lower() == "par"
                and text[m.end() : words[i + 1].start()].strip() == ""
            )
            choice = self._choose(
                low, after_auxiliary=prev is not None or after_time or before_agent
            )
            restored.append(choice)
            if choice != low:
                for k, ch in enumerate(choice):
                    out[m.start() + k] = ch.upper() if word[k].isupper() else ch
        # "a" is a preposition unless a participle follows it
        for i, m in enumerate(words):
            if m.group(0) not in {"a", "A"}:
                continue
            if m.start() > 0 and text[m.start() - 1] in "'’":
                if i > 0 and words[i - 1].group(0).lower() == "jusqu":
                    out[m.start()] = "à" if m.group(0) == "a" else "À"
                continue  # "n'a", "qu'a"
            if m.start() > 0 and text[m.start() - 1] == "-":
                continue  # "y a-t-il"
            nxt = _next_content(words, i, text)
            if nxt is not None and _is_participle(restored[nxt], words[nxt].group(0)):
                continue
            out[m.start()] = "à" if m.group(0) == "a" else "À"
        return "".join(out)

    def _choose(self, low: str, *, after_auxiliary: bool) -> str:
        entry = self.accented.get(low)
        if entry is None:
            return low
        best, best_rank, participle = entry
        if after_auxiliary and participle:
            return participle
        plain = self.plain_rank.get(low)
        if plain is not None and plain < best_rank:
            return low
        return best


def _previous_verbal(words: list[re.Match[str]], i: int, text: str) -> int | None:
    """Index of the auxiliary before word i, skipping adverbs, or None."""
    j = i - 1
    while j >= 0:
        between = text[words[j].end() : words[j + 1].start() if j + 1 < len(words) else 0]
        if any(c in between for c in '.,;:!?()"\n'):
            return None
        w = words[j].group(0).lower()
        if w in AUXILIARIES:
            return j
        if w not in ADVERBS:
            return None
        j -= 1
    return None


def _next_content(words: list[re.Match[str]], i: int, text: str) -> int | None:
    j = i + 1
    while j < len(words):
        between = text[words[j - 1].end() : words[j].start()]
        if any(c in between for c in '.,;:!?()"\n'):
            return None
        if words[j].group(0).lower() not in ADVERBS:
            return j
        j += 1
    return None


def _is_participle(restored: str, original: str) -> bool:
    """Whether the word after "a" reads as a past participle ("a livré", "a fourni", "a valu")."""
    low = original.lower()
    if original[:1].isupper():
        return False
    return (
        restored.endswith(PARTICIPLE_ENDINGS)
        or low in PLAIN_PARTICIPLES
        or (len(low) >= 3 and low.endswith(("u", "us")))
        or (len(low) >= 4 and low.endswith(("i", "is", "it", "its")))
    )
