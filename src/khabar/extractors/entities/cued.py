"""Step 2: runs of free words that cues point at, and runs that name words mark.

A cue points at a run: after a title ("प्रवक्ता नेड प्राइस"), before an agent marker ("टोकायव ने"),
before "X के <title>" (the office), next to a place cue word ("मंगिस्टाऊ प्रांत"), before a
locative marker, coordinated with a known place ("अल्माटी, नूर सुल्तान और ...": ``lists``), after a
complementizer; name words mark one ("<given> X", "X <surname>", "<respect> X", "<initials> X",
"X <org head>"); and capitalised Latin runs (``capitals``: connectors, particles, acronyms),
acronyms spelled in another script (सीएसटीओ) and the names the tagger marked are runs of their
own. Where a language has a name tagger, the runs lie within its names (``within_names``), and a
cue pointing at a name the tagger leans to as a person's makes it one. A run a person's cue points
at loses the frequent words and ``name_edges`` at its ends (``words.trim_edges``: "जिबाकलम
कहते", "फिर धोनी").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent
from khabar.extractors.entities.capitals import capitalised_run, named_before
from khabar.extractors.entities.foreign import foreign_person
from khabar.extractors.entities.found import Seen
from khabar.extractors.entities.gazetteer import GazetteerHit, next_word
from khabar.extractors.entities.lists import list_members
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.words import (
    Taken,
    Words,
    after_initials,
    cue_words,
    frequent_words,
    home_countries,
    is_place_cue,
    marker_starts,
    name_words,
    place_cue_next,
    run_backward,
    run_forward,
    trim_edges,
)
from khabar.knowledge.base import Title
from khabar.text.tokens import Token
from khabar.text.translit import acronym

spelled_acronym = lru_cache(maxsize=65_536)(
    acronym
)  # the Latin letters of an acronym spelled in another script
MAX_GAP = 5  # spaces between a title and the word before it
PLACE_TYPE = frozenset(
    {"PLACE"}
)  # a place, not a country ("चीनी कंपनी" is any Chinese company), opens a body's name


class Cue(Enum):
    """What points at a run, and so what it may be."""

    TITLE = "title"  # a person's title before or after it
    OFFICE = "office"  # "X के प्रवक्ता": X is the office (a country or body)
    SUBJECT = "subject"  # opens a reported clause: a capital may stand for its state
    AGENT = "agent"  # an agent marker follows ("X ने")
    PLACE = "place"  # a place cue word next to it, or listed with a place
    NEAR = "near"  # used as a location ("X में"): a place at home, if any
    GIVEN = "given"  # opened by a known given name
    SURNAME = "surname"  # ended by a known surname
    OPENER = "opener"  # after a word of respect ("महात्मा")
    INITIALS = "initials"  # after initials ("पी चिदंबरम")
    FOREIGN = "foreign"  # sounds like a common Latin given name opening it, or surname acting ("टाइसन ने")
    ORG = "org"  # ended by an organisation head word ("X आयोग", "X Party")
    CAPS = "caps"  # a capitalised Latin run
    ACRONYM = "acronym"  # an acronym: spelled in another script, or a Latin word in capitals ("OPCW", "Isis")
    TAGGED_PERSON = "tagged person"  # the name tagger marked it (``tagger``)
    LEANING_PERSON = "leaning person"  # the tagger leans to a person where another cue points: a person
    # unless a known body fits
    TAGGED_PLACE = "tagged place"
    TAGGED_ORG = "tagged org"


PERSON_CUES = frozenset(  # a person
    {
        Cue.TITLE,
        Cue.SURNAME,
        Cue.GIVEN,
        Cue.OPENER,
        Cue.INITIALS,
        Cue.FOREIGN,
        Cue.TAGGED_PERSON,
        Cue.LEANING_PERSON,
    }
)
TAGGED = {"PERSON": Cue.TAGGED_PERSON, "PLACE": Cue.TAGGED_PLACE, "ORG": Cue.TAGGED_ORG}
PERSON_EDGES_CUES = PERSON_CUES | {Cue.AGENT}  # runs cut to no frequent word at either end (``trim_edges``)
# cues that, with the tagger leaning to a person's name there, make the name a person's
LEANING_CUES = frozenset(
    {Cue.AGENT, Cue.SUBJECT, Cue.TITLE, Cue.GIVEN, Cue.SURNAME, Cue.OPENER, Cue.INITIALS}
)
# cues that make a name of words the tagger left out
STANDALONE_CUES = frozenset(
    {Cue.TITLE, Cue.OFFICE, Cue.SUBJECT, Cue.AGENT, Cue.ACRONYM, Cue.OPENER, Cue.INITIALS, Cue.FOREIGN}
)


@dataclass(frozen=True, slots=True)
class CuedRun:
    """A run of words, what points at it, and the place feature a place cue word implies."""

    tokens: list[Token]
    cue: Cue
    feature: str | None = None
    known_only: bool = False  # words the tagger surely left out: only a close knowledge match


def cued_runs(
    doc: Doc, words: Words, taken: Taken, hits: list[GazetteerHit], seen: Seen, mask: NameMask
) -> Iterator[CuedRun]:
    """Runs of free words that a cue marks as a name, each once, in the order of the cues, cut to the
    tagger's names (``within_names``). Lazy: each run is made after the runs before it were linked
    (``taken`` and ``seen`` grow meanwhile)."""
    made: set[tuple[int, int, Cue, str | None]] = set()
    for cued in _all_runs(doc, words, taken, hits, seen):
        run = within_names(cued, mask, words)
        if run.cue in PERSON_EDGES_CUES:
            # words in a name the tagger is sure of stay ("उजागर सिंह": उजागर is also a frequent word)
            trimmed = trim_edges(words, run.tokens, mask.name_of.keys())
            run = CuedRun(trimmed, run.cue, run.feature, run.known_only)
        if (
            run.tokens
            and (key := (run.tokens[0].start, run.tokens[-1].end, run.cue, run.feature)) not in made
        ):
            made.add(key)
            yield run


def within_names(run: CuedRun, mask: NameMask, words: Words) -> CuedRun:
    """The run cut to the tagged name it shares most words with, and to the names of that type right
    next to it (the tagger may split a name the run reads whole: "नूर | सुल्तान"), and to the head word
    ending an organisation's name when the tagger left it out of every sure name; a name that only sounds
    foreign (``foreign``) is none where the tagger is sure of a place's or body's name. A run wholly
    outside the tagger's names stands under a cue strong enough alone (``STANDALONE_CUES``, or an
    organisation's head word after words that are none of the language's frequent words: "नेशनल
    हॉकी लीग", not "केंद्रीय जल आयोग"), and otherwise may only name a referent the knowledge base
    knows well (``known_only``)."""
    shared = Counter(n for t in run.tokens if (n := mask.name_of.get(t.index)) is not None)
    if shared:
        best = shared.most_common(1)[0][0]
        kind = mask.names[best].type
        if run.cue is Cue.FOREIGN and kind != "PERSON":  # sounds foreign, but surely a place's or body's name
            return CuedRun([], run.cue)
        keep = [
            (n := mask.name_of.get(t.index)) is not None and mask.names[n].type == kind for t in run.tokens
        ]
        at = next(k for k, t in enumerate(run.tokens) if mask.name_of.get(t.index) == best)
        first, last = at, at
        while first > 0 and keep[first - 1]:
            first -= 1
        while last + 1 < len(keep) and keep[last + 1]:
            last += 1
        if run.cue is Cue.ORG and last == len(keep) - 2 and run.tokens[-1].index not in mask.name_of:
            last += 1  # the head word the tagger left out still ends the body's name ("तेहरान | यूनिवर्सिटी")
        return CuedRun(run.tokens[first : last + 1], run.cue, run.feature)
    if run.cue in LEANING_CUES and (leaning := _leaning_person(run, mask)):
        return CuedRun(leaning, run.cue if run.cue in PERSON_CUES else Cue.LEANING_PERSON)
    if run.cue in STANDALONE_CUES or not all(t.index in mask.outside for t in run.tokens):
        return run
    if run.cue is Cue.ORG and not any(
        t.text in frequent_words(words.languages[t.index]) for t in run.tokens[:-1]
    ):
        return run
    return CuedRun(run.tokens, run.cue, run.feature, known_only=True)


def _leaning_person(run: CuedRun, mask: NameMask) -> list[Token]:
    """The run's words in the first person's name the tagger leans to (``NameMask.person_of``) that
    it shares a word with (not a title the tagger took in: "अधीक्षक राकेश वर्मा")."""
    leaning = next((n for t in run.tokens if (n := mask.person_of.get(t.index)) is not None), None)
    return [t for t in run.tokens if leaning is not None and mask.person_of.get(t.index) == leaning]


def _all_runs(
    doc: Doc, words: Words, taken: Taken, hits: list[GazetteerHit], seen: Seen
) -> Iterator[CuedRun]:
    for h in hits:
        if not h.nested and isinstance(h.hit.referent, Title):
            yield from _title_runs(doc, words, taken, h, h.hit.referent)
    for i in range(len(words)):
        if i not in taken.covered and _cue_next_to(words, i):
            yield from _word_cue_runs(doc, words, taken, i)
            yield from _name_word_runs(doc, words, taken, seen, i)
    for place in [f for f in seen.found if f.type == "PLACE"]:  # "A, B और C": words listed with a place
        for i in list_members(doc, words, taken, place.end):
            yield CuedRun(run_forward(words, taken, i, cues=True), Cue.PLACE)
    yield from _tagged_runs(doc, words, taken, sure=True)
    for i in range(len(words)):  # after the tagger's sure names ("अमिताभ बच्चन ने": not बच्चन alone)
        if i not in taken.covered and (foreign := foreign_person(doc, words, taken, i)):
            yield CuedRun(foreign, Cue.FOREIGN)
    yield from _free_runs(doc, words, taken, seen)
    yield from _tagged_runs(doc, words, taken, sure=False)  # last, the places the tagger leans to


def _tagged_runs(doc: Doc, words: Words, taken: Taken, sure: bool) -> Iterator[CuedRun]:
    """The tagger's sure names (or the places it leans to) that no cue run took in part (it read them)."""
    for name in doc.names:
        if (name.sure if sure else name.leaning_place) and all(
            i not in taken.covered for i in range(name.first, name.last + 1)
        ):
            acronym = name.first == name.last and spelled_acronym(doc.text[name.start : name.end])
            cue = Cue.ACRONYM if acronym else TAGGED[name.type]  # the acronym's letters make its name
            yield CuedRun(words.tokens[name.first : name.last + 1], cue)


