"""The blocking index of Latin names (``NameIndex``) for fuzzy lookup of a name in any script."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

import numpy as np

from khabar.text.translit.names import (
    _Name,
    _name,
    _prepared,
    _score,
    _token_key,
    _token_similarities,
    _token_similarity,
)
from khabar.text.translit.romanisation import _romanise

T = TypeVar("T")

TOKEN_FLOOR = 0.7  # a name is a candidate when one of its tokens scores above this
UNSEEN_TOKEN_BOUND = 0.6  # assumed bound on a token score below the floor, or outside the blocks
ROUNDING = 1e-9  # margin for a bound that rounding might put a hair below the score it bounds
COMMON_TOKEN = 400  # a token in more names than this ("al", "san", "new") finds candidates only alone


class NameMatch(NamedTuple, Generic[T]):
    value: T
    score: float
    surname_only: bool


def _variants(key: str, min_length: int) -> set[str]:
    """The key and, for keys of ``min_length`` letters or more, its one-letter deletions."""
    if len(key) < min_length:
        return {key}
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def _joined_key(tokens: tuple[str, ...]) -> str:
    """A key for a name whatever its word breaks (nur sultan, nursultan)."""
    return "".join(_token_key(token) for token in tokens)


def _pick(items: list[str], indexes: list[int]) -> list[str]:
    """``[items[i] for i in indexes]``, gathered in C."""
    return [items[indexes[0]]] if len(indexes) == 1 else list(itemgetter(*indexes)(items))


@lru_cache(maxsize=65_536)
def _similar_tokens(index: NameIndex[Any], token: str) -> tuple[tuple[int, float], ...]:
    """``index.similar_tokens(token)``, remembered: query words recur across names and articles."""
    return tuple(index.similar_tokens(token))


class NameIndex(Generic[T]):
    """Latin names indexed for fuzzy lookup of a name in any script.

    Blocking: each token of each name is filed under its phonetic key and, for keys of three
    letters or more, the key's one-letter deletions; a query token looks up its key and, for
    keys of four letters or more, its deletions, so keys an edit or two apart meet while short
    keys stay in small blocks. Candidate tokens are scored at once by rapidfuzz, and only names
    holding good tokens are scored in full. Very common tokens find candidates only when the
    query has nothing rarer: the names they would add share nothing else with the query.
    """

    FORMAT = 3  # bump when the pickled layout changes (the index is kept in the disk cache)

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._values: list[T] = []
        self._names: list[_Name] = []
        self._token_ids: dict[str, int] = {}
        self._token_texts: list[str] = []
        self._token_keys: list[str] = []
        self._postings: list[list[int]] = []  # token id: entries holding it
        self._blocks: dict[str, list[int]] = defaultdict(list)  # key variant: token ids
        self._joined: dict[str, list[int]] = defaultdict(list)  # joined key: entries
        for name, value in entries:
            prepared = _name(name, _romanise(name))
            if not prepared.tokens:
                continue
            entry = len(self._values)
            self._values.append(value)
            self._names.append(prepared)
            token_ids = [self._token_id(token) for token in prepared.tokens]
            for token_id in token_ids:
                self._postings[token_id].append(entry)
            self._joined["".join([self._token_keys[t] for t in token_ids])].append(entry)

    def __len__(self) -> int:
        return len(self._values)

    def similar_tokens(self, token: str) -> list[tuple[int, float]]:
        """Indexed tokens in the blocks of ``token``'s key that score above the floor against it:
        ``(token id, score)``."""
        candidates = list(
            {t for variant in _variants(_token_key(token), 4) for t in self._blocks.get(variant, ())}
        )
        if not candidates:
            return []
        scores = _token_similarities(
            token, _pick(self._token_texts, candidates), _pick(self._token_keys, candidates)
        )
        return [
            (candidates[index], float(scores[index]))
            for index in np.flatnonzero(scores > TOKEN_FLOOR).tolist()
        ]

    def _token_id(self, token: str) -> int:
        token_id = self._token_ids.get(token)
        if token_id is not None:
            return token_id
        token_id = self._token_ids[token] = len(self._postings)
        key = _token_key(token)
        self._token_texts.append(token)
        self._token_keys.append(key)
        self._postings.append([])
        for variant in _variants(key, 3):
            self._blocks[variant].append(token_id)
        return token_id

    def match(self, name: str, *, threshold: float = 0.75) -> list[tuple[T, float]]:
        """Entries like ``name`` (any script) scoring at least ``threshold``, best first.

        Includes matches of a single-token query on the last token of a longer name; use
        ``match_detailed`` to tell those apart.
        """
        return [(found.value, found.score) for found in self.match_detailed(name, threshold=threshold)]

    def match_detailed(self, name: str, *, threshold: float = 0.75) -> list[NameMatch[T]]:
        """Like ``match``, flagging matches made on the surname alone (the caller may want context).

        A one-word name against a one-word entry is pruned before full scoring when the pair's score is
        below the threshold. This drops nothing ``_score`` accepts: for one word against one it returns
        the pair's score or 0 (``_matched``), and the pair's score it reads is the one in ``pair_scores``.
        A one-word entry reaches scoring only by a good token (then its one token is in ``pair_scores``)
        or by the query's joined key, that is the same phonetic key, so its token was in the query
        word's block and scored there; not among ``pair_scores``, it scored at most ``TOKEN_FLOOR``,
        below any threshold pruned for (the scalar ``_token_similarity`` repeats the vectorised
        arithmetic; ``ROUNDING`` covers any last-bit difference). Acronyms score apart: not pruned.
        """
        query = _prepared(name)
        if not query.tokens:
            return []
        pair_scores: dict[tuple[int, int], float] = {}  # (query position, token id): score
        best_tokens: dict[int, list[float]] = {}  # entry: best score per query position
        good: list[tuple[int, int, float]] = []  # (query position, token id, score) above the floor
        for i, token in enumerate(query.tokens):
            for token_id, score in _similar_tokens(self, token):
                pair_scores[i, token_id] = score
                good.append((i, token_id, score))
        rare = [g for g in good if len(self._postings[g[1]]) <= COMMON_TOKEN]
        unseen = [UNSEEN_TOKEN_BOUND] * len(query.tokens)
        for i, token_id, score in rare or good:
            for entry in self._postings[token_id]:
                best = best_tokens.get(entry)
                if best is None:
                    best = best_tokens[entry] = unseen.copy()
                if score > best[i]:
                    best[i] = score
        # names holding a good token, whose bound on the token score reaches the threshold
        entries = [entry for entry, best in best_tokens.items() if sum(best) / len(best) >= threshold]
        entries.extend(self._joined.get(_joined_key(query.tokens), ()))
        one_word = len(query.tokens) == 1 and not query.is_acronym and threshold > TOKEN_FLOOR + ROUNDING
        found: list[NameMatch[T]] = []
        for entry in sorted(set(entries)):  # index order: ties rank the same in every process
            tokens = self._names[entry].tokens
            if (
                one_word
                and len(tokens) == 1
                and not self._names[entry].is_acronym
                # at most the pair's score, at most TOKEN_FLOOR when not among them (see the docstring)
                and pair_scores.get((0, self._token_ids[tokens[0]]), TOKEN_FLOOR) < threshold - ROUNDING
            ):
                continue

            def pair(i: int, j: int, tokens: tuple[str, ...] = tokens) -> float:
                cached = pair_scores.get((i, self._token_ids[tokens[j]]))
                return cached if cached is not None else _token_similarity(query.tokens[i], tokens[j])

            score = _score(query, self._names[entry], pair)
            if score.score >= threshold:
                found.append(NameMatch(self._values[entry], score.score, score.surname_only))
        found.sort(key=lambda m: m.score, reverse=True)
        return found
