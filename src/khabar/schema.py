"""The one record schema shared by every stage, the store and the API.

Every extracted field carries its evidence: ``start``/``end`` are Unicode
code-point offsets into ``Article.text`` (the decoded input, never altered),
and ``text[start:end] == span.text``.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "COUNTRY", "PLACE", "GROUP"]  # GROUP: a generic actor ("police")
Precision = Literal["day", "month", "year"]
GeoPrecision = Literal["country", "admin1", "admin2", "city", "point"]
CountKind = Literal["killed", "injured", "arrested", "missing", "displaced", "participants", "other"]
# "event": the toll of one happening; "cumulative": a war's or a period's toll ("the war has killed
# 500,000"), kept on the article and never given to an event (ACLED: fatalities per event)
CountScope = Literal["event", "cumulative"]
PublishedSource = Literal["given", "inferred", "none"]
DateSource = Literal["sentence", "published", "none"]  # where an event's date came from
# "name": the referent named ("भारत", "Narendra Modi"); "demonym": a country's or a region's people or
# adjective ("भारतीय", "Russian", "European"), which points at it without naming it
MentionKind = Literal["name", "demonym"]


class Record(BaseModel):
    """Base for every record: strict fields, no surprises in JSON."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A piece of the article text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


class Mention(Span):
    """One mention of an entity: a name of it, or a demonym of a country or region."""

    kind: MentionKind = "name"


class Segment(Record):
    """A paragraph or an embedded post, with its own language and script."""

    start: int
    end: int
    kind: Literal["paragraph", "embed"]
    language: str | None = None
    script: str | None = None


class Sentence(Record):
    start: int
    end: int


class Entity(Record):
    """One referent, with every mention of it in the article."""

    id: str
    name: str
    type: EntityType
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: GeoPrecision | None = None
    role: str | None = None
    sector: str | None = None  # PLOVER/CAMEO actor sector: GOV, MIL, COP, REB, CVL, ...
    kb_id: str | None = None  # key in the knowledge base it was linked to, if any
    mentions: list[Mention] = Field(default_factory=list)


class DateMention(Span):
    value: str  # ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY
    precision: Precision


class Count(Span):
    what: CountKind
    who: str | None = None
    value: int
    approx: bool = False
    scope: CountScope = "event"


class Quote(Span):
    speaker: str | None = None  # entity id


class Embed(Record):
    start: int
    end: int
    platform: str
    author: str | None = None
    date: str | None = None
    language: str | None = None
    urls: list[str] = Field(default_factory=list)


class Flag(Record):
    start: int
    end: int
    kind: str
    message: str


class Event(Record):
    """A coded event (PLOVER), filled by the event coder."""

    id: str
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    source: str | None = None
    target: str | None = None
    source_text: Span | None = None
    target_text: Span | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    location: str | None = None
    date: str | None = None
    date_precision: Precision | None = None
    date_source: DateSource = "none"
    counts: dict[str, int] = Field(default_factory=dict)
    fatal: bool = False  # someone died: a death word, or a killed count, is told of it
    negated: bool = False
    uncertain: bool = False
    modality: Literal["asserted", "future", "intended", "possible"] = "asserted"
    attributed_to: str | None = None
    cameo: str | None = None
    # a future or intended act's announcement (or a possible one's, on a condition) as PLOVER and CAMEO
    # code it (AGREE, THREATEN or REJECT, with its CAMEO intent code); the event itself is the act
    announced_as: str | None = None
    announced_cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    start: int
    end: int
    evidence: list[Span] = Field(default_factory=list)
    triggers: list[Span] = Field(default_factory=list)  # the word(s) stating it, one per merged mention


class Article(Record):
    """The record of one article: what khabar writes, stores and serves."""

    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    published_source: PublishedSource = "none"
    text: str
    language: str | None = None
    segments: list[Segment] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    embeds: list[Embed] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class RawArticle(Record):
    """What an ingest reader yields: the decoded text and its metadata, nothing inferred."""

    text: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    origin: str  # file path (and line or record number) it came from
    html_embeds: list[Embed] = Field(default_factory=list)  # posts found in HTML markup, offsets into text


def article_id(text: str, url: str | None = None) -> str:
    """Stable id: the same content (and URL) always gives the same id."""
    digest = hashlib.sha256()
    digest.update((url or "").encode())
    digest.update(b"\0")
    digest.update(text.encode())
    return digest.hexdigest()[:20]


def entity_id(article: str, index: int) -> str:
    """Entity ids are unique across articles: ``<article id>:e<n>``."""
    return f"{article}:e{index}"
