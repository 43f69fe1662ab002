"""Names that the words around them say are a person's (``Cue.NAMED``), whatever the tagger or the
gazetteer make of them, with the role the noun gives (``names.yaml``: ``naming_words``,
``person_nouns``, ``age_words``):

- a naming phrase between a noun for a person and the name: "a volunteer named X", "a man called X"
  (the name after it), "X नाम के एक छात्र", "X नामक युवक" (the name before it, the noun a few words after);
- an apposition that opens with ``apposition_openers`` and ends in a noun for a person: "X, a Kurdish
  rebel", "said X, a 24-year-old student", or an age alone between commas ("X, 24, said");
- an age before a name that acts or speaks: "37 साल के चुक्कर कहते हैं".

The name is the free words next to the cue (``run_forward`` / ``run_backward``): capitalised ones in
Latin script; a name of ordinary words only is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent, is_speaker
from khabar.extractors.entities.cue_kinds import Cue, CuedRun
from khabar.extractors.entities.found import Found
from khabar.extractors.entities.words import (
    Taken,
    Words,
    name_words,
    ordinary_words,
    run_backward,
    run_forward,
)
from khabar.lang import topic
from khabar.lang.models.entities import Demonyms, Names
from khabar.text.normalise import fold
from khabar.text.tokens import Token

APOSTROPHES = re.compile("['’]")
NOUN_REACH = 4  # words between a naming phrase (or an apposition's opener) and its noun for a person


@dataclass(frozen=True, slots=True)
class Naming:
    """One language's naming cues, folded."""

    phrases: tuple[tuple[str, ...], ...]  # naming phrases, as words
    openers: frozenset[str]  # their first words
    name_after: bool  # the name stands after the phrase ("named X"), else before it ("X नामक")
    person_nouns: Mapping[str, str]  # noun -> the role it gives
    age_words: frozenset[str]  # "साल" in "37 साल के X"
    relatives: frozenset[str]  # "who" in "X, who was appointed"
    demonyms: frozenset[str]  # a person alone ending an apposition: "X, a Russian in the camp"


@cache
def naming(language: str | None) -> Naming:
    data = topic(language, Names)
    phrases = tuple(tuple(fold(phrase).split()) for phrase in data.naming_words)
    return Naming(
        phrases,
        frozenset(phrase[0] for phrase in phrases if phrase),
        data.naming_position == "after",
        {fold(noun): role for noun, role in data.person_nouns.items()},
        frozenset(fold(word) for word in data.age_words),
        frozenset(fold(word) for word in data.person_relatives),
        frozenset(fold(form) for forms in topic(language, Demonyms).countries.values() for form in forms),
    )


def person_role(word: str, language: str | None) -> str | None:
    """The role a (folded) noun for a person gives, if it is one."""
    return naming(language).person_nouns.get(word)


def noun_names(doc: Doc, start: int) -> tuple[int, bool] | None:
    """Where the name stands that the noun for a person starting at original ``start`` names through a
    naming phrase: ``(its start, True)`` after the phrase ("a volunteer named X"), ``(its end, False)``
    before it ("X नाम के एक छात्र")."""
    tokens, i = doc.tokens, doc.tokens.first_at(start)
    cues = naming(doc.language_at(start))
    for phrase in cues.phrases:
        n = len(phrase)
        if cues.name_after:
            if i + n + 1 < len(tokens) and all(tokens[i + 1 + k].text == phrase[k] for k in range(n)):
                return tokens[i + n + 1].start, True
            continue
        for gap in range(NOUN_REACH):
            first = i - gap - n  # the phrase's first word; the name's last is right before it
            if first > 0 and all(tokens[first + k].text == phrase[k] for k in range(n)):
                joined = all(tokens[j].joined for j in range(first - 1, i))
                return (tokens[first - 1].end, False) if joined else None
    return None


@dataclass(frozen=True, slots=True)
class Site:
    """Where a naming cue puts a name: it ends at word ``index`` (``ends``) or starts there."""

    index: int
    ends: bool
    role: str | None
    acting: bool = False  # only a name that acts or speaks (after an age: "37 साल के X ने")


def named_runs(doc: Doc, words: Words, taken: Taken, naming_sites: Sequence[Site]) -> Iterator[CuedRun]:
    """Runs the naming cues point at (``sites``), in text order."""
    for site in naming_sites:
        run = (run_backward if site.ends else run_forward)(words, taken, site.index)
        if site.acting:
            run = _acting(doc, run)
        if run and not any(_no_persons(words, t) for t in run) and not all(_ordinary(words, t) for t in run):
            yield CuedRun(run, Cue.NAMED)


def _ordinary(words: Words, token: Token) -> bool:
    return token.text in ordinary_words(words.languages[token.index])


def _no_persons(words: Words, token: Token) -> bool:
    """Is the word one that ends a body's, place's or event's name ("the student Union"), or a people's
    ("Kurds, who")?"""
    listed = name_words(words.languages[token.index])
    heads = (listed.org_heads, listed.place_heads, listed.event_heads, listed.group_words)
    return any(token.text in words for words in heads)


