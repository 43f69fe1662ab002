"""Output files that never clobber an input and never lie half-written.

``atomic_write`` writes to a hidden temporary file beside the target and renames it over the
target only when the writing is done; on any failure (an exception, Ctrl-C) the temporary
file is removed and the target is left as it was. ``output_clash`` says when an output path
is one of the inputs, or lies inside an input directory (where it would be read back).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

STDIN = "-"


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``target`` when the block ends without error."""
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _mode(target))
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _mode(target: Path) -> int:
    """The target's own permissions when it exists, else those a new file gets (umask applies)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666


def output_clash(output: Path, inputs: Iterable[str | Path]) -> str | None:
    """Why ``output`` must not be written while reading ``inputs``, naming both paths; else None."""
    target = Path(output).resolve()
    for given in inputs:
        if str(given) == STDIN:
            continue
        source = Path(given).resolve()
        if source.is_dir():
            if target.is_relative_to(source):
                return f"output {output} is inside the input directory {given}: it would be read as input"
        elif target == source or _same_file(target, source):
            return f"output {output} is the input {given}: writing it would destroy the input"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
