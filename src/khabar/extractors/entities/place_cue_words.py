"""Place cue words next to a name ("X प्रांत", "the town of X", "Henry County") and the feature each
implies, and the countries a language's news is mostly about (``places.yaml``)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from khabar.extractors.cues import grammar
from khabar.lang import topic
from khabar.lang.models import Places
from khabar.text.normalise import fold, fold_words
from khabar.text.tokens import Token, ends_in

if TYPE_CHECKING:
    from khabar.doc import Doc
    from khabar.extractors.entities.found import Seen
    from khabar.extractors.entities.words import Words

MAX_PLACE_CUE_WORDS = 2  # words in a place cue word before a name ("town of")
ENDING_STEM = 2  # least letters before a place name's ending


@cache
def place_cues(language: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Folded place cue words that follow and precede a name, with the feature each implies."""
    cues = topic(language, Places)
    after = {fold(w): f for w, f in cues.after.items()}
    before = {fold(w): f for w, f in cues.before.items()}
    return after, before


@cache
def home_countries(language: str | None) -> frozenset[str]:
    """Countries the news of ``language`` is mostly about (``home_countries`` in ``places.yaml``)."""
    return frozenset(topic(language, Places).home_countries)


def place_cue_next(words: Words, run: list[Token]) -> str | None:
    """The feature a place cue next to the run implies ("X प्रांत" → admin1, "the town of X" → city), if any."""
    after = place_cues(words.languages[run[0].index])[0]
    following = run[-1].index + 1
    if following < len(words) and (feature := after.get(words.tokens[following].text)):
        return feature
    return place_cue_before(words, run)


@cache
def naming_cues(language: str | None) -> frozenset[str]:
    """Folded place cue words after which an unknown word is a place's name (``naming_after``)."""
    return frozenset(fold(w) for w in topic(language, Places).naming_after)


@cache
def place_endings(language: str | None) -> tuple[tuple[str, ...], frozenset[str]]:
    """Folded endings of place names (``name_endings``: "-पुर", "-नगर") and the common nouns that end
    in one (``not_shaped``: "रेगिस्तान")."""
    listed = topic(language, Places)
    return tuple(fold(w) for w in listed.name_endings), fold_words(listed.not_shaped)


def shaped_as_place(words: Words, run: list[Token]) -> bool:
    """Is the run one word with a place name's ending after at least ``ENDING_STEM`` letters
    ("भागलपुर", "वज़ीरिस्तान"; not नाबाद, nor रेगिस्तान)?"""
    return len(run) == 1 and _shaped(run[0].text, words.languages[run[0].index])


@lru_cache(maxsize=65_536)
def _shaped(word: str, language: str | None) -> bool:
    """``shaped_as_place`` of one (folded) word, remembered per word and language (asked of most words)."""
    endings, nouns = place_endings(language)
    return word not in nouns and ends_in(word, endings, ENDING_STEM)


def named_as_place(words: Words, run: list[Token]) -> bool:
    """Is the run, none of whose words is an ordinary word of the language, a place's name by its
    shape: before a cue word that names (``naming_cues``: "X तहसील", a space or hyphen apart) or with a
    place name's ending (``shaped_as_place``)?"""
    from khabar.extractors.entities.words import ordinary_words  # words.py reads the place cues

    if not run or run[0].latin:
        return False
    language, following = words.languages[run[0].index], run[-1].index + 1
    named = (
        following < len(words) and run[-1].joined and words.tokens[following].text in naming_cues(language)
    )
    return (named or shaped_as_place(words, run)) and not any(t.text in ordinary_words(language) for t in run)


@cache
def place_cue_ends(language: str | None) -> frozenset[str]:
    """The last words of the place cues before a name ("of" of "the town of")."""
    return frozenset(cue.split()[-1] for cue in place_cues(language)[1])


def place_cue_before(words: Words, run: list[Token]) -> str | None:
    """The feature a place cue right before the run implies ("the town of X" → city), if any."""
    language, first = words.languages[run[0].index], run[0].index
    if first == 0 or words.tokens[first - 1].text not in place_cue_ends(language):
        return None  # the cheap test first: a cue ends with the word before the run
    before = place_cues(language)[1]
    for size in range(1, MAX_PLACE_CUE_WORDS + 1):
        if first - size < 0:
            break
        cue = " ".join(t.text for t in words.tokens[first - size : first])
        if feature := before.get(cue):
            return feature
    return None


def apposed_country(doc: Doc, words: Words, run: list[Token], seen: Seen) -> str | None:
    """The country of a country mention (``seen``) set off by commas after the run with a locative of
    the language (``apposed_locatives``: "Bidi Bidi, in Uganda, welcomed"): the run is a place in it."""
    following = run[-1].index + 1
    if following + 1 >= len(words) or doc.text[run[-1].end : words.tokens[following].start] != ", ":
        return None
    marker, name = words.tokens[following], words.tokens[following + 1]
    if marker.text not in grammar(words.languages[following]).apposed_locatives:
        return None
    if doc.text[marker.end : name.start] != " ":
        return None
    country = next((f for f in seen.opening(name.start) if f.type == "COUNTRY"), None)
    return country.country if country and doc.text[country.end : country.end + 1] == "," else None


def is_place_cue(words: Words, i: int) -> bool:
    after, before = place_cues(words.languages[i])
    return words.tokens[i].text in after or words.tokens[i].text in before


def names_with_next(doc: Doc, words: Words, run: list[Token]) -> bool:
    """Is the word after a Latin run a capitalised place cue word one space on, and so part of its
    name ("Henry County"; not "Inter-State")?"""
    following = run[-1].index + 1
    if following >= len(words) or not run[0].latin or not words.tokens[following].capitalised:
        return False
    return (
        doc.text[run[-1].end : words.tokens[following].start] == " "
        and words.tokens[following].text in place_cues(words.languages[run[0].index])[0]
    )
