"""Step 1: the gazetteer (one Aho-Corasick pass) and the mentions its hits make.

Hits are country names and demonyms, known actors, and the title, institution and generic actor
words of every language, kept when they lie on word boundaries (``doc.tokens``), fit the language of their
segment, and no longer hit overlaps them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from types import UnionType

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.context import same_referent
from khabar.extractors.entities.found import Found, actor_found, country_found, named_found
from khabar.knowledge import countries
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import AgentWord, CountryWord, Hit, Institution, Knowledge, NotAgent, Title
from khabar.text.normalise import fold
from khabar.text.ranges import ByStart
from khabar.text.tokens import Token
from khabar.text.translit import script_of

NEAR = 12  # characters between a country word and the institution it qualifies
CUES = Title | Institution | AgentWord | NotAgent  # hits whose words are cues, not names
_JOINERS = re.compile(r"[\s\-‐]*")


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    """A gazetteer hit in a document, in original offsets. ``nested``: a country word inside a longer
    hit ("रूसी" in "रूसी रक्षा मंत्रालय"), which names that country too."""

    start: int
    end: int
    hit: Hit
    nested: bool = False


def find_gazetteer_hits(doc: Doc) -> list[GazetteerHit]:
    """Non-overlapping hits on word boundaries, longest first, in text order; then the country words
    nested in a longer actor or institution hit."""
    assert doc.knowledge is not None
    candidates = []
    for fstart, fend, hits in doc.knowledge.gazetteer.find(doc.folded.text):
        start, end = doc.folded.span(fstart, fend)
        if _touches_word(doc, fstart, start, after=False) or _touches_word(doc, fend, end, after=True):
            continue
        if start > 0 and doc.text[start - 1] == "@":  # a handle names the same actor
            start -= 1
        language = doc.language_at(start)
        usable = [h for h in hits if _hit_usable(doc, start, end, h, language)]
        if usable:
            candidates.append(GazetteerHit(start, end, min(usable, key=_rank)))
    candidates.sort(key=lambda c: (-(c.end - c.start), _rank(c.hit), c.start))
    taken: list[GazetteerHit] = []
    overlapped: list[GazetteerHit] = []
    occupied = bytearray(len(doc.text) + 1)  # 1 where a taken hit lies: one C scan per overlap test
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        if occupied.find(1, start, end) < 0:
            taken.append(candidate)
            occupied[start:end] = b"\x01" * (end - start)
        elif isinstance(candidate.hit.referent, CountryWord):
            overlapped.append(candidate)
    taken.sort(key=lambda c: c.start)
    taken = [
        hit for k, hit in enumerate(taken) if not _tail_of_longer_name(doc, hit, taken[k - 1] if k else None)
    ]
    return [*taken, *_nested(doc, taken, overlapped)]


def _tail_of_longer_name(doc: Doc, h: GazetteerHit, previous: GazetteerHit | None) -> bool:
    """Is a known body's name of two or more words the tail of a longer capitalised name: one space
    after a capitalised word that opens no sentence and is no hit itself ("US National Security
    Council" holds "Security Council", another body)? Its words are left to the capitalised run."""
    referent = h.hit.referent
    if not isinstance(referent, Actor) or referent.type != "ORG" or " " not in doc.text[h.start : h.end]:
        return False
    i = doc.tokens.first_at(h.start)
    if i == 0:
        return False
    before = doc.tokens[i - 1]
    if doc.text[before.end : h.start] != " " or not (before.latin and before.capitalised):
        return False
    if previous is not None and previous.end > before.start:
        return False
    sentence = doc.sentence_at(before.start)
    return sentence is not None and sentence.start != before.start


def _nested(doc: Doc, taken: list[GazetteerHit], overlapped: list[GazetteerHit]) -> list[GazetteerHit]:
    """The country words (``overlapped``, longest first) inside a taken actor or institution hit
    (``taken``: in text order, not overlapping, and each longer than the words inside it), none
    overlapping another."""
    starts = [t.start for t in taken]
    nested: list[GazetteerHit] = []
    occupied = bytearray(len(doc.text) + 1)  # 1 where a nested country word lies
    for candidate in overlapped:
        start, end = candidate.start, candidate.end
        at = bisect_right(starts, start) - 1  # the only taken hit that can hold it
        holder = taken[at] if at >= 0 else None
        if (
            holder is not None
            and end <= holder.end
            and isinstance(holder.hit.referent, Actor | Institution)
            and occupied.find(1, start, end) < 0
        ):
            nested.append(GazetteerHit(start, end, candidate.hit, nested=True))
            occupied[start:end] = b"\x01" * (end - start)
    return nested


def _touches_word(doc: Doc, folded: int, offset: int, *, after: bool) -> bool:
    """Does a word outside a hit run into its edge at original ``offset`` (``folded`` in the folded
    text), on the side ``after`` it or before it? An apostrophe there is a boundary: "Turkey's",
    "जेटली'भारतीय"."""
    if doc.folded.text[folded - (not after) : folded + after] == "'":
        return False
    tokens = doc.tokens
    i = tokens.first_at(offset)
    if after and i < len(tokens) and tokens[i].start == offset:
        return True
    return i > 0 and (tokens[i - 1].end > offset or (not after and tokens[i - 1].end == offset))


def _rank(hit: Hit) -> int:
    """Which of the hits of one surface wins: actor, country, institution, demonym, title, generic
    actor word (a title that names nobody is a generic actor too: ``generic``)."""
    referent = hit.referent
    if isinstance(referent, Actor):
        return 0
    if isinstance(referent, CountryWord):
        return 3 if referent.demonym else 1
    if isinstance(referent, Institution):
        return 2
    if isinstance(referent, Title):
        return 4
    return 5 if isinstance(referent, AgentWord) else 6


def _hit_usable(doc: Doc, start: int, end: int, hit: Hit, language: str | None) -> bool:
    surface = doc.text[start:end].lstrip("@")
    if hit.case_sensitive and surface[1:] == surface[1:].lower():  # "US", "LeT"; not "Us", "Let"
        return False
    if isinstance(hit.referent, CUES):
        return hit.language == language
    if script_of(surface) == "Latn":
        # Latin names are capitalised; lower-case matches are common words ("chad", "turkey")
        return surface[:1].isupper() and not _accent_added(surface, hit)
    return True


def _accent_added(surface: str, hit: Hit) -> bool:
    """Was a demonym matched only by folding away an accent it lacks ("Thaís": no Thais)?"""
    referent = hit.referent
    return (
        isinstance(referent, CountryWord)
        and referent.demonym
        and not surface.isascii()
        and surface.lower() not in countries.written_demonyms()
    )


def word_indexes(doc: Doc, hits: list[GazetteerHit], kinds: type | UnionType) -> frozenset[int]:
    """Words of the (outer) hits whose referent is of ``kinds``: cues (``CUES``) or names
    (``CountryWord | Actor``)."""
    return frozenset(
        token.index
        for h in hits
        if not h.nested and isinstance(h.hit.referent, kinds)
        for token in doc.tokens.within(h.start, h.end)
    )


def mentions_of_hits(doc: Doc, kb: Knowledge, hits: list[GazetteerHit]) -> list[Found]:
    """The mentions the hits make: nested country words first, then the hits in text order."""
    found = [_country_word_found(h) for h in hits if _nested_country(h)]
    taken = [h for h in hits if not h.nested]
    by_start = ByStart(taken)
    told: dict[str, Found] = {}  # an institution's name -> its last mention with a country
    for h in taken:
        found.extend(_from_hit(doc, kb, h, by_start, told))
    return found


def _nested_country(h: GazetteerHit) -> bool:
    return h.nested and isinstance(h.hit.referent, CountryWord)


def _from_hit(
    doc: Doc, kb: Knowledge, h: GazetteerHit, hits: ByStart[GazetteerHit], told: dict[str, Found]
) -> Iterator[Found]:
    """The mention a hit makes. An institution with no country next to it is the one last told with
    a country ("अमेरिकी कांग्रेस ... कांग्रेस ने": the US Congress), else the known actor the bare word
    names in its language (``alone``: कांग्रेस, the Indian National Congress), else the one known body
    of its name, else a proper name ("Supreme Court")."""
    referent = h.hit.referent
    if isinstance(referent, CountryWord):
        yield _country_word_found(h)
    elif isinstance(referent, Actor):
        yield actor_found(h.start, h.end, referent, doc.published)
    elif isinstance(referent, Institution):
        country = _country_next_to(doc, h, hits)
        if country:
            told[referent.name] = institution_found(doc, kb, h, referent, country)
            yield told[referent.name]
        elif referent.name in told:
            yield same_referent(told[referent.name], h.start, h.end)
        elif referent.alone and (alone := kb.actors.get(referent.alone)) is not None:
            yield actor_found(h.start, h.end, alone, doc.published)
        elif (only := kb.body_named(referent.name)) is not None:
            yield actor_found(h.start, h.end, only, doc.published)
        elif referent.name[:1].isupper():  # a proper name: "Supreme Court"
            yield named_found(h.start, h.end, "ORG", referent.name, sector=referent.sector)


def _country_word_found(h: GazetteerHit) -> Found:
    """The mention a country word makes: a name of the country, or a demonym of it."""
    word = h.hit.referent
    return country_found(h.start, h.end, word.iso3, demonym=word.demonym)


def _country_next_to(doc: Doc, h: GazetteerHit, hits: ByStart[GazetteerHit]) -> str | None:
    """The country named right before an institution ("रूसी रक्षा मंत्रालय") or after it with
    a genitive ("ministry of Russia")."""
    genitives = grammar(doc.language_at(h.start)).genitive_markers
    for other in hits.reaching(h.start - NEAR, h.end + NEAR):
        referent = other.hit.referent
        if not isinstance(referent, CountryWord):
            continue
        if other.end <= h.start and not doc.text[other.end : h.start].strip():
            return referent.iso3
        if other.start >= h.end and doc.tokens.between(h.end, other.start) in ([g] for g in genitives):
            return referent.iso3
    return None


def institution_found(doc: Doc, kb: Knowledge, h: GazetteerHit, institution: Institution, iso3: str) -> Found:
    """ "<Country> <institution>": a known actor if the registry has it, else a new organisation."""
    country = countries.by_iso3(iso3)
    for actor in kb.actors:
        if actor.type == "ORG" and actor.country == iso3 and _names_institution(actor, institution.name):
            return actor_found(h.start, h.end, actor, doc.published)
    name = f"{institution.name} of {country.name if country else iso3}"
    return named_found(h.start, h.end, "ORG", name, sector=institution.sector, country=iso3)


def _names_institution(actor: Actor, institution: str) -> bool:
    wanted = fold(institution)
    return any(wanted in fold(surface) for surface in (actor.name, *actor.aliases))


def after_joiners(doc: Doc, end: int) -> int | None:
    """Where the text goes on after original ``end``, past spaces and hyphens (``None`` at its end)."""
    m = _JOINERS.match(doc.text, end)
    return m.end() if m and m.end() < len(doc.text) else None


def next_word(doc: Doc, end: int) -> Token | None:
    """The word right after original ``end``, past spaces and hyphens only."""
    offset = after_joiners(doc, end)
    if offset is None:
        return None
    i = doc.tokens.first_at(offset)
    return doc.tokens[i] if i < len(doc.tokens) and doc.tokens[i].start == offset else None


def titled_names(doc: Doc, hits: list[GazetteerHit]) -> dict[int, Title]:
    """Original offset right after a title that precedes names (where the name starts) -> that title."""
    titled: dict[int, Title] = {}
    for h in hits:
        title = h.hit.referent
        if h.nested or not isinstance(title, Title) or title.position not in ("before", "both"):
            continue
        if (after := after_joiners(doc, h.end)) is not None:
            titled[after] = title
    return titled
