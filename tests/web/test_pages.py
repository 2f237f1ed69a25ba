"""HTML pages: every page renders from the store, article text is escaped everywhere, no
inline script or style, nothing from another origin, and the security headers are set."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

PAGES = [
    "/",
    "/cases",
    "/cases?actor=Cor%C3%A9e+du+Nord&sort=recent",
    "/cases?category=uav&status=reported&since=2022&until=2023-12",
    "/cases/PRK.RUS.ammunition",
    "/cases/IRN.RUS.uav",
    "/network",
    "/network?actor=Iran",
    "/map",
    "/map?category=ammunition",
    "/articles/xss-fr-1",
    "/articles/xss-en-1",
    "/search?q=obus",
    "/search?q=" + quote("<script>alert(1)</script>"),
    "/stories",
    "/docs",
]
PAYLOAD_MARKERS = ("window.__xss", "alert(")


class Collector(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    c.close()
    return c


def page(client: TestClient, url: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return r.text


@pytest.mark.parametrize("url", PAGES)
def test_page_headers(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("url", PAGES)
def test_no_inline_code_no_foreign_origin(client: TestClient, url: str) -> None:
    doc = parse(page(client, url))
    for attrs, text in doc.scripts:
        if attrs.get("type") == "application/json":
            assert attrs.get("src") is None
            continue
        assert (attrs.get("src") or "").startswith("/static/"), attrs
        assert text.strip() == "", "inline script"
    for tag, attrs in doc.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert name != "style", (tag, value)
            if name in ("src", "href", "action", "xlink:href") and tag != "a":
                assert value is None or value.startswith("/"), (tag, name, value)
            if name == "href":
                assert not (value or "").strip().lower().startswith(("javascript:", "data:"))
        assert tag not in ("iframe", "object", "embed", "base")


@pytest.mark.parametrize("url", PAGES)
def test_payloads_never_become_markup(client: TestClient, url: str) -> None:
    """Whatever the page, the hostile articles' text never yields an element: their tags
    come back as text (&lt;script&gt;…), so no <img src=x>, <svg onload> or script runs."""
    html = page(client, url)
    doc = parse(html)
    for tag, attrs in doc.tags:
        assert not (tag == "img" and attrs.get("src") == "x")
        assert tag != "svg" or "onload" not in attrs
    for attrs, text in doc.scripts:
        assert not any(m in text for m in PAYLOAD_MARKERS) or attrs.get("type") == (
            "application/json"
        )
    assert "<script>window.__xss" not in html
    assert '<img src=x onerror="window.__xss' not in html
    assert '<a href="javascript:' not in html


def test_article_text_is_escaped_and_highlighted(client: TestClient) -> None:
    html = page(client, "/articles/xss-fr-1")
    assert "&lt;script&gt;window.__xss=&#39;text&#39;;alert(&#39;text&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__xss=&#39;img&#39;" in html
    assert "&lt;a href=&#34;javascript:window.__xss=&#39;link&#39;" in html
    # the title, in <title> and <h1>
    assert "Obus pour Moscou &lt;script&gt;window.__xss=&#39;title&#39;" in html
    doc = parse(html)
    marks = [a for t, a in doc.tags if t == "mark"]
    assert marks and all(a["id"].startswith("ev-") for a in marks)
    # the javascript: URL of the article is not turned into a link
    assert not any(t == "a" and (a.get("href") or "").startswith("javascript") for t, a in doc.tags)


def test_json_blocks_cannot_close_their_script(client: TestClient) -> None:
    html = page(client, "/cases/PRK.RUS.ammunition")
    doc = parse(html)
    blocks = [text for attrs, text in doc.scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 1
    assert "<" not in blocks[0] and ">" not in blocks[0]
    assert "\\u003cscript\\u003ewindow.__xss" in blocks[0]  # the payload, as JSON text
    assert html.count("</script>") == len(doc.scripts)


def test_search_reflects_the_query_escaped(client: TestClient) -> None:
    html = page(client, "/search?q=" + quote('"><script>alert(1)</script>'))
    assert "&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_error_pages_are_escaped_html(client: TestClient) -> None:
    r = client.get("/cases/" + quote("<script>alert(1)</script>", safe=""))
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>alert(1)" not in r.text
    assert "content-security-policy" in r.headers
    r = client.get("/nowhere/<img src=x onerror=alert(1)>")
    assert r.status_code == 404 and "<img src=x" not in r.text
    r = client.get("/cases?category=tanks")
    assert r.status_code == 422 and "invalid parameter" in r.text


def test_cases_page_shows_filters_and_counts(client: TestClient) -> None:
    html = page(client, "/cases?actor=Pyongyang")
    assert "North Korea" in html and "<code>PRK</code>" in html
    assert 'href="/cases/PRK.RUS.ammunition"' in html
    doc = parse(html)
    facet_links = [
        a["href"] for t, a in doc.tags if t == "a" and "category=" in (a.get("href") or "")
    ]
    assert any("actor=Pyongyang" in h and "category=ammunition" in h for h in facet_links)


def test_case_page_timeline_entries(client: TestClient) -> None:
    html = page(client, "/cases/IRN.RUS.uav")
    doc = parse(html)
    entries = [a for t, a in doc.tags if t == "li" and (a.get("id") or "").startswith("entry-")]
    data = client.get("/api/cases/IRN.RUS.uav").json()
    assert len(entries) == len(data["timeline"]) >= 4
    assert "denies it" in html and "asserts it" in html


def test_static_assets_and_vendored_libraries(client: TestClient) -> None:
    for path, kind in (
        ("/static/app.css", "text/css"),
        ("/assets/palette.css", "text/css"),
        ("/static/js/common.js", "javascript"),
        ("/static/vendor/cytoscape.min.js", "javascript"),
        ("/static/vendor/d3-geo.min.js", "javascript"),
        ("/static/vendor/topojson-client.min.js", "javascript"),
        ("/static/vendor/countries-110m.json", "json"),
        ("/favicon.ico", "svg"),
    ):
        r = client.get(path)
        assert r.status_code == 200, path
        assert kind in r.headers["content-type"], (path, r.headers["content-type"])
    versions = client.get("/static/vendor/VERSIONS.txt").text
    for name in ("cytoscape@3.34", "d3-geo@3", "topojson-client@3", "world-atlas@2"):
        assert name in versions
