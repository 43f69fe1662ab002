"""Coreference and metonymy: what the rest of the article says about a mention.

A single word links to a person already named in full in the article (a surname); a title right
before a person's name gives the role, and a country or office before the title the country; a
national capital that acts ("वाशिंगटन ने", "... that Washington will") stands for its country.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from functools import cache, lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import after_complementizer, grammar, is_locative, is_subject, owns_for_a_state
from khabar.extractors.entities.found import CountryKey, Found
from khabar.extractors.entities.words import frequent_words, name_words
from khabar.knowledge import countries
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import Title
from khabar.knowledge.places import Place
from khabar.text.normalise import fold
from khabar.text.ranges import ByStart
from khabar.text.tokens import words
from khabar.text.translit import similarity

similar = lru_cache(maxsize=262_144)(similarity)
COREF_THRESHOLD = 0.84  # a surname to a person already named in this article
OFFICIAL = "GOV"  # the sector of a title that an owner body's own sector may replace
TITLE_COUNTRY_CHARS = 40  # at most this far before a title, a country or office gives its country


def coreferent(surface: str, people: Iterable[Found]) -> Found | None:
    """A person already named in full (one of ``people``) whose surname this single word is, or whose
    name ends with these words ("De Mistura" after "Staffan de Mistura"); else, for a Latin word, the
    one person named in full whose first name it is ("Ricardo said" after "Ricardo Vilanova")."""
    words = fold(surface).split()
    if len(words) > 1:
        return next((item for item in reversed(list(people)) if _ends_name(words, _full_name(item))), None)
    best: tuple[float, Found] | None = None
    people = list(people)
    for item in people:
        full = _full_name(item)
        score = similar(surface, full)
        if score >= COREF_THRESHOLD and (best is None or score > best[0]):
            best = (score, item)
    if best is None and surface.isascii():
        first = {item.key: item for item in people if fold(_full_name(item)).split()[:1] == words}
        firsts = [item for item in first.values() if len(_full_name(item).split()) > 1]
        return firsts[0] if len(firsts) == 1 else None
    return best[1] if best else None


def _full_name(item: Found) -> str:
    return item.actor.name if item.actor else item.name or ""


def _ends_name(words: list[str], full: str) -> bool:
    """Are ``words`` the last words of the longer name ``full``?"""
    name = fold(full).split()
    return len(name) > len(words) and name[-len(words) :] == words


def other_given_name(doc: Doc, start: int, end: int, actor: Actor, claimed: Set[int]) -> bool:
    """Does a free name word that no name of the known person holds stand right before a mention of
    part of that person's name ("Nasr Hariri" is not Saad Hariri)? A name word: not a stopword, nor
    a frequent ordinary word, nor a claimed word (``claimed``: token indexes of titles and names
    found), capitalised where its script has case."""
    if actor.type != "PERSON":
        return False
    tokens = doc.tokens
    i = tokens.first_at(start) - 1
    if i < 0 or i in claimed or not tokens[i].joined:
        return False
    before, language = tokens[i], doc.language_at(tokens[i].start)
    if before.text in grammar(language).stopwords or before.text in frequent_words(language):
        return False
    if before.latin and not before.capitalised:
        return False
    names = name_parts(actor)
    mentioned = fold(doc.text[start:end]).split()
    if not any(len(name) > len(mentioned) for name in names):
        return False  # the mention is a whole name
    return not _in_names(before.text, actor)


@cache
def name_parts(actor: Actor) -> tuple[tuple[str, ...], ...]:
    """The folded words of each of a known person's names (read for every mention: kept once)."""
    return tuple(tuple(fold(name).split()) for name in (actor.name, *actor.aliases))


def given_name_differs(word: str, language: str | None, actor: Actor) -> bool:
    """Is ``word``, a given name of ``language``, none of the known person's names ("राजेश कुमार" is
    not Raveesh Kumar)?"""
    if actor.type != "PERSON" or word not in name_words(language).given_names:
        return False
    return not _in_names(word, actor)


def _in_names(word: str, actor: Actor) -> bool:
    """Is ``word`` a spelling of a word of one of the known person's names?"""
    return any(similar(word, part) >= COREF_THRESHOLD for name in name_parts(actor) for part in name)


