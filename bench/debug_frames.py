"""Print the frames armswatch finds in a text file (developer aid): python bench/debug_frames.py FILE [lang]"""

import sys

from armswatch.clean.boilerplate import strip_boilerplate
from armswatch.nlp.extractor import _paragraphs, get_extractor

path = sys.argv[1]
lang = sys.argv[2] if len(sys.argv) > 2 else "fr"
with open(path, encoding="utf-8") as fh:
    text = strip_boilerplate(fh.read())
ex = get_extractor(lang)
norm = ex.prepare(text)
for a, b in _paragraphs(norm):
    doc = ex.nlp(norm[a:b], disable=["armswatch_transfers"])
    frames, bindings = ex.component.frames(doc)
    if bindings:
        print("BINDINGS", bindings)
    for f in frames:
        print(
            f"[{f.sent_index}] {f.kind:6} {f.trigger!r:16} S={f.suppliers}{'+spk' if f.supplier_is_speaker else ''} R={f.recipients} M={f.materiel} st={f.status} spk={[(s.kind, s.value) for s in f.speakers]} den={[(s.kind, s.value) for s in f.deniers]} via={f.via} ana={f.anaphoric} q={f.quantity!r}"
        )
        print("      ", norm[a + f.sent_start : a + f.sent_end][:160])
