"""Step 4: a cued run linked to its referent across scripts, or made a new entity.

Runs are linked to the knowledge base by romanising and comparing names
(``khabar.text.translit.NameIndex``, through ``Knowledge.match_name``). A surname alone links to a
person already named in full in the article, or to a known office-holder when a cue supports it.
Words that are all frequent ordinary words of their language (``frequent.yaml``) are linked only
under a person's or body's cue or a place cue word: "दोनों ने" (both) is not Igor Dodon, "बाढ़ में"
(in the flood) not the town Barh. A Latin run links to a Latin name only when each of its words is a
spelling of a word of that name ("Houthi": Houthis; "National Rail" is not "National Rally"). A run
that the tagger, a place cue word or a locative marker says is a place and that no known name fits may
name a place by sound (``link_places``, ``sounded``: भद्रवाह, Bhadarwah).
Otherwise a strong enough cue makes a new entity (``link_new``); an unknown spelled-out acronym
("एनसीएलटी") is taken as an organisation.
"""

from __future__ import annotations

from datetime import date

from khabar.doc import Doc
from khabar.extractors.entities.capitals import named_before, particle_before
from khabar.extractors.entities.context import (
    capital_of,
    coreferent,
    given_name_differs,
    other_given_name,
    same_referent,
)
from khabar.extractors.entities.cue_kinds import PERSON_CUES, PLACE_TYPE, Cue, CuedRun
from khabar.extractors.entities.cued import spelled_acronym
from khabar.extractors.entities.found import Found, Seen, actor_found, country_found, named_found
from khabar.extractors.entities.link_fit import (
    LATIN_THRESHOLD,
    ORG_CUES,
    ambiguous,
    fits,
    holds_office,
    part_of_name,
    spelled_alike,
    whole_name,
)
from khabar.extractors.entities.link_new import new_found
from khabar.extractors.entities.link_places import place_match, sounded_found
from khabar.extractors.entities.words import Taken, Words, all_common, frequent_words, name_words
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import Knowledge
from khabar.text.tokens import Token
from khabar.text.translit import script_of

CUED_THRESHOLD = 0.74  # when the cue also says what kind of referent it is
NAME_THRESHOLD = 0.8  # cross-script link to a full name (wrong pairs score below 0.75)
SURNAME_THRESHOLD = 0.83  # a surname alone (scores at most 0.9), with a supporting cue
ONE_WORD_THRESHOLD = 0.9  # one word to a person, body or country (अकबर: Akar 0.87; परिवार: Parrikar 0.81)
CUED_WORD_THRESHOLD = 0.9  # one word before a place cue word, which may also mean "sector", "area"
SURE_PLACE = 0.95  # a single word this close to a place's name is that place without a place cue
ACTING = 0.05  # an actor scoring this much below a place still wins a run marked as an agent
MIN_ORG_ACRONYM = 3  # letters of an unknown spelled-out acronym taken as an organisation
ACTING_CUES = frozenset({Cue.AGENT, Cue.SPEAKER})  # the run acts: an actor, a surname alone too
NAMING_WITH_ORDINARY = PERSON_CUES | {Cue.ORG, Cue.ACRONYM}  # cues that make frequent words a name
PLACE_CUES = frozenset({Cue.PLACE, Cue.TAGGED_PLACE})  # the run is a place
WHOLE_RUNS = frozenset({Cue.CAPS, Cue.ORG})  # runs that may hold a name found before ("Delhi University")


def link_run(doc: Doc, kb: Knowledge, words: Words, taken: Taken, cued: CuedRun, seen: Seen) -> Found | None:
    """Link a cued run to a referent, or make a new entity when the cue is strong enough."""
    # a capitalised run or a body's name is made right before it is linked, and may hold a country or place
    # it names ("Bank of England", "तेहरान यूनिवर्सिटी")
    run = cued.tokens if cued.cue in WHOLE_RUNS else [t for t in cued.tokens if t.index not in taken.covered]
    if not run or (all_common(words, run) and cued.cue not in NAMING_WITH_ORDINARY and not cued.feature):
        return None
    start, end = run[0].start, run[-1].end
    surface = doc.text[start:end]
    if cued.cue is Cue.NEAR:
        return None if all_common(words, run) else sounded_found(doc, words, run, seen, None, said=False)
    if cued.cue is Cue.ACRONYM:
        found = _acronym_found(kb, start, end, surface, words.languages[run[0].index], doc.published)
        return None if cued.known_only and found is not None and found.actor is None else found
    if (coref := coreferent(surface, seen.people_near(start))) is not None:
        return same_referent(coref, start, end)
    particle = particle_before(doc, words, run) if cued.cue is Cue.CAPS else None
    if particle is not None and (known := _known(doc, kb, words, [particle, *run], cued, seen)):
        return known  # "al-Qaida"
    if cued.cue is Cue.ORG and (opened := _opened_by_place(doc, kb, words, run, cued, seen)) is not None:
        return opened
    if (known := _known(doc, kb, words, run, cued, seen)) is not None and not (
        known.actor and other_given_name(doc, start, end, known.actor, taken.cue | taken.covered)
    ):
        return known
    if (
        cued.cue in PLACE_CUES
        and not all_common(words, run)
        and (sounded := sounded_found(doc, words, run, seen, cued.feature, said=True))
    ):
        return sounded
    return None if cued.known_only else new_found(doc, words, run, cued.cue, seen)


