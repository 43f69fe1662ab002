"""Romanisation of a name in any supported script: frequent name words in their common spelling,
Devanagari otherwise read akshara by akshara with schwa deletion, alphabets by rules and a letter
table, other Brahmic scripts via Devanagari."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import Any

import regex
from indic_transliteration import sanscript

from khabar.knowledge.data import load_yaml
from khabar.text.normalise import fold
from khabar.text.translit.forms import common_form
from khabar.text.translit.scripts import _config, _script_runs, script_of

_ZERO_WIDTH = dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD))


# --- Devanagari (abugida) --------------------------------------------------------------------


@dataclass(slots=True)
class _Akshara:
    """One written syllable: a consonant or vowel letter with its vowel and signs, in Latin."""

    letter: str  # the letter as written (nasal assimilation looks at the next one)
    consonant: str  # Latin consonant, "" for a vowel letter
    vowel: str  # Latin vowel, "" under a virama or once deleted
    sign: str  # the vowel as written (sign or vowel letter), "" for the inherent vowel or none
    inherent: bool  # the vowel is the inherent one (it may be deleted)
    nasal: str  # the anusvara or chandrabindu after it, or ""
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
    misplaced: regex.Pattern[str]  # a nukta typed after its letter's vowel sign ("हजा़रे" for "हज़ारे")


def _nfc_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {unicodedata.normalize("NFC", key): item for key, item in value.items()}
    return value


@cache
def _abugida(file: str) -> _Abugida:
    table = {key: _nfc_keys(value) for key, value in load_yaml(f"scripts/{file}").items()}
    consonants = "".join(c for c in table["consonants"] if len(c) == 1)
    conjuncts = "".join(f"{c}|" for c in table["conjuncts"])
    signs = "".join(table["vowel_signs"])
    marks = "".join([*table["nasals"], *table["signs"]])
    akshara = regex.compile(
        f"(?:(?P<c>{conjuncts}[{consonants}]{table['nukta']}?)(?:(?P<virama>{table['virama']})|(?P<sign>[{signs}]))?"
        f"|(?P<v>[{''.join(table['vowels'])}])"
        f"|(?P<other>.))(?P<marks>[{marks}]*)"
    )
    letter_name = "(?:" + "|".join(sorted(table["letter_names"], key=len, reverse=True)) + ")"
    misplaced = regex.compile(f"([{signs}])({table['nukta']})")
    return _Abugida(
        table, akshara, regex.compile(letter_name), regex.compile(f"{letter_name}{{2,}}"), misplaced
    )


def _aksharas(word: str, script: _Abugida) -> list[_Akshara]:
    table = script.table
    nasals, sign_latin, consonants, conjuncts = (
        table["nasals"],
        table["signs"],
        table["consonants"],
        table["conjuncts"],
    )
    units: list[_Akshara] = []
    if script.misplaced.search(word):  # the nukta belongs to the letter, before its vowel sign
        word = script.misplaced.sub(r"\2\1", word)
    for match in script.akshara.finditer(word):
        c, v, other, marks = match.group("c", "v", "other", "marks")
        if marks:
            nasal = next((mark for mark in marks if mark in nasals), "")
            signs = "".join(sign_latin.get(mark, "") for mark in marks)
        else:
            nasal = signs = ""
        if c:
            # a nukta on a letter the table does not list (श़) reads as the bare letter
            consonant = conjuncts.get(c) or consonants.get(c) or consonants[c[0]]
            if match["virama"]:
                units.append(_Akshara(c, consonant, "", "", False, nasal, signs))
            elif sign := match["sign"]:
                units.append(_Akshara(c, consonant, table["vowel_signs"][sign], sign, False, nasal, signs))
            else:
                units.append(_Akshara(c, consonant, table["inherent"], "", True, nasal, signs))
        elif v:
            units.append(_Akshara(v, "", table["vowels"][v], v, False, nasal, signs))
        elif other not in (table["nukta"], table["virama"]):  # a stray one of these reads as nothing
            # a vowel sign with no letter to carry it ("जियाअुल", a misspelling) reads as its vowel
            latin = table["digits"].get(other) or table["vowel_signs"].get(other, other)
            units.append(_Akshara(other, "", latin, "", False, nasal, signs))
    return units


def _open(unit: _Akshara, rules: dict[str, Any]) -> bool:
    """Does the syllable end in its vowel? A visarga closes it, and so does a nasal after a short
    vowel (संगठन: sangathan), while a long vowel with a nasal is only nasalised (चांदनी: chandni)."""
    return unit.vowel != "" and not unit.signs and not (unit.nasal and unit.sign in rules["closed_by_nasal"])


def _delete_schwas(units: list[_Akshara], rules: dict[str, Any]) -> None:
    """Drop deletable inherent vowels in place: word-final, then medial (VC_CV, the syllable before
    open, so that no three consonants meet), in the direction the rules name."""
    if len(units) < 2:
        return
    last, before_last = units[-1], units[-2]
    kept = (before_last.half and last.letter[:1] in rules["keep_final_after_cluster"]) or (
        before_last.vowel in rules["keep_final_after_vowel"].get(last.letter[:1], ())
    )
    if rules["final"] and last.bare_schwa and not kept:
        last.vowel = ""
    if rules["medial"]:
        inner = range(1, len(units) - 1)
        for i in inner if rules["medial"] == "left_to_right" else reversed(inner):
            before, unit, after = units[i - 1], units[i], units[i + 1]
            if unit.bare_schwa and _open(before, rules) and after.consonant and after.vowel:
                unit.vowel = ""


def _latin_consonant(units: list[_Akshara], i: int, table: dict[str, Any]) -> str:
    """The consonant of ``units[i]`` as spelled where it stands: a coda form (फ: f) when no vowel
    follows it; व as w in a cluster or inside a word before ā (स्वामी, पवार, भगवान: swami, pawar,
    bhagwan)."""
    unit = units[i]
    if not unit.vowel and (coda := table["coda"].get(unit.letter)):
        return coda
    rule = table["w"]
    if unit.letter == rule["letter"] and i > 0:
        before = units[i - 1]
        if before.half or unit.sign in rule["inside_before"]:
            return rule["latin"]
    return unit.consonant


def _romanise_abugida_word(word: str, script: _Abugida) -> str:
    """A word that spells no acronym (``_abugida_word`` tells those apart first), by the rules."""
    table = script.table
    units = _aksharas(word, script)
    _delete_schwas(units, table["schwa"])
    parts: list[str] = []
    for i, unit in enumerate(units):
        parts.append(_latin_consonant(units, i, table) + unit.vowel)
        if unit.nasal:
            following = units[i + 1].letter[:1] if i + 1 < len(units) else ""
            labial = following in table["labials"] and unit.nasal in table["assimilated"]
            parts.append(table["nasal_before_labial"] if labial else table["nasal"])
        parts.append(unit.signs)
    return "".join(parts)


def _acronym_in(word: str, script: _Abugida) -> str | None:
    """The acronym ``word`` spells with the script's letter names (two letters or more)."""
    table = script.table
    if word in table["not_acronyms"] or not script.acronym.fullmatch(word):
        return None
    return "".join(table["letter_names"][name] for name in script.letter_name.findall(word))


