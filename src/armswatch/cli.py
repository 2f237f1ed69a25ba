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
    from armswatch.pipeline.default import process_paths
    from armswatch.store import Store

    _setup_logging(quiet)
    stats = Stats()
    try:
        with Store.open(db) as store:
            result = store.write_articles(process_paths(inputs, stats))
            counts = store.counts()
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if not quiet:
        _summary(stats, "processed")
        err.print(
            f"store {db}: {result.articles_new} new, {result.articles_updated} updated, "
            f"{result.articles_unchanged} unchanged; totals: {counts['articles']} articles, "
            f"{counts['reports']} reports"
        )
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def export(
    kind: Annotated[str, typer.Argument(help="reports, articles or cases.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    db: DB_OPTION = Path("armswatch.db"),
    output: OUT_OPTION = None,
) -> None:
    """Export the store."""
    from armswatch.export import export as do_export
    from armswatch.store import Store

    try:
        if not db.exists():
            from armswatch.errors import Errors, StoreError

            raise StoreError(
                Errors.E007.format(path=db, reason="no such file; run `armswatch ingest` first")
            )
        with Store.open(db) as store, _output(output) as out:
            n = do_export(kind, fmt, store, out)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    err.print(f"exported {n} {kind} row(s)")


@app.command()
def cases(
    db: DB_OPTION = Path("armswatch.db"),
    actor: Annotated[
        str | None, typer.Option(help="Actor id as supplier or recipient (PRK, wagner-group…).")
    ] = None,
    category: Annotated[str | None, typer.Option(help="One of the CONTRACT categories.")] = None,
    status: Annotated[str | None, typer.Option(help="reported, planned or denied_only.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """The transfer relationships in the store: supplier → recipient, category, who claims, who denies."""
    from armswatch.store import Store

    try:
        if not db.exists():
            from armswatch.errors import Errors, StoreError

            raise StoreError(
                Errors.E007.format(path=db, reason="no such file; run `armswatch ingest` first")
            )
        with Store.open(db) as store:
            rows = store.cases(actor=actor, category=category, status=status)
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
        "articles",
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
            str(c.n_articles),
        )
    Console(file=out, width=140).print(table)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold reports, one JSON object per line.")],
    inputs: Annotated[list[str], typer.Argument(help="The articles the gold describes.")],
    as_json: Annotated[bool, typer.Option("--json", help="Scores as one JSON object.")] = False,
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
        ev = do_evaluate(process_paths(inputs, stats), rows)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(format_evaluation(ev) + "\n")
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def version() -> None:
    """Print the armswatch version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
