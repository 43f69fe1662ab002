"""Generic actors: actors known by what they are, not by name (police, soldiers, protesters, "the
ministry"), as ``GROUP`` entities with their sector and, where the text gives it, their country.

The words are each language's ``agents.yaml`` (and institution words that named no organisation),
found by the gazetteer. A title word that names nobody ("पत्रकारों ने", not "पत्रकार रवीश कुमार") is a
generic actor too. The country is, in order:

1. the one named right before the words, or with a genitive between: "Turkish forces", "रूसी सेना",
   "Russia's army", "भारत की सेना", "भारतीय सेना के जवान" (a country or an organisation: the mention
   then covers it; a place gives its country: "दिल्ली पुलिस"; an organisation of no country gives
   none: "Islamic State militants");
2. the dominant country of the sentence, else of the paragraph: the country of more than half of the
   country and place mentions there (organisations say where they are, not where the news is);
3. the country of the same actor named earlier in the article;

and none when these say nothing. Words a name claims ("Central Reserve Police Force"), or inside a
run of capitalised Latin words ("Police Federation", "Syrian Democratic Forces"), or half of a hyphenated
compound ("pro-government", "rebel-held") are no generic actor; nor are phrases the language lists as
naming none ("social media").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.found import Found, group_found
from khabar.extractors.entities.gazetteer import GazetteerHit, after_joiners
from khabar.knowledge.base import AgentWord, Institution, Title, agent_words
from khabar.text.normalise import fold

_NOT_BEFORE = ("PERSON", "GROUP")  # mentions that say nothing of the actor right after them
_COVERING = ("COUNTRY", "ORG")  # a country or organisation before the words is part of the mention
_CONTEXT = ("COUNTRY", "PLACE")  # the mentions whose countries make the context (not the BBC's)


def generic_actors(doc: Doc, hits: list[GazetteerHit], found: list[Found]) -> list[Found]:
    """Generic actors of the agent, institution and title words no name claimed, in text order."""
    occupied = bytearray(len(doc.text) + 1)
    for item in found:
        occupied[item.start : item.end] = b"\x01" * (item.end - item.start)
    context = _Context(doc, found)
    out: list[Found] = []
    last_country: dict[str, str] = {}  # the country of the last generic actor of each name that has one
    for h, (name, sector) in _agents(doc, hits, found):
        if (
            occupied.find(1, h.start, h.end) >= 0
            or _hyphenated(doc.text, h)
            or _in_latin_name(doc, h, occupied)
        ):
            continue
        start, country, named = context.named_before(h.start)
        if not named:
            country = context.dominant(h.start) or last_country.get(name)
        if country:
            last_country[name] = country
        out.append(group_found(start, h.end, name, sector, country))
    return out


def _agents(
    doc: Doc, hits: list[GazetteerHit], found: list[Found]
) -> Iterator[tuple[GazetteerHit, tuple[str, str | None]]]:
    """The hits that name a generic actor, with its name and sector."""
    person_starts = {f.start for f in found if f.type == "PERSON"}
    for h in hits:
        referent = h.hit.referent
        if h.nested:
            continue
        if isinstance(referent, AgentWord | Institution):
            yield h, (referent.name, referent.sector)
        elif isinstance(referent, Title) and after_joiners(doc, h.end) not in person_starts:
            agent = agent_words(h.hit.language).get(fold(doc.text[h.start : h.end]))
            if agent is not None:
                yield h, (agent.name, agent.sector)


def _hyphenated(text: str, h: GazetteerHit) -> bool:
    """Is the word half of a hyphenated compound ("pro-government", "rebel-held")?"""
    before, after = text[max(0, h.start - 2) : h.start], text[h.end : h.end + 2]
    return (before[-1:] == "-" and before[:1].isalnum()) or (after[:1] == "-" and after[1:].isalnum())


def _in_latin_name(doc: Doc, h: GazetteerHit, occupied: bytearray) -> bool:
    """Is a capitalised Latin agent word part of a name: a capitalised word right after it, or one
    right before it that is no stopword and no mention ("Police Federation", "Border Police")?"""
    tokens = doc.tokens
    first = tokens.first_at(h.start)
    if first >= len(tokens) or not (tokens[first].latin and tokens[first].capitalised):
        return False
    last = tokens.first_at(h.end) - 1
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and after.capitalised and doc.text[h.end : after.start] == " ":
        return True
    before = tokens[first - 1] if first > 0 else None
    return (
        before is not None
        and before.capitalised
        and doc.text[before.end : h.start] == " "
        and before.text not in grammar(doc.language_at(h.start)).stopwords
        and not occupied[before.start]
    )


class _Context:
    """The mentions found so far, for the country next to a generic actor or around it."""

    def __init__(self, doc: Doc, found: list[Found]) -> None:
        self.doc = doc
        named = sorted((f for f in found if f.type not in _NOT_BEFORE), key=lambda f: f.start)
        self.located = [f for f in named if f.country and f.type in _CONTEXT]
        self.starts = [f.start for f in self.located]
        self.by_end: dict[int, Found] = {}
        self.majorities: dict[tuple[int, int], str | None] = {}  # per sentence or paragraph, once each
        for item in named:  # the longest mention ending at an offset
            if item.end not in self.by_end or item.start < self.by_end[item.end].start:
                self.by_end[item.end] = item

    def named_before(self, start: int) -> tuple[int, str | None, bool]:
        """Where the mention starts, the country named right before ``start`` (see the module), and
        whether a name stands there at all (an organisation of no country: "Islamic State militants")."""
        tokens = self.doc.tokens
        i = tokens.first_at(start)
        genitives = grammar(self.doc.language_at(start)).genitive_markers
        for back in (1, 2):
            if i - back < 0 or not all(tokens[j].joined for j in range(i - back, i)):
                break
            if back == 2 and tokens[i - 1].text not in genitives:
                break
            item = self.by_end.get(tokens[i - back].end)
            if item is not None:
                return (item.start if item.type in _COVERING else start), item.country, True
        return start, None, False

    def dominant(self, offset: int) -> str | None:
        """The dominant country of the sentence holding ``offset``, else of its paragraph."""
        for span in (self.doc.sentence_at(offset), self.doc.segment_at(offset)):
            if span is None:
                continue
            bounds = (span.start, span.end)
            if bounds not in self.majorities:
                self.majorities[bounds] = _majority(self._countries(*bounds))
            if country := self.majorities[bounds]:
                return country
        return None

    def _countries(self, start: int, end: int) -> Sequence[str]:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [f.country for f in self.located[lo:hi] if f.country]


def _majority(countries: Sequence[str]) -> str | None:
    if not countries:
        return None
    country, count = Counter(countries).most_common(1)[0]
    return country if 2 * count > len(countries) else None
