"""The HTTP API and the offline dashboard over a khabar store: ``create_app(db_path)``.

Every asset is served from the package (``static/``): the dashboard's scripts, styles and
map geometry, and Swagger UI for ``/docs`` (vendored from npm by ``web/``), so nothing is
fetched from a CDN. The store is opened read-only; a writer (``khabar ingest``) cannot hold
the same file at the same time.

Requests pass the guards of ``khabar.service.guards`` (body size, ``Host`` header, security
headers) before a route sees them. ``/extract`` runs in worker processes (``khabar.service.pool``),
so a long or abandoned extraction never holds the server; the other routes read the store.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, TypeVar

import duckdb
import pycountry
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from khabar.knowledge import countries
from khabar.knowledge.crosswalk import plover_types
from khabar.schema import Article
from khabar.service import queries
from khabar.service.extract_route import router as extract_router
from khabar.service.guards import (
    LOCAL_HOSTS,
    BodyLimit,
    SecurityHeaders,
    content_policy,
    inline_script_hashes,
    invalid_request,
)
from khabar.service.models import (
    AggregateBy,
    Aggregates,
    Bucket,
    EntityDetail,
    EventPage,
    Facets,
    Story,
)
from khabar.service.pool import ExtractionPool, PoolSettings
from khabar.service.queries import EventFilter
from khabar.store.db import open_store, unreadable

T = TypeVar("T")
STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_PAGE = 500
MAX_OFFSET = 2**31 - 1  # far past any store; DuckDB's OFFSET overflows at 2^63
DEFAULT_PAGE = 50
ENTITY_EVENTS = 200

# ---------- knowledge for validation and facets ----------


@cache
def _numeric_code(iso3: str) -> str | None:
    country = pycountry.countries.get(alpha_3=iso3)
    return country.numeric if country else None


def _country_bucket(key: str, events: int, articles: int) -> Bucket:
    country = countries.by_iso3(key)
    return Bucket(
        key=key,
        events=events,
        articles=articles,
        name=country.name if country else None,
        numeric=_numeric_code(key),
    )


def _bucket(by: AggregateBy, key: str, events: int, articles: int) -> Bucket:
    if by == "country":
        return _country_bucket(key, events, articles)
    return Bucket(key=key, events=events, articles=articles)


# ---------- request plumbing ----------


def _found(record: T | None, what: str, ident: str) -> T:
    """The record, or a 404 naming what was not found."""
    if record is None:
        raise HTTPException(404, f"no {what} with id {ident!r}")
    return record


def _filter(
    since: Annotated[date | None, Query(description="First day (YYYY-MM-DD), inclusive.")] = None,
    until: Annotated[date | None, Query(description="Last day (YYYY-MM-DD), inclusive.")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code, e.g. KAZ.")
    ] = None,
    event_type: Annotated[
        str | None, Query(alias="type", description="PLOVER event type, e.g. PROTEST.")
    ] = None,
    actor: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Entity id, or part of a name.")
    ] = None,
    place: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Entity id, or part of a place name.")
    ] = None,
    language: Annotated[
        str | None, Query(pattern=r"^[a-z]{2,3}$", description="Article language (ISO 639), e.g. hi.")
    ] = None,
    story: Annotated[str | None, Query(min_length=1, max_length=100, description="Story id.")] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Words in the article text or title.")
    ] = None,
) -> EventFilter:
    if since and until and since > until:
        raise HTTPException(422, f"'since' ({since}) is after 'until' ({until})")
    if country is not None:
        country = country.upper()
        if countries.by_iso3(country) is None:
            raise HTTPException(422, f"unknown country code {country!r} (ISO 3166-1 alpha-3 expected)")
    if event_type is not None:
        event_type = event_type.upper()
        if event_type not in plover_types():
            known = ", ".join(plover_types())
            raise HTTPException(422, f"unknown event type {event_type!r}; PLOVER types are: {known}")
    return EventFilter(
        since=since,
        until=until,
        country=country,
        type=event_type,
        actor=actor,
        place=place,
        language=language,
        story=story,
        q=q,
    )


def _connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the app's store for one request (DuckDB cursors are safe across threads)."""
    cursor = request.app.state.store.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(_connection)]
