"""Urdu sentences for the Hindi name tagger: IL-NER's Urdu train split read in Devanagari.

Hindi and Urdu share their grammar and most names; Urdu is written in Perso-Arabic script and leaves
short vowels unwritten. A word is read as the most frequent Hindi word of the Hindi train split with the
same consonant skeleton (both scripts written as folded Urdu letters: ``पाकिस्तान`` and ``پاکستان``
are both ``پاکستان``), or, failing that, without the letters Urdu writes for short and long vowels alike
(``हिंदुस्तान`` and ``ہندوستان`` are both ``ہندستان``), and a word no Hindi word matches is spelt
letter by letter. The tables are data
(``lang/hi/urdu_script.yaml``). No PyPI package does this offline: indic-transliteration's ``urdu``
scheme writes Devanagari in Urdu letters and reads Urdu back as noise (``ःندौستाن``), and
indo-arabic-transliteration's offline mode needs a fork of indic_nlp_library that is not on PyPI and
spells by letter alone (``हीदराबाद``); its good mode calls a web service.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from khabar.lang.models.entities import ScriptTable, UrduScript

Tagged = list[tuple[str, str]]


def rewrite(word: str, table: ScriptTable) -> str:
    """The word with each run of letters a table names replaced, longest first (``initial`` at the start
    of the word, ``final`` at its end, ``medial`` anywhere); other letters stay."""
    longest = max(map(len, (*table.initial, *table.medial, *table.final)), default=1)
    out, i = [], 0
    while i < len(word):
        for size in range(min(longest, len(word) - i), 0, -1):
            piece = word[i : i + size]
            if i == 0 and piece in table.initial:
                out.append(table.initial[piece])
            elif i + size == len(word) and piece in table.final:
                out.append(table.final[piece])
            elif piece in table.medial:
                out.append(table.medial[piece])
            else:
                continue
            i += size
            break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def skeleton(word: str, table: ScriptTable) -> str:
    """The word in the table's folded letters, each run of one letter written once (gemination and
    long vowels written twice read alike)."""
    folded = rewrite(unicodedata.normalize("NFD", word), table)
    return "".join(c for n, c in enumerate(folded) if n == 0 or c != folded[n - 1])


class UrduReader:
    """Reads Urdu words in Devanagari, by skeleton among the Hindi words given, else letter by letter
    (``data``: the tables of ``lang/hi/urdu_script.yaml``)."""

    def __init__(self, hindi_words: Counter[str], data: UrduScript) -> None:
        self.data = data
        self.known: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        for word, _ in sorted(hindi_words.items(), key=lambda item: (-item[1], item[0])):
            key = skeleton(word, _nfd(self.data.skeleton.devanagari))
            self.known.setdefault(key, word)
            self.loose.setdefault(self._loose(key), word)

    def _loose(self, key: str) -> str:
        """A skeleton without the vowel letters after its first letter."""
        return key[:1] + "".join(c for c in key[1:] if c not in self.data.skeleton.vowel_letters)

    def word(self, word: str) -> str:
        """The Devanagari reading of one Urdu word: a known Hindi word of its skeleton (as written, else
        with its end read as ``final`` says), else its spelling."""
        table = self.data.skeleton.urdu
        plain = skeleton(word, ScriptTable(initial=table.initial, medial=table.medial))
        for key in (plain, skeleton(word, table)):
            if key in self.known:
                return self.known[key]
        return self.loose.get(self._loose(plain)) or rewrite(word, self.data.spelling)

    def sentence(self, tagged: Tagged) -> Tagged:
        """A tagged sentence read in Devanagari; words joined by ``_`` (``بنگلہ_دیش``) are written apart."""
        return [(" ".join(self.word(w) for w in token.split("_") if w), tag) for token, tag in tagged]


def _nfd(table: ScriptTable) -> ScriptTable:
    """The table with its letters decomposed, as ``skeleton`` reads words (``ड़`` is ``ड`` and a nukta)."""

    def nfd(part: dict[str, str]) -> dict[str, str]:
        return {unicodedata.normalize("NFD", k): v for k, v in part.items()}

    return ScriptTable(initial=nfd(table.initial), medial=nfd(table.medial), final=nfd(table.final))


def hindi_words(sentences: Iterable[Tagged]) -> Counter[str]:
    """How often each word occurs in tagged Hindi sentences."""
    return Counter(token for tagged in sentences for token, _ in tagged)


def read_in_devanagari(sentences: Iterable[Tagged], reader: UrduReader) -> Iterator[Tagged]:
    """Each tagged Urdu sentence read in Devanagari."""
    return (reader.sentence(tagged) for tagged in sentences)