def named_roles(doc: Doc, found: list[Found], naming_sites: Sequence[Site]) -> None:
    """Give each person with no role the role a naming cue next to its mention gives ("X, a student"),
    where the naming cues put names (``sites``)."""
    roles = {(site.index, site.ends): site.role for site in naming_sites if site.role}
    if not roles:
        return
    for item in found:
        if item.type == "PERSON" and not item.role:
            inside = list(doc.tokens.within(item.start, item.end))
            if inside:
                item.role = roles.get((inside[-1].index, True)) or roles.get((inside[0].index, False))


def sites(doc: Doc, words: Words) -> Iterator[Site]:
    """Where the naming cues of each word's language put a name, in text order."""
    for i, token in enumerate(words.tokens):
        cues = naming(words.languages[i])
        if not cues.person_nouns:
            continue
        for phrase in cues.phrases if token.text in cues.openers else ():
            if _phrase_at(words, i, phrase) and (site := _by_phrase(words, i, len(phrase), cues)):
                yield site
        if i > 0 and words.tokens[i - 1].latin:  # only where names are capitalised
            if token.text in grammar(words.languages[i]).apposition_openers:
                if (role := _apposition(doc, words, i)) is not None:
                    yield Site(i - 1, True, role or None)
            elif (token.text in cues.relatives or _age(doc, words, i)) and _after_comma(doc, words, i):
                yield Site(i - 1, True, None)  # "Saratova, who", "Hanin, 24,"
            elif token.text in cues.person_nouns and i + 1 < len(words) and _names_next(words, i):
                yield Site(i + 1, False, cues.person_nouns[token.text])  # "her daughter Ziyaret"
        if token.text in cues.age_words and i > 0 and words.tokens[i - 1].script is None:
            j = i + 1
            if j < len(words) and words.tokens[j].text in grammar(words.languages[i]).genitive_markers:
                j += 1
            if j < len(words) and _joined(words, i, j):
                yield Site(j, False, None, acting=True)


def _phrase_at(words: Words, i: int, phrase: tuple[str, ...]) -> bool:
    end = i + len(phrase)
    return end <= len(words) and all(words.tokens[i + k].text == part for k, part in enumerate(phrase))


def _by_phrase(words: Words, i: int, length: int, cues: Naming) -> Site | None:
    """Where the name stands by a naming phrase at word ``i``, if a noun for a person stands on the other
    side (right before it, or within ``NOUN_REACH`` words after it)."""
    if cues.name_after:
        role = cues.person_nouns.get(words.tokens[i - 1].text) if i > 0 else None
        j = i + length
        ok = role and j < len(words) and words.tokens[j - 1].joined
        return Site(j, False, role) if ok else None
    after = range(i + length, min(i + length + NOUN_REACH, len(words)))
    nouns = (cues.person_nouns.get(words.tokens[j].text) if _joined(words, i, j) else None for j in after)
    role = next((r for r in nouns if r), None)
    return Site(i - 1, True, role) if role and i > 0 and words.tokens[i - 1].joined else None


def _joined(words: Words, i: int, j: int) -> bool:
    """Are words ``i`` to ``j`` joined (no punctuation between them)?"""
    return all(words.joined(k) for k in range(i, j))


def _apposition(doc: Doc, words: Words, i: int) -> str | None:
    """The role of an apposition opened by word ``i`` after a comma ("X, a Kurdish rebel"): its noun for
    a person within ``NOUN_REACH`` words, joined, closed by punctuation or a preposition; no role (an
    empty one) for a demonym so closed ("X, a Russian in the camp")."""
    if i < 1 or doc.text[words.tokens[i - 1].end : words.tokens[i].start].strip() != ",":
        return None
    cues = naming(words.languages[i])
    for j in range(i + 1, min(i + 1 + NOUN_REACH, len(words))):
        if not words.joined(j - 1):
            return None
        closed = not words.joined(j) or j + 1 >= len(words) or words.stops[j + 1]
        role = cues.person_nouns.get(words.tokens[j].text)
        if closed and (role or words.tokens[j].text in cues.demonyms):
            return role or ""
    return None


def _after_comma(doc: Doc, words: Words, i: int) -> bool:
    """Does a comma alone stand between word ``i`` and the word before it?"""
    return i > 0 and doc.text[words.tokens[i - 1].end : words.tokens[i].start].strip() == ","


def _age(doc: Doc, words: Words, i: int) -> bool:
    """Is word ``i`` a number of at most two digits that a comma closes ("X, 24, said"): an age?"""
    token = words.tokens[i]
    short_number = token.text.isdigit() and len(token.text) <= 2
    return short_number and doc.text[token.end : token.end + 2].strip()[:1] == ","


def _names_next(words: Words, i: int) -> bool:
    """Does a capitalised word that may open a name follow the noun at word ``i``, with only a space
    between ("her daughter Ziyaret"; not at a sentence's start)?"""
    following = words.tokens[i + 1]
    if not (words.tokens[i].joined and following.capitalised and following.latin) or words.stops[i + 1]:
        return False
    contracted = APOSTROPHES.split(following.text)[0]  # "I’ve", "It’s": a pronoun, no name
    return contracted not in grammar(words.languages[i]).stopwords


def _acting(doc: Doc, run: list[Token]) -> list[Token]:
    """The run up to where the verb's marker or the verb starts, if it acts or speaks there."""
    for k in range(1, len(run) + 1):
        if is_agent(doc, run[0].start, run[k - 1].end) or is_speaker(doc, run[0].start, run[k - 1].end):
            return run[:k]
    return []
