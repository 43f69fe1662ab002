"""Step 2: runs of free words that cues point at, and runs that name words mark.

A cue points at a run: after a title ("प्रवक्ता नेड प्राइस"), before an agent marker ("टोकायव ने"),
before "X के <title>" (the office), before a verb of saying (``cues.is_speaker``: "सोनम ने कहा"),
next to a place cue word ("मंगिस्टाऊ प्रांत"), before a locative marker, coordinated with a known
place ("अल्माटी, नूर सुल्तान और ...": ``lists``), after a complementizer; name words mark one
("<given> X", "X <surname>", "<respect> X", "<initials> X", "X <org head>"); a dateline opens a
paragraph (``datelines``: "ग्वालियर. ..."); and capitalised Latin
runs (``capitals``: connectors, particles, acronyms), acronyms spelled in another script (सीएसटीओ)
and the names the tagger marked are runs of their own, as are the members of a list that holds a
person found and the names the tagger leans to as a person's (``people_runs``). Where a language
has a name tagger, the runs lie within its names (``within_names``), and a cue pointing at a name
the tagger leans to as a person's makes it one. A run a person's cue points at loses the frequent
words and ``name_edges`` at its ends (``words.trim_edges``: "जिबाकलम कहते", "फिर धोनी"), and unless it
speaks or acts, a plural or a town before a locative glued after it (``name_ends``). What a
cue says a run may be is in ``cue_kinds``; the cut to the tagger's names in ``within``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent, is_speaker, speech_starts
from khabar.extractors.entities.capitals import capitalised_run, named_before, prefixed_place
from khabar.extractors.entities.cue_kinds import PERSON_EDGES_CUES, PLACE_TYPE, Cue, CuedRun
from khabar.extractors.entities.datelines import dateline_runs
from khabar.extractors.entities.foreign import foreign_person
from khabar.extractors.entities.found import Seen
from khabar.extractors.entities.gazetteer import GazetteerHit, next_word, word_indexes
from khabar.extractors.entities.initials import after_initials, opens_initials
from khabar.extractors.entities.lists import list_members
from khabar.extractors.entities.name_ends import without_glued_end
from khabar.extractors.entities.named_by import Site, named_runs
from khabar.extractors.entities.people_runs import leaning_people, listed_people, marked_names
from khabar.extractors.entities.place_cue_words import (
    home_countries,
    is_place_cue,
    place_cue_next,
    shaped_as_place,
)
from khabar.extractors.entities.tagged_runs import tagged_runs
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.within import within_names
from khabar.extractors.entities.words import (
    Taken,
    Words,
    cue_words,
    marker_starts,
    name_words,
    run_backward,
    run_forward,
    trim_edges,
)
from khabar.knowledge import places
from khabar.knowledge.base import Title
from khabar.text.tokens import Token
from khabar.text.translit import acronym

spelled_acronym = lru_cache(maxsize=65_536)(
    acronym
)  # the Latin letters of an acronym spelled in another script
MAX_GAP = 5  # spaces between a title and the word before it


def cued_runs(
    doc: Doc,
    words: Words,
    taken: Taken,
    hits: list[GazetteerHit],
    seen: Seen,
    mask: NameMask,
    naming_sites: Sequence[Site],
) -> Iterator[CuedRun]:
    """Runs of free words that a cue marks as a name, each once, in the order of the cues, cut to the
    tagger's names (``within_names``; ``naming_sites``: ``named_by.sites``). Lazy: each run is made
    after the runs before it were linked (``taken`` and ``seen`` grow meanwhile)."""
    made: set[tuple[int, int, Cue, str | None]] = set()
    for cued in _all_runs(doc, words, taken, hits, seen, mask, naming_sites):
        run = within_names(cued, mask, words)
        if run.cue in PERSON_EDGES_CUES:
            # words in a name the tagger is sure of, or leans to as a person's, stay ("उजागर सिंह": उजागर is
            # also a frequent word; "सुषमा स्वराज")
            trimmed = trim_edges(words, run.tokens, mask.name_of.keys() | mask.person_of.keys())
            if run.cue not in (Cue.AGENT, Cue.SPEAKER):  # "... विशेषज्ञों का कहना है": no name at all
                trimmed = without_glued_end(words, trimmed)  # "टिम ब्लैकबर्न सीढ़ियों", "हरभजन सिंह मोहाली में"
            run = CuedRun(trimmed, run.cue, run.feature, run.known_only)
        elif run.cue in (Cue.TAGGED_PLACE, Cue.TAGGED_ORG):
            run = CuedRun(_without_name_edges(words, run.tokens), run.cue, run.feature, run.known_only)
        if run.cue is Cue.ACRONYM and _spelling_out_no_name(doc, words, run.tokens, mask, taken):
            run = CuedRun(run.tokens, run.cue, run.feature, known_only=True)
        if (
            run.tokens
            and (key := (run.tokens[0].start, run.tokens[-1].end, run.cue, run.feature)) not in made
        ):
            made.add(key)
            yield run


def _all_runs(
    doc: Doc,
    words: Words,
    taken: Taken,
    hits: list[GazetteerHit],
    seen: Seen,
    mask: NameMask,
    naming_sites: Sequence[Site],
) -> Iterator[CuedRun]:
    for h in hits:
        if not h.nested and isinstance(h.hit.referent, Title):
            yield from _title_runs(doc, words, taken, h, h.hit.referent)
    for i in _cued_words(words):
        if i not in taken.covered:
            yield from _word_cue_runs(doc, words, taken, i)
            yield from _name_word_runs(doc, words, taken, seen, i)
    yield from dateline_runs(doc, words, taken)
    for place in [f for f in seen.found if f.type == "PLACE"]:  # "A, B और C": words listed with a place
        for i in list_members(doc, words, taken, place.end):
            yield CuedRun(run_forward(words, taken, i, cues=True), Cue.PLACE)
    titles = word_indexes(doc, hits, Title)
    yield from tagged_runs(doc, words, taken, seen, titles, sure=True)
    for i in range(len(words)):  # after the tagger's sure names ("अमिताभ बच्चन ने": not बच्चन alone)
        if i not in taken.covered and (foreign := foreign_person(doc, words, taken, i)):
            yield CuedRun(foreign, Cue.FOREIGN)
    yield from listed_people(doc, words, taken, seen)
    yield from _free_runs(doc, words, taken, seen)
    # after the capitalised runs (a name with particles: "Abu Ahmad al Rawi, 35,"; one named in full before):
    # "a volunteer named X", "X नाम के एक छात्र", "X, a student"
    yield from named_runs(doc, words, taken, naming_sites)
    yield from tagged_runs(doc, words, taken, seen, titles, sure=False)  # last, places the tagger leans to
    for i in range(len(words)):  # then words shaped as a place's name ("भागलपुर")
        if i not in taken.covered and not words.stops[i] and shaped_as_place(words, [words.tokens[i]]):
            yield CuedRun([words.tokens[i]], Cue.PLACE, "city")
    yield from leaning_people(doc, words, taken, seen, mask)
    yield from marked_names(doc, words, taken)


def _without_name_edges(words: Words, run: list[Token]) -> list[Token]:
    """The run without the ``name_edges`` words at its ends, which close a place or body the tagger
    read with them ("हरदसपुर निवासी": Hardaspur, of which the person is a resident)."""
    first, last = 0, len(run)
    while first < last and run[first].text in grammar(words.languages[run[first].index]).name_edges:
        first += 1
    while last > first and run[last - 1].text in grammar(words.languages[run[last - 1].index]).name_edges:
        last -= 1
    return run[first:last]


def _spelling_out_no_name(doc: Doc, words: Words, run: list[Token], mask: NameMask, taken: Taken) -> bool:
    """Is the run one acronym the tagger left out, in parentheses right after the words it spells out or
    right before them, and are those words no name either (the tagger left them out of every name, no
    knowledge claimed them, and the word next to the acronym is no organisation head word: "रिटर्न
    ऑन एसेट्स ( आरओए )", "आईटीआर ( इंटरनेशनल टेलीकम्युनिकेशन रेगुलेशन )", not "विशेष जाँच दल ( एसआईटी )")?
    Then it abbreviates no name: it may only name a body the knowledge base knows."""
    i, tokens = run[0].index, words.tokens
    heads = name_words(words.languages[i]).org_heads

    def no_name(j: int) -> bool:
        return j in mask.outside and j not in taken.covered and tokens[j].text not in heads

    if len(run) != 1 or not no_name(i):
        return False
    before = i > 0 and doc.text[tokens[i - 1].end : tokens[i].start].strip() == "("
    after = i + 1 < len(tokens) and doc.text[tokens[i].end : tokens[i + 1].start].strip() == "("
    return (before and no_name(i - 1)) or (after and no_name(i + 1))


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


def _cued_words(words: Words) -> list[int]:
    """The words with a cue next to them, and the name words (else no check of ``_word_cue_runs`` and
    ``_name_word_runs`` can fire), in one pass."""
    texts = [token.text for token in words.tokens]
    last, out = len(texts) - 1, []
    for i, (text, language) in enumerate(zip(texts, words.languages, strict=True)):
        before, after, own = cue_words(language)
        if text in own or (i > 0 and texts[i - 1] in before) or (i < last and texts[i + 1] in after):
            out.append(i)
    return out


def _word_cue_runs(doc: Doc, words: Words, taken: Taken, i: int) -> Iterator[CuedRun]:
    """Runs that a grammar or place cue next to word ``i`` points at."""
    token, language = words.tokens[i], words.languages[i]
    if _may_name(words, i) and i > 0 and words.tokens[i - 1].text in grammar(language).complementizers:
        yield CuedRun([token], Cue.SUBJECT)  # "... कि वाशिंगटन ...": a capital standing for its state
    if _follows(words, i, marker_starts(language)[0]) and is_agent(doc, token.start, token.end):
        speaks = is_speaker(doc, token.start, token.end)
        yield CuedRun(run_backward(words, taken, i), Cue.SPEAKER if speaks else Cue.AGENT)
    elif _follows(words, i, speech_starts(language)) and is_speaker(doc, token.start, token.end):
        yield CuedRun(run_backward(words, taken, i), Cue.SPEAKER)
    elif (feature := place_cue_next(words, [token])) and not is_place_cue(words, i):
        yield CuedRun(run_backward(words, taken, i), Cue.PLACE, feature)
    elif (
        not words.stops[i]
        and _follows(words, i, marker_starts(language)[1])
        and home_countries(language)
        and not is_place_cue(words, i)
        and token.text not in name_words(language).org_heads  # "X यूनिवर्सिटी में": a body's name
    ):
        run = run_backward(words, taken, i)
        yield CuedRun(run, Cue.NEAR)
        if _place_word_ends(doc, run):  # "मौतें कन्नौज में": else the place's name before the marker
            yield CuedRun(run[-1:], Cue.NEAR)


def _place_word_ends(doc: Doc, run: list[Token]) -> bool:
    """Does a word that is a place's exact name end a longer run, after a space (not a hyphen)?"""
    return (
        len(run) > 1 and doc.text[run[-2].end : run[-1].start] == " " and bool(places.by_name(run[-1].text))
    )


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
    if opens_initials(words, i) and not stop and (initialled := after_initials(doc, words, taken, i)):
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
        and not all(t.text in listed.initials for t in before)  # "टी वी चैनल": a TV channel, no name
    ):
        yield CuedRun([*before, token], Cue.ORG)


