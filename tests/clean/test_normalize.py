"""The parser's normalisation maps one character to one: offsets stay valid in the stored text."""

from __future__ import annotations

import random

import pytest

from armswatch.clean.normalize import SPECIAL_CHARS, normalise_for_parser


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("l’arsenal", "l'arsenal"),
        ("l‘arsenal", "l'arsenal"),
        ("lʼarsenal", "l'arsenal"),
        ("l´arsenal", "l'arsenal"),
        ("« des obus »", '" des obus "'),
        ("“shells”", '"shells"'),
        ("„Panzer“", '"Panzer"'),
        ("nord‐coréen", "nord-coréen"),
        ("nord‑coréen", "nord-coréen"),
        ("2022–2023", "2022-2023"),
        ("Moscou — Pyongyang", "Moscou - Pyongyang"),
        ("et puis…", "et puis."),
        ("10\u00a0000 obus", "10 000 obus"),
        ("10\u202f000", "10 000"),
        ("a\u2009b\u2007c", "a b c"),
        ("drone\u200bs", "drone s"),
        ("\ufeffTitre", " Titre"),
    ],
)
def test_mappings(raw: str, expected: str) -> None:
    assert normalise_for_parser(raw) == expected


def test_plain_text_is_unchanged() -> None:
    text = 'The ministry said 120 shells (type A-1) were sent; "no comment", he added.\n\tEnd.'
    assert normalise_for_parser(text) == text


def test_french_paragraph_keeps_length_and_offsets() -> None:
    text = (
        "Selon l’état-major, la République ‑ dont le porte‑parole a parlé de « livraisons » — "
        "aurait reçu 1\u202f200 obus… sans que personne ne l’admette."
    )
    out = normalise_for_parser(text)
    assert len(out) == len(text)
    start = out.index("livraisons")
    end = start + len("livraisons")
    assert text[start:end] == "livraisons"
    assert (out[start - 2], text[start - 2]) == ('"', "«")
    assert (out[end + 1], text[end + 1]) == ('"', "»")
    pos = out.index("1 200 obus.")
    assert text[pos : pos + len("1 200 obus.")] == "1\u202f200 obus…"


def test_every_special_char_alone_and_embedded() -> None:
    assert len(SPECIAL_CHARS) >= 20
    for ch in sorted(SPECIAL_CHARS):
        out = normalise_for_parser(ch)
        assert len(out) == 1, repr(ch)
        assert out.isascii(), repr(ch)
        embedded = f"avant{ch}après"
        assert len(normalise_for_parser(embedded)) == len(embedded), repr(ch)


def test_random_strings_keep_length_and_other_characters() -> None:
    rng = random.Random(20221102)
    specials = sorted(SPECIAL_CHARS)
    others = [*"abcXYZ éèàçÉ'\"-.,;:!?\n\t0123456789", "😀", "𝔸", "\u0301", "ß", "ﬁ"]
    pool = specials + others
    for _ in range(500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        out = normalise_for_parser(text)
        assert len(out) == len(text)
        for i, (a, b) in enumerate(zip(text, out, strict=True)):
            if a not in SPECIAL_CHARS:
                assert a == b, (i, text)
        # a word found in the normalised text is the same word at the same place in the original
        for word in ("abc", "XYZ", "0123"):
            pos = out.find(word)
            if pos >= 0:
                assert text[pos : pos + len(word)] == word