def _title_runs(doc: Doc, words: Words, taken: Taken, h: GazetteerHit, title: Title) -> Iterator[CuedRun]:
    """The name after or before a title, and the office in "X के प्रवक्ता"."""
    after = next_word(doc, h.end)
    if after is not None and title.position in ("before", "both"):
        yield CuedRun(run_forward(words, taken, after.index), Cue.TITLE)
    j = _word_before(doc, h.start)
    if j is None:
        return
    if title.position in ("after", "both"):
        yield CuedRun(run_backward(words, taken, j), Cue.TITLE)
    if words.tokens[j].text in grammar(doc.language_at(h.start)).genitive_markers:
        k = _word_before(doc, words.tokens[j].start)
        if k is not None:
            yield CuedRun(run_backward(words, taken, k), Cue.OFFICE)


def _word_before(doc: Doc, start: int) -> int | None:
    """Index of the word that ends right before original ``start``, past at most ``MAX_GAP`` spaces."""
    i = doc.tokens.first_at(start) - 1
    if i < 0:
        return None
    gap = doc.text[doc.tokens[i].end : start]
    return i if len(gap) <= MAX_GAP and not gap.strip() else None


def _cue_next_to(words: Words, i: int) -> bool:
    """Is there a cue next to the word, or is it a name word? (Else no check of ``_word_cue_runs`` and
    ``_name_word_runs`` can fire.)"""
    before, after, own = cue_words(words.languages[i])
    return (
        words.tokens[i].text in own
        or (i > 0 and words.tokens[i - 1].text in before)
        or (i < len(words) - 1 and words.tokens[i + 1].text in after)
    )


