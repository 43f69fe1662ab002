"""``POST /extract``: one article in, its record out, through the app's worker pool (``app.state.pool``).

The request is checked here, in the server, by the rules every input follows (``check_text``:
not blank, no NUL or binary); the extraction itself runs in a worker process
(``khabar.service.pool``), so the server never spends its own time on it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response

from khabar.ingest.decode import check_text
from khabar.ingest.errors import IngestFailure
from khabar.lang import languages
from khabar.schema import Article
from khabar.service.models import ExtractRequest
from khabar.service.pool import LARGE_CHARS, RETRY_AFTER_S, Abandoned, ExtractionPool, PoolFull, TimedOut

ANSWERS: dict[int | str, dict[str, Any]] = {
    422: {"description": "Not an article: bad fields, empty or binary text, a page without text"},
    503: {"description": "Every extraction worker is busy and the queue is full; see Retry-After"},
    504: {"description": "The extraction ran over the server's time limit and was stopped"},
}

router = APIRouter()


@router.post("/extract", tags=["extract"], response_model=Article, responses=ANSWERS)
async def extract_article(body: ExtractRequest, request: Request) -> Response:
    """Read one article (plain text or an HTML page) and return its record; nothing is stored.

    Runs in a worker process, within the server's time limit: 503 when every worker is busy and
    the queue is full (retry after the seconds in Retry-After), 504 when the time is up."""
    if body.language is not None and body.language not in languages():
        raise HTTPException(
            422, f"unsupported language {body.language!r}; supported: {', '.join(languages())}"
        )
    field, given = ("text", body.text) if body.text is not None else ("html", body.html or "")
    try:
        check_text(given, field)
    except IngestFailure as failure:
        raise HTTPException(422, str(failure)) from None
    pool: ExtractionPool = request.app.state.pool
    try:
        status, content = await pool.run(
            body.model_dump_json().encode(), large=len(given) > LARGE_CHARS, gone=lambda: _gone(request)
        )
    except PoolFull:
        busy = f"every extraction worker is busy and the queue is full ({pool.settings.queue}); retry later"
        raise HTTPException(503, busy, headers={"Retry-After": str(RETRY_AFTER_S)}) from None
    except TimedOut:
        raise HTTPException(504, f"extraction took over the limit ({pool.settings.timeout_s:g} s)") from None
    except Abandoned:
        return Response(status_code=499)  # nobody is left to read it
    return Response(content, status_code=status, media_type="application/json")


async def _gone(request: Request) -> None:
    """Return when the client disconnects (the request's body has been read already)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
