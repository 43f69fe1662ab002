"""Multi-word names of large places that the name tagger left out of every name, or cut short.

The tagger's gazetteer features know only the spellings frozen in ``tagger_knowledge.yaml`` when it
was trained, so a large city spelled otherwise ("लोस एंजेलिस में", "सैन फ्रांसिस्को में") is left out of
every name, and a name it knows only in part loses its first word ("न्यू | यॉर्क": only York tagged).
Words left out of every name are not read as places by knowledge (``places``); these are given back
to it: a run of two or more words, each left out or in a place the tagger marked, at least one left
out, that is the exact name of a place of ``untagged_population`` or more (``places.yaml``; spaced
or written as one word, "न्यू यॉर्क" as GeoNames' "न्यूयॉर्क"), right before a locative or genitive
marker or a place cue word ("लोस एंजेलिस शहर में"); a name of one word only for a place of
``untagged_word_population`` or more ("स्कॉटलैंड के": one word is more often a common word's namesake).
One look-up per run ending before such a word.
"""

from __future__ import annotations

from functools import cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.place_cue_words import place_cues
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.words import Words
from khabar.knowledge import places
from khabar.knowledge.places import Place
from khabar.lang import topic
from khabar.lang.models import Places

MAX_NAME_WORDS = 4  # words of one such name


def written_places(key: str, cased: bool) -> list[Place]:
    """The places a folded run of words names exactly: as written, its hyphens as spaces, or, in a
    script without case, its words written as one ("न्यू यॉर्क": न्यूयॉर्क; Hindi writes both)."""
    return (
        places.by_name(key)
        or ("-" in key and places.by_name(key.replace("-", " ")))
        or (not cased and " " in key and places.by_name(key.replace(" ", "")))
        or []
    )


def untagged_places(doc: Doc, words: Words, mask: NameMask) -> frozenset[int]:
    """The words left out of every name (``mask.outside``) that a large place's name holds (module
    docstring), to be read by knowledge."""
    tagged = {i for i, n in mask.name_of.items() if mask.names[n].type == "PLACE"}
    given = set[int]()
    for end, token in enumerate(words.tokens):
        least = _least_population(words.languages[end])
        if least is None or not _marks_place(token.text, words.languages[end]):
            continue
        for first in range(max(0, end - MAX_NAME_WORDS), end):
            run = range(first, end)
            if not all(i in mask.outside or i in tagged for i in run) or all(i in tagged for i in run):
                continue
            if not all(words.joined(i) for i in range(first, end - 1)):
                continue
            key = doc.folded.text[words.tokens[first].fstart : words.tokens[end - 1].fend]
            large = least[0] if end - first > 1 else least[1]
            if any(p.population >= large for p in written_places(key, words.tokens[first].latin)):
                given.update(i for i in run if i in mask.outside)
                break
    return frozenset(given)


@cache
def _least_population(language: str | None) -> tuple[int, int] | None:
    """The least population of a place named by two or more words, and by one, that is read."""
    data = topic(language, Places)
    if data.untagged_population is None or data.untagged_word_population is None:
        return None
    return data.untagged_population, data.untagged_word_population


@cache
def _markers(language: str | None) -> frozenset[str]:
    """The first words of the locative and genitive markers (where they follow a name), and the place
    cue words after a name."""
    g = grammar(language)
    marks = {marker[0] for marker in g.locative_markers} | g.genitive_markers if g.postpositional else set()
    return frozenset(marks) | frozenset(place_cues(language)[0])


def _marks_place(word: str, language: str | None) -> bool:
    return word in _markers(language)
