"""The ``khabar`` command line: thin Typer commands over the pipeline, store and service."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

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

app = typer.Typer(
    help="khabar: news articles in many languages to structured, source-linked event data.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _main() -> None:
    """khabar: news articles in many languages to structured, source-linked event data."""


@app.command()
def extract(
    paths: PathsArgument,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that carry none.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="Source URL for inputs that carry none.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSON Lines here instead of stdout.")
    ] = None,
    actors: ActorsOption = None,
    workers: WorkersOption = 1,
    pretty: Annotated[bool, typer.Option(help="Indented JSON instead of one line per article.")] = False,
    max_chars: MaxCharsOption = MAX_CHARS,
    max_seconds: MaxSecondsOption = MAX_SECONDS,
) -> None:
    """Extract one JSON record per article (JSON Lines). Errors go to stderr, each naming its input, with
    the count of inputs dropped; exit 1 if any input failed.

    An --output file appears whole when extraction ends (written beside it, then renamed); it must not
    be an input nor lie inside an input directory (exit 2).
    """
    import contextlib

    import orjson

    from khabar.batch import extract_all, with_defaults
    from khabar.ingest import IngestError, read_paths
    from khabar.ingest.output import atomic_write, output_clash

    day = parse_day(published, "--published")
    budget = budget_of(max_chars, max_seconds)
    check_paths(paths)
    if output is not None and (clash := output_clash(output, paths)):
        typer.echo(f"khabar: {clash}", err=True)
        raise typer.Exit(2)
    failures = written = 0
    option = orjson.OPT_INDENT_2 if pretty else 0
    try:
        with atomic_write(output) if output else contextlib.nullcontext(sys.stdout.buffer) as sink:
            items = with_defaults(read_paths(paths), published=day, url=url)
            for result in extract_all(items, workers=workers, actor_files=actors or (), budget=budget):
                if isinstance(result, IngestError):
                    failures += 1
                    typer.echo(f"khabar: {result}", err=True)
                    continue
                sink.write(orjson.dumps(result.model_dump(mode="json"), option=option) + b"\n")
                sink.flush()
                written += 1
    except OSError as error:
        if output is None:
            raise
        typer.echo(f"khabar: {output}: cannot write: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    if failures:
        typer.echo(f"khabar: {failures} input(s) failed, dropped; {written} record(s) written", err=True)
        raise typer.Exit(1)


def _register() -> None:
    """Commands defined beside the modules they drive (their heavy imports stay inside them)."""
    from khabar.service.commands import serve_command
    from khabar.store.commands import export_command, ingest_command

    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
    app.command("serve")(serve_command)


_register()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
