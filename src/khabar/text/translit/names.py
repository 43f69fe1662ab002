"""Name similarity across scripts: phonetic keys of Latin tokens, token-aware scores, acronyms."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, NamedTuple

import numpy as np
import regex
from rapidfuzz.distance import JaroWinkler, Levenshtein
from rapidfuzz.process import cdist

from khabar.knowledge.data import load_yaml
from khabar.text.normalise import fold
from khabar.text.translit.romanisation import acronym, romanise

SURNAME_FACTOR = 0.9  # a surname alone against a full name scores a little below a full match
UNMATCHED_TOKEN_WEIGHT = 0.25  # an entry token the query lacks costs this much of a token
SAME_WORD = 0.75  # two words of names are spellings of one word from this score (rajesh, rajnath: 0.70)
SHORT_WORD = 2  # words this short (initials, particles) are compared as they score, however low
WHOLE_LENGTH_SLACK = 0.2  # names are compared without word breaks when their lengths differ less
ACRONYM_LENGTH = (2, 6)  # a Latin name in capitals of this many letters is an acronym
ACRONYM_MISMATCH = 0.5  # scale of the score of an acronym against anything else
_TOKEN_SPLIT = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
_ASCII_BREAKS = {code: " " for code in range(128) if not chr(code).isalnum()}


@cache
def _phonetic() -> tuple[re.Pattern[str], dict[str, str], dict[int, str], list[tuple[re.Pattern[str], str]]]:
    data = load_yaml("scripts/phonetic.yaml")
    digraphs: dict[str, str] = data["digraphs"]
    pattern = re.compile("|".join(sorted(digraphs, key=len, reverse=True)))
    rules = [(re.compile(p), r) for p, r in data["rules"]]
    return pattern, digraphs, str.maketrans(data["letters"]), rules


@lru_cache(maxsize=262144)
def _token_key(token: str) -> str:
    pattern, digraphs, letters, rules = _phonetic()
    key = pattern.sub(lambda m: digraphs[m.group()], token).translate(letters)
    for rule, replacement in rules:
        key = rule.sub(replacement, key)
    return key


@cache
def _spellings() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), r) for p, r in load_yaml("scripts/phonetic.yaml")["spellings"]]


@lru_cache(maxsize=262144)
def place_spelling(latin: str) -> str:
    """A folded Latin place name with the spellings of one sound made one (``spellings`` in
    ``phonetic.yaml``: phirojabad and Firozabad both "firojabad")."""
    spelled = " ".join(_tokens(latin))
    for rule, replacement in _spellings():
        spelled = rule.sub(replacement, spelled)
    return spelled


def _tokens(latin: str) -> tuple[str, ...]:
    """The words of a name, folded (hyphens and punctuation split words)."""
    if latin.isascii():
        return tuple(latin.translate(_ASCII_BREAKS).lower().split())
    return tuple(token for token in _TOKEN_SPLIT.split(fold(latin)) if token)


def phonetic_key(latin: str) -> str:
    """A coarse key under which spelling variants of a Latin name collide (for blocking)."""
    return " ".join(_token_key(token) for token in _tokens(latin))


def _combine(jaro_winkler: Any, levenshtein: Any, key_levenshtein: Any) -> Any:
    """Token score from its parts (floats or numpy arrays): spelling, helped by the phonetic keys."""
    spelling = (jaro_winkler + levenshtein) / 2
    maximum = np.maximum if isinstance(spelling, np.ndarray) else max  # numpy is slow on one float
    return maximum(spelling, (2 * spelling + key_levenshtein) / 3)


@lru_cache(maxsize=262144)
def _token_similarity(a: str, b: str) -> float:
    """How alike two romanised tokens are (remembered: the same pairs recur across mentions)."""
    return float(
        _combine(
            JaroWinkler.normalized_similarity(a, b),
            Levenshtein.normalized_similarity(a, b),
            Levenshtein.normalized_similarity(_token_key(a), _token_key(b)),
        )
    )


def _token_similarities(token: str, tokens: list[str], keys: list[str]) -> np.ndarray:
    """``_token_similarity`` of ``token`` against many tokens (with their keys) at once."""
    return _combine(
        cdist([token], tokens, scorer=JaroWinkler.normalized_similarity)[0],
        cdist([token], tokens, scorer=Levenshtein.normalized_similarity)[0],
        cdist([_token_key(token)], keys, scorer=Levenshtein.normalized_similarity)[0],
    )


class _Name(NamedTuple):
    tokens: tuple[str, ...]
    is_acronym: bool  # spelled letter by letter (CSTO, सीएसटीओ): only an exact match counts


def _name(text: str, romanised: str) -> _Name:
    tokens = _tokens(romanised)
    if text.isascii():
        short = len(tokens) == 1 and ACRONYM_LENGTH[0] <= len(tokens[0]) <= ACRONYM_LENGTH[1]
        return _Name(tokens, short and text.isupper())
    return _Name(tokens, acronym(text) is not None)


@lru_cache(maxsize=65536)
def _prepared(text: str) -> _Name:
    """``_name`` of ``text`` romanised, remembered: a mention is compared with many names."""
    return _name(text, romanise(text))


class _Score(NamedTuple):
    score: float
    surname_only: bool  # a single-token query matched only the last token of a longer name


def _score(query: _Name, entry: _Name, pair: Callable[[int, int], float] | None = None) -> _Score:
    """Token-aware score of a romanised query name against an entry name."""
    q, e = query.tokens, entry.tokens
    if not q or not e:
        return _Score(0.0, False)
    joined_q, joined_e = "".join(q), "".join(e)
    if query.is_acronym or entry.is_acronym:
        same = joined_q == joined_e
        return _Score(1.0 if same else ACRONYM_MISMATCH * _token_similarity(joined_q, joined_e), False)
    pair = pair or (lambda i, j: _token_similarity(q[i], e[j]))
    n, m = len(q), len(e)
    if n == m == 1:  # one word against one: the alignment below is that word pair alone
        return _Score(_matched(q[0], e[0], pair(0, 0)), False)
    # the names written with other word breaks (nursultan, nur sultan), when about as long
    whole = 0.0
    slack = WHOLE_LENGTH_SLACK * max(len(joined_q), len(joined_e))
    if n != m and abs(len(joined_q) - len(joined_e)) <= slack:
        whole = Levenshtein.normalized_similarity(joined_q, joined_e)
    if n == 1 and m > 1:
        surname = SURNAME_FACTOR * pair(0, m - 1)
        return _Score(surname, True) if surname > whole else _Score(whole, False)

    # best monotonic alignment of query tokens to entry tokens
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            matched = _matched(q[i - 1], e[j - 1], pair(i - 1, j - 1))
            best[i][j] = max(best[i - 1][j], best[i][j - 1], best[i - 1][j - 1] + matched)
    tokens = best[n][m] / (n + UNMATCHED_TOKEN_WEIGHT * max(0, m - n))
    return _Score(max(tokens, whole), False)


def _matched(a: str, b: str, score: float) -> float:
    """What a pair of words scoring ``score`` counts: all of it when one is a spelling of the other
    (alike enough, or the same phonetic key: prais, price) or either is an initial, else nothing:
    "rajesh singh" is not "rajnath singh"."""
    if score >= SAME_WORD or min(len(a), len(b)) <= SHORT_WORD:
        return score
    return score if _token_key(a) == _token_key(b) else 0.0


def similarity(a: str, b: str) -> float:
    """How alike name ``a`` (a mention) is to name ``b`` (a known name), in [0, 1], any scripts.

    Token-aware: full name against full name token by token, a word counting only where it is a
    spelling of the word it is aligned with ("rajesh singh" is not "Rajnath Singh"); a single
    token ``a`` against the last token (surname) of a longer ``b``, a little below a full match.
    Tokens ``a`` has and ``b`` lacks count against it ("nur sultan" against "Sultan" scores 0.5).
    Names with other word breaks are also compared whole. Acronyms must be equal (CSTO is not CST).
    """
    return _score(_prepared(a), _prepared(b)).score
