"""Command line: thin commands over library functions. The only module that prints."""

from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table

from armswatch import __version__
from armswatch.errors import ArmswatchError
from armswatch.pipeline.base import Stats
from armswatch.store.views import CaseDetail

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="armswatch: who supplies what to whom, by which route, who says so, who denies it.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_OPTION = Annotated[Path, typer.Option("--db", help="SQLite store (created if missing).")]
OUT_OPTION = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
]
QUIET = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]


class _RejectionHandler(logging.Handler):
    """Warnings from the library (rejected inputs) become one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"[yellow]warning[/yellow]: {record.getMessage()}", soft_wrap=True)


def _setup_logging(quiet: bool) -> None:
    log = logging.getLogger("armswatch")
    log.handlers[:] = [_RejectionHandler()]
    log.setLevel(logging.ERROR if quiet else logging.WARNING)
    log.propagate = False


@contextmanager
def _output(path: Path | None):  # type: ignore[no-untyped-def]
    if path is None:
        yield sys.stdout
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as fh:
            yield fh


def _fail(exc: ArmswatchError) -> typer.Exit:
    err.print(f"[red]error[/red]: {exc}", soft_wrap=True)
    return typer.Exit(2)


def _summary(stats: Stats, verb: str) -> None:
    line = f"{verb} {stats.articles} article(s), {stats.reports} report(s)"
    if stats.rejected:
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(stats.rejected.items()))
        line += f"; rejected {sum(stats.rejected.values())} input(s): {reasons}"
    err.print(line)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    output: OUT_OPTION = None,
    quiet: QUIET = False,
) -> None:
    """Print TransferReports as JSON Lines (no store)."""
    from armswatch.pipeline.default import process_paths

    _setup_logging(quiet)
    stats = Stats()
    try:
        with _output(output) as out:
            for article in process_paths(inputs, stats):
                for report in article.reports:
                    out.write(report.to_json() + "\n")
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if not quiet:
        _summary(stats, "extracted from")
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    db: DB_OPTION = Path("armswatch.db"),
    quiet: QUIET = False,
) -> None:
    """Extract and store articles and reports. Ingesting the same input again changes nothing."""
    from armswatch.merge import link_store
    from armswatch.pipeline.default import process_paths
    from armswatch.store import Store

    _setup_logging(quiet)
    stats = Stats()
    try:
        with Store.open(db) as store:
            result = store.write_articles(process_paths(inputs, stats))
            linked = link_store(store)
            counts = store.counts()
            n_stories = len(store.stories())
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if not quiet:
        _summary(stats, "processed")
        err.print(
            f"store {db}: {result.articles_new} new, {result.articles_updated} updated, "
            f"{result.articles_unchanged} unchanged; totals: {counts['articles']} articles, "
            f"{counts['reports']} reports, {n_stories} stories"
        )
        if linked.placed:
            err.print(
                f"placed {linked.placed} article(s): {linked.copies} copies, "
                f"{linked.translations} translations, {linked.stories_opened} new stories"
            )
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def export(
    kind: Annotated[str, typer.Argument(help="reports, articles, stories or cases.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    db: DB_OPTION = Path("armswatch.db"),
    output: OUT_OPTION = None,
) -> None:
    """Export the store."""
    from armswatch.export import export as do_export
    from armswatch.store import Store

    try:
        _require_db(db)
        with Store.open(db) as store, _output(output) as out:
            n = do_export(kind, fmt, store, out)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    err.print(f"exported {n} {kind} row(s)")


ACTOR_OPTION = Annotated[
    str | None,
    typer.Option(
        help="Supplier or recipient: an id (PRK, wagner-group) or a name (Corée du Nord)."
    ),
]
CATEGORY_OPTION = Annotated[str | None, typer.Option(help="One of the CONTRACT categories.")]
STATUS_OPTION = Annotated[str | None, typer.Option(help="reported, planned or denied_only.")]
SINCE_OPTION = Annotated[
    str | None, typer.Option(help="Reports published on or after this date (2022-11-01, 2022-11).")
]
UNTIL_OPTION = Annotated[
    str | None, typer.Option(help="Reports published on or before this date (2022-11-30, 2022-11).")
]
JSON_OPTION = Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")]


def _require_db(db: Path) -> None:
    if not db.exists():
        from armswatch.errors import Errors, StoreError

        raise StoreError(
            Errors.E007.format(path=db, reason="no such file; run `armswatch ingest` first")
        )


@app.command()
def cases(
    db: DB_OPTION = Path("armswatch.db"),
    actor: ACTOR_OPTION = None,
    category: CATEGORY_OPTION = None,
    status: STATUS_OPTION = None,
    since: SINCE_OPTION = None,
    until: UNTIL_OPTION = None,
    as_json: JSON_OPTION = False,
) -> None:
    """The transfer relationships in the store, most independent sources first."""
    from armswatch import api

    try:
        _require_db(db)
        rows = api.cases(
            db, actor=actor, category=category, status=status, since=since, until=until
        )
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        for c in rows:
            sys.stdout.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        return
    _print_cases(rows, sys.stdout)


def _print_cases(rows: list, out: TextIO) -> None:  # type: ignore[type-arg]
    table = Table(title=f"{len(rows)} case(s)", show_lines=False)
    for col in (
        "supplier",
        "recipient",
        "category",
        "status",
        "claimed by",
        "denied by",
        "route",
        "sources",
        "articles",
        "first seen",
        "last seen",
    ):
        table.add_column(col, overflow="fold")
    for c in rows:
        table.add_row(
            c.supplier.id,
            c.recipient.id,
            c.category,
            c.status,
            ", ".join(a.id for a in c.claimants),
            ", ".join(a.id for a in c.deniers),
            ", ".join(a.name for a in c.via),
            str(c.n_sources),
            str(c.n_articles),
            c.first_seen or "",
            c.last_seen or "",
        )
    Console(file=out, width=160).print(table)


@app.command()
def case(
    supplier: Annotated[str, typer.Argument(help="Supplier id or name (PRK, Pyongyang).")],
    recipient: Annotated[str, typer.Argument(help="Recipient id or name (RUS, Moscou).")],
    category: Annotated[str, typer.Argument(help="One of the CONTRACT categories.")],
    db: DB_OPTION = Path("armswatch.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """One case: its timeline of claims, denials and planned/reported changes, with evidence."""
    from armswatch import api

    try:
        _require_db(db)
        detail = api.case(db, supplier, recipient, category)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if detail is None:
        err.print(f"no report of {supplier} → {recipient} ({category}) in {db}")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(detail.to_dict(), ensure_ascii=False) + "\n")
        return
    _print_case(detail, sys.stdout)


def _print_case(detail: CaseDetail, out: TextIO) -> None:
    c = detail.case
    console = Console(file=out, width=160, highlight=False)
    console.print(
        f"[bold]{c.supplier.name} ({c.supplier.id}) → {c.recipient.name} ({c.recipient.id}), "
        f"{c.category}[/bold]: {c.status}; {c.n_sources} independent source(s), "
        f"{c.n_articles} article(s), {c.n_stories} stor(y/ies); "
        f"first seen {c.first_seen or '?'}, last seen {c.last_seen or '?'}",
        markup=True,
    )
    if c.via:
        console.print("route: " + ", ".join(a.name for a in c.via), markup=False)
    labels = {
        "claim": "claimed by",
        "denial": "denied by",
        "reported": "reported",
        "planned": "planned",
    }
    shown: set[tuple[str, int, int]] = set()
    for e in detail.timeline:
        who = f" {e.actor.name} ({e.actor.id})" if e.actor else ""
        where = ", ".join(x for x in (e.outlet or e.source, e.lang) if x)
        copy = f", copy of {e.duplicate_of}" if e.duplicate_of else ""
        console.print(
            f"{e.date or 'undated':<10}  {labels.get(e.kind, e.kind)}{who}  [{where}{copy}]",
            markup=False,
        )
        for ev in e.evidence:
            key = (e.article_id, ev.start, ev.end)
            if key in shown:
                continue
            shown.add(key)
            console.print(f"            « {ev.text} »", markup=False)


@app.command()
def stories(
    db: DB_OPTION = Path("armswatch.db"),
    as_json: JSON_OPTION = False,
) -> None:
    """The news events in the store: articles grouped across outlets and languages."""
    from armswatch import api

    try:
        _require_db(db)
        rows = api.stories(db)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        for s in rows:
            sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} stor(y/ies)")
    for col in ("story", "first", "last", "langs", "articles", "sources", "cases", "title"):
        table.add_column(col, overflow="fold")
    for s in rows:
        table.add_row(
            s.id,
            s.first_published or "",
            s.last_published or "",
            ",".join(s.langs),
            str(s.n_articles),
            str(s.n_sources),
            " ".join(s.cases),
            s.title or "",
        )
    Console(file=sys.stdout, width=160).print(table)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold reports, one JSON object per line.")],
    inputs: Annotated[list[str], typer.Argument(help="The articles the gold describes.")],
    as_json: Annotated[bool, typer.Option("--json", help="Scores as one JSON object.")] = False,
    strict_ids: Annotated[
        bool,
        typer.Option(
            "--strict-ids",
            help="A former state and its successor (SUN and RUS, CSK and CZE, YUG and SRB, RHO and ZWE) "
            "count as different actors; by default they compare equal.",
        ),
    ] = False,
    quiet: QUIET = False,
) -> None:
    """Score extraction against gold reports: P/R/F1 for triples and dyads, per language,
    claimant / denier / route F1, status accuracy, clean negatives, and the list of errors."""
    from armswatch.evaluate import evaluate as do_evaluate
    from armswatch.evaluate import format_evaluation, load_gold
    from armswatch.pipeline.default import process_paths

    _setup_logging(quiet)
    stats = Stats()
    try:
        rows = load_gold(gold)
        ev = do_evaluate(process_paths(inputs, stats), rows, strict_ids=strict_ids)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(format_evaluation(ev) + "\n")
    raise typer.Exit(1 if stats.failed else 0)


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Annotated[
        Path, typer.Option("--db", help="SQLite store to show (opened read-only, never modified).")
    ] = Path("armswatch.db"),
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. The default keeps the app on this machine; "
            "0.0.0.0 shows the store to anyone who can reach this machine."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the read-only web app over the store: overview, cases, timelines, network, map,
    articles with their evidence, search; JSON API under /api (reference at /docs)."""
    import uvicorn

    from armswatch.web import create_app

    try:
        _require_db(db)
        allowed = ["127.0.0.1", "localhost"] if host in _LOOPBACK[:2] else None
        web_app = create_app(db, allowed_hosts=allowed)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    shown = f"[{host}]" if ":" in host else host
    err.print(
        f"armswatch web app on http://{shown}:{port}/ (store {db}, read-only); Ctrl+C stops it"
    )
    if host not in _LOOPBACK:
        err.print(
            f"[yellow]warning[/yellow]: listening on {host}: anyone who can reach this machine "
            "can read the store (there is no login)"
        )
    uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False)


@app.command()
def version() -> None:
    """Print the armswatch version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