def _place_before(doc: Doc, words: Words, taken: Taken, seen: Seen, i: int) -> list[Token]:
    """The words of the place mention right before the head word ``i`` that is no generic actor's."""
    if i in taken.cue or (place := named_before(doc, words, seen, i, PLACE_TYPE)) is None:
        return []
    return list(doc.tokens.within(place.start, place.end))


def _free_runs(doc: Doc, words: Words, taken: Taken, seen: Seen) -> Iterator[CuedRun]:
    """Capitalised Latin runs (``capitals``; the words of one are never the start of another), one
    opened by a name prefix when a place head word ends it, and acronyms spelled out in another script."""
    after_run = 0
    for i, token in enumerate(words.tokens):
        if i in taken.covered or i < after_run:
            continue
        if words.stops[i]:
            if prefixed := prefixed_place(doc, words, taken, seen, i):  # "New Road", "North Street"
                after_run = prefixed[-1].index + 1
                yield CuedRun(prefixed, Cue.CAPS)
            continue
        if token.capitalised and token.latin:
            if named := capitalised_run(doc, words, taken, seen, i):
                run, alone = named
                after_run = run[-1].index + 1
                yield CuedRun(run, Cue.ACRONYM if alone else Cue.CAPS)
        elif not token.latin and i not in taken.cue and spelled_acronym(doc.text[token.start : token.end]):
            yield CuedRun([token], Cue.ACRONYM)  # (not a title's: "डीजीपी", "एएसआई")


def _may_name(words: Words, i: int) -> bool:
    """Can the word be (the start of) a name: not a stopword, capitalised where the script has case?"""
    token = words.tokens[i]
    return not words.stops[i] and (token.capitalised or not token.latin)


def _follows(words: Words, i: int, starts: frozenset[str]) -> bool:
    """Cheap pre-check for a marker: does the next word start one?"""
    return i + 1 < len(words) and words.tokens[i + 1].text in starts
