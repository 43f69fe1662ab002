"""Generic actors: actors known by what they are, not by name (police, soldiers, protesters, "the ministry"),
as ``GROUP`` entities with their sector and, where the text makes it clear, their country
(``generic_country``).

The words are each language's ``agents.yaml`` (and institution words that named no organisation), found by
the gazetteer. A title word that names nobody ("पत्रकारों ने", not "पत्रकार रवीश कुमार") is a generic
actor too ("an official said", "a police spokesman": of the sector of an agent word that modifies it,
else its own, if any), unless it stands for a person: one named before it who holds its role ("the
spokesman" after "X, a Taliban spokesman"), or in apposition right after it ("the spokesman, X,"), or
an organisation right before it speaks through it ("an FCO spokesperson"). Words a name claims
("Central Reserve Police Force"), or inside a run of capitalised Latin words ("Police Federation",
"Syrian Democratic Forces"), or half of a hyphenated compound ("pro-government", "rebel-held") are no
generic actor; nor are phrases the language lists as naming none
("social media"), nor words that modify the noun after them (the grammar's ``modified_heads``, a title,
agent or institution word: "police station", "army chief", "सेना प्रमुख"; and for its ``modifiers``, any
word but a function word, a verb or a word that follows a noun, ``noun_followers``: "military
action", "official figures", not "an official familiar with"; not a noun of an act it does,
``acts``: "regime rocket fire", "regime airstrikes"): an agent word they modify takes them into its phrase
("regime forces", "British army soldier"). Before a collective noun of the grammar (``collectives``) the
agent word names the collective ("opposition groups", "विद्रोही संगठन"). A role said of a named person is
that person's, not a group's: "opposition activist Alexei Navalny", "Jamal, a Kurdish rebel" (the
grammar's ``apposition_openers``), "a volunteer named X", "X नाम के एक छात्र" (``named_by``); the person
takes its sector where it has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from khabar.doc import Doc
from khabar.extractors.cues import Grammar, grammar
from khabar.extractors.entities.context import same_referent
from khabar.extractors.entities.found import Found, NameKey, group_found
from khabar.extractors.entities.gazetteer import GazetteerHit, after_joiners, institution_found
from khabar.extractors.entities.generic_country import GroupCountry
from khabar.extractors.entities.named_by import noun_names
from khabar.knowledge.base import AgentWord, Institution, Title, agent_words
from khabar.knowledge.crosswalk import rebel_sectors
from khabar.text.normalise import fold
from khabar.text.tokens import Token

_HEADS = (AgentWord, Institution, Title)  # referents whose word a word before may modify
_APPOSED_BEFORE = re.compile(r",\s+(?:\w+\s+)?$")  # "Ashraf Ghani, the| president of ..."
_APPOSED_AFTER = re.compile(r",?\s+")  # "... of Afghanistan|, Ashraf Ghani"
_ARMED = "MIL"  # the sector of armed forces: those of a rebel group are rebels ("SDF forces")
_APPOSITION_REACH = 40  # characters before a title searched for the end of a person's name


def generic_actors(doc: Doc, hits: list[GazetteerHit], found: list[Found]) -> list[Found]:
    """Generic actors of the agent, institution and title words no name claimed, in text order."""
    occupied = bytearray(len(doc.text) + 1)
    for item in found:
        occupied[item.start : item.end] = b"\x01" * (item.end - item.start)
    people = {f.end: f for f in found if f.type == "PERSON"}
    people_from = {f.start: f for f in found if f.type == "PERSON"}
    heads = {h.start: _sector_of(h) for h in hits if not h.nested and isinstance(h.hit.referent, _HEADS)}
    heads |= {f.start: None for f in people.values()}
    country_of = GroupCountry(doc, found)
    modified: dict[int, tuple[int, str | None]] = {}  # modified word -> its modifiers: start, sector
    out: list[Found] = []
    for h, (name, sector) in _agents(doc, hits, found):
        if (
            occupied.find(1, h.start, h.end) >= 0
            or _hyphenated(doc.text, h)
            or _in_latin_name(doc, h, occupied)
        ):
            continue
        cues, after, end = grammar(doc.language_at(h.start)), _word_after(doc, h.end), h.end
        if after is not None and after.text in cues.predicatives:  # "जवान बना रहता है": young, no soldier
            continue
        if after is not None and after.text in cues.collectives:  # "opposition groups"
            end = after.end
        elif after is not None and _modifies(doc, h, sector, after, heads):
            modified[after.start] = modified.get(h.start, (h.start, sector))
            continue
        if (person := _apposed(doc, h, people) or _named(doc, h, people, people_from)) is not None:
            person.sector = person.sector or sector
            continue
        phrase, by = modified.get(h.start, (h.start, None))  # "regime forces", "British army soldier"
        start, country, owner = country_of.named_before(phrase, sector)
        if isinstance(h.hit.referent, Title):  # "a police spokesman": whom they act for
            if owner is not None and owner.type == "ORG":
                continue  # "an FCO spokesperson": the organisation speaks, a named actor
            sector = by or sector
        if owner is not None and owner.sector in rebel_sectors() and sector == _ARMED:
            sector = owner.sector  # "Farc guerrilla army": the rebel group's own forces
        named = owner is not None
        if not named:
            country, named = country_of.named_after(end, sector)
        if not named:
            country = country_of.around(phrase, sector, occupied)
        out.append(group_found(start, end, name, sector, country))
    return out


def with_story_countries(doc: Doc, hits: list[GazetteerHit], found: list[Found]) -> list[Found]:
    """``found`` with its bare institutions of no country ("गृह मंत्रालय", "the Interior Ministry")
    made the story's own country's, where their sentence names no other (``GroupCountry.story``); a
    later mention of the same name is the same one."""
    assert doc.knowledge is not None
    bare = {h.start: h for h in hits if not h.nested and isinstance(h.hit.referent, Institution)}
    if not any(_bare(item, bare) for item in found):
        return found
    country_of = GroupCountry(doc, found)
    told: dict[str, Found] = {}
    out: list[Found] = []
    for item in found:
        h = bare.get(item.start) if _bare(item, bare) else None
        if h is not None and isinstance(h.hit.referent, Institution):
            name = h.hit.referent.name
            if name in told:
                item = same_referent(told[name], item.start, item.end)
            elif (country := country_of.story(item.start)) is not None:
                item = told[name] = institution_found(doc, doc.knowledge, h, h.hit.referent, country)
        out.append(item)
    return out


def _bare(item: Found, bare: dict[int, GazetteerHit]) -> bool:
    """Is the mention an institution's name alone, of no country (a ``NameKey`` organisation)?"""
    h = bare.get(item.start)
    return h is not None and h.end == item.end and isinstance(item.key, NameKey) and item.country is None


