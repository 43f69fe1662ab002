"""Words the name tagger put in a name that no name holds, and the type a tagged name's head word gives.

- A date word (a weekday or a month of ``dates.yaml``) or a word that breaks names (``name_breaks``
  in ``grammar.yaml``: pronouns) is in no name: the tagged name is cut there ("सैंथिल पांडियान सी
  रविवार की शाम" → "सैंथिल पांडियान सी"; "तालिबान वो चरमपंथी संगठन" → "तालिबान", ...).
- A number or an ordinal word (digits, or an ``ordinal_endings`` ending: "बारहवीं") opens no name: the
  words up to it go ("हादसा बारहवीं इकाई" → "इकाई"), and what it measures right after it, in the name
  or opening it ("32 रन", "72 रन विराट कोहली").
- What is left after a cut is no name where every word is a frequent word, a function word or a head
  word of a body, a place or a facility ("इकाई").
- A person's name of one word, no listed name word, that fills a pair of brackets is none: it describes
  the name before it ("धोनी (क्रिकेट)", "जनरल (सेवानिवृत्त) वीके सिंह").
- A person's name that ends in a head word of a body or a facility is a body's, in a place's head word
  a place's ("बी थर्मल पॉवर स्टेशन" was a person).
- Two bodies' names side by side, the first ending in an izafat (``izafat_endings`` in ``grammar.yaml``:
  the Persian "-e-" of "Tehreek-e-Taliban", "तहरीके तालिबान"), are one body's name.
- A place's name of one word right after a listed given name that the tagger left out, before an agent
  marker, is a person's surname: "कमल हासन ने" is Kamal Haasan, not the town Hassan (a town seldom acts
  right after a given name).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent
from khabar.extractors.entities.name_breaks import break_words, facility_heads, measure_words, numbered
from khabar.extractors.entities.words import frequent_words, name_words
from khabar.lang import topic
from khabar.lang.models import Grammar
from khabar.text.normalise import fold

BRACKET_GAP = 4  # characters read on either side of a name for the brackets around it (spaces allowed)

if TYPE_CHECKING:
    from khabar.extractors.entities.tagger import NameType, TaggedName


def _hollow(words: list[str], language: str | None) -> bool:
    """Is every word a frequent or function word or a head word of a body, place or facility?"""
    return all(w in _unnamed_words(language) for w in words)


@cache
def _unnamed_words(language: str | None) -> frozenset[str]:
    """The frequent and function words and the head words of bodies, places and facilities."""
    listed = name_words(language)
    return (
        frequent_words(language)
        | grammar(language).stopwords
        | facility_heads(language)
        | listed.org_heads
        | listed.place_heads
    )


def cut_name(doc: Doc, name: TaggedName, language: str | None) -> list[TaggedName]:
    """The tagged name without the words no name holds, in pieces where such a word stood inside,
    each typed by its head word (see the module docstring); none where nothing is left of it."""
    tokens, breaks = doc.tokens, break_words(language)
    if _bracketed_word(doc, name, language):
        return []
    first = name.first
    if (
        first > 0
        and numbered(tokens[first - 1].text, language)
        and tokens[first].text in measure_words(language)
    ):
        first += 1  # "72 | रन विराट कोहली"
    pieces: list[list[int]] = [[]]
    for i in range(first, name.last + 1):
        if tokens[i].text in breaks:
            pieces.append([])
        else:
            pieces[-1].append(i)
    cut = len(pieces) > 1 or first > name.first
    kept: list[TaggedName] = []
    for piece in pieces:
        counted = [k for k, i in enumerate(piece) if numbered(tokens[i].text, language)]
        if counted:
            piece = piece[counted[-1] + 1 :]
            if piece and tokens[piece[0]].text in measure_words(language):
                piece = piece[1:]
        if not piece or ((cut or counted) and _hollow([tokens[i].text for i in piece], language)):
            continue
        first, last = piece[0], piece[-1]
        kept.append(
            replace(
                name,
                start=tokens[first].start,
                end=tokens[last].end,
                first=first,
                last=last,
                type=_head_type(tokens[last].text, name.type, language),
            )
        )
    return kept


def _bracketed_word(doc: Doc, name: TaggedName, language: str | None) -> bool:
    """Is the tagged person's name one word, no listed name word, that fills a pair of brackets? Such a
    word describes the name before it: a sport, a party, "retired" ("धोनी (क्रिकेट)", "जनरल
    (सेवानिवृत्त) वीके सिंह")."""
    if name.type != "PERSON" or name.first != name.last:
        return False
    listed, word = name_words(language), doc.tokens[name.first].text
    if word in listed.person_words:
        return False
    before, after = (
        doc.text[max(name.start - BRACKET_GAP, 0) : name.start],
        doc.text[name.end : name.end + BRACKET_GAP],
    )
    return before.rstrip().endswith("(") and after.lstrip().startswith(")")


def _head_type(last: str, kind: NameType, language: str | None) -> NameType:
    """A person's name's type by its last word: a body's or a facility's head word makes it a body's,
    a place's head word a place's."""
    if kind != "PERSON":
        return kind
    listed = name_words(language)
    if last in listed.org_heads or last in facility_heads(language):
        return "ORG"
    return "PLACE" if last in listed.place_heads else kind


def join_izafat(doc: Doc, names: list[TaggedName], language: str | None) -> list[TaggedName]:
    """A sentence's names, where a body's name ending in an izafat and the body's name right after it
    (spaces between) are made one ("तहरीके" + "तालिबान")."""
    endings = tuple(fold(e) for e in topic(language, Grammar).izafat_endings)
    kept: list[TaggedName] = []
    for name in names:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.type == name.type == "ORG"
            and doc.tokens[last.last].text.endswith(endings)
            and name.first == last.last + 1
            and not doc.text[last.end : name.start].strip()
        ):
            kept[-1] = replace(
                last, end=name.end, last=name.last, confidence=min(last.confidence, name.confidence)
            )
        else:
            kept.append(name)
    return kept


def named_after_given_name(doc: Doc, names: list[TaggedName], language: str | None) -> list[TaggedName]:
    """A sentence's names, where a one-word place's name after a listed given name in no name, a space
    apart, before an agent marker is a person's name of both words ("कमल हासन ने")."""
    given, tokens = name_words(language).given_names, doc.tokens
    held = {i for name in names for i in range(name.first, name.last + 1)}
    kept: list[TaggedName] = []
    for name in names:
        before = name.first - 1
        if (
            name.type == "PLACE"
            and name.first == name.last
            and before >= 0
            and before not in held
            and tokens[before].text in given
            and doc.text[tokens[before].end : name.start].isspace()
            and is_agent(doc, name.start, name.end)
        ):
            name = replace(name, start=tokens[before].start, first=before, type="PERSON")
        kept.append(name)
    return kept
