"""Members of a list after a place ("अल्माटी, नूर सुल्तान और ..."): the words that open each next
member, past a comma or a conjunction, at most ``LIST_MEMBERS`` of them; and the members of a list
before a name ("अर्जुन , द्रोणाचार्य , गुरु गोविन्द सिंह"), nearest first."""

from __future__ import annotations

from collections.abc import Iterator

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.found import Seen
from khabar.extractors.entities.words import Taken, Words, run_backward, run_forward
from khabar.text.normalise import fold
from khabar.text.tokens import Token

LIST_MEMBERS = 4  # members of a list after a place ("A, B और C")
# what a list of towns holds (not a country, often a genitive there: "भारत की X और चीन की Y")
PLACE_KINDS = ("PLACE",)


def list_members(doc: Doc, words: Words, taken: Taken, end: int) -> Iterator[int]:
    """Indexes of the words that open the next members of a list after a place ("A, B और C")."""
    conjunctions = grammar(doc.language_at(end)).conjunctions
    position = end
    for _ in range(LIST_MEMBERS):
        i = _next_member(doc, words, position, conjunctions)
        if i is None:
            return
        yield i
        run = run_forward(words, taken, i, cues=True)
        if not run:
            return
        position = run[-1].end


def _next_member(doc: Doc, words: Words, position: int, conjunctions: frozenset[str]) -> int | None:
    """Index of the word after original ``position`` past a comma, or past a conjunction and spaces."""
    i = doc.tokens.first_at(position)
    if i >= len(words):
        return None
    gap = doc.text[position : words.tokens[i].start]
    separator = gap.strip()
    if separator == ",":
        return i
    if separator:  # a conjunction that is no word ("&")
        return i if fold(separator) in conjunctions and gap[-1].isspace() else None
    if words.tokens[i].text not in conjunctions or i + 1 >= len(words):
        return None
    after = doc.text[words.tokens[i].end : words.tokens[i + 1].start]
    return i + 1 if after.isspace() else None


def member_after_start(doc: Doc, words: Words, end: int) -> int | None:
    """Where the next member of a list starts after a member ending at original ``end``, if any."""
    i = _next_member(doc, words, end, grammar(doc.language_at(end)).conjunctions)
    return None if i is None else words.tokens[i].start


def place_beside(doc: Doc, words: Words, seen: Seen, first: Token, last: Token) -> bool:
    """Is a place found among the next ``LIST_MEMBERS`` members of the list either side of the words
    ``first``..``last`` ("रियासी, रामबन, डोडा, किश्तवाड़, उधमपुर": towns, as Udhampur is)?"""
    end = last.end
    for _ in range(LIST_MEMBERS):
        if (start := member_after_start(doc, words, end)) is None:
            break
        if any(f.type in PLACE_KINDS for f in seen.opening(start)):
            return True
        k = doc.tokens.first_at(start)
        while words.tokens[k].joined and k + 1 < len(words):  # to the member's last word
            k += 1
        end = words.tokens[k].end
    i = first.index
    for _ in range(LIST_MEMBERS):
        if (end := member_before_end(doc, words, i)) is None:
            break
        if any(f.type in PLACE_KINDS for f in seen.closing(end)):
            return True
        i = doc.tokens.first_at(end) - 1
        while i > 0 and words.tokens[i - 1].joined:  # to the member's first word
            i -= 1
    return False


def member_before_end(doc: Doc, words: Words, i: int) -> int | None:
    """Where the member before word ``i`` ends, when ``i`` opens the next member of a list ("A, B", "A और
    B"): the end of the word before the comma or the conjunction; else None."""
    if i < 1:
        return None
    before = words.tokens[i - 1]
    if doc.text[before.end : words.tokens[i].start].strip() == ",":
        return before.end
    conjunctions = grammar(doc.language_at(before.start)).conjunctions
    if i < 2 or before.text not in conjunctions:
        return None
    previous = words.tokens[i - 2]
    return previous.end if doc.text[previous.end : before.start].isspace() else None


def members_before(doc: Doc, words: Words, taken: Taken, start: int) -> Iterator[list[Token]]:
    """The free words of each member of a list before the name at original ``start`` ("A, B और
    <name>"), nearest first, at most ``LIST_MEMBERS`` of them."""
    conjunctions = grammar(doc.language_at(start)).conjunctions
    position = start
    for _ in range(LIST_MEMBERS):
        i = _previous_member(doc, words, position, conjunctions)
        if i is None or not (run := run_backward(words, taken, i)):
            return
        yield run
        position = run[0].start


def _previous_member(doc: Doc, words: Words, position: int, conjunctions: frozenset[str]) -> int | None:
    """Index of the word before original ``position`` past a comma, or past a conjunction and spaces."""
    i = doc.tokens.first_at(position) - 1
    if i < 0:
        return None
    gap = doc.text[words.tokens[i].end : position]
    if gap.strip() == ",":
        return i
    if gap.strip() or words.tokens[i].text not in conjunctions or i < 1:
        return None
    return i - 1 if doc.text[words.tokens[i - 1].end : words.tokens[i].start].isspace() else None
