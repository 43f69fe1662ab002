"""Places named again: a place the gazetteer lacks, found once by a cue ("the eastern Syrian town of
Baghuz", "the Woodman Point facility"), is the same place at each later capitalised mention of its
name that nothing else claimed ("expect Baghuz to be cleared", "Woodman Point Wastewater Treatment
Plant"), and so is a natural feature or a site at its name without its head word ("the Cauvery"
after "the Cauvery river"). One name keeps one sense in an article, and no other step finds a name no
gazetteer holds without its cue. Only capitalised names: in a script without case nothing shows a bare
word is a name."""

from __future__ import annotations

from dataclasses import replace

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.found import Found
from khabar.extractors.entities.words import indexes_within, name_words, ordinary_words
from khabar.text.tokens import Token

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
        item = _repeat_at(doc, i, named, covered)
        if item is None:
            i += 1
            continue
        place, n = item
        repeats.append(replace(place, start=tokens[i].start, end=tokens[i + n - 1].end, kind="name"))
        i += n
    return repeats


def _cued_names(doc: Doc, found: list[Found]) -> Names:
    """The capitalised names of places that have no gazetteer candidate, by their first folded word:
    each whole, and a natural feature's or site's also without its head word ("Cauvery" of "Cauvery
    river", "Thames" of "River Thames": "the Cauvery", "the Thames")."""
    named: Names = {}
    for item in found:
        if item.type != "PLACE" or item.place is not None or item.alternatives:
            continue
        run = doc.tokens.within(item.start, item.end)
        for words in _names_of(doc, run):
            if len(words) > 1 or words[0] not in ordinary_words(doc.language_at(item.start)):
                named.setdefault(words[0], []).append((words, item))
    return named


def _names_of(doc: Doc, run: list[Token]) -> list[tuple[str, ...]]:
    """The names a place's words give: all of them when capitalised, and the capitalised ones left
    when a head word of ``lower_place_heads`` ends or opens the name."""
    if not run:
        return []
    heads = name_words(doc.language_at(run[0].start)).lower_place_heads
    names = [tuple(t.text for t in run)] if all(t.capitalised for t in run) else []
    stem = run[:-1] if run[-1].text in heads else run[1:] if run[0].text in heads else []
    if stem and all(t.capitalised for t in stem):
        names.append(tuple(t.text for t in stem))
    return names


def _repeat_at(doc: Doc, i: int, named: Names, covered: set[int]) -> tuple[Found, int] | None:
    """The cued place whose whole name starts at free capitalised word ``i``, and its length in words:
    a capitalised word before it joins it to a longer name ("North Baghuz"), but a function word that
    opens a sentence does not ("The Cauvery rose")."""
    tokens = doc.tokens
    token = tokens[i]
    if not token.capitalised or i in covered or token.text not in named:
        return None
    if i and tokens[i - 1].capitalised and tokens[i - 1].joined and not _function_word(doc, tokens[i - 1]):
        return None
    for words, place in named[token.text]:
        run = [tokens[j] for j in range(i, min(i + len(words), len(tokens)))]
        free = all(t.capitalised and t.index not in covered for t in run)
        if free and tuple(t.text for t in run) == words:
            return place, len(words)
    return None


def _function_word(doc: Doc, token: Token) -> bool:
    """Is the word a function word of its language that opens no longer name ("The"; not "North")?"""
    listed = grammar(doc.language_at(token.start))
    return token.text in listed.stopwords and token.text not in listed.name_prefixes
