"""Romanisation to English-style Latin and cross-script name matching.

There is no Hindi NER model offline, so names written in Devanagari (or Cyrillic, Arabic) are
linked to Latin knowledge-base names by romanising them and comparing phonetically.

Why some of this is written here: indic-transliteration romanises letter by letter (पेसकोव:
"pesakova"): it has no schwa deletion and writes scholarly Latin (ṭ, ś). Deleting the inherent
vowel needs the syllable structure (virama against inherent vowel), which only the Devanagari
shows, so Devanagari is read akshara by akshara from a data table (``data/scripts/deva.yaml``).
Other Brahmic scripts are first converted to Devanagari by indic-transliteration. Cyrillic and
Arabic use ordered regular-expression rules plus a letter table; every table is data, in
``data/scripts/``. Scripts are told apart by the Unicode script property of ``regex``; names are
compared with rapidfuzz (Jaro-Winkler and normalised Levenshtein).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

import numpy as np
import regex
from indic_transliteration import sanscript
from rapidfuzz.distance import JaroWinkler, Levenshtein
from rapidfuzz.process import cdist

from khabar.knowledge.data import load_yaml
from khabar.text.normalise import fold

T = TypeVar("T")

SURNAME_FACTOR = 0.9  # a surname alone against a full name scores a little below a full match
UNMATCHED_TOKEN_WEIGHT = 0.25  # an entry token the query lacks costs this much of a token
TOKEN_FLOOR = 0.7  # a name is a candidate when one of its tokens scores above this
UNSEEN_TOKEN_BOUND = 0.6  # assumed bound on a token score below the floor, or outside the blocks
COMMON_TOKEN = 400  # a token in more names than this ("al", "san", "new") finds candidates only alone
WHOLE_LENGTH_SLACK = 0.2  # names are compared without word breaks when their lengths differ less
ACRONYM_LENGTH = (2, 6)  # a Latin name in capitals of this many letters is an acronym
ACRONYM_MISMATCH = 0.5  # scale of the score of an acronym against anything else
_ZERO_WIDTH = dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD))
_TOKEN_SPLIT = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
_ASCII_BREAKS = {code: " " for code in range(128) if not chr(code).isalnum()}


# --- scripts ---------------------------------------------------------------------------------


@cache
def _config() -> dict[str, Any]:
    return load_yaml("scripts/romanise.yaml")


@cache
def _script_runs() -> regex.Pattern[str]:
    """One alternative per known script: a match is a run of letters of that script."""
    codes = [*_config()["romanise"], *_config()["detect"]]
    return regex.compile("|".join(f"(?P<{code}>[\\p{{sc={code}}}\\p{{M}}]+)" for code in codes))


def script_of(text: str) -> str | None:
    """The ISO 15924 code of the script most of the letters of ``text`` are written in."""
    counts: dict[str, int] = defaultdict(int)
    for run in _script_runs().finditer(text):
        counts[run.lastgroup or ""] += run.end() - run.start()
    return max(counts, key=counts.__getitem__) if counts else None


# --- Devanagari (abugida) --------------------------------------------------------------------


@dataclass(slots=True)
class _Akshara:
    """One written syllable: a consonant or vowel letter with its vowel and signs, in Latin."""

    letter: str  # the letter as written (nasal assimilation looks at the next one)
    consonant: str  # Latin consonant, "" for a vowel letter
    vowel: str  # Latin vowel, "" under a virama or once deleted
    inherent: bool  # the vowel is the inherent one (it may be deleted)
    nasal: bool  # an anusvara or chandrabindu follows
    signs: str  # Latin of the other signs after it (visarga)

    @property
    def bare_schwa(self) -> bool:
        return self.inherent and self.vowel != "" and not self.nasal and not self.signs

    @property
    def half(self) -> bool:
        """A consonant under a virama: the first member of a cluster."""
        return self.consonant != "" and self.vowel == "" and not self.inherent


@dataclass(frozen=True, slots=True)
class _Abugida:
    table: dict[str, Any]
    akshara: regex.Pattern[str]
    letter_name: regex.Pattern[str]
    acronym: regex.Pattern[str]  # two letter names or more


def _nfc_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {unicodedata.normalize("NFC", key): item for key, item in value.items()}
    return value


@cache
def _abugida(file: str) -> _Abugida:
    table = {key: _nfc_keys(value) for key, value in load_yaml(f"scripts/{file}").items()}
    consonants = "".join(c for c in table["consonants"] if len(c) == 1)
    signs = "".join(table["vowel_signs"])
    marks = "".join([*table["nasals"], *table["signs"]])
    akshara = regex.compile(
        f"(?:(?P<c>[{consonants}]{table['nukta']}?)(?:(?P<virama>{table['virama']})|(?P<sign>[{signs}]))?"
        f"|(?P<v>[{''.join(table['vowels'])}])"
        f"|(?P<other>.))(?P<marks>[{marks}]*)"
    )
    letter_name = "(?:" + "|".join(sorted(table["letter_names"], key=len, reverse=True)) + ")"
    return _Abugida(table, akshara, regex.compile(letter_name), regex.compile(f"{letter_name}{{2,}}"))


def _aksharas(word: str, script: _Abugida) -> list[_Akshara]:
    table = script.table
    units: list[_Akshara] = []
    for match in script.akshara.finditer(word):
        marks = match["marks"]
        nasal = any(mark in table["nasals"] for mark in marks)
        signs = "".join(table["signs"].get(mark, "") for mark in marks)
        if letter := match["c"]:
            in_cluster = bool(units) and units[-1].half
            consonant = table["in_cluster"].get(letter) if in_cluster else None
            # a nukta on a letter the table does not list (श़) reads as the bare letter
            consonant = consonant or table["consonants"].get(letter) or table["consonants"][letter[0]]
            if match["virama"]:
                units.append(_Akshara(letter, consonant, "", False, nasal, signs))
            elif sign := match["sign"]:
                units.append(_Akshara(letter, consonant, table["vowel_signs"][sign], False, nasal, signs))
            else:
                units.append(_Akshara(letter, consonant, table["inherent"], True, nasal, signs))
        elif letter := match["v"]:
            units.append(_Akshara(letter, "", table["vowels"][letter], False, nasal, signs))
        elif (other := match["other"]) != table["nukta"]:
            units.append(_Akshara(other, "", table["digits"].get(other, other), False, nasal, signs))
    return units


def _delete_schwas(units: list[_Akshara], rules: dict[str, Any]) -> None:
    """Drop deletable inherent vowels in place: word-final, then VC_CV from right to left."""
    if len(units) < 2:
        return
    last = units[-1]
    kept_after_cluster = units[-2].half and last.letter[:1] in rules["keep_final_after_cluster"]
    if rules["final"] and last.bare_schwa and not kept_after_cluster:
        last.vowel = ""
    if rules["medial"]:
        for i in range(len(units) - 2, 0, -1):
            before, unit, after = units[i - 1], units[i], units[i + 1]
            if unit.bare_schwa and before.vowel and after.consonant and after.vowel:
                unit.vowel = ""


def _romanise_abugida_word(word: str, script: _Abugida) -> str:
    spelled = _acronym_in(word, script)
    if spelled:
        return spelled.lower()
    table = script.table
    units = _aksharas(word, script)
    _delete_schwas(units, table["schwa"])
    parts: list[str] = []
    for i, unit in enumerate(units):
        parts.append(unit.consonant + unit.vowel)
        if unit.nasal:
            following = units[i + 1].letter[:1] if i + 1 < len(units) else ""
            parts.append(table["nasal_before_labial"] if following in table["labials"] else table["nasal"])
        parts.append(unit.signs)
    return "".join(parts)


def _acronym_in(word: str, script: _Abugida) -> str | None:
    """The acronym ``word`` spells with the script's letter names (two letters or more)."""
    table = script.table
    if word in table["not_acronyms"] or not script.acronym.fullmatch(word):
        return None
    return "".join(table["letter_names"][name] for name in script.letter_name.findall(word))


