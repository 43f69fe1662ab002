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
Otherwise a strong enough cue makes a new entity named as readers spell it (``display_name``): a
place the gazetteer lacks ("Henry County", "Royal Street"), an organisation ("X Party", an unknown
acronym "एनसीएलटी"; in the country of a place opening its name: "तेहरान यूनिवर्सिटी"), or a person
(one who speaks too, "सोनम ने कहा", unless the words are plural, an acronym or a common noun after a
determiner or genitive: ``_speaker_named``).
A name right before "(@handle)" (a tweet signature) is an account holder of unknown type and is left
out unless the knowledge base links it.
"""

from __future__ import annotations

import re
from datetime import date

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent
from khabar.extractors.entities.capitals import (
    kind_by_words,
    leading_country,
    named_before,
    particle_before,
    person_like,
)
from khabar.extractors.entities.context import (
    capital_of,
    coreferent,
    given_name_differs,
    other_given_name,
    same_referent,
)
from khabar.extractors.entities.cue_kinds import PERSON_CUES, PLACE_TYPE, TAGGED, Cue, CuedRun
from khabar.extractors.entities.cued import spelled_acronym
from khabar.extractors.entities.foreign import common_latin_names, latin_spelling
from khabar.extractors.entities.found import (
    Found,
    Seen,
    actor_found,
    country_found,
    named_found,
    unresolved_place,
)
from khabar.extractors.entities.initials import spaced_term
from khabar.extractors.entities.link_fit import (
    LATIN_THRESHOLD,
    ORG_CUES,
    ambiguous,
    fits,
    holds_office,
    part_of_name,
    spelled_alike,
)
from khabar.extractors.entities.link_places import body_country, place_head_after, place_match, sounded_found
from khabar.extractors.entities.place_cue_words import (
    apposed_country,
    named_as_place,
    names_with_next,
    place_cue_before,
)
from khabar.extractors.entities.words import Taken, Words, frequent_words, name_words, ordinary_words
from khabar.knowledge.base import Knowledge
from khabar.text.tokens import Token
from khabar.text.translit import display_name, script_of

CUED_THRESHOLD = 0.74  # when the cue also says what kind of referent it is
NAME_THRESHOLD = 0.8  # cross-script link to a full name (wrong pairs score below 0.75)
SURNAME_THRESHOLD = 0.83  # a surname alone (scores at most 0.9), with a supporting cue
ONE_WORD_THRESHOLD = 0.9  # one word to a person, body or country (अकबर: Akar 0.87; परिवार: Parrikar 0.81)
CUED_WORD_THRESHOLD = 0.9  # one word before a place cue word, which may also mean "sector", "area"
SURE_PLACE = 0.95  # a single word this close to a place's name is that place without a place cue
ACTING = 0.05  # an actor scoring this much below a place still wins a run marked as an agent
MIN_ORG_ACRONYM = 3  # letters of an unknown spelled-out acronym taken as an organisation
NAMING_CUES = PERSON_CUES | {Cue.CAPS, Cue.SPEAKER}  # cues under which a run may be a new name
ACTING_CUES = frozenset({Cue.AGENT, Cue.SPEAKER})  # the run acts: an actor, a surname alone too
# cues under which one word alone is a person's name
SURNAME_ALONE_CUES = frozenset(
    {Cue.TAGGED_PERSON, Cue.LEANING_PERSON, Cue.FOREIGN, Cue.SPEAKER, Cue.LISTED, Cue.MARKED, Cue.NAMED}
)
NAMING_WITH_ORDINARY = PERSON_CUES | {Cue.ORG, Cue.ACRONYM}  # cues that make frequent words a name
PLACE_CUES = frozenset({Cue.PLACE, Cue.TAGGED_PLACE})  # the run is a place
WHOLE_RUNS = frozenset({Cue.CAPS, Cue.ORG})  # runs that may hold a name found before ("Delhi University")
TAGGED_CUES = frozenset(TAGGED.values())
_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")  # a tweet signature's account after its display name


def link_run(doc: Doc, kb: Knowledge, words: Words, taken: Taken, cued: CuedRun, seen: Seen) -> Found | None:
    """Link a cued run to a referent, or make a new entity when the cue is strong enough."""
    # a capitalised run or a body's name is made right before it is linked, and may hold a country or place
    # it names ("Bank of England", "तेहरान यूनिवर्सिटी")
    run = cued.tokens if cued.cue in WHOLE_RUNS else [t for t in cued.tokens if t.index not in taken.covered]
    if not run or (_ordinary(words, run) and cued.cue not in NAMING_WITH_ORDINARY and not cued.feature):
        return None
    start, end = run[0].start, run[-1].end
    surface = doc.text[start:end]
    if cued.cue is Cue.NEAR:
        return None if _ordinary(words, run) else sounded_found(doc, words, run, seen, None, said=False)
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
        and not _ordinary(words, run)
        and (sounded := sounded_found(doc, words, run, seen, cued.feature, said=True))
    ):
        return sounded
    return None if cued.known_only else _new(doc, words, run, cued.cue, seen)


def _opened_by_place(
    doc: Doc, kb: Knowledge, words: Words, run: list[Token], cued: CuedRun, seen: Seen
) -> Found | None:
    """A known body whose name a place found right before the run opens ("कुर्दिस्तान वर्कर्स पार्टी": the
    PKK, not Kurdistan and a "Varkars Party"); the place stays a mention inside it."""
    place = named_before(doc, words, seen, run[0].index, PLACE_TYPE)
    if place is None:
        return None
    return _known(doc, kb, words, [*doc.tokens.within(place.start, place.end), *run], cued, seen)


def _ordinary(words: Words, run: list[Token]) -> bool:
    """Are all the run's words frequent ordinary words of their language ("दोनों", "बाढ़")? Then only a
    person's or body's cue, or a place cue word, makes them a name."""
    return all(t.text in frequent_words(words.languages[t.index]) for t in run)


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
        if _ordinary(words, run):  # "बाकी राज्यों" (the other states): only a region of that name is one
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
            return actor_found(start, end, value, doc.published)
        if kind == "country":
            return country_found(start, end, value)
        if cue is Cue.SUBJECT and single and match.score < SURE_PLACE:
            continue  # one word opening a clause is a capital standing for its state only when sure
        if cue is Cue.SUBJECT and (iso3 := capital_of(value)) is not None:
            return country_found(start, end, iso3)
        sure = SURE_PLACE if cue is not Cue.TAGGED_PLACE else CUED_WORD_THRESHOLD
        if kind == "place" and (not single or cue is Cue.PLACE or match.score >= sure):
            return place_match(words, run, feature, match, matches, seen)
    return None


def _titled_alone(doc: Doc, words: Words, run: list[Token]) -> bool:
    """Is a word that a title points at a person's name though it acts as no agent: no ordinary word,
    and followed by a word of respect ("वाजपेयी जी", "हबीब साहब"; not "पिता जी") or by a comma, an
    item of a list of titled people ("सहायक सचिव सैटरफील्ड , सहायक सचिव लू ,")?"""
    last, language = run[-1], words.languages[run[-1].index]
    if len(run) != 1 or last.text in ordinary_words(language) or last.index + 1 >= len(words):
        return False
    following = words.tokens[last.index + 1]
    gap = doc.text[last.end : following.start].strip()
    honoured = following.text in name_words(language).honorifics
    return gap == "," or (not gap and honoured and not doc.text.startswith("-", following.end))  # not "जी-7"


def _speaker_named(words: Words, run: list[Token], language: str | None) -> bool:
    """Do the words before a verb of saying name the speaker: none ends as a plural ("वैज्ञानिकों का
    कहना है"), no naming marker precedes them ("फल की त्वचा को छिलका कहते हैं": what it is called), the
    last is no organisation head word ("कंपनी का कहना है", "स्वास्थ्य विभाग ने बताया": a body speaks), and
    one word alone is no acronym ("आईसीसी ने कहा": a body's) nor a common noun after a determiner or
    genitive ("दूसरे नौकर ने कहा", "गाँव के सरपंच का कहना है")?"""
    cues = grammar(language)
    before = words.tokens[run[0].index - 1].text if run[0].index > 0 else ""
    if (
        any(t.text.endswith(cues.plural_endings) for t in run)
        or before in cues.naming_markers
        or run[-1].text in name_words(language).org_heads
    ):
        return False
    if len(run) > 1:
        return True
    return not spelled_acronym(run[0].text) and before not in cues.noun_determiners | cues.genitive_markers


def _new(doc: Doc, words: Words, run: list[Token], cue: Cue, seen: Seen) -> Found | None:
    """A new place, organisation or person, when the cue says the run is a name."""
    start, end = run[0].start, run[-1].end
    if _HANDLE_AFTER.match(doc.text, end):
        return None  # "— Example Newsroom (@ExampleNews)": an account holder, person or body
    language = words.languages[run[0].index]
    listed = name_words(language)
    if (
        (cue in TAGGED_CUES or cue is Cue.SPEAKER)
        and len(run) == 1
        and run[0].text in ordinary_words(language)
    ):
        return None  # an ordinary word the knowledge base does not know: no name without a cue
    if cue is Cue.SPEAKER and not _speaker_named(words, run, language):
        return None
    caps = cue is Cue.CAPS and run[0].latin
    if caps and (kind := kind_by_words(words, run)) is not None:  # "Bank of England", "Deir Azzour"
        if kind == "PLACE":
            return unresolved_place(doc, start, end)
        return named_found(start, end, "ORG", doc.text[start:end], country=leading_country(seen, run))
    if cue in NAMING_CUES and run[0].latin and names_with_next(doc, words, run):
        # "Henry County", "Quezon City": a place the gazetteer lacks
        return unresolved_place(doc, start, words.tokens[run[-1].index + 1].end)
    if cue in NAMING_CUES and len(run) >= 2 and run[-1].text in listed.place_heads:
        return unresolved_place(doc, start, end)  # "Royal Street", "Beverly Hills", "बाबरी मस्जिद"
    if cue in NAMING_CUES and (head := place_head_after(words, run, seen)) is not None:
        return unresolved_place(doc, start, head.end)  # "जगन्नाथ मंदिर": the shrine, not the god
    if cue is Cue.TAGGED_PLACE:
        return unresolved_place(doc, start, end)  # a place the gazetteer lacks: no point, rather than a guess
    if cue is Cue.PLACE and named_as_place(words, run):
        return unresolved_place(doc, start, end)  # "चौखुटिया तहसील", "नरपतगंज": a town the gazetteer lacks
    if cue is Cue.PLACE and run[0].capitalised and (feature := place_cue_before(words, run)):
        place = unresolved_place(doc, start, end)  # "the village of Baghuz"
        place.cue = feature
        return place
    if cue in ORG_CUES or (cue in NAMING_CUES and len(run) >= 2 and run[-1].text in listed.org_heads):
        if spaced_term(words, run[:-1]):
            return None  # "टी वी चैनल": a TV channel
        country = leading_country(seen, run) or body_country(doc, words, run, seen)
        return named_found(start, end, "ORG", display_name(doc.text[start:end]), country=country)
    # a given name opens a person's ("Catherine Byaruhanga, in Uganda, reports")
    given = run[0].text in listed.given_names or run[0].text in common_latin_names()["given"]
    if caps and not given and (country := apposed_country(doc, words, run, seen)) is not None:
        place = unresolved_place(doc, start, end)  # "Bidi Bidi, in Uganda, welcomed"
        place.country = country
        return place
    if caps and not person_like(doc, words, run):  # "Chemical Weapons", "OPCW Salisbury"
        return None
    if cue in NAMING_CUES and (
        len(run) >= 2
        or cue in SURNAME_ALONE_CUES  # "टाइसन ने": a surname acting
        or (cue in (Cue.TITLE, Cue.OPENER) and (is_agent(doc, start, end) or _titled_alone(doc, words, run)))
    ):
        surface = doc.text[start:end]
        foreign = latin_spelling(surface.split(), language, cue in (Cue.FOREIGN, Cue.SPEAKER))
        return named_found(start, end, "PERSON", foreign or display_name(surface))
    return None
