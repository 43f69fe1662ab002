"""Files, directories, stdin and bytes: format by extension or sniffing, errors beside articles."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import orjson
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.ingest import IngestError, read_bytes, read_paths
from khabar.schema import RawArticle

DATA = Path(__file__).parent / "data" / "ingest"
HINDI = "पहाड़ी ज़िले में मंगलवार को भूस्खलन के बाद सड़क बंद कर दी गई।\n"
ENGLISH = "A landslide closed the hill road on Tuesday.\r\nWorkers cleared it by evening.\r\n"
RUSSIAN = "Сильный снегопад затруднил движение на нескольких улицах города в понедельник утром."
ABOUT_HTML = "Pages begin with <html> and end with </html>."
JSON_LINE = orjson.dumps({"text": HINDI})
PAGE = (
    "<!DOCTYPE html><html><head><title>Road closed</title></head><body><article>"
    "<p>A landslide closed the hill road on Tuesday, and workers cleared it by the evening.</p>"
    "</article></body></html>"
)


def gz_warc(html: str) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://example.org/r", "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
    )
    return buffer.getvalue()


def by_origin(results: list[RawArticle | IngestError]) -> dict[str, RawArticle | IngestError]:
    return {r.origin: r for r in results}


def test_directory_mixing_good_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a-hindi.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "b-english.txt").write_bytes(ENGLISH.encode("utf-16"))
    (tmp_path / "c-empty.txt").write_bytes(b"")
    (tmp_path / "d-blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "e-image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "f-junk.bin").write_bytes(bytes(range(0x80, 0x100)) * 2)
    (tmp_path / "sub" / "g-russian.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (tmp_path / "sub" / "h-lines.jsonl").write_text(
        orjson.dumps({"text": HINDI}).decode() + "\nnot json\n" + orjson.dumps({"text": ENGLISH}).decode()
    )
    (tmp_path / "sub" / "i-page.htm").write_text(PAGE)
    (tmp_path / ".secret.txt").write_text("hidden file")
    (tmp_path / ".hidden" / "j.txt").write_text("in a hidden folder")
    shutil.copy(DATA / "feed.rss", tmp_path / "sub" / "k-feed.xml")
    (tmp_path / "sub" / "l-crawl.warc.gz").write_bytes(gz_warc(PAGE))

    results = list(read_paths([tmp_path]))
    names = [Path(r.origin.split(":")[0].split("#")[0]).name for r in results]
    assert names == sorted(names)  # sorted, files before subfolders
    got = by_origin(results)
    root, sub = str(tmp_path), str(tmp_path / "sub")
    assert got[f"{root}/a-hindi.txt"].text == HINDI
    assert got[f"{root}/b-english.txt"].text == ENGLISH
    assert got[f"{root}/c-empty.txt"] == IngestError(f"{root}/c-empty.txt", "empty")
    assert got[f"{root}/d-blank.txt"].reason == "empty"
    assert got[f"{root}/e-image.png"].reason == "binary file"
    assert got[f"{root}/f-junk.bin"].reason.startswith("undecodable")
    assert got[f"{sub}/g-russian.txt"].text == RUSSIAN
    assert got[f"{sub}/h-lines.jsonl:1"].text == HINDI
    assert got[f"{sub}/h-lines.jsonl:2"].reason.startswith("bad JSON")
    assert got[f"{sub}/h-lines.jsonl:3"].text == ENGLISH
    assert got[f"{sub}/i-page.htm"].title == "Road closed"
    assert got[f"{sub}/k-feed.xml#2"].title == "Relief camps"
    assert got[f"{sub}/l-crawl.warc.gz#1"].url == "https://example.org/r"
    assert not any("hidden" in r.origin or "secret" in r.origin for r in results)
    assert sum(isinstance(r, RawArticle) for r in results) == 9


def test_missing_path_and_too_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    missing = tmp_path / "missing.txt"
    assert list(read_paths([missing, big], max_bytes=499)) == [
        IngestError(str(missing), "no such file or directory"),
        IngestError(str(big), "too large (500 bytes > 499)"),
    ]
    assert next(read_paths([big], max_bytes=500)).text == "word " * 100


@pytest.mark.parametrize(
    ("data", "origin", "expected"),
    [
        (HINDI.encode(), "-", {"origin": "-", "text": HINDI}),
        (ABOUT_HTML.encode(), "-", {"origin": "-", "text": ABOUT_HTML}),
        (PAGE.encode(), "-", {"origin": "-", "title": "Road closed"}),
        (PAGE.encode(), "page.txt", {"origin": "page.txt", "title": "Road closed"}),
        ((DATA / "feed.atom").read_bytes(), "-", {"origin": "-#1", "title": "पुल फिर से खुला"}),
        ((DATA / "feed.atom").read_bytes(), "notes.txt", {"origin": "notes.txt", "title": None}),
        (JSON_LINE, "-", {"origin": "-:1", "text": HINDI}),
        (
            JSON_LINE,
            "notes.txt",
            {"origin": "notes.txt", "text": JSON_LINE.decode()},
        ),
        (gz_warc(PAGE), "-", {"origin": "-#1", "url": "https://example.org/r"}),
    ],
    ids=[
        "text",
        "text-about-html",
        "html",
        "html-in-txt",
        "feed",
        "feed-in-txt",
        "jsonl",
        "jsonl-in-txt",
        "warc",
    ],
)
def test_format_is_sniffed_without_a_telling_extension(data: bytes, origin: str, expected: dict) -> None:
    first = next(read_bytes(data, origin))
    assert {name: getattr(first, name) for name in expected} == expected


def test_xml_that_is_not_a_feed_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "catalog.xml"
    path.write_text("<?xml version='1.0'?><catalog><book>A book</book><book>Another</book></catalog>")
    (article,) = read_paths([path])
    assert article == RawArticle(text="A book\nAnother", origin=str(path))


def test_too_large_bytes() -> None:
    assert list(read_bytes(b"x" * 11, "api", max_bytes=10)) == [
        IngestError("api", "too large (11 bytes > 10)")
    ]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HINDI.encode())))
    assert list(read_paths(["-"])) == [RawArticle(text=HINDI, origin="-")]


def test_stdin_over_the_limit_is_refused_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.BytesIO(b"x" * 100_000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    assert list(read_paths(["-"], max_bytes=5_000)) == [IngestError("-", "too large (more than 5000 bytes)")]
    assert stream.tell() <= 5_000 + 1 + io.DEFAULT_BUFFER_SIZE  # read up to the limit, not to the end


def test_stdin_warc_is_streamed_record_by_record(monkeypatch: pytest.MonkeyPatch) -> None:
    archive = gz_warc(PAGE) * 3  # over the limit as a whole; each record is under it
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(archive)))
    articles = list(read_paths(["-"], max_bytes=len(archive) - 1))
    assert [a.origin for a in articles] == ["-#1", "-#2", "-#3"]
    assert all(isinstance(a, RawArticle) and "landslide" in a.text for a in articles)


SEED = Path(__file__).parents[2] / "shared" / "seed" / "kazakhstan-2022-hi.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the seed article in ../shared is absent")
def test_seed_article_is_read_exactly() -> None:
    (article,) = read_paths([SEED])
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.origin == str(SEED)
