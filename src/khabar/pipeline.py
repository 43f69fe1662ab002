"""``extract``: one article's text in, one ``Article`` record out.

The pipeline is the explicit list ``COMPONENTS``: each component reads layers of the ``Doc`` that
earlier components wrote and returns the one layer it writes (spaCy's components over a ``Doc`` are
the model). ``check_order`` proves at import that every layer is written before it is read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from khabar.budget import Budget, OutOfTime
from khabar.doc import Doc, Publication
from khabar.extractors.counts import find_counts
from khabar.extractors.dates import find_dates
from khabar.extractors.embeds import merge_embeds, with_language
from khabar.extractors.entities import find_entities, find_gazetteer_hits
from khabar.extractors.entities.tagger import tag_names
from khabar.extractors.events.coder import find_events
from khabar.extractors.events.predicates import read_predicates
from khabar.extractors.events.triggers import find_hits
from khabar.extractors.flags import find_flags
from khabar.extractors.published import infer_published
from khabar.extractors.quotes import find_quotes
from khabar.ingest.published import parse_published
from khabar.knowledge.base import Knowledge, default_knowledge
from khabar.schema import Article, Embed, article_id
from khabar.text.langid import identify, main_language
from khabar.text.segment import segment
from khabar.text.sentences import split_sentences

INPUTS = (
    "text",
    "folded",
    "tokens",
    "article_id",
    "given_published",
    "given_language",
    "html_embeds",
    "knowledge",
    "deadline",
)


@dataclass(frozen=True, slots=True)
class Component:
    """One stage: the layers it reads, the layer it writes, and the function that makes it."""

    name: str
    reads: tuple[str, ...]
    writes: str
    run: Callable[[Doc], Any]


def _publication(doc: Doc) -> Publication:
    if doc.given_published is not None:
        return Publication(doc.given_published, "given")
    if (inferred := infer_published(doc, doc.embeds)) is not None:
        return Publication(inferred, "inferred")
    return Publication(None, "none")


COMPONENTS: tuple[Component, ...] = (
    Component(
        "embeds", ("text", "html_embeds"), "embeds", lambda doc: merge_embeds(doc.text, doc.html_embeds)
    ),
    Component(
        "segments",
        ("text", "embeds"),
        "segments",
        lambda doc: identify(doc.text, segment(doc.text, doc.embeds)),
    ),
    Component(
        "language",
        ("text", "segments", "given_language"),
        "language",
        lambda doc: doc.given_language or main_language(doc.text, doc.segments),
    ),
    Component(
        "sentences", ("text", "segments"), "sentences", lambda doc: split_sentences(doc.text, doc.segments)
    ),
    Component(
        "publication", ("given_published", "embeds", "segments", "folded"), "publication", _publication
    ),
    Component(
        "gazetteer_hits",
        ("folded", "tokens", "segments", "language", "knowledge"),
        "gazetteer_hits",
        find_gazetteer_hits,
    ),
    Component(
        "names",
        ("tokens", "segments", "sentences", "language", "knowledge", "gazetteer_hits"),
        "names",
        tag_names,
    ),
    Component(
        "entities",
        (
            "tokens",
            "segments",
            "sentences",
            "language",
            "publication",
            "knowledge",
            "gazetteer_hits",
            "deadline",
            "names",
        ),
        "entities",
        find_entities,
    ),
    Component("dates", ("tokens", "segments", "sentences", "publication"), "dates", find_dates),
    Component("event_hits", ("folded", "tokens", "segments", "language"), "event_hits", find_hits),
    Component("counts", ("tokens", "segments", "sentences", "event_hits"), "counts", find_counts),
    Component(
        "quotes",
        ("segments", "sentences", "entities", "deadline"),
        "quotes",
        lambda doc: find_quotes(doc, doc.entities),
    ),
    Component("flags", ("entities", "segments"), "flags", lambda doc: find_flags(doc, doc.entities)),
    Component(
        "predicates",
        ("tokens", "segments", "language", "sentences", "event_hits"),
        "predicates",
        read_predicates,
    ),
    Component(
        "events",
        (
            "tokens",
            "segments",
            "language",
            "sentences",
            "publication",
            "entities",
            "dates",
            "counts",
            "quotes",
            "event_hits",
            "predicates",
            "deadline",
        ),
        "events",
        find_events,
    ),
)


def check_order(components: Sequence[Component]) -> None:
    """Every layer is read only after a component (or the input) wrote it, and written once."""
    written = set(INPUTS)
    for component in components:
        if missing := [layer for layer in component.reads if layer not in written]:
            raise ValueError(f"component {component.name!r} reads {missing} before any component writes it")
        if component.writes in written:
            raise ValueError(f"component {component.name!r} writes {component.writes!r} a second time")
        written.add(component.writes)


check_order(COMPONENTS)


def prepare(text: str, *, until: str | None = None, knowledge: Knowledge | None = None, **inputs: Any) -> Doc:
    """The document of ``text`` with the layers of every component up to ``until`` (all by default);
    ``inputs`` are the other ``INPUTS`` (``given_language``, ``given_published`` ...)."""
    components = COMPONENTS
    if until is not None:
        names = [c.name for c in COMPONENTS]
        if until not in names:
            raise ValueError(f"no component named {until!r}")
        components = COMPONENTS[: names.index(until) + 1]
    doc = Doc.of(text, knowledge=_loaded(knowledge), **inputs)
    _run(doc, components)
    return doc


def _loaded(knowledge: Knowledge | None) -> Knowledge:
    """``knowledge`` (the default one when None) with its tables built."""
    knowledge = knowledge or default_knowledge()
    knowledge.preload()  # on the first article: a process that forks workers after it shares the tables
    return knowledge


def _run(doc: Doc, components: Sequence[Component]) -> list[str]:
    """Run ``components`` on ``doc`` in order; the names of those its time budget left undone."""
    for number, component in enumerate(components):
        try:
            doc.check_time()
            doc.set_layer(component.writes, component.run(doc))
        except OutOfTime:
            return [c.name for c in components[number:]]
    return []


def extract(
    text: str,
    *,
    published: date | str | None = None,
    url: str | None = None,
    language: str | None = None,
    title: str | None = None,
    source: str | None = None,
    html_embeds: Sequence[Embed] = (),
    knowledge: Knowledge | None = None,
    budget: Budget | None = None,
) -> Article:
    """Read one article. ``language`` overrides the detected main language; ``html_embeds``
    are posts an HTML reader found in the markup (offsets into ``text``). ``budget`` (default
    ``Budget()``) bounds the characters read and the time the stages take; the record keeps the
    whole text and flags what the budget cut off. ``published`` may be a date or its ISO 8601 or
    RFC 2822 text; other text raises ``ValueError``."""
    if isinstance(published, str):
        try:
            published = parse_published(published)
        except ValueError as error:
            raise ValueError(f"published: {error}") from None
    budget = budget or Budget()
    knowledge = _loaded(knowledge)
    started = time.monotonic()  # the budget counts the article's own work, not loading knowledge
    cut = budget.cut(text)
    doc = Doc.of(
        text[:cut],
        article_id=article_id(text, url),
        given_published=published,
        given_language=language,
        html_embeds=[e for e in html_embeds if e.end <= cut],
        knowledge=knowledge,
        deadline=started + budget.seconds,
    )
    truncated = [budget.unread_flag(cut, len(text))] if cut < len(text) else []
    if skipped := _run(doc, COMPONENTS):
        truncated.append(budget.out_of_time_flag(cut, skipped))
    unread_embeds = [e.model_copy() for e in html_embeds if e.end > cut]  # kept as the reader found them
    return Article(
        id=doc.article_id,
        url=url,
        title=title,
        source=source,
        published=doc.published,
        published_source=doc.publication.source,
        text=text,
        language=doc.language,
        segments=doc.segments,
        sentences=doc.sentences,
        entities=doc.entities,
        dates=doc.dates,
        counts=doc.counts,
        quotes=doc.quotes,
        embeds=[with_language(embed, doc.segments) for embed in doc.embeds] + unread_embeds,
        flags=doc.flags + truncated,
        events=doc.events,
    )
