"""WARC archives (warcio): each HTML response record is an article.

The record's target URI is the article URL; its date is the page's published date from
metadata, else the WARC-Date of the capture. Records that are not successful HTML
responses (requests, metadata, images, redirects) are skipped. Records get the origin
``file.warc.gz#N`` (N counts every record from 1, as they lie in the file).

A bad record (a response or resource without ``WARC-Target-URI``, a body that cannot be read)
is an ``IngestError`` for ``file.warc.gz#N`` and the records after it are still read; a record
whose headers cannot be parsed at all ends the file there, with an error naming it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader

from khabar.ingest.decode import decode_text
from khabar.ingest.errors import IngestError, IngestFailure
from khabar.ingest.html import read_html
from khabar.ingest.published import parse_published
from khabar.schema import RawArticle

_ARTICLE_TYPES = ("response", "resource")


class _Loader(ArcWarcRecordLoader):
    """warcio's loader, but a record without ``WARC-Target-URI`` loads (without HTTP headers)
    instead of raising ``AttributeError`` from inside the iterator, which would end it."""

    def load_http_headers(self, rec_type, uri, stream, length):  # type: ignore[no-untyped-def]
        if uri is None:
            return None
        return super().load_http_headers(rec_type, uri, stream, length)


def read_warc(stream: IO[bytes], origin: str, *, max_bytes: int) -> Iterator[RawArticle | IngestError]:
    """One article or error per HTML response record; ``max_bytes`` limits each record's body."""
    found = 0
    number = 0
    records = ArchiveIterator(stream)
    records.loader = _Loader(verify_http=False, arc2warc=False)  # as ArchiveIterator makes its own
    try:
        for number, record in enumerate(records, start=1):
            where = f"{origin}#{number}"
            if record.rec_type in _ARTICLE_TYPES and not record.rec_headers.get_header("WARC-Target-URI"):
                found += 1
                yield IngestError(where, f"bad WARC record: {record.rec_type} record without WARC-Target-URI")
                continue
            if not _is_html_response(record):
                continue
            found += 1
            try:
                yield _article(record, where, max_bytes)
            except IngestFailure as failure:
                yield failure.error
            except Exception as error:  # a body warcio cannot read (bad chunking, compression)
                yield IngestError(where, f"bad WARC record: {type(error).__name__}: {error}")
    except ArchiveLoadFailed as error:
        if not number:
            yield IngestError(origin, f"not a valid WARC file: {error}")
            return
        yield IngestError(f"{origin}#{number + 1}", f"bad WARC record, file read no further: {error}")
        return
    except Exception as error:  # headers warcio cannot parse: its iterator cannot go on after them
        where = f"{origin}#{number + 1}"
        yield IngestError(where, f"bad WARC record, file read no further: {type(error).__name__}: {error}")
        return
    if not found:
        yield IngestError(origin, "no HTML response records")


def _is_html_response(record: ArcWarcRecord) -> bool:
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        content_type = record.http_headers.get_header("Content-Type") or ""
        return status.startswith("2") and "html" in content_type.lower()
    if record.rec_type == "resource":
        return "html" in (record.rec_headers.get_header("Content-Type") or "").lower()
    return False


def _article(record: ArcWarcRecord, where: str, max_bytes: int) -> RawArticle:
    if record.length and record.length > max_bytes:
        raise IngestFailure(where, f"too large ({record.length} bytes > {max_bytes})")
    body = record.content_stream().read(max_bytes + 1)  # decoded: chunked or compressed bodies grow
    if len(body) > max_bytes:
        raise IngestFailure(where, f"too large (more than {max_bytes} bytes decompressed)")
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    article = read_html(decode_text(body, where), where, url=url)
    if article.published is None:
        article = article.model_copy(update={"published": _capture_date(record)})
    return article


def _capture_date(record: ArcWarcRecord) -> date | None:
    try:
        return parse_published(record.rec_headers.get_header("WARC-Date") or "")
    except ValueError:
        return None