def _initial(word: str, code: str) -> str | None:
    """The Latin letter a one-letter word of an abugida names (ए: "A"), if it is one."""
    setting = _config()["romanise"].get(code, {})
    if setting.get("kind") != "abugida":
        return None
    return _abugida(setting["table"]).table["letter_names"].get(word)


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


def _capitalised(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def _abugida_word(word: str, script: _Abugida) -> str:
    """A word as readers spell it: its common form, an acronym in capitals, else by the rules."""
    if form := common_form(word):
        return form
    if spelled := _acronym_in(word, script):
        return spelled
    return _capitalised(_romanise_abugida_word(word, script))


def _romaniser(code: str) -> Callable[[str], str] | None:
    """Word -> Latin as a name is written (capitalised; a Latin word as it stands) for a script."""
    setting = _config()["romanise"].get(code)
    if setting is None:
        return None
    kind = setting["kind"]
    if kind == "latin":
        return str
    if kind == "abugida":
        script = _abugida(setting["table"])
        # remembered per word: a name's words recur in other names and mentions ("मोदी", "नरेंद्र मोदी ने")
        return lru_cache(maxsize=65_536)(partial(_abugida_word, script=script))
    if kind == "alphabet":
        return lambda word: _capitalised(_romanise_alphabet_word(word, setting["table"]))
    into = _romaniser(setting["into"])
    if into is None:
        raise ValueError(f"{code} is romanised via {setting['into']}, which has no romaniser")
    return lambda word: into(sanscript.transliterate(word, setting["scheme"], setting["into_scheme"]))


@cache
def _romanisers() -> dict[str, Callable[[str], str] | None]:
    return {code: _romaniser(code) for code in [*_config()["romanise"], *_config()["detect"]]}


def _pieces(text: str) -> Iterator[tuple[str, str | None]]:
    """``text`` cut at its runs of one script: ``(piece, Latin)``, the Latin None between runs and
    for scripts khabar cannot read."""
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    romanisers = _romanisers()
    position = 0
    for run in _script_runs().finditer(text):
        yield text[position : run.start()], None
        romaniser = romanisers[run.lastgroup or ""]
        if text.startswith(".", run.end()) and (letter := _initial(run.group(), run.lastgroup or "")):
            yield run.group(), letter  # an initial ("ए. राजा": A. Raja), not the word it also is
        elif romaniser:
            yield run.group(), romaniser(run.group())
        else:
            yield run.group(), None
        position = run.end()
    yield text[position:], None


def _romanise(text: str) -> str:
    if text.isascii():
        return text.lower()
    return "".join(piece.lower() if latin is None else fold(latin) for piece, latin in _pieces(text))


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Lower-case English-style Latin for a name in any supported script (spaces, hyphens kept)."""
    return _romanise(text)


@lru_cache(maxsize=16384)
def display_name(text: str) -> str:
    """A name in any script as English-language readers write it: Latin words as they stand, others
    in their common spelling (``lang/*/name_forms.yaml``) or romanised and capitalised, acronyms in
    capitals (मुस्लिम लीग: "Muslim League", एमपी सिंह: "MP Singh")."""
    return "".join(piece if latin is None else latin for piece, latin in _pieces(text))
