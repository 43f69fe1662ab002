"""RSS and Atom feeds (feedparser): each item with full content or a description is an article.

The item's content (``content:encoded``, Atom ``content``) is preferred to its description;
HTML in either is extracted like a page, so embedded posts are kept. feedparser's HTML
sanitiser is turned off: it would strip the iframes of embedded videos, and the text is
never rendered. The feed is handed to feedparser as a stream, never as a string, which it
would fetch as a URL or open as a file name. Items get the origin ``feed.xml#N`` (N counts items from 1).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from khabar.ingest.errors import IngestError, IngestFailure
from khabar.ingest.html import read_html
from khabar.ingest.published import parse_published
from khabar.schema import RawArticle

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DECODED = {"content-type": "application/xml; charset=utf-8"}  # the text is decoded already


def read_feed(text: str, origin: str) -> Iterator[RawArticle | IngestError]:
    """One article or error per item of the feed in ``text``."""
    parsed = feedparser.parse(io.BytesIO(text.encode()), response_headers=_DECODED, sanitize_html=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield IngestError(origin, f"not an RSS or Atom feed with items{f': {problem}' if problem else ''}")
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        try:
            yield _article(entry, where, source)
        except IngestFailure as failure:
            yield failure.error


def _article(entry: Any, where: str, source: str | None) -> RawArticle:
    body, kind = _body(entry)
    if not body.strip():
        raise IngestFailure(where, "item has no content or description")
    url = entry.get("link") or None
    given = {
        "url": url,
        "title": entry.get("title") or None,
        "source": source,
        "published": _published(entry),
    }
    if kind in _HTML_TYPES:
        page = read_html(body, where, url=url)
        return page.model_copy(update={name: value for name, value in given.items() if value is not None})
    return RawArticle(text=body, origin=where, **given)


def _body(entry: Any) -> tuple[str, str]:
    """The item's fullest text and its MIME type: content first, then description."""
    for content in entry.get("content", []):
        if content.get("value", "").strip():
            return content["value"], content.get("type", "text/html")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", ""), detail.get("type", "text/html")


def _published(entry: Any) -> date | None:
    """The item's date as written; feedparser's own parse (in UTC) when the text is not ISO or RFC 2822."""
    for name in ("published", "updated"):
        if value := entry.get(name):
            try:
                return parse_published(value)
            except ValueError:
                if parsed := entry.get(f"{name}_parsed"):
                    return date(*parsed[:3])
    return None
