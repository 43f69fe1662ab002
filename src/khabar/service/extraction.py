"""One ``/extract`` job, as a worker process runs it (``khabar.service.pool``): request JSON in,
HTTP status and body out. A failure on one article is its own answer; the worker goes on."""

from __future__ import annotations

import orjson
import pydantic_core

from khabar.ingest import IngestFailure, read_html
from khabar.pipeline import extract
from khabar.schema import Article
from khabar.service.models import ExtractRequest


def answer(job: bytes) -> tuple[int, bytes]:
    """200 and the record's JSON; 422 when the page has no article; 500 when extraction failed."""
    try:
        article = _article(ExtractRequest.model_validate_json(job))
    except IngestFailure as failure:
        return 422, detail(str(failure))
    except Exception as error:  # a bug on one article must not take the worker down
        return 500, detail(f"extraction failed: {type(error).__name__}: {error}")
    return 200, pydantic_core.to_json(article)


def detail(message: str) -> bytes:
    return orjson.dumps({"detail": message})


def _article(body: ExtractRequest) -> Article:
    if body.text is not None:
        return extract(
            body.text, published=body.published, url=body.url, title=body.title, language=body.language
        )
    raw = read_html(body.html or "", "html", url=body.url)
    return extract(
        raw.text,
        published=body.published or raw.published,
        url=raw.url,
        title=body.title or raw.title,
        source=raw.source,
        language=body.language,
        html_embeds=raw.html_embeds,
    )
