"""Places named again: a place the gazetteer lacks, found once by a cue ("the eastern Syrian town of
Baghuz", "the Woodman Point facility"), is the same place at each later capitalised mention of its
name that nothing else claimed ("expect Baghuz to be cleared", "Woodman Point Wastewater Treatment
Plant"). One name keeps one sense in an article, and no other step finds a name no gazetteer holds
without its cue. Only capitalised names: in a script without case nothing shows a bare word is a name."""

from __future__ import annotations

from dataclasses import replace

from khabar.doc import Doc
from khabar.extractors.entities.found import Found
from khabar.extractors.entities.words import indexes_within, ordinary_words
from khabar.text.tokens import Tokens

Names = dict[str, list[tuple[tuple[str, ...], Found]]]  # by first folded word: the words, the place


def repeated_places(doc: Doc, found: list[Found]) -> list[Found]:
    """Mentions of the cued places without a gazetteer entry at their later free, capitalised names:
    not inside another mention, not after a capitalised word that would make a longer name ("North
    Baghuz"), and not a one-word name that is an ordinary word of its language."""
    named = _cued_names(doc, found)
    if not named:
        return []
    tokens = doc.tokens
    covered = {i for f in found for i in indexes_within(doc, f.start, f.end)}
    repeats = []
    i = 0
    while i < len(tokens):
        item = _repeat_at(tokens, i, named, covered)
        if item is None:
            i += 1
            continue
        place, n = item
        repeats.append(replace(place, start=tokens[i].start, end=tokens[i + n - 1].end, kind="name"))
        i += n
    return repeats


def _cued_names(doc: Doc, found: list[Found]) -> Names:
    """The capitalised names of places that have no gazetteer candidate, by their first folded word."""
    named: Names = {}
    for item in found:
        if item.type != "PLACE" or item.place is not None or item.alternatives:
            continue
        run = doc.tokens.within(item.start, item.end)
        if not run or not all(t.capitalised for t in run):
            continue
        words = tuple(t.text for t in run)
        if len(words) == 1 and words[0] in ordinary_words(doc.language_at(item.start)):
            continue
        named.setdefault(words[0], []).append((words, item))
    return named


def _repeat_at(tokens: Tokens, i: int, named: Names, covered: set[int]) -> tuple[Found, int] | None:
    """The cued place whose whole name starts at free capitalised word ``i``, and its length in words."""
    token = tokens[i]
    if not token.capitalised or i in covered or token.text not in named:
        return None
    if i and tokens[i - 1].capitalised and tokens[i - 1].joined:
        return None
    for words, place in named[token.text]:
        run = [tokens[j] for j in range(i, min(i + len(words), len(tokens)))]
        free = all(t.capitalised and t.index not in covered for t in run)
        if free and tuple(t.text for t in run) == words:
            return place, len(words)
    return None
