"""The FastAPI application: HTML pages and their JSON twins under ``/api``, over a read-only
store.

* Read-only: the store is opened with ``Store.open(path, read_only=True)`` (SQLite
  ``mode=ro``), once per request, in the thread that serves the request (an sqlite3
  connection is never shared between threads). Only GET and HEAD are answered; any other
  method gets 405.
* One error shape for the API: ``{"error": {"status": 404, "code": "not_found", "message":
  "…"}}`` (422 adds ``details``); pages get an HTML error page with the same status.
* Every page is rendered by Jinja2 with autoescaping, JavaScript comes from static files only,
  data reaches scripts through the JSON API or ``<script type="application/json">`` blocks
  (escaped by ``tojson``), and every response carries a strict Content-Security-Policy. No
  page loads anything from another origin: the front-end libraries are vendored.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.types import DecoratedCallable
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from armswatch import __version__
from armswatch.errors import ArmswatchError, StoreError
from armswatch.records import CATEGORIES, STATUSES
from armswatch.store import Store
from armswatch.web import queries
from armswatch.web.actors import MAX_QUERY, ActorIndex, default_index
from armswatch.web.palette import CATEGORY_COLOURS, KIND_COLOURS, palette_css
from armswatch.web.queries import SORTS, CaseFilters

log = logging.getLogger("armswatch.web")

STATIC_DIR = Path(__file__).resolve().parent / "static"
READ_METHODS = ("GET", "HEAD")

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

# Query patterns: an empty value (a form's "any" choice) is allowed and means no filter.
CATEGORY_PATTERN = "^(|" + "|".join(CATEGORIES) + ")$"
STATUS_PATTERN = "^(|" + "|".join(STATUSES) + ")$"
SORT_PATTERN = "^(|" + "|".join(SORTS) + ")$"
DATE_PATTERN = r"^(|\d{4}(-\d{2}(-\d{2})?)?)$"

ERROR_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    422: "invalid_parameter",
    500: "internal_error",
    503: "store_unavailable",
}
NAV = (
    ("/", "Overview"),
    ("/cases", "Cases"),
    ("/network", "Network"),
    ("/map", "Map"),
    ("/stories", "Stories"),
    ("/search", "Search"),
)


class AppError(Exception):
    """An error the app answers with its status and the API error shape."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or ERROR_CODES.get(status, "error")
        self.message = message


def error_body(
    status: int, code: str, message: str, details: list[Any] | None = None
) -> dict[str, Any]:
    """The one error shape of the API."""
    error: dict[str, Any] = {"status": status, "code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def case_filters(
    actor: Annotated[
        str | None,
        Query(
            max_length=MAX_QUERY,
            description="An actor id (PRK) or name in French or English (Corée du Nord, "
            "Pyongyang, North Korea): cases where it is the supplier or the recipient.",
        ),
    ] = None,
    category: Annotated[
        str | None, Query(pattern=CATEGORY_PATTERN, description="One CONTRACT category.")
    ] = None,
    status: Annotated[
        str | None,
        Query(pattern=STATUS_PATTERN, description="Case status: reported, planned, denied_only."),
    ] = None,
    since: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN, description="Published on or after (2022, 2022-11, 2022-11-02)."
        ),
    ] = None,
    until: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN, description="Published on or before (a month or year is whole)."
        ),
    ] = None,
    sort: Annotated[
        str,
        Query(
            pattern=SORT_PATTERN,
            description="sources: most independent sources first; recent: last seen first.",
        ),
    ] = "sources",
) -> CaseFilters:
    """The shared filters of /cases, /network and /map (empty values mean no filter)."""
    return CaseFilters(
        actor=(actor or "").strip() or None,
        category=category or None,
        status=status or None,
        since=since or None,
        until=until or None,
        sort=sort or "sources",
    )


Filters = Annotated[CaseFilters, Depends(case_filters)]