def _opened_by_place(
    doc: Doc, kb: Knowledge, words: Words, run: list[Token], cued: CuedRun, seen: Seen
) -> Found | None:
    """A known body whose name a place found right before the run opens ("कुर्दिस्तान वर्कर्स पार्टी": the
    PKK, not Kurdistan and a "Varkars Party"); the place stays a mention inside it."""
    place = named_before(doc, words, seen, run[0].index, PLACE_TYPE)
    if place is None:
        return None
    return _known(doc, kb, words, [*doc.tokens.within(place.start, place.end), *run], cued, seen)


def _unsupported(run: list[Token], actor: Actor, score: float, surname_only: bool, seen: Seen) -> bool:
    """Is a known person matched across scripts by part of a name, or a name alike but not word for word,
    with nothing in the article for it? The actor Aamir Khan is not the Taliban's Amir Khan Muttaqi: such a
    match stands only when the article names the person's country (its mentions, places or actors so far)."""
    if actor.type != "PERSON" or score >= 1 or surname_only or run[0].latin:
        # a surname alone has its own test (an office held on the day); a Latin run spells the name's own
        # words ("Bin Salman"), a romanised one only sounds like them
        return False
    return not whole_name(run, actor) and not seen.names_country(actor.country)


def _acronym_found(
    kb: Knowledge, start: int, end: int, surface: str, language: str | None, day: date | None
) -> Found | None:
    letters = surface.upper() if script_of(surface) == "Latn" else spelled_acronym(surface)
    actors = kb.acronyms.get(letters or "", [])
    if actors:
        return actor_found(start, end, actors[0], day)
    if letters and len(letters) >= MIN_ORG_ACRONYM and letters not in name_words(language).not_orgs:
        return named_found(start, end, "ORG", letters)  # "एनसीएलटी": most are bodies
    return None


def _known(
    doc: Doc, kb: Knowledge, words: Words, run: list[Token], cued: CuedRun, seen: Seen
) -> Found | None:
    """The knowledge-base referent the run names, if one fits the cue."""
    cue, feature = cued.cue, cued.feature
    single = len(run) == 1
    threshold = CUED_THRESHOLD if cue in (Cue.OFFICE, Cue.PLACE) else NAME_THRESHOLD
    if feature and single:
        threshold = CUED_WORD_THRESHOLD
    if cued.known_only:
        if single and run[0].text in frequent_words(words.languages[run[0].index]):
            return None
        threshold = SURE_PLACE
    only_actors = run[0].latin or cue in PERSON_CUES or cue in ORG_CUES  # only people and bodies fit these
    start, end = run[0].start, run[-1].end
    matches = kb.match_name(doc.text[start:end], threshold, actors_only=only_actors)
    if run[0].latin:  # a Latin name against Latin names: spelling variants ("Peace" is not Pence), or part
        matches = [
            m
            for m in matches
            if (m.score >= LATIN_THRESHOLD and spelled_alike(run, m.value[1]))
            or part_of_name(run, m.value[1])
        ]
    if feature:  # "X प्रांत": a region of that name before a city of that name
        matches.sort(key=lambda m: -m.score - (0.1 if getattr(m.value[1], "feature", None) == feature else 0))
        if all_common(words, run):  # "बाकी राज्यों" (the other states): only a region of that name is one
            matches = [m for m in matches if getattr(m.value[1], "feature", None) == feature]
    elif cue in ACTING_CUES:  # "अल जज़ीरा ने": what acts is an actor more likely than a same-sounding place
        matches.sort(key=lambda m: -m.score - (ACTING if m.value[0] == "actor" else 0))
    if ambiguous(matches, cue, doc.published):
        return None
    # a given name alone (माइकल, नवाज़) is nobody's surname
    given_name = single and run[0].text in name_words(words.languages[run[0].index]).given_names
    for match in matches:
        kind, value = match.value
        if not fits(kind, value, cue) or (kind == "place" and run[0].latin):
            # Latin place names are found by exact name; fuzzy Latin matches are mostly other words
            continue
        if match.surname_only and (
            given_name
            or not ((cue in PERSON_CUES or cue in ACTING_CUES) and match.score >= SURNAME_THRESHOLD)
        ):
            continue
        if single and kind != "place" and not match.surname_only and match.score < ONE_WORD_THRESHOLD:
            continue  # places and surnames alone have their own bars (SURE_PLACE, SURNAME_THRESHOLD)
        if kind == "actor":
            if match.surname_only and not holds_office(value, doc.published):
                continue
            if match.score < 1 and given_name_differs(run[0].text, words.languages[run[0].index], value):
                continue
            if _unsupported(run, value, match.score, match.surname_only, seen):
                continue
            return actor_found(start, end, value, doc.published)
        if kind == "country":
            if feature and single:
                continue  # a word before a subdivision's cue word ("पेड़ू क्षेत्र", the pelvis) is no country
            return country_found(start, end, value)
        if cue is Cue.SUBJECT and single and match.score < SURE_PLACE:
            continue  # one word opening a clause is a capital standing for its state only when sure
        if cue is Cue.SUBJECT and (iso3 := capital_of(value)) is not None:
            return country_found(start, end, iso3)
        sure = SURE_PLACE if cue is not Cue.TAGGED_PLACE else CUED_WORD_THRESHOLD
        if kind == "place" and (not single or cue is Cue.PLACE or match.score >= sure):
            return place_match(words, run, feature, match, matches, seen)
    return None
