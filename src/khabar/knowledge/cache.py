"""On-disk cache for knowledge indexes that are slow to build (e.g. the gazetteer).

An index is built once from the packages that ship the data, pickled under
``$KHABAR_CACHE_DIR`` (default ``~/.cache/khabar``) in a file named by a hash of its key
(package versions, data-file hashes, format version), and loaded from there afterwards.
Writes are atomic (temporary file, then ``os.replace``); an unreadable or corrupt file is
rebuilt; files of the same name with older keys are removed. Written here because the
job is a dozen lines of standard library, and diskcache/joblib would add a dependency
for less control over atomicity and load speed (the garbage collector is paused while a
large pickle loads, which halves the load time). A loaded index lives as long as the process,
so it is then moved out of the collector's generations (``gc.freeze``): collections no longer
traverse its million objects, and forked workers do not copy the pages a collection would touch.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """``$KHABAR_CACHE_DIR``, else ``~/.cache/khabar``."""
    configured = os.environ.get("KHABAR_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "khabar"


def cache_path(name: str, key: str) -> Path:
    """Where the index ``name`` built under ``key`` lives."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return cache_dir() / f"{name}-{digest}.pickle"


def _load(path: Path) -> object:
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _store(name: str, path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for stale in path.parent.glob(f"{name}-*.pickle"):
        if stale != path and len(stale.name) == len(path.name):  # same name, another key
            stale.unlink(missing_ok=True)


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The cached value of ``build()`` for ``key``; built and stored when missing or unreadable.

    A cache directory that cannot be written is not an error: the value is then built
    in every process.
    """
    path = cache_path(name, key)
    value = _load_or_build(name, path, build)
    gc.freeze()
    return value


def _load_or_build(name: str, path: Path, build: Callable[[], T]) -> T:
    if path.exists():
        try:
            return _load(path)  # type: ignore[return-value]
        except Exception:  # corrupt or from an incompatible build: rebuild below
            path.unlink(missing_ok=True)
    value = build()
    with contextlib.suppress(OSError):
        _store(name, path, value)
    return value
