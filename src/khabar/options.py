"""Command-line arguments and options that several ``khabar`` commands share."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from khabar.budget import Budget

PathsArgument = Annotated[
    list[str], typer.Argument(help="Files or directories (read recursively) of articles; - for stdin.")
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        help="Extra actor dictionary (khabar YAML or PETRARCH/Phoenix format); repeatable.",
        exists=True,
        dir_okay=False,
    ),
]
WorkersOption = Annotated[int, typer.Option(min=1, help="Extraction worker processes.")]
MaxCharsOption = Annotated[
    int,
    typer.Option(
        "--max-chars",
        min=1,
        help="Characters of one article read at most (to a line break); the record flags the rest as unread.",
    ),
]
MaxSecondsOption = Annotated[
    float,
    typer.Option(
        "--max-seconds",
        help="Seconds of extraction one article may take; stages not started by then are flagged as skipped.",
    ),
]


def budget_of(max_chars: int, max_seconds: float) -> Budget:
    """The per-article budget the options give; a usage error (exit 2) for a time that is not positive
    (``--max-chars`` is checked by its own option)."""
    if not max_seconds > 0:
        raise typer.BadParameter(
            f"{max_seconds:g} is not a positive number of seconds", param_hint="--max-seconds"
        )
    return Budget(max_chars, max_seconds)


def check_paths(paths: list[str]) -> None:
    """A usage error (exit 2) for a path that does not exist; ``-`` is stdin."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise typer.BadParameter(f"{path}: no such file or directory", param_hint="PATHS")


def parse_day(value: str | None, option: str) -> date | None:
    """A ``YYYY-MM-DD`` option value as a date; a usage error (exit 2) naming ``option`` otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=option
        ) from None
