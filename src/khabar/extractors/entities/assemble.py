"""The entity stage: the steps in order, and their mentions grouped into ``Entity`` records."""

from __future__ import annotations

from collections import Counter

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.context import apply_titles, metonymy, other_given_name
from khabar.extractors.entities.cued import cued_runs
from khabar.extractors.entities.foreign import people_named_as_countries
from khabar.extractors.entities.found import CountryKey, Found, Key, Seen
from khabar.extractors.entities.gazetteer import (
    CUES,
    GazetteerHit,
    mentions_of_hits,
    next_word,
    titled_names,
    word_indexes,
)
from khabar.extractors.entities.generic import generic_actors, with_story_countries, without_unmarked_kin
from khabar.extractors.entities.geocode import place_unresolved, redisambiguate, regions_named_as_countries
from khabar.extractors.entities.in_bodies import places_in_bodies
from khabar.extractors.entities.known_bodies import known_bodies
from khabar.extractors.entities.link import link_run
from khabar.extractors.entities.named_by import named_roles, sites
from khabar.extractors.entities.named_inside import cut_to_names_inside
from khabar.extractors.entities.place_repeats import repeated_places
from khabar.extractors.entities.places import places_by_name, without_parts
from khabar.extractors.entities.spellings import with_one_spelling
from khabar.extractors.entities.surnames import with_names_alone
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.untagged_places import untagged_places
from khabar.extractors.entities.words import Taken, Words, indexes_within, name_words
from khabar.extractors.entities.works import without_titles_of_works
from khabar.knowledge import countries, places
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import CountryWord, Title
from khabar.knowledge.place_names import shown_name
from khabar.knowledge.places import Place
from khabar.schema import Entity, Mention, entity_id
from khabar.text.normalise import fold
from khabar.text.translit import script_of

AYN_MARKS = "‘’ʿʾ'"  # transliteration marks that open some GeoNames names, not read aloud


def find_entities(doc: Doc) -> list[Entity]:
    """Entities of ``doc``, each with all its mentions, in order of first mention."""
    assert doc.knowledge is not None
    kb, words = doc.knowledge, Words.of(doc)
    hits = _without_other_people(doc, without_unmarked_kin(doc, doc.gazetteer_hits))
    hits = _without_given_names(doc, hits)
    hits = _without_surnames(doc, hits)  # "स्मृति ईरानी ने": Smriti Irani, no Iran
    people = people_named_as_countries(doc, words, hits)  # "कैमरून वाइट ने": Cameron White, no Cameroon
    hits = [h for h in hits if not any(p.start == h.start for p in people)]
    found = [*mentions_of_hits(doc, kb, hits), *people]
    cue = word_indexes(doc, hits, CUES)
    mask = NameMask.of(doc, words.languages)
    by_hits = Taken(cue, word_indexes(doc, hits, CountryWord | Actor))
    outside = mask.outside - untagged_places(doc, words, mask)  # "लोस एंजेलिस में": left out by the tagger
    for_places = Taken(cue, by_hits.covered | outside | mask.not_places())
    by_name = places_by_name(doc, words, for_places, found)
    found = [*without_parts(found, by_name), *by_name]
    covered = set(by_hits.covered)  # grown below as runs are linked, and read by ``cued_runs``
    for item in [*people, *by_name]:
        covered |= indexes_within(doc, item.start, item.end)
    taken = Taken(cue, covered)
    seen = Seen(found)
    naming_sites = list(sites(doc, words))  # where naming cues put names: read twice below
    for run in cued_runs(doc, words, taken, hits, seen, mask, naming_sites):
        doc.check_time()
        if (item := link_run(doc, kb, words, taken, run, seen)) is not None:
            found.append(item)
            covered |= indexes_within(doc, item.start, item.end)
    for item in known_bodies(doc, kb, words, taken):  # "तालेबान": a known body spelled as it reads
        found.append(item)
        covered |= indexes_within(doc, item.start, item.end)
    found = cut_to_names_inside(doc, with_names_alone(doc, words, found, covered, mask))
    found = with_one_spelling(doc, found)  # "लुकास फ़ाइरोली" ... "लुकास फाइरोली": one person
    found = without_titles_of_works(doc, found)  # "राम लखन और खलनायक जैसी फ़िल्में": films, no people
    found.extend(repeated_places(doc, found))  # "the town of Baghuz" ... "expect Baghuz to be cleared"
    redisambiguate(doc, found)
    regions_named_as_countries(doc, found)
    place_unresolved(doc, found)
    apply_titles(doc, found, titled_names(doc, hits))
    named_roles(doc, found, naming_sites)  # "a volunteer named X", "X, a student": the role no title gave
    metonymy(doc, found)
    found = with_story_countries(doc, hits, found)
    found.extend(generic_actors(doc, hits, found))
    return _assemble(doc, found, places_in_bodies(doc, found))


def _without_other_people(doc: Doc, hits: list[GazetteerHit]) -> list[GazetteerHit]:
    """The hits less those of part of a known person's name after another given name ("Nasr Hariri")."""
    claimed = word_indexes(doc, hits, CUES | CountryWord | Actor)
    return [
        h
        for h in hits
        if not (
            isinstance(h.hit.referent, Actor)
            and other_given_name(doc, h.start, h.end, h.hit.referent, claimed)
        )
    ]


def _without_given_names(doc: Doc, hits: list[GazetteerHit]) -> list[GazetteerHit]:
    """The hits less those of a one-word title that is also a listed given name, right before a listed
    surname and after no genitive ("युवराज सिंह" is Yuvraj Singh; "सऊदी अरब के युवराज" the crown prince)."""
    return [h for h in hits if not (isinstance(h.hit.referent, Title) and _given_name(doc, h))]


