"""``extract``: one article's text in, one ``Article`` record out. The stages in order, nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from khabar.doc import Doc
from khabar.extractors.counts import find_counts
from khabar.extractors.dates import find_dates
from khabar.extractors.embeds import find_embeds
from khabar.extractors.events import find_events
from khabar.extractors.flags import find_flags
from khabar.extractors.published import infer_published
from khabar.extractors.quotes import find_quotes
from khabar.extractors.resolve import find_entities
from khabar.knowledge.base import Knowledge, default_knowledge
from khabar.schema import Article, Embed, PublishedSource, article_id
from khabar.text.langid import identify, main_language
from khabar.text.normalise import Folded
from khabar.text.segment import segment
from khabar.text.sentences import split_sentences


def extract(
    text: str,
    *,
    published: date | None = None,
    url: str | None = None,
    language: str | None = None,
    title: str | None = None,
    source: str | None = None,
    html_embeds: Sequence[Embed] = (),
    knowledge: Knowledge | None = None,
) -> Article:
    """Read one article. ``language`` overrides the detected main language; ``html_embeds``
    are posts an HTML reader found in the markup (offsets into ``text``)."""
    knowledge = knowledge or default_knowledge()
    knowledge.preload()  # on the first article: a process that forks workers after it shares the tables
    embeds = _merge_embeds(html_embeds, find_embeds(text))
    segments = identify(text, segment(text, embeds))
    main = language or main_language(text, segments)
    for embed in embeds:
        embed.language = embed.language or _language_over(segments, embed.start, embed.end)
    sentences = split_sentences(text, segments)
    ident = article_id(text, url)
    doc = Doc(
        text=text,
        folded=Folded.of(text),
        segments=segments,
        sentences=sentences,
        language=main,
        article_id=ident,
    )
    published_source: PublishedSource = "given" if published else "none"
    if published is None and (inferred := infer_published(doc, embeds)):
        published, published_source = inferred, "inferred"
    doc.published = published
    entities = find_entities(doc, knowledge)
    dates = find_dates(doc)
    counts = find_counts(doc)
    quotes = find_quotes(doc, entities)
    return Article(
        id=ident,
        url=url,
        title=title,
        source=source,
        published=published,
        published_source=published_source,
        text=text,
        language=main,
        segments=segments,
        sentences=sentences,
        entities=entities,
        dates=dates,
        counts=counts,
        quotes=quotes,
        embeds=embeds,
        flags=find_flags(doc, entities),
        events=find_events(doc, entities, dates, counts, quotes),
    )


def _merge_embeds(first: Sequence[Embed], second: Sequence[Embed]) -> list[Embed]:
    """Posts from markup and from text, without the same post twice (overlapping spans)."""
    merged = [e.model_copy() for e in first]
    for embed in second:
        if not any(embed.start < kept.end and kept.start < embed.end for kept in merged):
            merged.append(embed.model_copy())
    return sorted(merged, key=lambda e: e.start)


def _language_over(segments: Sequence, start: int, end: int) -> str | None:
    """The language covering most of ``[start, end)``."""
    weights: dict[str, int] = {}
    for seg in segments:
        overlap = min(end, seg.end) - max(start, seg.start)
        if overlap > 0 and seg.language:
            weights[seg.language] = weights.get(seg.language, 0) + overlap
    return max(weights, key=weights.__getitem__) if weights else None
