"""Reading inputs: .txt, .jsonl, .html files and folders, and every way an input can be bad."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from armswatch.errors import Reasons, UsageError
from armswatch.pipeline.base import Rejection
from armswatch.records import Article, content_hash
from armswatch.sources import read_inputs

FR_ARTICLE = (
    "Le port de Valmoré reçoit une cargaison de blindés\n"
    "\n"
    "Un navire chargé de véhicules blindés a accosté mardi à Valmoré, selon les autorités "
    "portuaires, qui n'ont pas précisé l'origine de la cargaison.\n"
    "\n"
    "Le ministère de la Défense a refusé de commenter.\n"
)
EN_ARTICLE = (
    "Shipyard workers strike over unpaid wages\n"
    "\n"
    "Hundreds of workers at the northern shipyard stopped work on Monday, demanding wages "
    "that have been unpaid since the spring.\n"
)


def read_all(*paths: str | Path) -> list[Article | Rejection]:
    return list(read_inputs(paths))


def only(items: list[Article | Rejection]) -> Article | Rejection:
    assert len(items) == 1, items
    return items[0]


def article(items: list[Article | Rejection]) -> Article:
    item = only(items)
    assert isinstance(item, Article), item
    return item


def rejection(items: list[Article | Rejection]) -> Rejection:
    item = only(items)
    assert isinstance(item, Rejection), item
    return item


# --- .txt -------------------------------------------------------------------------------------


def test_txt_article_with_title(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(FR_ARTICLE, encoding="utf-8")
    a = article(read_all(f))
    assert a.text == FR_ARTICLE.strip()
    assert a.title == "Le port de Valmoré reçoit une cargaison de blindés"
    assert a.text.startswith(a.title)  # the title stays in the text
    assert a.id == content_hash(a.text)
    assert a.source == str(f)
    assert a.published is None and a.lang is None and a.url is None


def test_txt_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("mot " * 80 + "\n\nSuite du texte.", encoding="utf-8")
    assert article(read_all(f)).title is None


def test_txt_first_line_without_blank_line_is_not_a_title(tmp_path: Path) -> None:
    f = tmp_path / "flow.txt"
    f.write_text("Première ligne courte\nDeuxième ligne qui suit directement.\n", encoding="utf-8")
    assert article(read_all(f)).title is None


def test_txt_date_line_gives_published_and_is_removed(tmp_path: Path) -> None:
    f = tmp_path / "dated.txt"
    body = "Le gouvernement a annoncé jeudi l'achat de deux patrouilleurs.\n\nSuite."
    f.write_text(" date 2023-04 " + body, encoding="utf-8")
    a = article(read_all(f))
    assert a.published == "2023-04"
    assert a.text == body
    assert a.id == content_hash(body)  # after the date line removal


def test_txt_date_line_with_day(tmp_path: Path) -> None:
    f = tmp_path / "dated.txt"
    f.write_text("date 2023-04-17\nThe navy received two new patrol boats.", encoding="utf-8")
    a = article(read_all(f))
    assert a.published == "2023-04-17"
    assert a.text == "The navy received two new patrol boats."


def test_txt_date_line_then_title(tmp_path: Path) -> None:
    f = tmp_path / "dated.txt"
    f.write_text("date 2023-04-17 Short headline here\n\nThe body follows.", encoding="utf-8")
    a = article(read_all(f))
    assert a.published == "2023-04-17"
    assert a.title == "Short headline here"


def test_txt_invalid_date_line_stays_text(tmp_path: Path) -> None:
    f = tmp_path / "odd.txt"
    f.write_text("date 2023-13 is not a month.", encoding="utf-8")
    a = article(read_all(f))
    assert a.published is None
    assert a.text == "date 2023-13 is not a month."


def test_txt_only_a_date_line_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text("date 2023-04-17\n\n", encoding="utf-8")
    assert rejection(read_all(f)).reason == Reasons.EMPTY


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", "\u00a0\n".encode()])
def test_txt_empty_or_whitespace(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    r = rejection(read_all(f))
    assert r.reason == Reasons.EMPTY
    assert r.source == str(f)


def test_txt_binary_nul_bytes(tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert rejection(read_all(f)).reason == Reasons.BINARY


def test_txt_mostly_control_characters(tmp_path: Path) -> None:
    f = tmp_path / "ctrl.txt"
    f.write_bytes(b"\x01\x02\x03\x04\x05ab\x06\x07\x08")
    assert rejection(read_all(f)).reason == Reasons.BINARY


def test_txt_latin1_is_undecodable(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    data = "Le député a évoqué la livraison.".encode("latin-1")
    f.write_bytes(data)
    r = rejection(read_all(f))
    assert r.reason == Reasons.UNDECODABLE
    offset = data.index(b"\xe9")
    assert r.detail == f"not UTF-8: byte 0xe9 at offset {offset}"


def test_txt_utf8_bom(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(codecs.BOM_UTF8 + "Énoncé du ministère sur les drones.".encode())
    a = article(read_all(f))
    assert a.text == "Énoncé du ministère sur les drones."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_txt_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "u16.txt"
    text = "Les chars sont arrivés à la frontière."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    f.write_bytes(data)
    assert article(read_all(f)).text == text


def test_txt_crlf_newlines(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"Titre court\r\n\r\nCorps du texte.\r\n")
    a = article(read_all(f))
    assert a.text == "Titre court\n\nCorps du texte."
    assert a.title == "Titre court"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.txt"
    f.write_text("Texte inaccessible.", encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    r = rejection(read_all(f))
    assert r.reason == Reasons.UNREADABLE
    assert "Permission denied" in r.detail


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_not_a_regular_file_is_unreadable(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert rejection(read_all(tmp_path)).reason == Reasons.UNREADABLE


# --- unknown extensions, missing paths ---------------------------------------------------------


@pytest.mark.parametrize("name", ["report.pdf", "memo.docx", "map.png", "dump.gz", "README"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    f.write_bytes(b"whatever")
    r = rejection(read_all(f))
    assert r.reason == Reasons.UNKNOWN_EXTENSION
    assert r.detail.endswith("; armswatch reads .txt, .jsonl, .html")
    suffix = Path(name).suffix or "(no extension)"
    assert r.detail.startswith(suffix)


def test_unknown_extension_detail_exact(tmp_path: Path) -> None:
    f = tmp_path / "r.pdf"
    f.write_bytes(b"%PDF-1.4")
    assert rejection(read_all(f)).detail == ".pdf; armswatch reads .txt, .jsonl, .html"


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    f = tmp_path / "UPPER.TXT"
    f.write_text("Un texte en capitales de nom.", encoding="utf-8")
    assert isinstance(only(read_all(f)), Article)


def test_missing_path_raises_usage_error_before_reading(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text("Texte.", encoding="utf-8")
    missing = tmp_path / "nope"
    with pytest.raises(UsageError) as info:
        read_inputs([good, missing])  # raised at call time, nothing read yet
    assert "[E001]" in str(info.value)
    assert str(missing) in str(info.value)


# --- folders -----------------------------------------------------------------------------------


def test_folder_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text("Premier article du dossier.", encoding="utf-8")
    (root / "b" / "c.txt").write_text("Deuxième article, dans un sous-dossier.", encoding="utf-8")
    (root / "b" / "deep" / "d.txt").write_text("Third article, deeper down.", encoding="utf-8")
    (root / "c.txt").write_text("Quatrième article à la racine.", encoding="utf-8")
    (root / ".hidden.txt").write_text("Caché.", encoding="utf-8")
    (root / ".git" / "x.txt").write_text("Caché aussi.", encoding="utf-8")
    (root / "b" / "notes.pdf").write_bytes(b"%PDF")

    items = read_all(root)
    sources = [i.source for i in items]
    assert sources == [
        str(root / "a.txt"),
        str(root / "b" / "c.txt"),
        str(root / "b" / "deep" / "d.txt"),
        str(root / "b" / "notes.pdf"),
        str(root / "c.txt"),
    ]
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Article",
        "Article",
        "Rejection",
        "Article",
    ]


def test_source_keeps_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "x.txt").write_text("Texte relatif.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    items = read_all("in")
    assert [i.source for i in items] == [str(Path("in") / "sub" / "x.txt")]
    assert not Path(items[0].source).is_absolute()


def test_a_single_path_string_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text("Un seul fichier.", encoding="utf-8")
    assert len(list(read_inputs(str(f)))) == 1  # a str is also an Iterable[str]: handled


def test_bad_files_do_not_stop_the_folder(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "3.txt").write_bytes("Déclaration".encode("latin-1"))
    (tmp_path / "4.pdf").write_bytes(b"%PDF")
    (tmp_path / "5.txt").write_text("Un bon article à la fin.", encoding="utf-8")
    items = read_all(tmp_path)
    reasons = [i.reason if isinstance(i, Rejection) else "ok" for i in items]
    assert reasons == [
        Reasons.EMPTY,
        Reasons.BINARY,
        Reasons.UNDECODABLE,
        Reasons.UNKNOWN_EXTENSION,
        "ok",
    ]


# --- .jsonl ------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "fr-1",
                "text": "La frégate a été livrée à la marine voisine.",
                "url": "https://exemple.fr/a",
                "title": "Frégate livrée",
                "published": "2023-06-01",
                "lang": "fr",
            },
            ensure_ascii=False,
        ),
        "{not json at all",
        "",
        json.dumps({"id": 42, "text": "Two helicopters were handed over on Friday."}),
        json.dumps(["an", "array"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "empty-text", "text": "   "}),
        json.dumps({"id": "num-text", "text": 12}),
        "   ",
        json.dumps({"text": "Sans identifiant, ce texte reçoit une empreinte.", "extra": 1}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(f)
    by_source = {i.source: i for i in items}
    assert list(by_source) == [f"{f}#{n}" for n in (1, 2, 4, 5, 6, 7, 8, 10)]

    first = by_source[f"{f}#1"]
    assert isinstance(first, Article)
    assert (first.id, first.url, first.title, first.published, first.lang) == (
        "fr-1",
        "https://exemple.fr/a",
        "Frégate livrée",
        "2023-06-01",
        "fr",
    )
    bad = by_source[f"{f}#2"]
    assert isinstance(bad, Rejection) and bad.reason == Reasons.MALFORMED_JSON
    assert bad.detail and len(bad.detail) < 80
    numeric = by_source[f"{f}#4"]
    assert isinstance(numeric, Article) and numeric.id == "42"
    array = by_source[f"{f}#5"]
    assert isinstance(array, Rejection) and array.reason == Reasons.MALFORMED_JSON
    for n in (6, 7, 8):
        r = by_source[f"{f}#{n}"]
        assert isinstance(r, Rejection) and r.reason == Reasons.MISSING_TEXT, r
    last = by_source[f"{f}#10"]
    assert isinstance(last, Article)
    assert last.id == content_hash(last.text)
    assert last.meta == {"extra": 1}


def test_jsonl_published_and_lang_are_normalised(tmp_path: Path) -> None:
    f = tmp_path / "n.jsonl"
    rows = [
        {"text": "Texte un.", "published": "2023-06-01T08:00:00Z", "lang": "fr-FR"},
        {"text": "Text two.", "published": "2023-06", "lang": "EN"},
        {"text": "Texte trois.", "published": "jamais"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    a, b, c = (article([i]) for i in read_all(f))
    assert (a.published, a.lang) == ("2023-06-01", "fr")
    assert (b.published, b.lang) == ("2023-06", "en")
    assert c.published is None and c.meta["published_raw"] == "jamais"


def test_jsonl_undecodable_line_alone_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "g", "text": "Bonne ligne."}).encode()
    bad = '{"id": "b", "text": "Mauvais encodage é"}'.encode("latin-1")
    f.write_bytes(codecs.BOM_UTF8 + good + b"\n" + bad + b"\n" + good + b"\n")
    items = read_all(f)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    r = items[1]
    assert isinstance(r, Rejection)
    assert r.reason == Reasons.UNDECODABLE and r.source == f"{f}#2"
    assert r.detail.startswith("not UTF-8: byte 0xe9 at offset ")


# --- .html -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Coastguard to receive four patrol boats | The Harbour Courier</title>
<link rel="canonical" href="https://courier.example.org/2023/06/patrol-boats">
<meta property="og:title" content="Coastguard to receive four patrol boats">
<meta property="article:published_time" content="2023-06-12T07:45:00Z">
</head><body>
<nav><ul><li><a href="/">Home page link</a></li>
<li><a href="/sport">Sport section</a></li></ul></nav>
<article>
<h1>Coastguard to receive four patrol boats</h1>
<p>The coastguard of the island state will receive four patrol boats built by a foreign
shipyard, the transport minister told reporters on Monday after a cabinet meeting.</p>
<p>The first two vessels are expected before the winter storms, while the remaining pair
will follow next year once crews have completed their training abroad.</p>
<p>The minister declined to give the price of the contract, saying only that it had been
financed by a long-term loan agreed with the supplier's export bank.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment">
<p>Reader periwinkle-otter says the boats are secretly made of marzipan.</p></div>
</section>
<footer><p>Copyright The Harbour Courier. Footer contact details.</p></footer>
</body></html>
"""


