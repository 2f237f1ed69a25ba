"""End to end, in headless Debian Chromium driven by Playwright, against `armswatch serve`.

Every page loads with no console error, no failed request and no request to another origin;
the network → case → article path works with real clicks; no injected script ever runs.
Screenshots land in tests/artifacts/ (and, with ARMSWATCH_DOCS_SCREENSHOTS=1, the README's
in docs/img/). Chromium comes from Debian (`make install`); a missing browser is a failure.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.web.conftest import ARTIFACTS, DOCS_IMG, DOCS_SCREENSHOTS, LiveServer

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests need Debian's chromium "
            "(`make install` installs it with apt-get)"
        )
    # Playwright gives the browser a fresh temporary profile (its own --user-data-dir).
    b = playwright_driver.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield b
    b.close()


@dataclass
class Watch:
    """What went wrong in a page: console errors, page errors, failed or foreign requests,
    dialogs (alert/confirm: an injected script would open one)."""

    origin: str
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    bad_status: list[str] = field(default_factory=list)

    def problems(self) -> dict[str, list[str]]:
        found = {
            "console errors": self.console,
            "page errors": self.errors,
            "failed requests": self.failed,
            "requests to another origin": self.foreign,
            "dialogs": self.dialogs,
            "HTTP errors": self.bad_status,
        }
        return {k: v for k, v in found.items() if v}


@pytest.fixture
def context(browser: Browser, live_server: LiveServer) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    yield ctx
    ctx.close()


@pytest.fixture
def watched(context: BrowserContext, live_server: LiveServer) -> Iterator[tuple[Page, Watch]]:
    watch = Watch(origin=live_server.url)
    here = urlsplit(live_server.url).netloc

    def route(r: Any) -> None:
        url = r.request.url
        if urlsplit(url).netloc != here and not url.startswith(("data:", "blob:")):
            watch.foreign.append(url)
            r.abort()
        else:
            r.continue_()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and watch.console.append(m.text))
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    # A request cut short because the test navigates on (net::ERR_ABORTED, the favicon, say)
    # did not fail; requests to another origin are aborted by route() and counted apart.
    page.on(
        "requestfailed",
        lambda r: (
            "ERR_ABORTED" not in (r.failure or "") and watch.failed.append(f"{r.url} {r.failure}")
        ),
    )
    page.on(
        "response",
        lambda r: r.status >= 400 and watch.bad_status.append(f"{r.status} {r.url}"),
    )

    def on_dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    yield page, watch
    assert page.evaluate("() => window.__xss === undefined"), "an injected script ran"
    assert watch.problems() == {}


def shot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def wait_ready(page: Page) -> None:
    """Wait until every script-drawn component of the page says it is drawn."""
    page.wait_for_load_state("load")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#network, #timeline, [data-routes-url]')]"
        ".every(e => e.dataset.ready === 'true')",
        timeout=15_000,
    )


PAGES = [
    ("overview", "/"),
    ("cases", "/cases"),
    ("cases-actor-fr", "/cases?actor=" + quote("Corée du Nord")),
    ("case-prk-rus", "/cases/PRK.RUS.ammunition"),
    ("case-irn-rus", "/cases/IRN.RUS.uav"),
    ("network", "/network"),
    ("network-filtered", "/network?category=armour"),
    ("map", "/map"),
    ("network-empty", "/network?actor=Atlantis"),
    ("map-empty", "/map?actor=Atlantis"),
    ("article-xss-fr", "/articles/xss-fr-1"),
    ("article-xss-en", "/articles/xss-en-1"),
    ("search", "/search?q=obus"),
    ("search-xss", "/search?q=" + quote("<img src=x onerror=alert(1)>")),
    ("stories", "/stories"),
    ("docs", "/docs"),
    ("not-found", "/cases/NOPE.NOPE.uav"),
]


@pytest.mark.parametrize("name,path", PAGES, ids=[p[0] for p in PAGES])
def test_every_page_loads_clean(
    watched: tuple[Page, Watch], live_server: LiveServer, name: str, path: str
) -> None:
    page, watch = watched
    response = page.goto(live_server.url + path)
    assert response is not None
    if name == "not-found":
        assert response.status == 404
        # The one expected HTTP error, which Chromium also logs on the console.
        watch.bad_status.clear()
        watch.console[:] = [m for m in watch.console if "404" not in m]
    else:
        assert response.status == 200
    assert "content-security-policy" in response.headers
    wait_ready(page)
    assert page.title().endswith("armswatch")
    shot(page, name)


def test_network_edge_to_case_to_article(
    watched: tuple[Page, Watch], live_server: LiveServer
) -> None:
    page, _ = watched
    page.goto(live_server.url + "/network")
    wait_ready(page)
    n_edges = page.evaluate("() => window.armswatchNetwork.edges().length")
    assert n_edges == len(page.locator(".edge-list li").all())
    # A real mouse click on the middle of the PRK → RUS ammunition arrow.
    point = page.evaluate(
        """() => {
            const cy = window.armswatchNetwork;
            const edge = cy.getElementById('case:PRK.RUS.ammunition');
            const mid = edge.renderedMidpoint();
            const box = cy.container().getBoundingClientRect();
            return {x: box.left + mid.x, y: box.top + mid.y};
        }"""
    )
    with page.expect_navigation():
        page.mouse.click(point["x"], point["y"])
    assert page.url.endswith("/cases/PRK.RUS.ammunition")
    wait_ready(page)
    assert page.locator("#case-map svg .route").count() == 1
    entries = page.locator("ol.entries li.entry")
    dots = page.locator("#timeline circle.dot")
    assert dots.count() == entries.count() >= 3
    # A timeline dot opens its entry and its evidence.
    dots.first.click()
    first = page.locator("#entry-0 details")
    assert first.get_attribute("open") is not None
    assert first.locator("blockquote").first.is_visible()
    # The entry's article link → the article, evidence highlighted.
    link = first.locator(".entry-body a").first
    with page.expect_navigation():
        link.click()
    assert "/articles/" in page.url
    assert page.locator("mark.evidence").count() >= 1
    shot(page, "article-from-case")


def test_actor_node_lists_its_cases(watched: tuple[Page, Watch], live_server: LiveServer) -> None:
    page, _ = watched
    page.goto(live_server.url + "/network?actor=Iran")
    wait_ready(page)
    point = page.evaluate(
        """() => {
            const cy = window.armswatchNetwork;
            const p = cy.getElementById('IRN').renderedPosition();
            const box = cy.container().getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }"""
    )
    with page.expect_navigation():
        page.mouse.click(point["x"], point["y"])
    assert page.url.endswith("/cases?actor=IRN")
    assert page.locator("table.cases tbody tr").count() >= 2


def test_map_route_click_opens_case(watched: tuple[Page, Watch], live_server: LiveServer) -> None:
    page, _ = watched
    page.goto(live_server.url + "/map")
    wait_ready(page)
    box = page.locator("#world-map")
    assert int(box.get_attribute("data-routes-drawn") or 0) >= 10
    assert page.locator("#world-map path.country").count() > 150
    assert page.locator("#world-map path.country.involved").count() >= 8
    # Click a point on the first leg of the North Korea → Middle East → North Africa → Russia
    # shells route (the only one along that path).
    point = page.evaluate(
        """() => {
            const sel = 'a.route-link[data-case="PRK.RUS.ammunition"] path';
            const path = document.querySelector(sel);
            const p = path.getPointAtLength(path.getTotalLength() * 0.15);
            const m = path.getScreenCTM();
            return {x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f};
        }"""
    )
    with page.expect_navigation():
        page.mouse.click(point["x"], point["y"])
    assert page.url.endswith("/cases/PRK.RUS.ammunition")


def test_injected_markup_stays_text(watched: tuple[Page, Watch], live_server: LiveServer) -> None:
    page, watch = watched
    for path in ("/articles/xss-fr-1", "/articles/xss-en-1", "/cases/PRK.RUS.ammunition"):
        page.goto(live_server.url + path)
        wait_ready(page)
        assert page.evaluate("() => window.__xss === undefined"), path
    page.goto(live_server.url + "/articles/xss-fr-1")
    text = page.locator("article.article-text").inner_text()
    assert "<script>window.__xss='text'" in text
    assert "<img src=x onerror=\"window.__xss='img'" in text
    assert page.locator("article.article-text img, article.article-text script").count() == 0
    assert page.locator("article.article-text a").count() == 0
    assert "<script>" in page.locator("h1").inner_text()
    # The timeline, built by script from the JSON block, shows the payload as text too.
    page.goto(live_server.url + "/cases/PRK.RUS.ammunition")
    wait_ready(page)
    titles = page.locator("#timeline circle.dot title").all_inner_texts()
    assert titles and page.locator("#timeline script, #timeline img").count() == 0
    assert watch.dialogs == []


def test_readme_screenshots(
    browser: Browser, live_server: LiveServer, request: pytest.FixtureRequest
) -> None:
    """The network, the map and a case timeline, as the README shows them. With
    ARMSWATCH_DOCS_SCREENSHOTS=1 they are taken against the examples alone and copied to
    docs/img/."""
    server = live_server
    extra: LiveServer | None = None
    if DOCS_SCREENSHOTS:
        extra = server = LiveServer(request.getfixturevalue("examples_db"))
    try:
        ctx = browser.new_context(viewport={"width": 1200, "height": 820})  # type: ignore[arg-type]
        page = ctx.new_page()
        taken = {}
        for name, path, selector in (
            ("network", "/network", "main"),
            ("map", "/map", "main"),
            ("case-timeline", "/cases/IRN.RUS.uav", "main"),
        ):
            page.goto(server.url + path)
            wait_ready(page)
            target = ARTIFACTS / f"readme-{name}.png"
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.locator(selector).screenshot(path=str(target))
            assert target.stat().st_size > 10_000
            taken[name] = target
        ctx.close()
        if DOCS_SCREENSHOTS:
            DOCS_IMG.mkdir(parents=True, exist_ok=True)
            for name, target in taken.items():
                shutil.copyfile(target, DOCS_IMG / f"{name}.png")
    finally:
        if extra is not None:
            extra.stop()


def test_serve_prints_its_url(live_server: LiveServer) -> None:
    log = live_server.log.read_text()
    assert re.search(rf"http://127\.0\.0\.1:{live_server.port}/", log), log
