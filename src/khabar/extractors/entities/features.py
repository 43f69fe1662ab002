"""Features of each word for the name tagger: the word and its affixes, and what khabar's knowledge
says of it and of its neighbours (gazetteer hits, name words, grammar and place cues, frequent words,
place names). The same function serves training (``python -m train ner``) and tagging, so the
tagger sees at run time exactly what it learnt from: the language data as it was when the model was
trained (``tagger_knowledge``), and the places of the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.extractors.entities.tagger_knowledge import (
    CUE_NAMES,
    hit_kind,
    hit_surfaces,
    place_size,
    place_sizes,
    surface_of,
    tagger_cue_words,
)
from khabar.text.tokens import Token
from khabar.text.translit import script_of

AFFIXES = (1, 2, 3)


def sentence_features(
    doc: Doc, tokens: Sequence[Token], languages: Sequence[str | None], hits: Sequence[str | None]
) -> list[list[str]]:
    """One list of feature strings per token of one sentence (``hits``: ``hit_labels`` of its words).
    Everything that depends on the word alone is cached: tagging costs little more than the CRF."""
    words = [token.text for token in tokens]
    cues = [
        _token_cues(token.text, language, token.latin, token.capitalised, hit)
        for token, language, hit in zip(tokens, languages, hits, strict=True)
    ]
    out = []
    last = len(words) - 1
    for i, word in enumerate(words):  # the neighbours at -2, -1, 1 and 2, in that order
        row = [*_own(word, tokens[i].script), *cues[i]]
        row.extend(_seen_from(-2, cues[i - 2]) if i >= 2 else ("-2:pad",))
        if i >= 1:
            row.extend(_seen_from(-1, cues[i - 1]))
            row.extend((f"-1:w={words[i - 1]}", f"-1|0:{words[i - 1]}|{word}"))
        else:
            row.append("-1:pad")
        if i < last:
            row.extend(_seen_from(1, cues[i + 1]))
            row.extend((f"1:w={words[i + 1]}", f"0|1:{word}|{words[i + 1]}"))
        else:
            row.append("1:pad")
        row.extend(_seen_from(2, cues[i + 2]) if i + 1 < last else ("2:pad",))
        out.append(row)
    return out


@lru_cache(maxsize=262_144)
def _own(word: str, script: str | None) -> tuple[str, ...]:
    """Features of the word alone: itself, its script, length and affixes."""
    own = ["bias", f"w={word}", f"sc={script}", f"len={min(len(word), 8)}"]
    own.extend(f"p{n}={word[:n]}" for n in AFFIXES if len(word) > n)
    own.extend(f"s{n}={word[-n:]}" for n in AFFIXES if len(word) > n)
    return tuple(own)


@lru_cache(maxsize=262_144)
def _token_cues(
    word: str, language: str | None, latin: bool, capitalised: bool, hit: str | None
) -> tuple[str, ...]:
    """What knowledge says of the word here, which its neighbours see too (remembered with the hit)."""
    before, place = _word_cues(word, language, latin, capitalised)
    return (*before, f"gz={hit}", *place) if hit else (*before, *place)


@lru_cache(maxsize=262_144)
def _word_cues(
    word: str, language: str | None, latin: bool, capitalised: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word's cues (and case and digits), and the size of the largest place of its name."""
    cues = list(_cues_cached(word, language))
    if latin:
        cues.append("cap" if capitalised else "low")
    if word.isdigit():
        cues.append("digit")
    size = _place_size(word, language)
    return tuple(cues), (() if size is None else (f"place={size}",))


@lru_cache(maxsize=262_144)
def _seen_from(offset: int, cues: tuple[str, ...]) -> tuple[str, ...]:
    """A neighbour's cues as the word at ``offset`` from it sees them."""
    return tuple(f"{offset}:{f}" for f in cues)


@lru_cache(maxsize=262_144)
def _cues_cached(word: str, language: str | None) -> tuple[str, ...]:
    listed = tagger_cue_words(language)
    return tuple(name for name in CUE_NAMES if word in listed[name])


def _place_size(word: str, language: str | None) -> int | None:
    """The ``place=`` size of a word: as frozen for the tagger where it is written in one of the
    language's own scripts (``tagger_knowledge.place_sizes``), else as the gazetteer gives it."""
    frozen = place_sizes(language)
    if frozen is not None and script_of(word) in frozen[0]:
        return frozen[1].get(word)
    return place_size(word)


def hit_labels(doc: Doc, language: str | None) -> list[str | None]:
    """The gazetteer hit over each word of the document, as kind and position (``country:B``), where the
    tagger of ``language`` knows the hit's surface (``tagger_knowledge``); one pass over the hits."""
    labels: list[str | None] = [None] * len(doc.tokens)
    known = hit_surfaces(language)
    for h in doc.gazetteer_hits:
        if h.nested:
            continue
        kind = hit_kind(h.hit.referent)
        if known is not None and surface_of(doc, h) not in known.get(kind, ()):
            continue
        for i, token in enumerate(doc.tokens.within(h.start, h.end)):
            labels[token.index] = f"{kind}:{'B' if i == 0 else 'I'}"
    return labels
