"""Initials that open a person's name ("पी चिदंबरम", "एस. जयशंकर", "वी बी चंद्रशेखर", "ए. राजा").

A letter's name listed as an initial (``initials`` in ``names.yaml``) is one before a space or a full
stop; one that is also a word or a part of other names (``dotted_initials``: ए, ई) only before a full
stop. The name they open is the free words after them; a title word right after them is the
surname it also is ("ए. राजा", "डी राजा": Raja, not the king), and a body's or a facility's head word
ending the words makes no person ("टी वी चैनल", "बी थर्मल पॉवर स्टेशन"), nor a body where the initials
spell a term ("टी वी": TV, ``not_org_acronyms``).
"""

from __future__ import annotations

from functools import cache

from khabar.doc import Doc
from khabar.extractors.entities.name_breaks import facility_heads
from khabar.extractors.entities.words import MAX_RUN, Taken, Words, frequent_words, name_words, run_forward
from khabar.knowledge.base import Title, titles
from khabar.text.tokens import Token
from khabar.text.translit import acronym

ABBREVIATED = 2  # letters at most of a word (no stopword) with a full stop before initials: an abbreviation


def opens_initials(words: Words, i: int) -> bool:
    """Is word ``i`` a letter's name that may be an initial (listed, or listed as one with a full stop)?"""
    listed = name_words(words.languages[i])
    return words.tokens[i].text in listed.initials or words.tokens[i].text in listed.dotted_initials


def after_initials(doc: Doc, words: Words, taken: Taken, i: int) -> list[Token]:
    """Initials from word ``i`` on and the joined words of the name they open, at most ``MAX_RUN``
    words; nothing unless a free word that is no frequent ordinary word (or a title word) follows them,
    nor where a head word of a body or a facility ends the run."""
    if (
        i > 0
        and len(words.tokens[i - 1].text) <= ABBREVIATED
        and not words.stops[i - 1]
        and "." in doc.text[words.tokens[i - 1].end : words.tokens[i].start]
    ):
        return []  # the end of an abbreviation ("यू. एस."), not of a sentence ("... है.एम पी सिंह")
    j = i
    while j < len(words) and _initial(doc, words, j):
        j += 1
    if j == i or j >= len(words) or words.tokens[j].text in frequent_words(words.languages[j]):
        return []
    letters = [words.tokens[k] for k in range(i, j) if taken.usable(words, k, latin=False)]
    if "".join(t.text for t in letters) in _title_words(words.languages[i]):
        return []  # a title spelled letter by letter ("सी. एम. योगी": CM Yogi)
    following = run_forward(words, taken, j) or _title_word(doc, words, taken, j)
    language = words.languages[j]
    heads = facility_heads(language) | name_words(language).org_heads
    headed = following and following[-1].text in heads
    return [*letters, *following][:MAX_RUN] if len(letters) == j - i and following and not headed else []


def _initial(doc: Doc, words: Words, i: int) -> bool:
    """Is word ``i`` an initial: a listed letter followed by spaces, or by a full stop and spaces (a
    letter listed only with a full stop: by that), and then by another word?"""
    if i + 1 >= len(words):
        return False
    gap = doc.text[words.tokens[i].end : words.tokens[i + 1].start]
    if not (gap.strip() in ("", ".") and (gap.isspace() or gap.endswith(" "))):
        return False
    listed = name_words(words.languages[i])
    text = words.tokens[i].text
    return text in listed.initials or (text in listed.dotted_initials and "." in gap)


def _title_word(doc: Doc, words: Words, taken: Taken, j: int) -> list[Token]:
    """Word ``j`` alone where it is a one-word title no name claimed ("ए. राजा"), else nothing."""
    token = words.tokens[j]
    titled = j not in taken.covered and any(
        isinstance(h.hit.referent, Title) and h.start == token.start and h.end == token.end
        for h in doc.gazetteer_hits
    )
    return [token] if titled else []


@cache
def _title_words(language: str | None) -> frozenset[str]:
    """The one-word title cues of ``language`` ("सीएम", "डीजीपी")."""
    return frozenset(t.surface for t in titles(language or "") if " " not in t.surface)


def spaced_term(words: Words, letters: list[Token]) -> bool:
    """Are the words two initials or more spelling a term that names no body ("टी वी": TV)?"""
    if len(letters) < 2:
        return False
    listed = name_words(words.languages[letters[0].index])
    return all(t.text in listed.initials for t in letters) and (
        acronym("".join(t.text for t in letters)) in listed.not_orgs
    )
