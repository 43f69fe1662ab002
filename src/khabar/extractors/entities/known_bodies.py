"""Known bodies named by one word that no cue points at, spelled in another script as their name reads.

The gazetteer finds a body by the names the knowledge base lists, and a cued run is linked across
scripts by sound (``link``); a body a paper spells its own way and names with no cue ("सरकार और तालेबान के
बीच": the Taliban, which the knowledge base knows as Taliban and Taleban) is found by neither. A free
word in a script other than Latin (capitalised Latin runs are read by ``capitals``), no frequent or
ordinary word of its language, of ``MIN_LETTERS`` letters or more romanised, whose romanisation is
exactly the name of one known organisation is that organisation. People are left to cues: a surname
alone names many.
"""

from __future__ import annotations

from functools import cache

from khabar.doc import Doc
from khabar.extractors.entities.found import Found, actor_found
from khabar.extractors.entities.words import Taken, Words, ordinary_words
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import Knowledge
from khabar.text.translit import phonetic_key, romanise

EXACT = 0.999  # the romanised word is the body's name or alias
MIN_LETTERS = 5  # of the romanised word: shorter ones are words as often as names ("आनी": ANI)


def known_bodies(doc: Doc, kb: Knowledge, words: Words, taken: Taken) -> list[Found]:
    """The free words that are exactly the name of one known organisation (see the module)."""
    found: list[Found] = []
    for i, token in enumerate(words.tokens):
        if (
            i in taken.covered
            or i in taken.cue
            or words.stops[i]
            or token.latin
            or token.text in ordinary_words(words.languages[i])
            or len(romanise(token.text)) < MIN_LETTERS
        ):
            continue
        if phonetic_key(romanise(token.text)) not in body_keys(kb):
            continue  # (no known body's name sounds like it: the look-up below would find none)
        matches = kb.match_name(doc.text[token.start : token.end], EXACT, actors_only=True)
        exact = [m.value[1] for m in matches if not m.surname_only]
        bodies = {a.id for a in exact if isinstance(a, Actor) and a.type == "ORG"}
        if exact and len(bodies) == 1 and all(isinstance(a, Actor) and a.type == "ORG" for a in exact):
            found.append(actor_found(token.start, token.end, exact[0], doc.published))
    return found


@cache
def body_keys(kb: Knowledge) -> frozenset[str]:
    """The phonetic keys of the known organisations' names, as written and with their words joined:
    a word exactly one of them has one of these keys."""
    surfaces = [name for actor in kb.actors if actor.type == "ORG" for name in actor.surfaces()]
    return frozenset(
        key for name in surfaces for key in (phonetic_key(name), phonetic_key(name.replace(" ", "")))
    )
