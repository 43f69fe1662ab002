"""Features of each word for the name tagger: the word and its affixes, and what khabar's knowledge
says of it and of its neighbours (gazetteer hits, name words, grammar and place cues, frequent words,
place names). The same function serves training (``python -m train ner``) and tagging, so the
tagger sees at run time exactly what it learnt from."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.words import frequent_words, name_words, place_cues
from khabar.knowledge import places
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import CountryWord, Institution, Title
from khabar.text.tokens import Token

WINDOW = 2  # neighbours on each side whose word and cues are features
AFFIXES = (1, 2, 3)


def sentence_features(
    doc: Doc, tokens: Sequence[Token], languages: Sequence[str | None], hits: Sequence[str | None]
) -> list[list[str]]:
    """One list of feature strings per token of one sentence (``hits``: ``hit_labels`` of its words)."""
    own = [
        _word_features(doc, token, language, hit)
        for token, language, hit in zip(tokens, languages, hits, strict=True)
    ]
    out = []
    for i, features in enumerate(own):
        row = [*features[0], *features[1]]
        for offset in range(-WINDOW, WINDOW + 1):
            j = i + offset
            if offset == 0:
                continue
            if 0 <= j < len(own):
                row.extend(f"{offset}:{f}" for f in own[j][1])
                if abs(offset) == 1:
                    row.append(f"{offset}:w={tokens[j].text}")
                    row.append(
                        f"{offset}|0:{tokens[j].text}|{tokens[i].text}"
                        if offset < 0
                        else f"0|{offset}:{tokens[i].text}|{tokens[j].text}"
                    )
            else:
                row.append(f"{offset}:pad")
        out.append(row)
    return out


def _word_features(
    doc: Doc, token: Token, language: str | None, hit: str | None
) -> tuple[list[str], list[str]]:
    """Features of the word alone (``[0]``) and its cues, which neighbours see too (``[1]``)."""
    word = token.text
    own = ["bias", f"w={word}", f"sc={token.script}", f"len={min(len(word), 8)}"]
    own.extend(f"p{n}={word[:n]}" for n in AFFIXES if len(word) > n)
    own.extend(f"s{n}={word[-n:]}" for n in AFFIXES if len(word) > n)
    cues = _cues(word, language)
    if token.latin:
        cues.append("cap" if token.capitalised else "low")
    if word.isdigit():
        cues.append("digit")
    if hit:
        cues.append(f"gz={hit}")
    if (size := _place_size(word)) is not None:
        cues.append(f"place={size}")
    return own, cues


@lru_cache(maxsize=262_144)
def _cues_cached(word: str, language: str | None) -> tuple[str, ...]:
    listed = name_words(language)
    g = grammar(language)
    after, before = place_cues(language)
    checks = (
        ("freq", word in frequent_words(language)),
        ("stop", word in g.stopwords),
        ("given", word in listed.given_names),
        ("surname", word in listed.surnames),
        ("opener", word in listed.openers),
        ("orghead", word in listed.org_heads),
        ("placehead", word in listed.place_heads),
        ("agent", word in _first_words(language)[0]),
        ("locative", word in _first_words(language)[1]),
        ("genitive", word in g.genitive_markers),
        ("conj", word in g.conjunctions),
        ("comp", word in g.complementizers),
        ("placecue_after", word in after),
        ("placecue_before", word in before),
    )
    return tuple(name for name, holds in checks if holds)


def _cues(word: str, language: str | None) -> list[str]:
    return list(_cues_cached(word, language))


@cache
def _first_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """First words of the agent and locative markers."""
    g = grammar(language)
    return frozenset(m[0] for m in g.agent_markers), frozenset(m[0] for m in g.locative_markers)


@lru_cache(maxsize=262_144)
def _place_size(word: str) -> int | None:
    """Order of magnitude of the largest place with this exact name (0 when it has no population)."""
    candidates = places.by_name(word)
    if not candidates:
        return None
    population = max(p.population or 0 for p in candidates)
    return int(math.log10(population)) if population > 0 else 0


def hit_labels(doc: Doc) -> list[str | None]:
    """The gazetteer hit over each word of the document, as kind and position (``country:B``); one
    pass over the hits."""
    labels: list[str | None] = [None] * len(doc.tokens)
    for h in doc.gazetteer_hits:
        if h.nested:
            continue
        kind = _hit_kind(h.hit.referent)
        for i, token in enumerate(doc.tokens.within(h.start, h.end)):
            labels[token.index] = f"{kind}:{'B' if i == 0 else 'I'}"
    return labels


def _hit_kind(referent: object) -> str:
    if isinstance(referent, CountryWord):
        return "demonym" if referent.demonym else "country"
    if isinstance(referent, Title):
        return "title"
    if isinstance(referent, Institution):
        return "institution"
    if isinstance(referent, Actor):
        return f"actor-{referent.type}"
    return type(referent).__name__.lower()
