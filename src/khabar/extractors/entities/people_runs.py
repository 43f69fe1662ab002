"""Runs of people's names that no cue word points at: the members of a list that holds a person found
(``listed_people``: the items of a list are of one kind), and the names the tagger leans to as a person's
that nothing read (``leaning_people``: "सुषमा स्वराज" at 0.49)."""

from __future__ import annotations

from collections.abc import Iterator

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.cue_kinds import Cue, CuedRun
from khabar.extractors.entities.found import Seen
from khabar.extractors.entities.lists import list_members, members_before, place_beside
from khabar.extractors.entities.place_cue_words import is_place_cue, place_cue_next
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.words import NameWords, Taken, Words, name_words, ordinary_words, run_forward
from khabar.text.tokens import Token
from khabar.text.translit import acronym as spelled_acronym

LISTED_WORDS = 3  # words of a list member that a person listed with it makes a person


def listed_people(doc: Doc, words: Words, taken: Taken, seen: Seen) -> Iterator[CuedRun]:
    """The members of a list that holds a person found so far, before or after the person ("यह अर्जुन
    , द्रोणाचार्य , गुरु गोविन्द सिंह और श्रीकृष्ण की भूमि है"): the items of a list are of one kind. A member
    of more than ``LISTED_WORDS`` words, or with an ordinary word or a plural, is none; and a list with a
    place found in it (``place_beside``) is no list of people."""
    for person in [f for f in seen.found if f.type == "PERSON"]:
        before = list(members_before(doc, words, taken, person.start))
        after = [
            run for i in list_members(doc, words, taken, person.end) if (run := run_forward(words, taken, i))
        ]
        own = list(doc.tokens.within(person.start, person.end))
        if not own:
            continue  # a person inside a word no space ends ("Biden‘पुलिस"): no list member of its own
        first = before[-1][0] if before else own[0]
        last = after[-1][-1] if after else own[-1]
        if place_beside(doc, words, seen, first, last):
            continue  # a list of places the person was misread in ("फुरकेन-जे गली, कुपवाड़ा, ..., गांदरबल")
        for run in (*before, *after):
            if _name_like(words, taken, run):
                yield CuedRun(run, Cue.LISTED)


def _name_like(words: Words, taken: Taken, run: list[Token]) -> bool:
    """Can a list member be a person's name: a word to ``LISTED_WORDS`` words of a script without case
    (in Latin script capitalised runs read lists already), no acronym alone, the whole member (no name found
    goes on from either end: "गुरु" of "गुरु गोविन्द सिंह"), none of them ordinary nor plural?"""
    if not run or len(run) > LISTED_WORDS or any(t.latin for t in run):
        return False
    if len(run) == 1 and spelled_acronym(run[0].text):  # "भाजपा", "एनसीपी": a body's
        return False
    first, last = run[0].index, run[-1].index
    if (first > 0 and words.joined(first - 1) and first - 1 in taken.covered) or (
        last + 1 < len(words) and words.joined(last) and last + 1 in taken.covered
    ):
        return False
    language = words.languages[run[0].index]
    plural = grammar(language).plural_endings
    return not any(t.text in ordinary_words(language) or t.text.endswith(plural) for t in run)


def leaning_people(doc: Doc, words: Words, taken: Taken, seen: Seen, mask: NameMask) -> Iterator[CuedRun]:
    """The people's names the tagger leans to (``NameMask.person_of``) that nothing read: a person's
    ("सुषमा स्वराज", "ओबामा" at 0.49), or a body's where a head word ends them; not where the head word of
    an award or a tournament ends them ("थालबर्ग अवॉर्ड"), nor where a place cue word ends or follows them
    ("यमकेश्वर तहसील") or a place found follows them past a comma ("रामपुर हंडिया , इलाहाबाद": a village's
    name)."""
    runs: dict[int, list[Token]] = {}
    for i, n in sorted(mask.person_of.items()):
        runs.setdefault(n, []).append(words.tokens[i])
    for leaning in runs.values():
        run = _without_leading_titles(leaning, taken)
        if not run:
            continue
        following = run[-1].index + 1
        listed = (
            following < len(words) and doc.text[run[-1].end : words.tokens[following].start].strip() == ","
        )
        if (
            all(t.index not in taken.covered for t in run)
            and run[-1].text not in name_words(words.languages[run[-1].index]).event_heads  # "थालबर्ग अवॉर्ड"
            and not place_cue_next(words, run)
            and not is_place_cue(words, run[-1].index)
            and not (
                listed
                and any(f.type in ("PLACE", "COUNTRY") for f in seen.opening(words.tokens[following].start))
            )
        ):
            yield CuedRun(run, Cue.LEANING_PERSON)


def _without_leading_titles(run: list[Token], taken: Taken) -> list[Token]:
    """The run less the title cue words the tagger read into its start ("कप्तान धोनी": Dhoni, the title's)."""
    first = 0
    while first < len(run) and run[first].index in taken.cue:
        first += 1
    return run[first:]


def marked_names(doc: Doc, words: Words, taken: Taken) -> Iterator[CuedRun]:
    """Listed given names and surnames that no cue read, alone and closed by a postposition that no
    place takes alone ("आडवाणी की आलोचना", "लालू को"; not "में", "से", "तक"): Hindi news names a
    well-known person by one word. Not an ordinary word nor a common noun (``name_nouns``: "राय",
    opinion), nor one after a free word ("नियंत्रण रेखा पर": the line of control) or a determiner or
    genitive ("हमारे आकाश का": our sky). A listed name with a word of respect glued to it is one too
    ("गांधीजी")."""
    for i, token in enumerate(words.tokens):
        if i in taken.covered or i in taken.cue or token.latin:
            continue
        language = words.languages[i]
        listed = name_words(language)
        if _honoured(token.text, listed) or (
            _name_alone(token.text, language) and _closed(words, i) and _opens_phrase(doc, words, taken, i)
        ):
            yield CuedRun([token], Cue.MARKED)


def _name_alone(word: str, language: str | None) -> bool:
    """Is the word a listed given name or surname that is no ordinary word nor common noun?"""
    listed = name_words(language)
    return (
        (word in listed.given_names or word in listed.surnames)
        and word not in ordinary_words(language)
        and word not in listed.name_nouns
    )


def _honoured(word: str, listed: NameWords) -> bool:
    """Is the word a listed name with a word of respect glued after it ("गांधीजी", "नेहरूजी")?"""
    return any(
        word.endswith(h) and (word[: -len(h)] in listed.surnames or word[: -len(h)] in listed.given_names)
        for h in listed.honorifics
    )


def _closed(words: Words, i: int) -> bool:
    """Is word ``i`` followed by a one-word postposition that is no locative marker?"""
    if i + 1 >= len(words):
        return False
    cues = grammar(words.languages[i])
    locative = {marker[0] for marker in cues.locative_markers if len(marker) == 1}
    following = words.tokens[i + 1].text
    return following in cues.postpositions and following not in locative


def _opens_phrase(doc: Doc, words: Words, taken: Taken, i: int) -> bool:
    """Does word ``i`` open its noun phrase: first, after punctuation, a cue word, or a function word
    that is no determiner nor genitive marker?"""
    if i == 0 or doc.text[words.tokens[i - 1].end : words.tokens[i].start].strip():
        return True
    cues, before = grammar(words.languages[i]), words.tokens[i - 1].text
    if i - 1 in taken.cue or i - 1 in taken.covered:
        return True
    return words.stops[i - 1] and before not in cues.noun_determiners and before not in cues.genitive_markers