Filter = Annotated[EventFilter, Depends(_filter)]
Id = Annotated[str, PathParam(min_length=1, max_length=200)]


# ---------- the app ----------


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: Sequence[str] = LOCAL_HOSTS,
    extraction: PoolSettings | None = None,
) -> FastAPI:
    """The API and dashboard over the store at ``db_path``, opened read-only (``StoreError`` when
    it cannot be). Requests must name one of ``allowed_hosts`` in their ``Host`` header ("*": any),
    which keeps web pages from other sites out (DNS rebinding); ``extraction`` sizes ``/extract``'s pool."""
    store = open_store(db_path, read_only=True)
    settings = extraction or PoolSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = ExtractionPool(settings)
        await app.state.pool.start()
        try:
            yield
        finally:
            await app.state.pool.close()
            store.close()

    app = FastAPI(
        title="khabar",
        summary="Events from news articles in many languages, each field linked to its evidence.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        exception_handlers={RequestValidationError: invalid_request},
    )
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts), www_redirect=False)
    app.add_middleware(SecurityHeaders, policy=content_policy())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.state.store = store.connection
    docs = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="khabar API",
        swagger_js_url="/static/vendor/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui.css",
        swagger_favicon_url="/static/vendor/swagger-favicon.png",
    ).body.decode()
    docs_policy = {"Content-Security-Policy": content_policy(*inline_script_hashes(docs))}

    @app.exception_handler(duckdb.Error)
    async def unreadable_store(_: Request, error: duckdb.Error) -> JSONResponse:
        return JSONResponse({"detail": str(unreadable(store.path, error))}, status_code=500)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return HTMLResponse(docs, headers=docs_policy)

    app.include_router(extract_router)

    @app.get("/events", tags=["events"])
    def list_events(
        con: Con,
        spec: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")] = (
            DEFAULT_PAGE
        ),
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> EventPage:
        """Events matching every filter given, newest first, one page at a time."""
        total = queries.count_events(con, spec)
        items = queries.find_events(con, spec, limit=limit, offset=offset)
        following = offset + len(items)
        return EventPage(
            total=total,
            limit=limit,
            offset=offset,
            next_offset=following if following < total else None,
            items=items,
        )

    @app.get("/aggregates", tags=["events"])
    def aggregates(
        con: Con,
        spec: Filter,
        by: Annotated[AggregateBy, Query(description="Group events by ISO week, PLOVER type or country.")],
    ) -> Aggregates:
        """Numbers of events (and of articles reporting them) per week, type or country."""
        rows = queries.aggregate(con, spec, by)
        return Aggregates(by=by, buckets=[_bucket(by, *row) for row in rows])

    @app.get("/facets", tags=["events"])
    def facets(con: Con) -> Facets:
        """Totals and the values present in the store, for filter menus."""
        articles, events, first, last = queries.totals(con)
        everything = EventFilter()
        return Facets(
            articles=articles,
            events=events,
            first_date=first,
            last_date=last,
            all_types=list(plover_types()),
            types=[_bucket("type", *row) for row in queries.aggregate(con, everything, "type")],
            countries=[_country_bucket(*row) for row in queries.aggregate(con, everything, "country")],
            languages=[Bucket(key=k, events=e, articles=a) for k, e, a in queries.languages(con)],
        )

    @app.get("/articles/{article_id}", tags=["records"])
    def get_article(con: Con, article_id: Id) -> Article:
        """One article's full record: its text and every field with its evidence span."""
        return _found(queries.article(con, article_id), "article", article_id)

    @app.get("/entities/{entity_id}", tags=["records"])
    def get_entity(con: Con, entity_id: Id) -> EntityDetail:
        """One entity (ids are ``<article id>:e<n>``) with its mentions and the events it takes part in."""
        return _found(queries.entity(con, entity_id, events=ENTITY_EVENTS), "entity", entity_id)

    @app.get("/stories/{story_id}", tags=["records"])
    def get_story(con: Con, story_id: Id) -> Story:
        """One story: the events (from any article and language) reporting the same happening."""
        return _found(queries.story(con, story_id, events=MAX_PAGE), "story", story_id)

    return app
