"""Words that are in no name or open none, whatever cue or tagger reads them: date words (weekdays and
months of ``dates.yaml``), the ``name_breaks`` of ``grammar.yaml`` (pronouns), numbers and ordinals
(``ordinal_endings`` after a number or a number word of ``numbers.yaml``: "11वीं", "बारहवीं"), a word
glued to a name break after it where two sentences ran together without a space (a link's headline
before a paragraph: "ऑस्कर में रचा इतिहासवो कहती हैं", "राजेश खन्नाउन्होंने बताया"; the word before
the break a frequent word or a listed given name or surname, "नॉर्वे" none); and the
head words of a plant, a station or a project (``facility_heads`` in ``names.yaml``), which end no
person's name."""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.lang import topic
from khabar.lang.models import Counts, Dates, Frequent, Grammar, Names, Numbers
from khabar.text.normalise import fold


@cache
def break_words(language: str | None) -> frozenset[str]:
    """Folded words that are in no name: weekdays, months and the listed name breaks."""
    dates, words = topic(language, Dates), topic(language, Grammar)
    listed = [w for table in (dates.weekdays, dates.months) for names in table.values() for w in names]
    return frozenset(fold(w) for w in (*listed, *words.name_breaks))


@cache
def _ordinal_endings(language: str | None) -> tuple[str, ...]:
    return tuple(fold(e) for e in topic(language, Grammar).ordinal_endings)


@cache
def facility_heads(language: str | None) -> frozenset[str]:
    """Folded head words of a plant, a station or a project ("स्टेशन")."""
    return frozenset(fold(w) for w in topic(language, Names).facility_heads)


def numbered(word: str, language: str | None) -> bool:
    """A number or an ordinal: digits, or a number or a number word with an ordinal ending ("11वीं",
    "बारहवीं"; not the name "ओंग्वें"); "G20" is none."""
    if word.isdigit():
        return True
    stems = [word[: -len(e)] for e in _ordinal_endings(language) if word.endswith(e)]
    return any(stem.isdigit() or stem in _number_words(language) for stem in stems)


@cache
def _number_words(language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in topic(language, Numbers).units)


@lru_cache(maxsize=65_536)
def no_name_word(word: str, language: str | None) -> bool:
    """Is the word in no name (a date word, a name break) or one that opens none (a number, an ordinal)?
    (Remembered per word and language: it is asked of every word of every article.)"""
    return word in break_words(language) or numbered(word, language) or _glued(word, language)


def _glued(word: str, language: str | None) -> bool:
    """Does the word end in a name break of two letters or more glued to a known word (see the module)?"""
    breaks = break_words(language)
    return any(word[k:] in breaks and word[:k] in _known_words(language) for k in range(len(word) - 2, 1, -1))


@cache
def _known_words(language: str | None) -> frozenset[str]:
    """Folded frequent words and listed given names and surnames: what a glued break may follow."""
    names = topic(language, Names)
    listed = (*topic(language, Frequent).words, *names.given_names, *names.surnames)
    return frozenset(fold(w) for w in listed)


@cache
def measure_words(language: str | None) -> frozenset[str]:
    """Folded words a number measures ("रन", "साल": ``not_counts.after`` of ``counts.yaml``): one right
    after a number is no name's either ("32 रन")."""
    return frozenset(fold(w) for w in topic(language, Counts).not_counts.after)
