"""The API's request and response models, defined once: ``khabar.schema``'s records and the store's facts.

``khabar.service.queries`` reads them from the store and ``khabar.service.api`` serves them. A
query's SELECT list is made from the fields of the model it fills, so every field is read from
the column of its name (or the SQL expression the query names for it), never from whatever
columns a row happens to have. Derived values (``day``, ``fatalities``) are the store's columns,
computed by ``khabar.rules``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from khabar.schema import Entity, Event, Record

AggregateBy = Literal["week", "type", "country"]
_SURROGATE = re.compile("[\ud800-\udfff]")


class EventSummary(Event):
    """An event with the facts of its article, place and story that lists and maps need."""

    article_id: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    url: str | None = None
    story_id: str | None = None
    source_name: str | None = None
    target_name: str | None = None
    location_name: str | None = None
    country: str | None = None  # ISO3 of the place, else of the target or source
    lat: float | None = None
    lon: float | None = None
    day: date | None = None  # khabar.rules.event_day: its date to the day, else its article's publication day


class EventPage(Record):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    items: list[EventSummary]


class Bucket(Record):
    key: str
    events: int
    articles: int
    name: str | None = None  # countries: English name
    numeric: str | None = None  # countries: ISO 3166-1 numeric code (the world map's feature id)


class Aggregates(Record):
    by: AggregateBy
    buckets: list[Bucket]


class Facets(Record):
    """What the store holds, for filter menus: totals, date range, types, countries, languages."""

    articles: int
    events: int
    first_date: date | None
    last_date: date | None
    all_types: list[str]  # every PLOVER event type, in the ontology's order
    types: list[Bucket]
    countries: list[Bucket]
    languages: list[Bucket]


class EntityDetail(Entity):
    article_id: str
    article_title: str | None = None
    events: list[EventSummary] = Field(default_factory=list)


class SourceFigure(Record):
    """One source's figure for a story (its article's largest)."""

    source: str | None
    article_id: str
    value: int


class StoryCount(Record):
    """One kind of figure of a story, combined across its sources (never summed)."""

    what: str
    value: int
    method: str
    min: int
    max: int
    n_sources: int
    per_source: list[SourceFigure]


class Story(Record):
    """A story: the events of many articles that report the same happening."""

    id: str
    type: str
    mode: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    country: str | None = None
    location_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    actors: list[str]
    languages: list[str]
    article_ids: list[str]
    n_events: int
    n_articles: int
    n_sources: int
    title: str | None = None
    fatalities: int | None = None  # khabar.rules.fatalities of the combined counts
    counts: list[StoryCount]
    events: list[EventSummary]


class ExtractRequest(Record):
    """One article to read: plain ``text`` or an HTML page in ``html`` (exactly one); strings must be
    Unicode text (JSON can carry unpaired surrogates, which are not)."""

    text: str | None = Field(default=None, min_length=1)
    html: str | None = Field(default=None, min_length=1)
    published: date | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = Field(default=None, description="Overrides the detected language.")

    @field_validator("text", "html", "url", "title", "language")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        if value is not None and (surrogate := _SURROGATE.search(value)):
            code = f"U+{ord(surrogate.group()):04X}"
            raise ValueError(f"unpaired surrogate {code} at character {surrogate.start()}: not Unicode text")
        return value

    @model_validator(mode="after")
    def _one_input(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


EVENT_FACTS = tuple(name for name in EventSummary.model_fields if name not in Event.model_fields)
ENTITY_FIELDS = tuple(name for name in Entity.model_fields if name != "mentions")