def _query_string(filters: CaseFilters, **extra: str) -> str:
    pairs: dict[str, str] = {
        k: v for k, v in filters.to_dict().items() if v and not (k == "sort" and v == "sources")
    }
    for key, value in extra.items():
        if value:
            pairs[key] = value
        else:
            pairs.pop(key, None)
    return urlencode(pairs)


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: Sequence[str] | None = None,
    actor_index: ActorIndex | None = None,
) -> FastAPI:
    """The web app over the store at ``db_path`` (opened read-only, never modified).

    Raises :class:`~armswatch.errors.StoreError` at once when the store is missing or
    cannot be read. ``allowed_hosts`` restricts the ``Host`` header (``armswatch serve`` on a
    loopback address passes ``["127.0.0.1", "localhost"]``: a page on another site cannot
    reach the app through DNS rebinding).
    """
    path = Path(db_path)
    with Store.open(path, read_only=True):
        pass
    index = actor_index or default_index()
    env = Environment(
        loader=PackageLoader("armswatch.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        categories=CATEGORIES,
        statuses=STATUSES,
        sorts=SORTS,
        category_colours=CATEGORY_COLOURS,
        kind_colours=KIND_COLOURS,
        version=__version__,
        store_name=path.name,
        nav=NAV,
    )

    app = FastAPI(
        title="armswatch",
        version=__version__,
        description=(
            "Read-only JSON API over an armswatch store: transfer cases (supplier → recipient, "
            "category), their timelines and evidence, the actor network, routes, articles, "
            "stories and full-text search over evidence sentences. Errors share one shape: "
            '`{"error": {"status", "code", "message"}}`.'
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_path = path
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    def get(path: str, **kwargs: Any) -> Callable[[DecoratedCallable], DecoratedCallable]:
        """A read route: GET, and HEAD (FastAPI routes answer only the methods they list;
        the HEAD twin stays out of the OpenAPI schema)."""

        def register(func: DecoratedCallable) -> DecoratedCallable:
            app.api_route(path, methods=["GET"], **kwargs)(func)
            head = {**kwargs, "include_in_schema": False}
            return app.api_route(path, methods=["HEAD"], **head)(func)

        return register

    @contextmanager
    def open_store() -> Iterator[Store]:
        try:
            store = Store.open(path, read_only=True)
        except StoreError as e:
            log.error("cannot open the store: %s", e)
            raise AppError(503, "The store cannot be read right now.") from e
        try:
            yield store
        finally:
            store.close()

    def render(
        request: Request, template: str, status_code: int = 200, **context: Any
    ) -> HTMLResponse:
        html = env.get_template(template).render(
            path=request.url.path, query=request.query_params.get("q", ""), **context
        )
        return HTMLResponse(html, status_code=status_code)

    def error_response(
        request: Request, status: int, code: str, message: str, details: list[Any] | None = None
    ) -> Response:
        # The headers are set here too: a 500 is answered outside the middleware.
        if _is_api(request) or request.url.path.startswith("/static/"):
            response: Response = JSONResponse(
                error_body(status, code, message, details), status_code=status
            )
        else:
            response = render(
                request,
                "error.html",
                status_code=status,
                page="error",
                status=status,
                code=code,
                message=message,
            )
        response.headers.update(SECURITY_HEADERS)
        return response

    # -- middleware and errors -------------------------------------------------------------

    @app.middleware("http")
    async def read_only_and_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.method not in READ_METHODS:
            response = error_response(
                request,
                405,
                "method_not_allowed",
                f"{request.method} is not allowed: the armswatch web app is read-only "
                "(GET and HEAD only).",
            )
            response.headers["Allow"] = ", ".join(READ_METHODS)
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(AppError)
    async def app_error(request: Request, exc: AppError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        message = exc.detail if isinstance(exc.detail, str) else "Error."
        if status == 404:
            message = f"Nothing at {request.url.path}."
        response = error_response(request, status, ERROR_CODES.get(status, "error"), message)
        if status == 405:
            response.headers["Allow"] = ", ".join(READ_METHODS)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {
                "parameter": ".".join(str(p) for p in err.get("loc", ())[1:]) or None,
                "in": str(err.get("loc", ("?",))[0]),
                "problem": str(err.get("msg", "")),
            }
            for err in exc.errors()
        ]
        names = ", ".join(d["parameter"] or "?" for d in details)
        return error_response(
            request, 422, "invalid_parameter", f"Invalid value for: {names}.", details
        )

    @app.exception_handler(ArmswatchError)
    async def armswatch_error(request: Request, exc: ArmswatchError) -> Response:
        log.error("armswatch error on %s: %s", request.url.path, exc)
        return error_response(request, 500, "internal_error", "The store could not be read.")

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(
            request, 500, "internal_error", "Unexpected error (see the server log)."
        )

    # -- static ----------------------------------------------------------------------------

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @get("/assets/palette.css", include_in_schema=False)
    def palette() -> Response:
        return Response(palette_css(), media_type="text/css; charset=utf-8")

    @get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((STATIC_DIR / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    # -- JSON API --------------------------------------------------------------------------

    def _found(value: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
        if value is None:
            raise AppError(404, f"No {what} {key!r} in the store.")
        return value

    @get("/api/overview", tags=["overview"], summary="Counts, categories, top cases")
    def api_overview() -> dict[str, Any]:
        """Row counts, cases per category and status, the best-sourced cases, the latest
        articles and the range of publication dates."""
        with open_store() as store:
            return queries.overview_view(store)

    @get("/api/cases", tags=["cases"], summary="Cases, filtered and sorted")
    def api_cases(filters: Filters) -> dict[str, Any]:
        """Transfer relationships (supplier, recipient, category) with claimants, deniers,
        route, independent sources and first/last seen; counts per category and status."""
        with open_store() as store:
            return queries.cases_view(queries.select_cases(store, index, filters))

    @get("/api/cases/{case_id}", tags=["cases"], summary="One case with its timeline")
    def api_case(case_id: str) -> dict[str, Any]:
        """A case (``PRK.RUS.ammunition``): its timeline of claims, denials and planned /
        reported changes with dates, outlets, languages and evidence; its reports; its route."""
        with open_store() as store:
            return _found(queries.case_view(store, index, case_id), "case", case_id)

    @get("/api/network", tags=["network"], summary="Actor network")
    def api_network(filters: Filters) -> dict[str, Any]:
        """Nodes: actors, with their number of reports. Edges: one per case, supplier →
        recipient, with category, colour and independent sources."""
        with open_store() as store:
            return queries.network_view(queries.select_cases(store, index, filters), index)

    @get("/api/map", tags=["map"], summary="Routes for the map")
    def api_map(
        filters: Filters,
        case: Annotated[
            str | None, Query(max_length=MAX_QUERY, description="Only this case id.")
        ] = None,
    ) -> dict[str, Any]:
        """One route per case: supplier → transit or cover destinations → recipient. States
        carry their ISO numeric id (world-atlas), regions and groups a point."""
        if case:
            filters = replace(filters, case=case)
        with open_store() as store:
            return queries.map_view(queries.select_cases(store, index, filters), index)

    @get("/api/articles/{article_id:path}", tags=["articles"], summary="One article")
    def api_article(article_id: str) -> dict[str, Any]:
        """The stored text, its evidence segments (offsets into the text), its reports, its
        story and its copies."""
        with open_store() as store:
            return _found(queries.article_view(store, article_id), "article", article_id)

    @get("/api/search", tags=["search"], summary="Full-text search over evidence")
    def api_search(
        q: Annotated[str, Query(max_length=500, description="Words to find (all of them).")] = "",
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """Evidence sentences containing every word of ``q`` (accents and case ignored)."""
        with open_store() as store:
            return queries.search_view(store, q, limit)

    @get("/api/stories", tags=["stories"], summary="Stories")
    def api_stories() -> dict[str, Any]:
        """News events reported by several articles, across outlets and languages."""
        with open_store() as store:
            return queries.stories_view(store)

    @get("/api/stories/{story_id:path}", tags=["stories"], summary="One story")
    def api_story(story_id: str) -> dict[str, Any]:
        with open_store() as store:
            return _found(queries.story_view(store, story_id), "story", story_id)

    @get("/api/actors", tags=["actors"], summary="Resolve an actor name")
    def api_actors(
        q: Annotated[str, Query(max_length=MAX_QUERY, description="An id or a name.")] = "",
    ) -> dict[str, Any]:
        """The actors a name designates (FR/EN names, capitals, demonyms; accents ignored)."""
        return {"query": q, "actors": [index.info(a).to_dict() for a in index.resolve(q)]}

    # -- HTML pages ------------------------------------------------------------------------

    @get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_overview(request: Request) -> HTMLResponse:
        with open_store() as store:
            data = queries.overview_view(store)
        return render(request, "overview.html", page="overview", data=data)

    @get("/cases", response_class=HTMLResponse, include_in_schema=False)
    def page_cases(request: Request, filters: Filters) -> HTMLResponse:
        with open_store() as store:
            data = queries.cases_view(queries.select_cases(store, index, filters))
        return render(
            request,
            "cases.html",
            page="cases",
            data=data,
            filters=filters,
            api_url="/api/cases?" + _query_string(filters),
            filter_link=lambda **kw: "/cases?" + _query_string(filters, **kw),
        )

    @get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_case(request: Request, case_id: str) -> HTMLResponse:
        with open_store() as store:
            data = _found(queries.case_view(store, index, case_id), "case", case_id)
        return render(request, "case.html", page="case", data=data)

    @get("/network", response_class=HTMLResponse, include_in_schema=False)
    def page_network(request: Request, filters: Filters) -> HTMLResponse:
        with open_store() as store:
            data = queries.network_view(queries.select_cases(store, index, filters), index)
        return render(
            request,
            "network.html",
            page="network",
            data=data,
            filters=filters,
            api_url="/api/network?" + _query_string(filters),
        )

    @get("/map", response_class=HTMLResponse, include_in_schema=False)
    def page_map(request: Request, filters: Filters) -> HTMLResponse:
        with open_store() as store:
            data = queries.map_view(queries.select_cases(store, index, filters), index)
        return render(
            request,
            "map.html",
            page="map",
            data=data,
            filters=filters,
            api_url="/api/map?" + _query_string(filters),
        )

    @get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def page_article(request: Request, article_id: str) -> HTMLResponse:
        with open_store() as store:
            data = _found(queries.article_view(store, article_id), "article", article_id)
        return render(request, "article.html", page="article", data=data)

    @get("/search", response_class=HTMLResponse, include_in_schema=False)
    def page_search(
        request: Request,
        q: Annotated[str, Query(max_length=500)] = "",
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> HTMLResponse:
        with open_store() as store:
            data = queries.search_view(store, q, limit)
        return render(request, "search.html", page="search", data=data)

    @get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def page_stories(request: Request) -> HTMLResponse:
        with open_store() as store:
            data = queries.stories_view(store)
        return render(request, "stories.html", page="stories", data=data)

    @get("/stories/{story_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def page_story(request: Request, story_id: str) -> HTMLResponse:
        with open_store() as store:
            data = _found(queries.story_view(store, story_id), "story", story_id)
        return render(request, "story.html", page="stories", data=data)

    @get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def page_docs(request: Request) -> HTMLResponse:
        return render(request, "docs.html", page="docs", endpoints=_endpoints(app.openapi()))

    return app


def _endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The API reference shown at /docs, from the OpenAPI schema (no external Swagger UI)."""
    found = []
    for route, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": bool(p.get("required")),
                    "type": _type_of(p.get("schema", {})),
                    "pattern": _pattern_of(p.get("schema", {})),
                    "description": p.get("description") or p.get("schema", {}).get("description"),
                }
                for p in op.get("parameters", [])
            ]
            found.append(
                {
                    "method": method.upper(),
                    "path": route,
                    "summary": op.get("summary"),
                    "description": op.get("description"),
                    "tags": op.get("tags", []),
                    "parameters": params,
                }
            )
    return found


def _type_of(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_of(s) for s in schema["anyOf"])
    return str(schema.get("type", "any"))


def _pattern_of(schema: dict[str, Any]) -> str | None:
    if "anyOf" in schema:
        for s in schema["anyOf"]:
            if "pattern" in s:
                return str(s["pattern"])
    pattern = schema.get("pattern")
    return None if pattern is None else str(pattern)
