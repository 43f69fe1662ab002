"""Reading inputs into ``RawArticle`` records: text, HTML, JSON Lines, RSS/Atom, other XML, WARC, stdin.

Readers yield an ``IngestError`` for each input (or line, item, record) that gives no
article, and go on with the rest. The readers are imported on first use, so that light
modules here (``errors``, ``output``) do not load trafilatura.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from khabar.ingest.errors import IngestError, IngestFailure

if TYPE_CHECKING:
    from khabar.ingest.decode import check_text, decode_text
    from khabar.ingest.html import read_html
    from khabar.ingest.paths import read_bytes, read_paths

__all__ = [
    "IngestError",
    "IngestFailure",
    "check_text",
    "decode_text",
    "read_bytes",
    "read_html",
    "read_paths",
]

_LAZY = {
    "check_text": "khabar.ingest.decode",
    "decode_text": "khabar.ingest.decode",
    "read_html": "khabar.ingest.html",
    "read_bytes": "khabar.ingest.paths",
    "read_paths": "khabar.ingest.paths",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
