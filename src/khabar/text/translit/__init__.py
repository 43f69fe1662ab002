"""Romanisation to English-style Latin and cross-script name matching.

There is no Hindi NER model offline, so names written in Devanagari (or Cyrillic, Arabic) are
linked to Latin knowledge-base names by romanising them and comparing phonetically.

Why some of this is written here: indic-transliteration romanises letter by letter (पेसकोव:
"pesakova"): it has no schwa deletion and writes scholarly Latin (ṭ, ś). Deleting the inherent
vowel needs the syllable structure (virama against inherent vowel), which only the Devanagari
shows, so Devanagari is read akshara by akshara from a data table (``data/scripts/deva.yaml``).
Other Brahmic scripts are first converted to Devanagari by indic-transliteration. Cyrillic and
Arabic use ordered regular-expression rules plus a letter table; every table is data, in
``data/scripts/``. Scripts are told apart by the Unicode script property of ``regex``; names are
compared with rapidfuzz (Jaro-Winkler and normalised Levenshtein).

Frequent name words are not romanised but looked up in their common spelling (सिंह: Singh, लीग:
League), from ``lang/<code>/name_forms.yaml``; ``display_name`` writes a name the way readers know it.

Modules: ``scripts`` (script detection, the romanisation settings), ``forms`` (the common spellings),
``romanisation`` (Devanagari abugida with schwa deletion, alphabet tables, scripts romanised via another),
``names`` (phonetic keys, similarity, acronyms as names) and ``index`` (the ``NameIndex``
blocking index). The names other modules use are imported from this package.
"""

from khabar.text.translit.index import COMMON_TOKEN, TOKEN_FLOOR, UNSEEN_TOKEN_BOUND, NameIndex, NameMatch
from khabar.text.translit.names import (
    ACRONYM_LENGTH,
    ACRONYM_MISMATCH,
    SURNAME_FACTOR,
    UNMATCHED_TOKEN_WEIGHT,
    WHOLE_LENGTH_SLACK,
    phonetic_key,
    place_spelling,
    similarity,
)
from khabar.text.translit.romanisation import acronym, display_name, romanise
from khabar.text.translit.scripts import script_of

__all__ = [
    "ACRONYM_LENGTH",
    "ACRONYM_MISMATCH",
    "COMMON_TOKEN",
    "SURNAME_FACTOR",
    "TOKEN_FLOOR",
    "UNMATCHED_TOKEN_WEIGHT",
    "UNSEEN_TOKEN_BOUND",
    "WHOLE_LENGTH_SLACK",
    "NameIndex",
    "NameMatch",
    "acronym",
    "display_name",
    "phonetic_key",
    "place_spelling",
    "romanise",
    "script_of",
    "similarity",
]