def _agents(
    doc: Doc, hits: list[GazetteerHit], found: list[Found]
) -> Iterator[tuple[GazetteerHit, tuple[str, str | None]]]:
    """The hits that name a generic actor, with its name and sector."""
    person_starts = {f.start for f in found if f.type == "PERSON"}
    countries = {f.start: f for f in found if f.type == "COUNTRY"}
    people = {f.end for f in found if f.type == "PERSON"} | person_starts
    holders: dict[str, int] = {}  # a person's role, and its last word, -> where its first holder is named
    for f in found:
        if f.type == "PERSON" and f.role:
            for role in {fold(f.role), fold(f.role).rsplit(" ", 1)[-1]}:
                holders[role] = min(holders.get(role, f.start), f.start)
    for h in hits:
        referent = h.hit.referent
        if h.nested:
            continue
        if isinstance(referent, AgentWord | Institution):
            yield h, (referent.name, referent.sector)
        elif isinstance(referent, Title) and after_joiners(doc, h.end) not in person_starts:
            agent = agent_words(h.hit.language).get(fold(doc.text[h.start : h.end]))
            if agent is not None:
                if not _held(referent, h, holders) and not _apposed_after(doc, h, person_starts):
                    yield h, (agent.name, agent.sector)
            elif referent.role and referent.sector and _office(doc, h, countries, people):
                yield h, (referent.role, referent.sector)  # "the president of Sierra Leone"


def without_unmarked_kin(doc: Doc, hits: list[GazetteerHit]) -> list[GazetteerHit]:
    """The hits less those of agent words that are actors only before a postposition or punctuation
    (``marked_only``: kin) where none follows: "पत्नी हसीन जहां", "मां उज्ज्वला शर्मा" say who the person
    named next is, and are no cue that would cut that name either."""
    return [
        h
        for h in hits
        if not (
            isinstance(h.hit.referent, AgentWord) and h.hit.referent.marked_only and not _marked(doc, h.end)
        )
    ]


def _marked(doc: Doc, end: int) -> bool:
    """Does a postposition (the grammar's ``postpositions``) or punctuation follow ``end``, or the text
    end there?"""
    rest = doc.text[end : end + 2].lstrip()
    if not rest or not (rest[0].isalnum() or rest[0] in "\u200c\u200d"):
        return True
    after = _word_after(doc, end)
    return after is not None and after.text in grammar(doc.language_at(end)).postpositions


