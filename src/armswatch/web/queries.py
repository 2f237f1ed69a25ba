"""What the web app shows, as plain JSON-able dicts: one function per page, shared by the HTML
pages and their ``/api`` twins so that both always carry the same data.

Every function takes an open (read-only) :class:`~armswatch.store.Store`. Nothing here writes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any
from urllib.parse import quote, urlsplit

from armswatch.records import CATEGORIES, STATUSES, Article, TransferReport
from armswatch.store import Case, Store
from armswatch.web.actors import ActorIndex
from armswatch.web.palette import KIND_COLOURS, category_colour

SORTS: tuple[str, ...] = ("sources", "recent")
SAFE_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class CaseFilters:
    """The filters of the cases, network and map views (all optional)."""

    actor: str | None = None  # free text: an id or a name in French or English
    category: str | None = None
    status: str | None = None
    since: str | None = None  # ISO date, inclusive ("2022", "2022-11", "2022-11-02")
    until: str | None = None
    sort: str = "sources"  # sources (independent sources first) | recent (last seen first)
    case: str | None = None  # one case id (the map of a case page)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "actor": self.actor,
            "category": self.category,
            "status": self.status,
            "since": self.since,
            "until": self.until,
            "sort": self.sort,
        }


@dataclass(slots=True)
class CaseSelection:
    """The cases kept by some filters, with the facts the pages show about the selection."""

    filters: CaseFilters
    cases: list[Case]
    actors: list[dict[str, str]] = field(default_factory=list)  # what the actor text resolved to
    category_counts: dict[str, int] = field(default_factory=dict)  # ignoring the category filter
    status_counts: dict[str, int] = field(default_factory=dict)


def case_url(case_id: str) -> str:
    return "/cases/" + quote(case_id, safe="")


def article_url(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None: a ``javascript:`` or ``data:`` URL from
    an article's metadata is never turned into a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url.strip()


# -- cases ------------------------------------------------------------------------------------


def select_cases(store: Store, index: ActorIndex, filters: CaseFilters) -> CaseSelection:
    """The cases matching ``filters``, sorted, with per-category and per-status counts."""
    cases = store.cases(since=filters.since, until=filters.until)
    resolved: list[str] = []
    if filters.actor:
        resolved = index.resolve(filters.actor)
        wanted = set(resolved)
        cases = [c for c in cases if c.supplier.id in wanted or c.recipient.id in wanted]
    if filters.case is not None:
        cases = [c for c in cases if c.id == filters.case]
    by_status = Counter(c.status for c in cases)
    if filters.status:
        cases = [c for c in cases if c.status == filters.status]
    by_category = Counter(c.category for c in cases)
    if filters.category:
        cases = [c for c in cases if c.category == filters.category]
    if filters.sort == "recent":
        cases.sort(key=lambda c: (c.n_sources, c.n_articles), reverse=True)
        cases.sort(key=lambda c: c.last_seen or "", reverse=True)
    else:
        cases.sort(key=lambda c: (-c.n_sources, -c.n_articles, c.id))
    return CaseSelection(
        filters=filters,
        cases=cases,
        actors=[index.info(a).to_dict() for a in resolved],
        category_counts={c: by_category[c] for c in CATEGORIES if by_category[c]},
        status_counts={s: by_status[s] for s in STATUSES if by_status[s]},
    )


def case_row(case: Case) -> dict[str, Any]:
    """One case as the API and the tables show it."""
    return {
        **case.to_dict(),
        "url": case_url(case.id),
        "colour": category_colour(case.category),
    }


def cases_view(selection: CaseSelection) -> dict[str, Any]:
    return {
        "filters": selection.filters.to_dict(),
        "actors": selection.actors,
        "total": len(selection.cases),
        "category_counts": selection.category_counts,
        "status_counts": selection.status_counts,
        "cases": [case_row(c) for c in selection.cases],
    }


def case_view(store: Store, index: ActorIndex, case_id: str) -> dict[str, Any] | None:
    """A case with its timeline (claims, denials, planned / reported), reports and route."""
    detail = store.case(case_id)
    if detail is None:
        return None
    case = detail.case
    timeline = []
    for i, entry in enumerate(detail.timeline):
        row = entry.to_dict()
        row["index"] = i
        row["url"] = safe_url(entry.url)
        row["article_url"] = article_url(entry.article_id)
        row["colour"] = KIND_COLOURS.get(entry.kind, "#444444")
        timeline.append(row)
    reports = [_report_row(r) for r in detail.reports]
    return {
        **case_row(case),
        "timeline": timeline,
        "reports": reports,
        "route": route_points(index, case),
        "langs": sorted({e.lang for e in detail.timeline if e.lang}),
        "outlets": sorted({e.outlet for e in detail.timeline if e.outlet}),
    }


def _report_row(report: TransferReport) -> dict[str, Any]:
    row = report.to_dict()
    row["article_url"] = article_url(report.article_id)
    return row


# -- network and map --------------------------------------------------------------------------


def network_view(selection: CaseSelection, index: ActorIndex) -> dict[str, Any]:
    """Actors as nodes (sized by reports), one directed edge per case (supplier → recipient),
    coloured by category, width by independent sources."""
    nodes: dict[str, dict[str, Any]] = {}

    def node(actor_id: str, name: str) -> dict[str, Any]:
        found = nodes.get(actor_id)
        if found is None:
            info = index.info(actor_id, name)
            found = nodes[actor_id] = {
                "id": actor_id,
                "name": info.name,
                "name_fr": info.name_fr,
                "kind": info.kind,
                "n_reports": 0,
                "n_cases": 0,
                "supplies": 0,
                "receives": 0,
                "url": "/cases?actor=" + quote(actor_id, safe=""),
            }
        return found

    edges = []
    for case in selection.cases:
        for actor, role in ((case.supplier, "supplies"), (case.recipient, "receives")):
            n = node(actor.id, actor.name)
            n["n_reports"] += case.n_reports
            n["n_cases"] += 1
            n[role] += 1
        edges.append(
            {
                "id": case.id,
                "source": case.supplier.id,
                "target": case.recipient.id,
                "category": case.category,
                "colour": category_colour(case.category),
                "status": case.status,
                "n_sources": case.n_sources,
                "n_reports": case.n_reports,
                "n_articles": case.n_articles,
                "label": f"{case.supplier.name} → {case.recipient.name} ({case.category})",
                "url": case_url(case.id),
            }
        )
    return {
        "filters": selection.filters.to_dict(),
        "actors": selection.actors,
        "nodes": sorted(nodes.values(), key=lambda n: (-n["n_reports"], n["id"])),
        "edges": edges,
    }


def route_points(index: ActorIndex, case: Case) -> list[dict[str, Any]]:
    """supplier → transit / cover destinations → recipient, each with where the map puts it."""
    points = [index.place(case.supplier.id, case.supplier.name)]
    for actor in case.via:
        if actor.id not in (case.supplier.id, case.recipient.id):
            points.append(index.place(actor.id, actor.name))
    points.append(index.place(case.recipient.id, case.recipient.name))
    for i, point in enumerate(points):
        point["role"] = "supplier" if i == 0 else "recipient" if i == len(points) - 1 else "via"
    return points


def map_view(selection: CaseSelection, index: ActorIndex) -> dict[str, Any]:
    """One route per case: the points to join (states found by the browser in world-atlas by
    ISO numeric id; regions and groups at fixed points); unplaced actors are listed."""
    routes = []
    unplaced: Counter[str] = Counter()
    for case in selection.cases:
        points = route_points(index, case)
        for p in points:
            if not p["placed"]:
                unplaced[p["id"]] += 1
        routes.append(
            {
                "id": case.id,
                "category": case.category,
                "colour": category_colour(case.category),
                "status": case.status,
                "n_sources": case.n_sources,
                "label": f"{case.supplier.name} → {case.recipient.name} ({case.category})",
                "url": case_url(case.id),
                "points": points,
            }
        )
    return {
        "filters": selection.filters.to_dict(),
        "actors": selection.actors,
        "routes": routes,
        "unplaced": [{"id": a, "n_routes": n} for a, n in sorted(unplaced.items())],
    }


# -- articles ---------------------------------------------------------------------------------


def highlight_segments(article: Article) -> list[dict[str, Any]]:
    """The article text cut into plain and evidence segments for highlighting.

    Each segment is ``{"text", "evidence": bool, "reports": [report indexes], "start"}``;
    where evidence spans of several reports overlap, a segment lists them all. Spans whose
    offsets fall outside the text are ignored. The text stays data: the template escapes it.
    """
    text = article.text
    n = len(text)
    spans = [
        (ev.start, ev.end, i)
        for i, report in enumerate(article.reports)
        for ev in report.evidence
        if 0 <= ev.start < ev.end <= n
    ]
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments: list[dict[str, Any]] = []
    for a, b in pairwise(cuts):
        owners = sorted({i for s, e, i in spans if s <= a and b <= e})
        if segments and segments[-1]["reports"] == owners:
            segments[-1]["text"] += text[a:b]
            continue
        segments.append(
            {"text": text[a:b], "evidence": bool(owners), "reports": owners, "start": a}
        )
    return segments


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """The stored text with evidence spans, its reports, its story and its copies."""
    article = store.get_article(article_id)
    if article is None:
        return None
    meta = article.meta
    story_id = meta.get("story_id")
    story = store.story(str(story_id)) if story_id else None
    duplicate_of = meta.get("duplicate_of")
    duplicates = [
        {"id": dup_id, "kind": kind, "url": article_url(dup_id)}
        for dup_id, kind in store.duplicates_of(article.id)
    ]
    story_articles = []
    if story is not None:
        titles = article_titles(store, story.article_ids)
        story_articles = [
            {**titles.get(a, {"id": a}), "url": article_url(a), "current": a == article.id}
            for a in story.article_ids
        ]
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": safe_url(article.url),
        "published": article.published,
        "lang": article.lang,
        "text": article.text,
        "segments": highlight_segments(article),
        "reports": [
            {**_report_row(r), "case_url": case_url(_case_id(r)), "case_id": _case_id(r)}
            for r in article.reports
        ],
        "story": None if story is None else {**story.to_dict(), "url": story_url(story.id)},
        "story_articles": story_articles,
        "duplicate_of": (
            None
            if not duplicate_of
            else {
                "id": str(duplicate_of),
                "kind": meta.get("duplicate_kind"),
                "url": article_url(str(duplicate_of)),
            }
        ),
        "duplicates": duplicates,
    }


def _case_id(report: TransferReport) -> str:
    return f"{report.supplier.id}.{report.recipient.id}.{report.category}"


def article_titles(store: Store, ids: tuple[str, ...] | list[str]) -> dict[str, dict[str, Any]]:
    """``id -> {id, title, published, lang, source}`` for the given article ids."""
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            f"SELECT id, title, published, lang, source FROM articles WHERE id IN ({marks})",
            chunk,
        ).fetchall()
        for row in rows:
            found[str(row[0])] = {
                "id": str(row[0]),
                "title": row[1],
                "published": row[2],
                "lang": row[3],
                "source": row[4],
            }
    return found


# -- stories, search, overview ----------------------------------------------------------------


def story_url(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


def stories_view(store: Store) -> dict[str, Any]:
    stories = store.stories()
    return {
        "total": len(stories),
        "stories": [{**s.to_dict(), "url": story_url(s.id)} for s in stories],
    }


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    story = store.story(story_id)
    if story is None:
        return None
    titles = article_titles(store, story.article_ids)
    return {
        **story.to_dict(),
        "url": story_url(story.id),
        "articles": [
            {**titles.get(a, {"id": a}), "url": article_url(a)} for a in story.article_ids
        ],
        "case_links": [{"id": c, "url": case_url(c)} for c in story.cases],
    }


def search_view(store: Store, query: str, limit: int) -> dict[str, Any]:
    """Evidence sentences matching every word of ``query`` (FTS5, accents and case ignored)."""
    hits = store.search_evidence(query, limit=limit) if query.strip() else []
    titles = article_titles(store, [h.article_id for h in hits])
    results = []
    for hit in hits:
        cid = f"{hit.supplier_id}.{hit.recipient_id}.{hit.category}"
        results.append(
            {
                **hit.to_dict(),
                "case_id": cid,
                "case_url": case_url(cid),
                "article_url": article_url(hit.article_id) + f"#ev-{hit.start}",
                "title": titles.get(hit.article_id, {}).get("title"),
                "lang": titles.get(hit.article_id, {}).get("lang"),
                "colour": category_colour(hit.category),
            }
        )
    return {"query": query, "limit": limit, "total": len(results), "results": results}


def overview_view(store: Store) -> dict[str, Any]:
    """Counts, cases per category and status, the best-sourced cases, the latest articles."""
    counts = store.counts()
    cases = store.cases()
    conn = store.conn
    by_category = Counter(c.category for c in cases)
    by_status = Counter(c.status for c in cases)
    first, last = conn.execute(
        "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL"
    ).fetchone()
    langs = dict(
        conn.execute(
            "SELECT coalesce(lang, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    )
    latest = conn.execute(
        "SELECT id, title, published, lang, source FROM articles "
        "ORDER BY published IS NULL, published DESC, id LIMIT 10"
    ).fetchall()
    top = sorted(cases, key=lambda c: (-c.n_sources, -c.n_articles, c.id))[:10]
    return {
        "counts": {
            **counts,
            "cases": len(cases),
            "stories": int(
                conn.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0]
            ),
            "actors": len({a for c in cases for a in (c.supplier.id, c.recipient.id)}),
        },
        "published": {"first": first, "last": last},
        "languages": {str(k): int(v) for k, v in langs.items()},
        "category_counts": {c: by_category[c] for c in CATEGORIES if by_category[c]},
        "status_counts": {s: by_status[s] for s in STATUSES if by_status[s]},
        "top_cases": [case_row(c) for c in top],
        "latest_articles": [
            {
                "id": str(r[0]),
                "title": r[1],
                "published": r[2],
                "lang": r[3],
                "source": r[4],
                "url": article_url(str(r[0])),
            }
            for r in latest
        ],
    }