def _given_name(doc: Doc, h: GazetteerHit) -> bool:
    """Is the one word of the hit a listed given name, right before a listed surname, after no genitive?"""
    i, language = doc.tokens.first_at(h.start), doc.language_at(h.start)
    listed, after = name_words(language), next_word(doc, h.end)
    return (
        i < len(doc.tokens)  # (a hit inside a word glued to a quotation mark starts no token)
        and doc.tokens[i].end == h.end
        and doc.tokens[i].text in listed.given_names
        and after is not None
        and after.text in listed.surnames
        and not (i > 0 and doc.tokens[i - 1].text in grammar(language).genitive_markers)
    )


def _without_surnames(doc: Doc, hits: list[GazetteerHit]) -> list[GazetteerHit]:
    """The hits less those of a one-word demonym that is a person's surname: right after a listed given
    name or a word the tagger put in a person's name, a space apart, and closing its phrase (a
    postposition, a genitive marker or a conjunction follows, or punctuation): "स्मृति ईरानी ने",
    "बोमन ईरानी." (a demonym that qualifies a noun has the noun after it: "ईरानी सेना")."""
    persons = {i for name in doc.names if name.type == "PERSON" for i in range(name.first, name.last + 1)}
    return [h for h in hits if not _surname(doc, h, persons)]


def _surname(doc: Doc, h: GazetteerHit, persons: set[int]) -> bool:
    """Is the hit a demonym of one word that names a person after a given name (``_without_surnames``)?"""
    referent, i = h.hit.referent, doc.tokens.first_at(h.start)
    if not (isinstance(referent, CountryWord) and referent.demonym) or not 0 < i < len(doc.tokens):
        return False  # (a hit inside a word glued to a quotation mark at the text's end starts no token)
    if doc.tokens[i].end != h.end:
        return False
    language, before = doc.language_at(h.start), doc.tokens[i - 1]
    if not doc.text[before.end : h.start].isspace():
        return False
    if before.text not in name_words(language).given_names and i - 1 not in persons:
        return False
    words, after = grammar(language), next_word(doc, h.end)
    closing = words.postpositions | words.genitive_markers | words.conjunctions
    return after is None or after.text in closing


def _assemble(doc: Doc, found: list[Found], in_bodies: list[Found]) -> list[Entity]:
    """Mentions grouped by referent; a place in a body's name may share the body's span ("EU")."""
    groups: dict[Key, list[Found]] = {}
    spans: set[tuple[int, int]] = set()
    shared = {id(item) for item in in_bodies}
    # stable: the step that found a span first keeps it
    for item in sorted([*found, *in_bodies], key=lambda f: f.start):
        if (item.start, item.end) in spans and id(item) not in shared:
            continue  # one span names one referent ("गृह मंत्रालय" as an institution, not again as a new body)
        spans.add((item.start, item.end))
        groups.setdefault(item.key, []).append(item)
    return [
        _entity(doc, entity_id(doc.article_id, index), items) for index, items in enumerate(groups.values())
    ]


def _entity(doc: Doc, ident: str, items: list[Found]) -> Entity:
    first = items[0]
    mentions = sorted({(f.start, f.end, f.kind) for f in items})
    base = {
        "id": ident,
        "type": first.type,
        "role": next((f.role for f in items if f.role), None),
        "sector": next((f.sector for f in items if f.sector), None),
        "country": next((f.country for f in items if f.country), None),
        "mentions": [Mention(start=s, end=e, text=doc.text[s:e], kind=k) for s, e, k in mentions],
    }
    if isinstance(first.key, CountryKey):
        info = countries.by_iso3(first.key.iso3)
        # a country has no point location: its representative point stays in the knowledge base
        return Entity(
            name=info.name if info else first.key.iso3,
            geonames_id=info.geonames_id if info else None,
            precision="country",
            **base,
        )
    if first.place is not None and first.place.country:
        p = first.place
        return Entity(
            name=_as_written(doc, p, items) or _shown(p),
            lat=p.lat,
            lon=p.lon,
            geonames_id=p.geonames_id,
            precision=p.feature,
            **base,
        )
    if first.place is not None:  # a continent: no point location
        return Entity(name=first.place.name, geonames_id=first.place.geonames_id, **base)
    if first.actor is not None:
        return Entity(name=first.actor.name, kb_id=first.actor.id, **base)
    unplaced = first.type == "PLACE" and base["country"]  # a place without a point: its country at most
    name = " ".join((first.name or doc.text[first.start : first.end]).split())  # "अमित  कुमार": one space
    if unplaced and (town := next((f.town for f in items if f.town), None)) is not None:
        return Entity(name=name, lat=town.lat, lon=town.lon, precision="city", **base)  # the story's town
    return Entity(name=name, precision="country" if unplaced else None, **base)


def _shown(place: Place) -> str:
    """A place's name as shown: "‘Afrin" reads Afrin; a region's without its source language's generic
    words ("Sichuan Sheng": Sichuan)."""
    name = place.name.lstrip(AYN_MARKS)
    return shown_name(name) if place.feature == "admin1" else name


def _as_written(doc: Doc, place: Place, items: list[Found]) -> str | None:
    """The name a Latin-script article calls a known place by most often, when it is one of the
    place's GeoNames names (readers know "Palmyra" and "Raqqa", not GeoNames' "Tadmur" and "Ar
    Raqqah"); capitalised, not in capitals nor with a full stop (abbreviations such as "LA" and
    "Calif." are no names to show)."""
    written = Counter(
        surface
        for f in items
        if f.kind == "name"
        and script_of(surface := doc.text[f.start : f.end]) == "Latn"
        and surface[:1].isupper()
        and not surface.isupper()
        and "." not in surface
        and place in places.by_name(fold(surface))
    )
    return written.most_common(1)[0][0] if written else None
