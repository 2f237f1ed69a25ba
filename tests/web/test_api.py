"""The JSON API: shapes, filters, sorting, the one error shape, read-only methods."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from armswatch.errors import StoreError
from armswatch.records import CATEGORIES
from armswatch.web import create_app, queries
from armswatch.web.palette import CATEGORY_COLOURS, palette_css
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow  # the session store is built by `armswatch ingest`


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    return r.json()


def assert_error(body: Any, status: int, code: str) -> None:
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


# -- overview, cases ------------------------------------------------------------------------


def test_overview_counts(client: TestClient) -> None:
    data = get(client, "/api/overview")
    counts = data["counts"]
    n_examples = len(list(EXAMPLES.glob("*.txt")))
    assert counts["articles"] == n_examples + 2  # the examples + 2 hostile articles
    assert counts["cases"] >= 15
    assert counts["reports"] >= counts["cases"]
    assert counts["stories"] >= 1
    assert sum(data["category_counts"].values()) == counts["cases"]
    assert set(data["category_counts"]) <= set(CATEGORIES)
    assert (
        data["top_cases"][0]["independent_sources"] >= data["top_cases"][-1]["independent_sources"]
    )
    assert data["published"]["first"] <= data["published"]["last"]


def test_cases_sorted_by_independent_sources(client: TestClient) -> None:
    cases = get(client, "/api/cases")["cases"]
    sources = [c["independent_sources"] for c in cases]
    assert sources == sorted(sources, reverse=True)
    first = cases[0]
    assert first["url"] == "/cases/" + first["id"]
    assert first["id"] == ".".join(
        (first["supplier"]["id"], first["recipient"]["id"], first["category"])
    )
    assert first["colour"] == CATEGORY_COLOURS[first["category"]]


def test_cases_sorted_by_recency(client: TestClient) -> None:
    cases = get(client, "/api/cases?sort=recent")["cases"]
    last_seen = [c["last_seen"] or "" for c in cases]
    assert last_seen == sorted(last_seen, reverse=True)


@pytest.mark.parametrize(
    "name", ["Corée du Nord", "coree du nord", "Pyongyang", "North Korea", "PRK", "prk", "RPDC"]
)
def test_cases_actor_names_in_french_and_english(client: TestClient, name: str) -> None:
    data = get(client, "/api/cases?actor=" + name)
    assert [a["id"] for a in data["actors"]] == ["PRK"]
    assert data["cases"], name
    for case in data["cases"]:
        assert "PRK" in (case["supplier"]["id"], case["recipient"]["id"])


def test_unknown_actor_gives_no_case(client: TestClient) -> None:
    data = get(client, "/api/cases?actor=Atlantis")
    assert data["actors"] == [] and data["cases"] == [] and data["total"] == 0


def test_category_counts_ignore_the_category_filter(client: TestClient) -> None:
    everything = get(client, "/api/cases")
    uav = get(client, "/api/cases?category=uav")
    assert uav["cases"] and all(c["category"] == "uav" for c in uav["cases"])
    assert uav["category_counts"] == everything["category_counts"]
    assert uav["total"] == everything["category_counts"]["uav"]


def test_status_filter(client: TestClient) -> None:
    planned = get(client, "/api/cases?status=planned")["cases"]
    assert planned and all(c["status"] == "planned" for c in planned)


def test_date_range_filters_on_publication(client: TestClient) -> None:
    data = get(client, "/api/cases?since=2023-03&until=2023-03")
    assert data["cases"]
    for case in data["cases"]:
        assert case["first_seen"].startswith("2023-03")
        assert case["last_seen"].startswith("2023-03")
    assert get(client, "/api/cases?since=2030")["cases"] == []


def test_empty_form_values_mean_no_filter(client: TestClient) -> None:
    everything = get(client, "/api/cases")
    blank = get(client, "/api/cases?actor=&category=&status=&since=&until=&sort=")
    assert blank["cases"] == everything["cases"]


@pytest.mark.parametrize(
    "query,parameter",
    [
        ("category=tanks", "category"),
        ("status=maybe", "status"),
        ("since=2022/11/01", "since"),
        ("until=yesterday", "until"),
        ("sort=alphabetical", "sort"),
        ("actor=" + "x" * 300, "actor"),
    ],
)
def test_invalid_parameters_give_422_in_the_error_shape(
    client: TestClient, query: str, parameter: str
) -> None:
    body = get(client, "/api/cases?" + query, status=422)
    assert_error(body, 422, "invalid_parameter")
    assert [d["parameter"] for d in body["error"]["details"]] == [parameter]


# -- one case -------------------------------------------------------------------------------


def test_case_timeline(client: TestClient) -> None:
    data = get(client, "/api/cases/PRK.RUS.ammunition")
    assert data["id"] == "PRK.RUS.ammunition"
    kinds = {e["kind"] for e in data["timeline"]}
    assert {"reported", "claim", "denial"} <= kinds
    dates = [e["date"] for e in data["timeline"] if e["date"]]
    assert dates == sorted(dates)
    for entry in data["timeline"]:
        assert entry["article_url"] == "/articles/" + entry["article_id"]
        assert entry["lang"] in ("fr", "en")
        assert entry["evidence"], entry
        if entry["kind"] in ("claim", "denial"):
            assert entry["actor"]["id"]
    claim = next(e for e in data["timeline"] if e["kind"] == "claim")
    assert claim["actor"]["id"] == "USA"
    denial = next(e for e in data["timeline"] if e["kind"] == "denial")
    assert denial["actor"]["id"] == "PRK"
    assert {r["article_id"] for r in data["reports"]} == {e["article_id"] for e in data["timeline"]}


def test_case_route_points(client: TestClient) -> None:
    route = get(client, "/api/cases/PRK.RUS.ammunition")["route"]
    assert route[0]["role"] == "supplier"
    assert route[-1]["role"] == "recipient"
    by_id = {p["id"]: p for p in route}
    assert by_id["PRK"]["iso_numeric"] == "408"
    assert by_id["RUS"]["iso_numeric"] == "643"
    assert by_id["middle-east"]["lon"] is not None and by_id["middle-east"]["placed"]
    assert by_id["north-africa"]["role"] == "via"


@pytest.mark.parametrize("case_id", ["PRK.RUS.tanks", "nothing", "A.B", "PRK.RUS.ammunition.x"])
def test_unknown_case_is_404(client: TestClient, case_id: str) -> None:
    assert_error(get(client, "/api/cases/" + case_id, status=404), 404, "not_found")


# -- network and map ------------------------------------------------------------------------


def test_network_nodes_and_edges(client: TestClient) -> None:
    data = get(client, "/api/network")
    cases = get(client, "/api/cases")["cases"]
    node_ids = {n["id"] for n in data["nodes"]}
    assert {e["id"] for e in data["edges"]} == {c["id"] for c in cases}
    for edge in data["edges"]:
        assert edge["source"] in node_ids and edge["target"] in node_ids
        assert edge["colour"] == CATEGORY_COLOURS[edge["category"]]
        assert edge["url"] == "/cases/" + edge["id"]
        assert edge["n_sources"] >= 1
    assert sum(n["n_reports"] for n in data["nodes"]) == 2 * sum(c["n_reports"] for c in cases)
    russia = next(n for n in data["nodes"] if n["id"] == "RUS")
    assert russia["receives"] >= 3 and russia["kind"] == "state"


def test_network_filters(client: TestClient) -> None:
    data = get(client, "/api/network?actor=Iran&category=uav")
    assert {(e["source"], e["target"], e["category"]) for e in data["edges"]} == {
        ("IRN", "RUS", "uav")
    }
    assert {n["id"] for n in data["nodes"]} == {"IRN", "RUS"}


def test_map_routes(client: TestClient) -> None:
    data = get(client, "/api/map")
    assert len(data["routes"]) == get(client, "/api/overview")["counts"]["cases"]
    one = get(client, "/api/map?case=PRK.RUS.ammunition")
    assert [r["id"] for r in one["routes"]] == ["PRK.RUS.ammunition"]
    points = one["routes"][0]["points"]
    assert [p["id"] for p in points] == ["PRK", "middle-east", "north-africa", "RUS"]


# -- articles, stories, search --------------------------------------------------------------


def test_article_segments_rebuild_the_text(client: TestClient) -> None:
    data = get(client, "/api/articles/xss-fr-1")
    assert "".join(s["text"] for s in data["segments"]) == data["text"]
    marked = [s for s in data["segments"] if s["evidence"]]
    assert marked
    evidence = [e["text"] for r in data["reports"] for e in r["evidence"]]
    for segment in marked:
        assert any(segment["text"] in text for text in evidence)
    assert data["url"] is None  # its javascript: URL is never offered as a link
    assert data["reports"][0]["case_url"] == "/cases/PRK.RUS.ammunition"


def test_article_story(client: TestClient) -> None:
    stories = get(client, "/api/stories")["stories"]
    story = next(s for s in stories if s["n_articles"] > 1)
    article = get(client, "/api/articles/" + story["article_ids"][0])
    assert article["story"]["id"] == story["id"]
    assert [a["id"] for a in article["story_articles"]] == story["article_ids"]
    detail = get(client, story["url"].replace("/stories/", "/api/stories/"))
    assert [a["id"] for a in detail["articles"]] == story["article_ids"]


def test_unknown_article_and_story_are_404(client: TestClient) -> None:
    assert_error(get(client, "/api/articles/nope", status=404), 404, "not_found")
    assert_error(get(client, "/api/stories/nope", status=404), 404, "not_found")


def test_search_evidence(client: TestClient) -> None:
    data = get(client, "/api/search?q=obus")
    assert data["total"] >= 2
    for hit in data["results"]:
        assert "obus" in hit["text"].lower()
        assert hit["article_url"].startswith("/articles/" + hit["article_id"] + "#ev-")
    # accents ignored
    assert (
        get(client, "/api/search?q=Coree")["total"] == get(client, "/api/search?q=Corée")["total"]
    )


@pytest.mark.parametrize(
    "q", ['"', "AND (", "*", "NEAR(a b)", "obus OR", "'; DROP TABLE x; --", ""]
)
def test_search_takes_any_text(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert r.json()["query"] == q


def test_actor_resolution(client: TestClient) -> None:
    assert [a["id"] for a in get(client, "/api/actors?q=Moscou")["actors"]] == ["RUS"]
    assert [a["id"] for a in get(client, "/api/actors?q=le Kremlin")["actors"]] == ["RUS"]
    assert [a["id"] for a in get(client, "/api/actors?q=Téhéran")["actors"]] == ["IRN"]
    assert {a["id"] for a in get(client, "/api/actors?q=corée")["actors"]} == {"PRK", "KOR"}


# -- the API as a whole ---------------------------------------------------------------------


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    schema = get(client, "/openapi.json")
    paths = set(schema["paths"])
    for path in (
        "/api/overview",
        "/api/cases",
        "/api/cases/{case_id}",
        "/api/network",
        "/api/map",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/actors",
    ):
        assert path in paths
        assert set(schema["paths"][path]) == {"get"}
    assert not any(p.startswith("/cases") for p in paths)  # pages stay out of the schema
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/cases/{case_id}" in docs.text


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("url", ["/api/cases", "/cases", "/api/nothing", "/static/app.css"])
def test_read_only(client: TestClient, method: str, url: str) -> None:
    r = client.request(method, url)
    assert r.status_code == 405
    assert r.headers["allow"] == "GET, HEAD"
    assert "content-security-policy" in r.headers
    if url.startswith("/api"):
        assert_error(r.json(), 405, "method_not_allowed")


def test_head_is_allowed(client: TestClient) -> None:
    for url in ("/", "/api/cases", "/static/app.css"):
        r = client.head(url)
        assert r.status_code == 200, url
        assert r.content == b""


def test_unknown_api_path_is_404_in_the_error_shape(client: TestClient) -> None:
    assert_error(get(client, "/api/nothing/here", status=404), 404, "not_found")


def test_unexpected_error_is_500_without_details(
    web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(queries, "overview_view", boom)
    with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
        r = c.get("/api/overview")
        assert r.status_code == 500
        assert_error(r.json(), 500, "internal_error")
        assert "secret" not in r.text
        page = c.get("/")
        assert page.status_code == 500 and "secret" not in page.text
        assert "content-security-policy" in page.headers


def test_missing_store_is_refused_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        create_app(tmp_path / "missing.db")


def test_app_never_writes(web_db: Path) -> None:
    before = web_db.stat().st_mtime_ns, web_db.stat().st_size
    with TestClient(create_app(web_db)) as c:
        for url in ("/", "/cases", "/api/cases", "/api/search?q=obus", "/network", "/map"):
            assert c.get(url).status_code == 200
    assert (web_db.stat().st_mtime_ns, web_db.stat().st_size) == before


def test_host_header_is_checked_when_asked(web_db: Path) -> None:
    app = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/overview").status_code == 200
    with TestClient(app, base_url="http://attacker.example") as c:
        assert c.get("/api/overview").status_code == 400


def test_palette_covers_every_category() -> None:
    assert set(CATEGORY_COLOURS) == set(CATEGORIES)
    css = palette_css()
    for category in CATEGORIES:
        assert f".swatch.cat-{category}" in css


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from armswatch.cli import app as cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "no such file" in result.output and "armswatch ingest" in result.output