def same_referent(item: Found, start: int, end: int) -> Found:
    """Another mention of what ``item`` names."""
    return Found(
        start,
        end,
        item.key,
        item.type,
        actor=item.actor,
        place=item.place,
        name=item.name,
        country=item.country,
        role=item.role,
        sector=item.sector,
    )


def apply_titles(doc: Doc, found: list[Found], titled: dict[int, Title]) -> None:
    """A title right before a person's name gives the role; a country or office before the
    title ("रूसी राष्ट्रपति के प्रवक्ता X", "White House press secretary X") gives the country."""
    givers = ByStart(f for f in found if f.country and f.type != "PERSON")  # only people change below
    order = {id(f): i for i, f in enumerate(found)}
    bodies = {f.end: f for f in reversed(found) if f.type in ("ORG", "GROUP")}  # the first that ends there
    for item in found:
        title = titled.get(item.start)
        if title is None or item.type != "PERSON":
            continue
        item.role = item.role or title.role
        item.sector = item.sector or _owner_sector(doc, item.start, title, bodies)
        if item.country is None:
            item.country = _country_before(doc, item.start, givers, order)


def _owner_sector(doc: Doc, start: int, title: Title, bodies: dict[int, Found]) -> str | None:
    """The sector of an official's title (GOV, or none: "प्रवक्ता", "नेता") tied by a genitive to its owner
    right before it: the owner body's where it has one ("हमास के प्रवक्ता": REB), none where the owner
    is a collective noun ("संगठन के प्रवक्ता": a non-state body's spokesperson is no official), else
    the title's own, as that of every other title ("पार्टी के सांसद": LEG)."""
    if title.sector not in (None, OFFICIAL):
        return title.sector
    first = doc.tokens.first_at(start)
    owner = first - len(words(fold(title.surface))) - 2  # the owner's last word, before the genitive
    if owner < 0 or doc.tokens[owner + 1].text not in grammar(doc.language_at(start)).genitive_markers:
        return title.sector
    end = doc.tokens[owner].end
    body = bodies.get(end)
    if body is not None and body.sector:
        return body.sector
    return None if doc.tokens[owner].text in grammar(doc.language_at(start)).collectives else title.sector


def _country_before(doc: Doc, start: int, givers: ByStart[Found], order: dict[int, int]) -> str | None:
    """The country of the nearest country or organisation mention (``givers``) of the sentence that
    ends before ``start``, at most ``TITLE_COUNTRY_CHARS`` before it (the first found, of two)."""
    sentence = doc.sentence_at(start)
    floor = sentence.start if sentence else 0
    near = [
        f for f in givers.reaching(start - TITLE_COUNTRY_CHARS, start) if floor <= f.start and f.end <= start
    ]
    return max(near, key=lambda f: (f.end, -order[id(f)])).country if near else None


def capital_of(place: object) -> str | None:
    """The ISO3 code of the country whose capital ``place`` is, if it is one."""
    if not isinstance(place, Place) or place.feature != "city":
        return None
    country = countries.by_iso3(place.country)
    return country.iso3 if country and fold(country.capital or "") == fold(place.name) else None


def metonymy(doc: Doc, found: list[Found]) -> None:
    """A national capital that acts ("वाशिंगटन ने", "Ankara pledged", "... that Washington will") or
    owns what only a state has ("Washington's support") is its country; not one after a locative ("an
    organizer in Washington, called ..."), nor one that ends a longer name ("at the British Embassy
    Tokyo, said")."""
    for item in found:
        iso3 = capital_of(item.place)
        if iso3 is None or is_locative(doc, item.start, item.end) or _ends_longer_name(doc, item.start):
            continue
        start, end = item.start, item.end
        acts = is_subject(doc, start, end) or after_complementizer(doc, start)
        if acts or owns_for_a_state(doc, start, end):
            item.key, item.type, item.place, item.alternatives = CountryKey(iso3), "COUNTRY", None, []


def _ends_longer_name(doc: Doc, start: int) -> bool:
    """Is the word before original ``start`` a capitalised name word, joined to it by a space ("Embassy"
    of "British Embassy Tokyo"; not "Later Beijing said")?"""
    i = doc.tokens.first_at(start) - 1
    if i < 0 or not doc.tokens[i].joined:
        return False
    before = doc.tokens[i]
    return (
        before.latin
        and before.capitalised
        and before.text not in frequent_words(doc.language_at(before.start))
    )
