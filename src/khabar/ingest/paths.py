"""Where articles come from: files, directories, stdin and bytes in memory, in any supported format.

The format is chosen by the file extension where it names one, else by sniffing the content:
WARC (also gzipped), RSS/Atom, HTML, other XML (a declaration first, or a root element closed at
the end), JSON Lines, and plain text otherwise.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from khabar.ingest.decode import decode_text
from khabar.ingest.errors import IngestError, IngestFailure
from khabar.ingest.feeds import read_feed
from khabar.ingest.html import read_html
from khabar.ingest.jsonl import read_jsonl
from khabar.ingest.warc import read_warc
from khabar.ingest.xml_text import read_xml
from khabar.schema import RawArticle

MAX_BYTES = 20_000_000
STDIN = "-"
_BY_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
}
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(r"<!doctype html|<html[\s>]")
_XML_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)[\s/>]")
_SNIFF_CHARS = 1024
_GZIP = b"\x1f\x8b"

Item = RawArticle | IngestError


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Articles and errors from files, directories (recursive, sorted, hidden entries skipped) and ``-``."""
    for path in paths:
        if str(path) == STDIN:
            yield from _read_stream(sys.stdin.buffer, STDIN, max_bytes)
        elif Path(path).is_dir():
            for file in _files_under(Path(path)):
                yield from _read_file(file, max_bytes)
        else:
            yield from _read_file(Path(path), max_bytes)


def read_bytes(data: bytes, origin: str, *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Articles and errors from one input already in memory; ``origin`` names it (its extension counts)."""
    if _is_warc(origin, data):
        yield from read_warc(io.BytesIO(data), origin, max_bytes=max_bytes)
        return
    if len(data) > max_bytes:
        yield _too_large(origin, len(data), max_bytes)
        return
    try:
        text = decode_text(data, origin)
        kind = _format(origin, text)
        if kind == "jsonl":
            yield from read_jsonl(text, origin)
        elif kind == "feed":
            yield from read_feed(text, origin)
        elif kind == "html":
            yield read_html(text, origin)
        elif kind == "xml":
            yield read_xml(text, origin)
        else:
            yield RawArticle(text=text, origin=origin)
    except IngestFailure as failure:
        yield failure.error


def _files_under(directory: Path) -> Iterator[Path]:
    for root, subdirectories, files in os.walk(directory):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    try:
        handle = path.open("rb")
        size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        yield IngestError(origin, "no such file or directory")
        return
    except OSError as error:
        yield _unreadable(origin, error)
        return
    with handle:
        yield from _read_stream(handle, origin, max_bytes, size)


def _read_stream(stream: BinaryIO, origin: str, max_bytes: int, size: int | None = None) -> Iterator[Item]:
    """An open input (``size`` bytes, when known): streamed record by record when it is a WARC, else
    read whole, never past ``max_bytes + 1`` bytes, so an input over the limit is refused unread."""
    try:
        head = stream.read(_SNIFF_CHARS)
        if _is_warc(origin, head):
            yield from read_warc(io.BufferedReader(_Replayed(head, stream)), origin, max_bytes=max_bytes)
            return
        if size is not None and size > max_bytes:
            yield _too_large(origin, size, max_bytes)
            return
        data = head + stream.read(max(0, max_bytes + 1 - len(head)))
    except OSError as error:
        yield _unreadable(origin, error)
        return
    if len(data) > max_bytes:
        yield IngestError(origin, f"too large (more than {max_bytes} bytes)")
        return
    yield from read_bytes(data, origin, max_bytes=max_bytes)


class _Replayed(io.RawIOBase):
    """The bytes already read from a stream (its head), then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._head[: len(buffer)] if self._head else self._rest.read(len(buffer))
        self._head = self._head[len(data) :]
        buffer[: len(data)] = data
        return len(data)


def _unreadable(origin: str, error: OSError) -> IngestError:
    return IngestError(origin, f"cannot read: {error.strerror or error}")


def _too_large(origin: str, size: int, max_bytes: int) -> IngestError:
    return IngestError(origin, f"too large ({size} bytes > {max_bytes})")


def _is_warc(origin: str, head: bytes) -> bool:
    """By extension, or by content: ``WARC/`` at the start, plain or in a gzip member."""
    if origin.lower().endswith((".warc", ".warc.gz")):
        return True
    if head.startswith(_GZIP):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head[:_SNIFF_CHARS], 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _is_xml(text: str) -> bool:
    """An XML declaration first, or a root element whose end tag ends the text."""
    start = text[:_SNIFF_CHARS].lstrip()
    if start.startswith("<?xml"):
        return True
    root = _XML_ROOT.match(start)
    return root is not None and text[-_SNIFF_CHARS:].rstrip().endswith(f"</{root[1]}>")


def _format(origin: str, text: str) -> str:
    """``jsonl``, ``feed``, ``html``, ``xml`` (any other XML document) or ``text``."""
    suffix = Path(origin).suffix.lower() if origin != STDIN else ""
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    head = text[:_SNIFF_CHARS].lstrip().lower()
    markup = head.startswith("<")
    if markup and suffix != ".txt" and _FEED_ROOT.search(head):
        return "feed"
    if markup and _HTML_ROOT.search(head):
        return "html"
    if suffix == ".xml" or (markup and suffix != ".txt" and _is_xml(text)):
        return "xml"
    if suffix != ".txt" and head.startswith("{"):
        return "jsonl"
    return "text"