def acronym(text: str) -> str | None:
    """The Latin acronym a Devanagari word spells (सीएसटीओ: "CSTO"), or None (नाटो)."""
    word = unicodedata.normalize("NFC", text.strip()).translate(_ZERO_WIDTH).replace(".", "")
    setting = _config()["romanise"].get(script_of(word) or "", {})
    if setting.get("kind") != "abugida":
        return None
    return _acronym_in(word, _abugida(setting["table"]))


# --- alphabets -------------------------------------------------------------------------------


@cache
def _alphabet(file: str) -> tuple[list[tuple[re.Pattern[str], str]], dict[int, str]]:
    data = load_yaml(f"scripts/{file}")
    rules = [(re.compile(pattern), replacement) for pattern, replacement in data["rules"]]
    return rules, str.maketrans(data["letters"])


def _romanise_alphabet_word(word: str, file: str) -> str:
    rules, letters = _alphabet(file)
    word = word.lower()
    for pattern, replacement in rules:
        word = pattern.sub(replacement, word)
    return word.translate(letters)


# --- romanise --------------------------------------------------------------------------------


def _romaniser(code: str) -> Callable[[str], str] | None:
    setting = _config()["romanise"].get(code)
    if setting is None:
        return None
    kind = setting["kind"]
    if kind == "latin":
        return fold
    if kind == "abugida":
        script = _abugida(setting["table"])
        return lambda word: _romanise_abugida_word(word, script)
    if kind == "alphabet":
        return lambda word: _romanise_alphabet_word(word, setting["table"])
    into = _romaniser(setting["into"])
    if into is None:
        raise ValueError(f"{code} is romanised via {setting['into']}, which has no romaniser")
    return lambda word: into(sanscript.transliterate(word, setting["scheme"], setting["into_scheme"]))