def _word_cue_runs(doc: Doc, words: Words, taken: Taken, i: int) -> Iterator[CuedRun]:
    """Runs that a grammar or place cue next to word ``i`` points at."""
    token, language = words.tokens[i], words.languages[i]
    if _may_name(words, i) and i > 0 and words.tokens[i - 1].text in grammar(language).complementizers:
        yield CuedRun([token], Cue.SUBJECT)  # "... कि वाशिंगटन ...": a capital standing for its state
    if _follows(words, i, marker_starts(language)[0]) and is_agent(doc, token.start, token.end):
        yield CuedRun(run_backward(words, taken, i), Cue.AGENT)
    elif (feature := place_cue_next(words, [token])) and not is_place_cue(words, i):
        yield CuedRun(run_backward(words, taken, i), Cue.PLACE, feature)
    elif (
        not words.stops[i]
        and _follows(words, i, marker_starts(language)[1])
        and home_countries(language)
        and not is_place_cue(words, i)
        and token.text not in name_words(language).org_heads  # "X यूनिवर्सिटी में": a body's name
    ):
        yield CuedRun(run_backward(words, taken, i), Cue.NEAR)


def _name_word_runs(doc: Doc, words: Words, taken: Taken, seen: Seen, i: int) -> Iterator[CuedRun]:
    """Runs that a name word marks: "<given> X", "X <surname>", "<respect> X", "<initials> X",
    "X <org head>" (X may be a place already found: "तेहरान यूनिवर्सिटी", unless the head is a generic
    actor's word: "X सेना")."""
    if i in taken.covered:
        return
    token, stop = words.tokens[i], words.stops[i]
    listed = name_words(words.languages[i])
    if token.text in listed.given_names and not stop:
        yield CuedRun(run_forward(words, taken, i), Cue.GIVEN)
    if token.text in listed.surnames and not stop and i > 0:
        yield CuedRun(run_backward(words, taken, i), Cue.SURNAME)
    if token.text in listed.initials and not stop and (initialled := after_initials(doc, words, taken, i)):
        yield CuedRun(initialled, Cue.INITIALS)
    opened = token.text in listed.openers and token.joined and i + 1 < len(words)
    if opened and (following := run_forward(words, taken, i + 1)):
        yield CuedRun([token, *following], Cue.OPENER)
    headed = token.text in listed.org_heads and i > 0 and words.tokens[i - 1].joined
    # in Latin script the capitalised run holds the head word, and may go on past it (``capitals``)
    if (
        headed
        and not token.latin
        and (before := run_backward(words, taken, i - 1) or _place_before(doc, words, taken, seen, i))
    ):
        yield CuedRun([*before, token], Cue.ORG)


