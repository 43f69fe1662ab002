"""WARC archives written here with warcio: HTML responses become articles, the rest is skipped."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.ingest import IngestError, read_paths
from khabar.ingest.warc import read_warc

PAGE = (
    "<html><head><title>Hill road reopens</title></head><body><article>"
    "<p>The hill road to the district town reopened on Wednesday after workers cleared the landslide.</p>"
    "<p>Buses will run again from Thursday morning, the transport office said.</p>"
    "</article></body></html>"
)
DATED_PAGE = PAGE.replace("<title>", '<meta property="article:published_time" content="2023-08-16"><title>')


def warc(*responses: tuple[str, str, str, bytes], gzip: bool = True) -> bytes:
    """A WARC file: a warcinfo record, then one response record per ``(uri, status, type, body)``."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "khabar tests"}))
    for uri, status, content_type, body in responses:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2023-08-20T10:00:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


def read(data: bytes, max_bytes: int = 1_000_000) -> list:
    return list(read_warc(io.BytesIO(data), "crawl.warc.gz", max_bytes=max_bytes))


def test_html_responses_become_articles_with_uri_and_date() -> None:
    data = warc(
        ("https://example.org/road", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://example.org/gone", "404 Not Found", "text/html", b"<html><body>not found</body></html>"),
        ("https://example.org/dated", "200 OK", "text/html", DATED_PAGE.encode()),
    )
    road, dated = read(data)
    assert road.url == "https://example.org/road"
    assert road.origin == "crawl.warc.gz#2"  # record 1 is the warcinfo
    assert road.title == "Hill road reopens"
    assert road.published == date(2023, 8, 20)  # no date in the page: the capture date
    assert road.text.startswith("The hill road to the district town reopened")
    assert dated.origin == "crawl.warc.gz#5"
    assert dated.published == date(2023, 8, 16)  # the page's own date wins


def test_uncompressed_warc() -> None:
    (article,) = read(warc(("https://example.org/road", "200 OK", "text/html", PAGE.encode()), gzip=False))
    assert article.url == "https://example.org/road"


def test_bad_records_are_errors_and_the_others_still_yield() -> None:
    data = warc(
        ("https://example.org/big", "200 OK", "text/html", PAGE.encode() + b" " * 5000),
        ("https://example.org/empty", "200 OK", "text/html", b"   "),
        ("https://example.org/road", "200 OK", "text/html", PAGE.encode()),
    )
    big, empty, road = read(data, max_bytes=4000)
    assert isinstance(big, IngestError) and big.origin == "crawl.warc.gz#2"
    assert big.reason.startswith("too large (") and big.reason.endswith(" > 4000)")
    assert empty == IngestError("crawl.warc.gz#3", "empty")
    assert road.url == "https://example.org/road"


def test_no_html_and_not_a_warc() -> None:
    only_image = warc(("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG"))
    assert read(only_image) == [IngestError("crawl.warc.gz", "no HTML response records")]
    (error,) = read(b"this is not\nan archive\n\nat all\n")
    assert error.reason.startswith("not a valid WARC file")


def warc_without_uri(*, gzip: bool = True) -> bytes:
    """A good response, a response without WARC-Target-URI, and another good response."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for index, uri in enumerate(
        ("https://example.org/one", "https://example.org/lost", "https://example.org/two")
    ):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(PAGE.encode()), http_headers=headers
        )
        if index == 1:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [True, False])
def test_record_without_target_uri_is_an_error_and_reading_goes_on(gzip: bool) -> None:
    one, bad, two = read(warc_without_uri(gzip=gzip))
    assert one.url == "https://example.org/one" and one.origin == "crawl.warc.gz#1"
    assert bad == IngestError("crawl.warc.gz#2", "bad WARC record: response record without WARC-Target-URI")
    assert two.url == "https://example.org/two" and two.origin == "crawl.warc.gz#3"


def test_record_without_target_uri_leaves_later_inputs_read(tmp_path: Path) -> None:
    (tmp_path / "a.warc.gz").write_bytes(warc_without_uri())
    (tmp_path / "b.txt").write_text("Heavy rain fell in Delhi on Tuesday.", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    articles = [item for item in items if not isinstance(item, IngestError)]
    errors = [item for item in items if isinstance(item, IngestError)]
    assert len(articles) == 3  # 2 from the archive, 1 from the text file after it
    assert errors == [IngestError(f"{tmp_path / 'a.warc.gz'}#2", errors[0].reason)]
    assert "WARC-Target-URI" in errors[0].reason
