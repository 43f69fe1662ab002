"""``khabar ingest`` and ``khabar export``: Typer command functions over the store.

Register them with ``app.command("ingest")(ingest_command)`` and
``app.command("export")(export_command)``.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from khabar.budget import MAX_CHARS, MAX_SECONDS
from khabar.options import (
    ActorsOption,
    MaxCharsOption,
    MaxSecondsOption,
    PathsArgument,
    WorkersOption,
    budget_of,
    check_paths,
    parse_day,
)

if TYPE_CHECKING:
    from khabar.ingest import IngestError
    from khabar.schema import Article, RawArticle
    from khabar.store.db import Store, WriteResult

BATCH_SECONDS = 2.0  # a batch is committed at least this often, however small

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store file.", dir_okay=False)]


def ingest_command(
    paths: PathsArgument,
    db: DbOption = Path("khabar.duckdb"),
    workers: WorkersOption = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    actors: ActorsOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 32,
    max_chars: MaxCharsOption = MAX_CHARS,
    max_seconds: MaxSecondsOption = MAX_SECONDS,
) -> None:
    """Extract articles and store them in DuckDB, with their events grouped into stories.

    Articles already stored are skipped, so an interrupted run resumes where it stopped; an
    article with a stored URL and a new text replaces the old version. Failures are logged
    to stderr with the input and the reason; exit 1 if any input failed.
    """
    from tqdm import tqdm

    from khabar.batch import extract_all
    from khabar.ingest import IngestError, read_paths

    budget = budget_of(max_chars, max_seconds)
    check_paths(paths)
    store = _open(db, read_only=False)
    origins: deque[str] = deque()
    stats = {"stored": 0, "skipped": 0, "replaced": 0, "failed": 0}
    progress = tqdm(unit=" articles", disable=quiet, file=sys.stderr, mininterval=0.2, dynamic_ncols=True)

    def fail(error: IngestError | str) -> None:
        stats["failed"] += 1
        tqdm.write(f"khabar: {error}", file=sys.stderr)

    with store, progress, _readable(store):
        fresh = _not_stored(read_paths(paths), store.article_ids(), origins, stats)
        batch: list[Article] = []
        batch_origins: list[str] = []
        flushed = time.monotonic()
        for result in extract_all(fresh, workers=workers, actor_files=actors or (), budget=budget):
            origin = origins.popleft()
            progress.update()
            if isinstance(result, IngestError):
                fail(result)
                continue
            batch.append(result)
            batch_origins.append(origin)
            if len(batch) >= batch_size or time.monotonic() - flushed > BATCH_SECONDS:
                _flush(store, batch, batch_origins, stats, fail)
                flushed = time.monotonic()
        _flush(store, batch, batch_origins, stats, fail)
    if not quiet:
        summary = ", ".join(f"{count} {what}" for what, count in stats.items())
        typer.echo(f"khabar: {db}: {summary}", err=True)
    if stats["failed"]:
        typer.echo(f"khabar: {stats['failed']} input(s) failed", err=True)
        raise typer.Exit(1)


def _not_stored(
    items: Iterable[RawArticle | IngestError], known: set[str], origins: deque[str], stats: dict[str, int]
) -> Iterator[RawArticle | IngestError]:
    """Inputs whose article is not stored yet (nor seen earlier in this run); records each origin."""
    from khabar.ingest import IngestError
    from khabar.schema import article_id

    for item in items:
        if not isinstance(item, IngestError):
            ident = article_id(item.text, item.url)
            if ident in known:
                stats["skipped"] += 1
                continue
            known.add(ident)
        origins.append(item.origin)
        yield item


def _flush(
    store: Store, batch: list[Article], origins: list[str], stats: dict[str, int], fail: Callable[[str], None]
) -> None:
    """Commit a batch; if it fails, store its articles one by one so only the bad ones are lost."""
    if not batch:
        return
    try:
        _count(store.write(batch, origins), stats)
    except Exception:  # a database error, or a value the tables cannot hold
        for article, origin in zip(batch, origins, strict=True):
            try:
                _count(store.write([article], [origin]), stats)
            except Exception as error:
                fail(f"{origin}: cannot store: {type(error).__name__}: {str(error).strip().splitlines()[0]}")
    batch.clear()
    origins.clear()


def _count(result: WriteResult, stats: dict[str, int]) -> None:
    stats["stored"] += result.stored
    stats["skipped"] += result.skipped
    stats["replaced"] += result.replaced


@contextlib.contextmanager
def _readable(store: Store) -> Iterator[None]:
    """Exit 2 with the store's error, not a traceback, when DuckDB cannot read the file (damaged)."""
    import duckdb

    from khabar.store.db import unreadable

    try:
        yield
    except duckdb.Error as error:
        typer.echo(f"khabar: {unreadable(store.path, error)}", err=True)
        raise typer.Exit(2) from None


def _open(db: Path, *, read_only: bool) -> Store:
    from khabar.store.db import StoreError, open_store

    try:
        return open_store(db, read_only=read_only)
    except StoreError as error:
        typer.echo(f"khabar: {error}", err=True)
        raise typer.Exit(2) from None


def export_command(
    format: Annotated[
        str,
        typer.Option("--format", "-f", help="jsonl, parquet, acled-csv or gdelt-tsv."),
    ] = "jsonl",
    db: DbOption = Path("khabar.duckdb"),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of stdout (required for parquet)."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this day (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Events in this country (ISO 3166-1 alpha-3).")] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="Events of this PLOVER type, e.g. PROTEST.")
    ] = None,
    language: Annotated[
        str | None, typer.Option(help="Events from articles in this language (ISO 639-1).")
    ] = None,
    story: Annotated[str | None, typer.Option(help="Events of this story id.")] = None,
) -> None:
    """Export stored events as JSON Lines, Parquet, ACLED-style CSV or GDELT 2.0-style TSV.

    An --output file appears whole when the export ends (written beside it, then renamed); it must not be
    the store itself (exit 2).
    """
    from khabar.ingest.output import output_clash
    from khabar.store.export import ExportFormat, Filters, export

    try:
        fmt = ExportFormat(format)
    except ValueError:
        choices = ", ".join(f.value for f in ExportFormat)
        raise typer.BadParameter(f"{format!r} is not one of {choices}", param_hint="--format") from None
    if fmt is ExportFormat.parquet and output is None:
        raise typer.BadParameter("parquet needs a file: give --output/-o", param_hint="--output")
    if output is not None and (clash := output_clash(output, [db])):
        typer.echo(f"khabar: {clash}", err=True)
        raise typer.Exit(2)
    filters = Filters(
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        country=country,
        type=type,
        language=language,
        story=story,
    )
    with _open(db, read_only=True) as store, _readable(store):
        try:
            written = export(store, fmt, output or sys.stdout.buffer, filters)
        except OSError as error:
            typer.echo(f"khabar: {output}: cannot write: {error.strerror or error}", err=True)
            raise typer.Exit(2) from None
    if output is not None:
        typer.echo(f"khabar: wrote {written} events to {output}", err=True)