def _place_before(doc: Doc, words: Words, taken: Taken, seen: Seen, i: int) -> list[Token]:
    """The words of the place mention right before the head word ``i`` that is no generic actor's."""
    if i in taken.cue or (place := named_before(doc, words, seen, i, PLACE_TYPE)) is None:
        return []
    return list(doc.tokens.within(place.start, place.end))


def _free_runs(doc: Doc, words: Words, taken: Taken, seen: Seen) -> Iterator[CuedRun]:
    """Capitalised Latin runs (``capitals``; the words of one are never the start of another), and
    acronyms spelled out in another script."""
    after_run = 0
    for i, token in enumerate(words.tokens):
        if i in taken.covered or words.stops[i] or i < after_run:
            continue
        if token.capitalised and token.latin:
            if named := capitalised_run(doc, words, taken, seen, i):
                run, alone = named
                after_run = run[-1].index + 1
                yield CuedRun(run, Cue.ACRONYM if alone else Cue.CAPS)
        elif not token.latin and spelled_acronym(doc.text[token.start : token.end]):
            yield CuedRun([token], Cue.ACRONYM)


def _may_name(words: Words, i: int) -> bool:
    """Can the word be (the start of) a name: not a stopword, capitalised where the script has case?"""
    token = words.tokens[i]
    return not words.stops[i] and (token.capitalised or not token.latin)


def _follows(words: Words, i: int, starts: frozenset[str]) -> bool:
    """Cheap pre-check for a marker: does the next word start one?"""
    return i + 1 < len(words) and words.tokens[i + 1].text in starts
