"""``armswatch_sentences``: rule-based sentence boundaries set before the parser.

News parsers split sentences at odd places ("Washington | affirme que …"), and a wrong split
loses the subject of the verb. A boundary here is: a line break, or ``.`` ``!`` ``?`` (optionally
followed by a closing quote) before a capitalised word, a digit or an opening quote, except after
a known abbreviation or a single capital initial; or a capitalised word after a weapon designation
that kept the stop ("F-5E."). Every other token is marked as not starting a sentence, which the
parser respects.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

ABBREVIATIONS = frozenset(
    {
        "m", "mm", "mme", "mmes", "mlle", "dr", "st", "ste", "etc", "no", "mr", "mrs", "ms",
        "gen", "col", "lt", "sgt", "jr", "sr", "inc", "co", "corp", "vs", "p", "av", "cf",
        "u.s", "u.k", "u.n", "prof", "gén", "rep", "sen", "gov", "capt", "cmdr", "adm",
    }
)  # fmt: skip
ENDS = frozenset({".", "!", "?", "…"})
# a weapon designation that swallowed the full stop after it: "F-5E.", "Su-30MKM."
DESIGNATION_END = re.compile(r"^[A-Za-z]{1,4}-?\d[\w-]*[A-Za-z]\.$")
CLOSERS = frozenset({'"', "»", ")", "”", "’", "'"})
OPENERS = frozenset({'"', "«", "“", "-", "—", "("})


@Language.component("armswatch_sentences", assigns=["token.is_sent_start"])
def set_sentence_starts(doc: Doc) -> Doc:
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        prev = doc[i - 1]
        start = False
        if "\n" in prev.text:
            start = True
        elif DESIGNATION_END.match(prev.text):
            # "des chasseurs F-5E. Le Royaume-Uni …": the tokenizer keeps the stop on the name
            start = tok.text[:1].isupper() or tok.text[:1] in OPENERS
        else:
            j = i - 1
            if prev.text in CLOSERS and i >= 2 and doc[i - 2].text in ENDS:
                j = i - 2
            if doc[j].text in ENDS:
                word = doc[j - 1].lower_.rstrip(".") if j >= 1 else ""
                initial = j >= 1 and len(doc[j - 1].text) == 1 and doc[j - 1].text.isupper()
                opens = tok.text[:1].isupper() or tok.text[:1] in OPENERS or tok.is_digit
                start = opens and word not in ABBREVIATIONS and not initial
        tok.is_sent_start = start
    return doc