def _office(doc: Doc, h: GazetteerHit, countries: dict[int, Found], people: set[int]) -> bool:
    """Is the title an office of the country whose name follows it after a genitive, one space apart
    ("the president of Sierra Leone"), in a language whose genitives precede their noun, and in
    apposition to no person (``people``: where their mentions start and end): "Ashraf Ghani, the
    president of Afghanistan", "the president of Afghanistan, Ashraf Ghani"?"""
    cues, after = grammar(doc.language_at(h.start)), _word_after(doc, h.end)
    if cues.postpositional or after is None or after.text not in cues.genitive_markers:
        return False
    name = _word_after(doc, after.end)
    country = countries.get(name.start) if name is not None else None
    if country is None:
        return False
    opened = _APPOSED_BEFORE.search(doc.text, max(0, h.start - _APPOSITION_REACH), h.start)
    closed = _APPOSED_AFTER.match(doc.text, country.end)
    return not (opened and opened.start() in people) and not (closed and closed.end() in people)


def _held(title: Title, h: GazetteerHit, holders: dict[str, int]) -> bool:
    """Does a person named before the title hold its role ("Zabihullah Mujahid, a Taliban spokesman, ...
    the spokesman said")? The title then stands for that person (``events.titled``, the quotes'
    ``by_title``), not for a generic actor."""
    return title.role is not None and holders.get(fold(title.role), h.start) < h.start


def _apposed_after(doc: Doc, h: GazetteerHit, person_starts: set[int]) -> bool:
    """Does the title's holder follow it in apposition ("the SDF spokesman, Mustafa Bali, said")?"""
    m = _APPOSED_AFTER.match(doc.text, h.end)
    return m is not None and m.end() in person_starts


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


def _word_after(doc: Doc, end: int) -> Token | None:
    """The word right after ``end`` with one space between, in the same script."""
    tokens = doc.tokens
    i = tokens.first_at(end)
    if i == 0 or i >= len(tokens) or doc.text[end : tokens[i].start] != " ":
        return None
    return tokens[i] if tokens[i].script == tokens[i - 1].script else None


def _modifies(
    doc: Doc, h: GazetteerHit, sector: str | None, after: Token, heads: dict[int, str | None]
) -> bool:
    """Does the agent word modify the word right after it ("police station", "army chief", "सेना
    प्रमुख", "army soldier", "military action"; see the module)? Not an actor of another sector, unless
    listed as a modifier: "तीन जवान चरमपंथियों के हाथों" are soldiers at the hands of militants."""
    cues = grammar(doc.language_at(h.start))
    modifier = fold(doc.text[h.start : h.end]) in cues.modifiers
    if after.text in cues.modified_heads:
        return True
    if modifier and after.text in cues.acts:  # "regime rocket fire": the regime fires
        return False
    if after.start in heads:
        head_sector = heads[after.start]
        return modifier or head_sector is None or sector is None or head_sector == sector
    return modifier and not _noun_follower(cues, after.text)


def _noun_follower(cues: Grammar, word: str) -> bool:
    """Does the word follow a noun rather than stand as one a modifier word modifies: a function word, a
    verb ("the official said", "military invaded") or a word that opens what qualifies the noun ("an
    official familiar with the talks")?"""
    return (
        word in cues.stopwords
        or word.endswith(cues.verb_endings)
        or (word,) in cues.subject_verbs
        or word in cues.noun_followers
    )


def _sector_of(h: GazetteerHit) -> str | None:
    """The sector of a generic actor's or institution's word; None for a title."""
    referent = h.hit.referent
    return referent.sector if isinstance(referent, AgentWord | Institution) else None


def _named(doc: Doc, h: GazetteerHit, ends: dict[int, Found], starts: dict[int, Found]) -> Found | None:
    """The person the agent word names through a naming phrase: "a volunteer named X", "X नाम के एक छात्र"."""
    if (where := noun_names(doc, h.start)) is None:
        return None
    offset, after = where
    return (starts if after else ends).get(offset)


def _apposed(doc: Doc, h: GazetteerHit, people: dict[int, Found]) -> Found | None:
    """The person whose apposition the agent word ends: "Jamal, a Kurdish rebel"."""
    tokens, text = doc.tokens, doc.text
    openers = grammar(doc.language_at(h.start)).apposition_openers
    i = tokens.first_at(h.start)
    for back in range(1, 4):  # the opener, and up to two words qualifying the agent word
        if i - back < 1 or not all(tokens[j].joined for j in range(i - back, i)):
            return None
        opener = tokens[i - back]
        if opener.text in openers:
            comma = text[tokens[i - back - 1].end : opener.start]
            return people.get(tokens[i - back - 1].end) if comma.strip() == "," else None
    return None
