"""One person spelled two ways in one article: a new person whose name is another spelling of an
earlier new person's name is that person.

News written in another script spells a foreign (or less common) name as it hears it, and not always
the same way twice: "लुकास फ़ाइरोली" and "लुकास फाइरोली" (a nukta: folded away), "सेप ब्लैटर" and "सेप्प
ब्लैटर" (a doubled letter), "खिलेश जयसवाल" and later "जायसवाल" (a long vowel). Two words are spellings of
one word when they romanise alike but for doubled letters, or when one has a letter more than the other
and they share their phonetic key, first and last letters and sound very alike (``SPELLING_ALIKE``),
unless both are listed name words of their language ("पटेल", "पाटिल"); "किरण" and "करण", a vowel
swapped, are two names. A name is another spelling of an earlier one when it has as many words and
each is a spelling of the word in its place, or when it is one word that spells the last word of one
earlier full name only. One pass in order of first mention, with the names so far filed under their
phonetic keys (linear in the article's length).
"""

from __future__ import annotations

import re

from khabar.doc import Doc
from khabar.extractors.entities.context import same_referent
from khabar.extractors.entities.found import Found, Key, NameKey
from khabar.extractors.entities.words import name_words
from khabar.knowledge.place_sounds import sound_key
from khabar.text.translit import romanise
from khabar.text.translit.names import similarity

SPELLING_ALIKE = 0.85  # least similarity of two spellings of one word (फ़ाइरोली, फाइरोली: 0.87; जयसवाल,
# जायसवाल: 0.87; सेप, सेप्प: 0.90; not मोहन, सोहन: another key; not राजेश, रमेश: another key)

NameWords = tuple[str, ...]  # the folded words of a name


_DOUBLED = re.compile(r"(\w)\1")


def _sound(word: str) -> str:
    return sound_key(romanise(word).lower())


def _undoubled(latin: str) -> str:
    return _DOUBLED.sub(r"\1", latin)


def same_word(a: str, b: str, language: str | None) -> bool:
    """Are the (folded) words ``a`` and ``b`` spellings of one word of a name: romanised alike, or but
    for a doubled letter ("सेप", "सेप्प"), or, unless both are listed name words of the language ("पटेल",
    "पाटिल"; "कमल", "कमला"), of another length with the same phonetic key, first and last letters and
    a close sound (``SPELLING_ALIKE``: "जयसवाल", "जायसवाल"; a swapped vowel is another name: "किरण",
    "करण")?"""
    latin_a, latin_b = romanise(a).lower(), romanise(b).lower()
    if _undoubled(latin_a) == _undoubled(latin_b):
        return True
    listed = name_words(language).person_words
    return (
        not (a in listed and b in listed)
        and len(latin_a) != len(latin_b)
        and latin_a[:1] == latin_b[:1]
        and latin_a[-1:] == latin_b[-1:]
        and sound_key(latin_a) == sound_key(latin_b)
        and similarity(latin_a, latin_b) >= SPELLING_ALIKE
    )


def _spells(words: NameWords, earlier: NameWords, language: str | None) -> bool:
    return len(words) == len(earlier) and all(
        same_word(a, b, language) for a, b in zip(words, earlier, strict=True)
    )


def with_one_spelling(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each new person whose name is another spelling of one earlier new person's
    name (``_spells``; one word: of the last word of one earlier full name) made that person."""
    by_sound: dict[tuple[str, ...], list[tuple[Key, NameWords]]] = {}  # the names so far by their keys
    by_last: dict[str, list[tuple[Key, NameWords]]] = {}  # ... the full names by the key of their last word
    first: dict[Key, Found] = {}  # each new person's first mention
    moved: dict[Key, Key] = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.type != "PERSON" or not isinstance(item.key, NameKey) or item.key in first:
            continue
        first[item.key] = item
        words = tuple(t.text for t in doc.tokens.within(item.start, item.end))
        if not words:
            continue
        language = doc.language_at(item.start)
        sounds = tuple(_sound(w) for w in words)
        candidates = by_sound.get(sounds, [])
        keys = {key for key, earlier in candidates if _spells(words, earlier, language)}
        if len(words) == 1:
            keys |= {
                key
                for key, earlier in by_last.get(sounds[0], [])
                if same_word(words[0], earlier[-1], language)
            }
        if len(keys) == 1:
            moved[item.key] = keys.pop()
            continue
        by_sound.setdefault(sounds, []).append((item.key, words))
        if len(words) > 1:
            by_last.setdefault(sounds[-1], []).append((item.key, words))
    return [same_referent(first[moved[f.key]], f.start, f.end) if f.key in moved else f for f in found]
