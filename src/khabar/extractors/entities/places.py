"""Step 3: places by exact name (GeoNames alternate names, any script), and places chosen again.

A run of free words that is a place's exact name is kept when the place is large or the context
says it is a place (a locative, a place cue word next to it). Words used as a location ("X में") are
looked up across scripts among the places of the language's home countries. Once every mention is
found, same-named places are chosen again with the whole article's countries as context.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import is_locative
from khabar.extractors.entities.context import similar
from khabar.extractors.entities.found import Found, place_found, place_key, unresolved_place
from khabar.extractors.entities.words import (
    Taken,
    Words,
    home_countries,
    name_prefix,
    name_words,
    names_with_next,
    place_cue_next,
)
from khabar.knowledge import places
from khabar.knowledge.places import Place
from khabar.text.tokens import Token
from khabar.text.translit import phonetic_key, romanise, script_of

_romanise = lru_cache(maxsize=65_536)(romanise)
LOCATIVE_THRESHOLD = 0.93  # a word used as a location ("X में"), with no other cue: home places only
LARGE_PLACE = 100_000  # places this large are linked by name alone, without a cue
LARGE_HOME_PLACE = 15_000  # the same, for places in the language's home countries
MAX_PLACE_WORDS = 3


def places_by_name(doc: Doc, words: Words, taken: Taken, context: set[str]) -> Iterator[Found]:
    """Exact GeoNames names (any script) over free word n-grams, kept when large or cued."""
    tokens = words.tokens
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if (
            i in taken.covered
            or (words.stops[i] and not name_prefix(words, i))
            or (first.latin and not first.capitalised)
        ):
            i += 1
            continue
        if (found := _place_at(doc, words, taken, i, context)) is None:
            i += 1
            continue
        yield found
        i = doc.tokens.first_at(found.end)


def _place_at(doc: Doc, words: Words, taken: Taken, i: int, context: set[str]) -> Found | None:
    """The place whose name is the longest run of free words from ``i`` that names one here."""
    tokens = words.tokens
    language = words.languages[i]
    for n in range(min(MAX_PLACE_WORDS, len(tokens) - i), 0, -1):
        run = tokens[i : i + n]
        if not _free_run(words, taken, run):
            continue
        key = doc.folded.text[run[0].fstart : run[-1].fend]
        candidates = places.by_name(key) or ("-" in key and places.by_name(key.replace("-", " "))) or []
        if not candidates:
            continue
        cue = place_cue_next(words, run)
        if cue == "admin1" and all(c.feature != "admin1" for c in candidates):
            continue  # "X प्रांत": a region, looked up among region names by the cued run
        if cue is None and _opens_person_name(words, run):
            continue
        place = places.disambiguate(candidates, context, cue=cue, prior=home_countries(language))
        if cue == "admin2" and names_with_next(doc, words, run):
            # "Henry County": a county, not the town "Henry" (the gazetteer has no counties), though
            # most likely in the town's country
            if place is None:
                return None
            found = unresolved_place(doc, run[0].start, tokens[run[-1].index + 1].end)
            found.country = place.country
            return found
        if place is not None and (_large(place, language) or _place_context(doc, words, run)):
            return place_found(run[0].start, run[-1].end, place, candidates)
    return None


def _free_run(words: Words, taken: Taken, run: list[Token]) -> bool:
    """Words not yet claimed, not stopwords at the edges (a name prefix may open a longer run),
    capitalised in Latin script, joined by spaces."""
    first, last = run[0].index, run[-1].index
    opens = not words.stops[first] or (len(run) > 1 and name_prefix(words, first))
    closes = not words.stops[last] or (
        len(run) > 1 and run[-1].latin and run[-1].capitalised
    )  # "Middle East"
    if not opens or not closes or any(t.index in taken.covered for t in run):
        return False
    if run[0].latin and not all(t.capitalised for t in run):
        return False
    return all(t.joined for t in run[:-1])


def _large(place: Place, language: str | None) -> bool:
    """Large enough to be linked by its exact name alone: nationally, or at home (a local paper names
    its district towns without a cue)."""
    home = place.country in home_countries(language)
    return place.population >= (LARGE_HOME_PLACE if home else LARGE_PLACE)


def _opens_person_name(words: Words, run: list[Token]) -> bool:
    """A given name followed by another capitalised word ("Mary Smith") opens a person's name."""
    following = run[-1].index + 1
    return (
        len(run) == 1
        and run[0].latin
        and run[0].joined
        and following < len(words)
        and words.tokens[following].capitalised
        and run[0].text in name_words(words.languages[run[0].index]).given_names
    )


def _place_context(doc: Doc, words: Words, run: list[Token]) -> bool:
    return is_locative(doc, run[0].start, run[-1].end) or place_cue_next(words, run) is not None


def _joined_key(latin: str) -> str:
    return phonetic_key(latin).replace(" ", "")


@cache
def _home_places(language: str | None) -> dict[str, list[Place]]:
    """Places of the language's home countries by phonetic key, for names used as a location."""
    table: dict[str, list[Place]] = {}
    for name, place in places.latin_names_in(home_countries(language)):
        table.setdefault(_joined_key(name), []).append(place)
    return table


@lru_cache(maxsize=65_536)
def home_place(surface: str, language: str | None) -> Place | None:
    """The home-country place a word used as a location ("X में") names, by a close romanised match:
    a key lookup, then a similarity check, rather than a fuzzy search of every place in the world
    (remembered: the same words recur as locations)."""
    try:
        latin = surface if script_of(surface) == "Latn" else _romanise(surface)
        candidates = _home_places(language).get(_joined_key(latin), ())
        close = [p for p in candidates if similar(surface, p.name) >= LOCATIVE_THRESHOLD]
    except KeyError:  # a letter the romanisation tables lack (e.g. a nukta on श)
        return None
    return max(close, key=lambda p: p.population, default=None)


def redisambiguate(doc: Doc, found: list[Found]) -> None:
    """Choose again among same-named places, now that the whole article's countries are known."""
    prior = home_countries(doc.language)
    certain = [_one_country(f) for f in found]
    named = Counter(f.country for f, sure in zip(found, certain, strict=True) if sure and f.country)
    for item, sure in zip(found, certain, strict=True):
        if item.place is None or len(item.alternatives) < 2:
            continue
        own = item.country if sure else None  # the other mentions' countries are the context
        context = {country for country, n in named.items() if n > (country == own)}
        place = places.disambiguate(item.alternatives, context, cue=item.cue, prior=prior)
        if place is not None and place != item.place:
            if sure and item.country:
                named[item.country] -= 1
            if sure and place.country:
                named[place.country] += 1
            item.place, item.country, item.key = place, place.country, place_key(place)


def place_unresolved(found: list[Found]) -> None:
    """A place with no point ("Henry County") lies in the country the article names most often."""
    unplaced = [f for f in found if f.type == "PLACE" and f.place is None and f.country is None]
    if not unplaced:
        return
    counted = Counter(f.country for f in found if f.country)
    if counted:
        country = counted.most_common(1)[0][0]
        for item in unplaced:
            item.country = country


def _one_country(item: Found) -> bool:
    """Is the mention's country certain: all the places its name may mean lie in one country?"""
    return len({place.country for place in item.alternatives}) <= 1
