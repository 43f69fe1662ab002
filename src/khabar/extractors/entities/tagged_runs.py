"""The tagger's names as runs of their own (``cued``), where no cue run took them in part.

A title is no part of a body's or place's name where it stands inside or at the end ("एलआरए कमांडर":
the LRA; "X पुलिस प्रमुख Y"); one may open a body's ("प्रधानमंत्री कार्यालय"), and a person's may hold one
("युवराज सिंह"). A person's name that ends in another cue word (a group's word: "खनन माफ़िया") is none,
and one opened by a word shaped as a place's name is a place's ("मादरीपुर सदर"), as is one listed after a
place ("रॉबर्ट्सगंज, सेवापुरी और सारनाथ"); a place's of listed surnames alone is a person's ("अनंत कुमार से":
कुमार).
"""

from __future__ import annotations

from collections.abc import Iterator

from khabar.doc import Doc
from khabar.extractors.entities.cue_kinds import TAGGED, Cue, CuedRun
from khabar.extractors.entities.found import Seen
from khabar.extractors.entities.lists import place_beside
from khabar.extractors.entities.place_cue_words import shaped_as_place
from khabar.extractors.entities.words import Taken, Words, name_words
from khabar.knowledge import places
from khabar.text.tokens import Token
from khabar.text.translit import acronym as spelled_acronym


def tagged_runs(
    doc: Doc, words: Words, taken: Taken, seen: Seen, titles: frozenset[int], sure: bool
) -> Iterator[CuedRun]:
    """The tagger's sure names (or the places it leans to) that no cue run took in part (it read them),
    without the title words inside or ending a body's or place's name ("एलआरए कमांडर": the LRA; one may
    open a body's, "प्रधानमंत्री कार्यालय", and a person's may hold one, "युवराज सिंह"). A person's name
    that ends in another cue word (a group's: "खनन माफ़िया") is none."""
    for name in doc.names:
        indexes = range(name.first, name.last + 1)
        if not (name.sure if sure else name.leaning_place) or any(i in taken.covered for i in indexes):
            continue
        if name.type == "PERSON" and name.last in taken.cue and name.last not in titles:
            continue  # "खनन माफ़िया"; a word of respect opening one stays ("मौलवी फकीर मोहम्मद")
        pieces: list[list[Token]] = [[]]
        for token in words.tokens[name.first : name.last + 1]:
            if token.index in titles and token.index > name.first and name.type != "PERSON":
                pieces.append([])
            else:
                pieces[-1].append(token)
        for piece in pieces:
            if not piece or any(t.index in taken.covered for t in piece):
                continue
            if all(t.index in titles for t in piece):
                continue  # a title alone names no one ("एसडीएम, सिंगरौली ...": no body SDM)
            acronym = len(piece) == 1 and spelled_acronym(doc.text[piece[0].start : piece[0].end])
            kind = "PLACE" if name.type == "PERSON" and _place_shaped(doc, words, seen, piece) else name.type
            kind = "PERSON" if kind == "PLACE" and _surnames_only(words, piece) else kind
            yield CuedRun(piece, Cue.ACRONYM if acronym else TAGGED[kind])  # the letters make its name


def _surnames_only(words: Words, run: list[Token]) -> bool:
    """Is every word of the run a listed surname of its language that names no known place ("अनंत कुमार
    से": कुमार is no place; खन्ना, a town too, stays one)?"""
    surnames = name_words(words.languages[run[0].index]).surnames
    return all(t.text in surnames and not places.by_name(t.text) for t in run)


def _place_shaped(doc: Doc, words: Words, seen: Seen, run: list[Token]) -> bool:
    """Does a place-shaped word that is no listed given name open the run ("मादरीपुर सदर": no person), or
    is a place the member of a list next to it ("रॉबर्ट्सगंज, सेवापुरी और सारनाथ": towns, as the first is)?"""
    first = run[0]
    given = name_words(words.languages[first.index]).given_names
    return (first.text not in given and shaped_as_place(words, [first])) or place_beside(
        doc, words, seen, first, run[-1]
    )
