"""A person's name read with words around it that another mention of the article names alone: "परदादा
दया सिंह" where "दया सिंह" is named too, "रन विराट कोहली" beside "विराट कोहली". One sense per article:
the longer run is that person, cut to the name, and the words around it (a kinship word, a role, the
last word of the sentence before) are no part of it.

A run is cut only to a name of two words or more that some other mention of a different referent is,
exactly, and only where the words it drops are in no name of a person of one or two words in the
article ("महेंद्र सिंह धोनी" stays whole where "धोनी" is named alone). Linear in the number of mentions
(runs are short).
"""

from __future__ import annotations

from khabar.doc import Doc
from khabar.extractors.entities.context import same_referent
from khabar.extractors.entities.found import Found, Key, NameKey

MIN_WORDS = 2  # words of a name another run may be cut to


def cut_to_names_inside(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each new person's run that holds another referent's whole name and more cut to
    that name, as a mention of it."""
    people = [(f, _words(doc, f)) for f in found if f.type == "PERSON"]
    names: dict[tuple[str, ...], dict[Key, Found]] = {}  # a name of two words or more, who it names
    short: set[str] = set()  # the words of people's names of at most two words
    for item, words in people:
        if len(words) >= MIN_WORDS:
            names.setdefault(words, {}).setdefault(item.key, item)
        if len(words) <= MIN_WORDS:
            short.update(words)
    cut = {id(item): inner for item, words in people if (inner := _inner(doc, item, words, names, short))}
    # the other mentions of a referent whose every long run was cut to one name go with it ("दया" alone)
    targets: dict[Key, list[Found | None]] = {}
    for item, words in people:
        if _may_hold(item, words):
            targets.setdefault(item.key, []).append(cut.get(id(item)))
    moved = {
        key: to[0]
        for key, to in targets.items()
        if to[0] is not None and all(t is not None and t.key == to[0].key for t in to)
    }
    return [
        cut.get(id(item))
        or (same_referent(to, item.start, item.end) if (to := moved.get(item.key)) else item)
        for item in found
    ]


def _words(doc: Doc, item: Found) -> tuple[str, ...]:
    return tuple(t.text for t in doc.tokens.within(item.start, item.end))


def _may_hold(item: Found, words: tuple[str, ...]) -> bool:
    """May ``item`` hold another's name and more: a new person of more words than such a name?"""
    return isinstance(item.key, NameKey) and len(words) > MIN_WORDS


def _inner(
    doc: Doc,
    item: Found,
    words: tuple[str, ...],
    names: dict[tuple[str, ...], dict[Key, Found]],
    short: set[str],
) -> Found | None:
    """The mention ``item`` is cut to, if any: the longest whole name of one other referent inside it."""
    if not _may_hold(item, words):
        return None
    tokens = doc.tokens.within(item.start, item.end)
    for size in range(len(words) - 1, MIN_WORDS - 1, -1):
        for first in range(len(words) - size + 1):
            owners = [f for key, f in names.get(words[first : first + size], {}).items() if key != item.key]
            dropped = words[:first] + words[first + size :]
            if len(owners) == 1 and not short.intersection(dropped):
                return same_referent(owners[0], tokens[first].start, tokens[first + size - 1].end)
    return None