@cache
def _romanisers() -> dict[str, Callable[[str], str] | None]:
    return {code: _romaniser(code) for code in [*_config()["romanise"], *_config()["detect"]]}


def _romanise(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    romanisers = _romanisers()
    parts: list[str] = []
    position = 0
    for run in _script_runs().finditer(text):
        parts.append(text[position : run.start()].lower())
        romaniser = romanisers[run.lastgroup or ""]
        parts.append(romaniser(run.group()) if romaniser else run.group().lower())
        position = run.end()
    parts.append(text[position:].lower())
    return "".join(parts)


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Lower-case English-style Latin for a name in any supported script (spaces, hyphens kept)."""
    return _romanise(text)


# --- phonetic key and similarity -------------------------------------------------------------


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
    # the names written with other word breaks (nursultan, nur sultan), when about as long
    whole = 0.0
    if abs(len(joined_q) - len(joined_e)) <= WHOLE_LENGTH_SLACK * max(len(joined_q), len(joined_e)):
        whole = Levenshtein.normalized_similarity(joined_q, joined_e)
    n, m = len(q), len(e)
    if n == 1 and m > 1:
        surname = SURNAME_FACTOR * pair(0, m - 1)
        return _Score(surname, True) if surname > whole else _Score(whole, False)
    # best monotonic alignment of query tokens to entry tokens
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1], best[i - 1][j - 1] + pair(i - 1, j - 1))
    tokens = best[n][m] / (n + UNMATCHED_TOKEN_WEIGHT * max(0, m - n))
    return _Score(max(tokens, whole), False)


def similarity(a: str, b: str) -> float:
    """How alike name ``a`` (a mention) is to name ``b`` (a known name), in [0, 1], any scripts.

    Token-aware: full name against full name token by token; a single token ``a`` against the
    last token (surname) of a longer ``b``, a little below a full match. Tokens ``a`` has and
    ``b`` lacks count against it ("nur sultan" against "Sultan" scores 0.5). Acronyms must be
    equal (CSTO is not CST).
    """
    return _score(_prepared(a), _prepared(b)).score


# --- index -----------------------------------------------------------------------------------


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

    FORMAT = 2  # bump when the pickled layout changes (the index is kept in the disk cache)

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
        """Like ``match``, flagging matches made on the surname alone (the caller may want context)."""
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
        found: list[NameMatch[T]] = []
        for entry in sorted(set(entries)):  # index order: ties rank the same in every process
            tokens = self._names[entry].tokens

            def pair(i: int, j: int, tokens: tuple[str, ...] = tokens) -> float:
                cached = pair_scores.get((i, self._token_ids[tokens[j]]))
                return cached if cached is not None else _token_similarity(query.tokens[i], tokens[j])

            score = _score(query, self._names[entry], pair)
            if score.score >= threshold:
                found.append(NameMatch(self._values[entry], score.score, score.surname_only))
        found.sort(key=lambda m: m.score, reverse=True)
        return found
