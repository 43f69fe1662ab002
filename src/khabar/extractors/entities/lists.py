"""Members of a list after a place ("अल्माटी, नूर सुल्तान और ..."): the words that open each next
member, past a comma or a conjunction, at most ``LIST_MEMBERS`` of them."""

from __future__ import annotations

from collections.abc import Iterator

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.words import Taken, Words, run_forward
from khabar.text.normalise import fold

LIST_MEMBERS = 4  # members of a list after a place ("A, B और C")


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
