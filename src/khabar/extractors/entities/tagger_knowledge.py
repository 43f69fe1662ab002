"""The knowledge the name tagger reads as features, frozen when the tagger is trained.

The tagger's features say what the language data knows of a word (a frequent word, a given name, an
agent marker: ``TaggerCue``) and which gazetteer hit lies over it (a country, a title, a generic
actor). Read from the live lists, a word added for another stage's sake (a generic actor for event
arguments) would change what the shipped model sees, and the model would no longer rebuild from the
repository. So ``lang/<code>/tagger_knowledge.yaml`` keeps those words as they were when the model
was trained, with the sizes of the one-word place names of the language's own scripts (a region name
added to ``places.yaml`` would change a word's ``place=`` feature too), and training and tagging
both read it; ``python -m train ner --refresh-knowledge`` writes it anew from the live lists before
training. A language without the file (one without a tagger, or English words in a Hindi sentence)
is read from its live lists.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from typing import get_args

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.gazetteer import GazetteerHit
from khabar.extractors.entities.place_cue_words import place_cues
from khabar.extractors.entities.words import frequent_words, name_words
from khabar.knowledge import places
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import CountryWord, Institution, Knowledge, Title
from khabar.lang import topic
from khabar.lang.models.entities import TaggerCue, TaggerKnowledge
from khabar.text.normalise import fold
from khabar.text.translit import script_of

CUE_NAMES: tuple[TaggerCue, ...] = get_args(TaggerCue)


@cache
def tagger_cue_words(language: str | None) -> dict[str, frozenset[str]]:
    """The words of each cue the tagger of ``language`` reads: frozen where the language has them."""
    frozen = topic(language, TaggerKnowledge)
    if not frozen.cues:
        return live_cue_words(language)
    return {name: frozenset(frozen.cues.get(name, ())) for name in CUE_NAMES}


@cache
def place_sizes(language: str | None) -> tuple[frozenset[str], dict[str, int]] | None:
    """The scripts whose one-word place names the tagger of ``language`` knows in full, and their
    sizes (``features.place_size``); None: every place is read from the gazetteer."""
    frozen = topic(language, TaggerKnowledge)
    return (frozenset(frozen.place_scripts), dict(frozen.place_sizes)) if frozen.place_scripts else None


def live_place_sizes(scripts: tuple[str, ...]) -> dict[str, int]:
    """The size of every one-word place name written in ``scripts``, as the gazetteer gives it now."""
    return {
        name: size
        for name in places.folded_names()
        if " " not in name and script_of(name) in scripts and (size := place_size(name)) is not None
    }


@lru_cache(maxsize=262_144)
def place_size(word: str) -> int | None:
    """Order of magnitude of the largest place with this exact name (0 when it has no population)."""
    candidates = places.by_name(word)
    if not candidates:
        return None
    population = max(p.population or 0 for p in candidates)
    return int(math.log10(population)) if population > 0 else 0


@cache
def hit_surfaces(language: str | None) -> dict[str, frozenset[str]] | None:
    """Folded gazetteer surfaces by hit kind that the tagger of ``language`` reads; None: every hit."""
    frozen = topic(language, TaggerKnowledge)
    return {kind: frozenset(surfaces) for kind, surfaces in frozen.hits.items()} if frozen.hits else None


def live_cue_words(language: str | None) -> dict[str, frozenset[str]]:
    """The words of each cue as the language data lists them now."""
    listed, words = name_words(language), grammar(language)
    after, before = place_cues(language)
    found = {
        "freq": frequent_words(language),
        "stop": words.stopwords,
        "given": listed.given_names,
        "surname": listed.surnames,
        "opener": listed.openers,
        "orghead": listed.org_heads,
        "placehead": listed.place_heads,
        "agent": frozenset(marker[0] for marker in words.agent_markers),
        "locative": frozenset(marker[0] for marker in words.locative_markers),
        "genitive": words.genitive_markers,
        "conj": words.conjunctions,
        "comp": words.complementizers,
        "placecue_after": after,
        "placecue_before": before,
    }
    return {name: frozenset(found[name]) for name in CUE_NAMES}


def live_hit_surfaces(knowledge: Knowledge) -> dict[str, list[str]]:
    """Every folded gazetteer surface by the kind of hit it makes, sorted."""
    kinds: dict[str, set[str]] = {}
    for surface, hits in zip(knowledge.gazetteer.patterns, knowledge.gazetteer.hits, strict=True):
        for hit in hits:
            kinds.setdefault(hit_kind(hit.referent), set()).add(surface)
    return {kind: sorted(surfaces) for kind, surfaces in sorted(kinds.items())}


def surface_of(doc: Doc, hit: GazetteerHit) -> str:
    """The folded surface a hit matched (a handle's "@" left out), as the gazetteer keys it."""
    return fold(doc.text[hit.start : hit.end]).strip().lstrip("@")


def hit_kind(referent: object) -> str:
    """The kind of a gazetteer hit as the tagger's features name it."""
    if isinstance(referent, CountryWord):
        return "demonym" if referent.demonym else "country"
    if isinstance(referent, Title):
        return "title"
    if isinstance(referent, Institution):
        return "institution"
    if isinstance(referent, Actor):
        return f"actor-{referent.type}"
    return type(referent).__name__.lower()