def test_html_main_text_metadata_and_no_comments(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    a = article(read_all(f))
    assert "four patrol boats built by a foreign" in a.text.replace("\n", " ")
    assert "financed by a long-term loan" in a.text.replace("\n", " ")
    assert "marzipan" not in a.text
    assert "periwinkle" not in a.text
    assert "Footer contact" not in a.text
    assert "Sport section" not in a.text
    assert a.title == "Coastguard to receive four patrol boats"
    assert a.text.startswith(a.title)
    assert a.url == "https://courier.example.org/2023/06/patrol-boats"
    assert a.published == "2023-06-12"
    assert a.id == content_hash(a.text)
    assert a.source == str(f)


def test_html_og_url_and_htm_extension(tmp_path: Path) -> None:
    page = PAGE.replace(
        '<link rel="canonical" href="https://courier.example.org/2023/06/patrol-boats">',
        '<meta property="og:url" content="https://courier.example.org/og-url">',
    )
    f = tmp_path / "page.htm"
    f.write_text(page, encoding="utf-8")
    assert article(read_all(f)).url == "https://courier.example.org/og-url"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Rien</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_text_is_no_content(tmp_path: Path, page: str) -> None:
    f = tmp_path / "empty.html"
    f.write_text(page, encoding="utf-8")
    assert rejection(read_all(f)).reason == Reasons.NO_CONTENT


def test_html_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "void.html"
    f.write_bytes(b"")
    assert rejection(read_all(f)).reason == Reasons.EMPTY


def test_trafilatura_crash_rejects_only_that_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import armswatch.sources.html as html_reader

    def boom(data: bytes) -> None:
        raise RuntimeError("lxml exploded")

    monkeypatch.setattr(html_reader, "_extract", boom)
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le texte suivant est lu quand même.", encoding="utf-8")
    first, second = read_all(tmp_path)
    assert isinstance(first, Rejection) and first.reason == Reasons.EXTRACTION_FAILED
    assert "lxml exploded" in first.detail
    assert isinstance(second, Article)
