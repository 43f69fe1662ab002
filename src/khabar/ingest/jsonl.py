"""JSON Lines input: one article per line, ``{"text": ..., "url", "title", "published", "source"}``.

A record may carry ``html`` instead of ``text``; the page is then extracted as HTML and the
record's own fields take precedence over the page's metadata. A bad line yields an
``IngestError`` with origin ``file.jsonl:LINE`` and the other lines still yield.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import orjson

from khabar.ingest.decode import check_text
from khabar.ingest.errors import IngestError, IngestFailure
from khabar.ingest.html import read_html
from khabar.ingest.published import parse_published
from khabar.schema import RawArticle

_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
_OPTIONAL_STRINGS = ("url", "title", "source")


def read_jsonl(text: str, origin: str) -> Iterator[RawArticle | IngestError]:
    """One article or error per non-blank line (lines split on ``\\n`` only, as JSON Lines says)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield _article(_parse(line, where), where)
        except IngestFailure as failure:
            yield failure.error


def _parse(line: str, where: str) -> dict[str, Any]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        raise IngestFailure(where, f"bad JSON: {error}") from None
    if not isinstance(record, dict):
        raise IngestFailure(where, f"not a JSON object (got {_JSON_TYPES.get(type(record), 'null')})")
    return record


def _article(record: dict[str, Any], where: str) -> RawArticle:
    fields = {name: _optional_string(record, name, where) for name in _OPTIONAL_STRINGS}
    published = _published(record.get("published"), where)
    text, html = record.get("text"), record.get("html")
    if text is None and isinstance(html, str):
        page = read_html(html, where, url=fields["url"])
        given = {name: value for name, value in fields.items() if value is not None}
        return page.model_copy(update=given | ({"published": published} if published else {}))
    if text is None:
        raise IngestFailure(where, "no 'text' field (nor 'html')")
    if not isinstance(text, str):
        raise IngestFailure(where, "'text' is not a string")
    if not text.strip():
        raise IngestFailure(where, "'text' is empty")
    return RawArticle(text=check_text(text, where), published=published, origin=where, **fields)


def _optional_string(record: dict[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise IngestFailure(where, f"'{name}' is not a string")
    return value or None


def _published(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestFailure(where, f"bad date in 'published': {value!r} (not a string)")
    try:
        return parse_published(value)
    except ValueError:
        raise IngestFailure(where, f"bad date in 'published': {value!r}") from None
