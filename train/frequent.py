"""Frequent ordinary words per language: words that are common in running text and are almost
never a name, so a place or person is never read from them without a cue.

- Hindi (and any language with an IL-NER training file): words seen at least ``MIN_COUNT`` times in
  the IL-NER train split, inside a person, place or organisation name in at most ``MAX_NAME_SHARE``
  of their occurrences.
  Words of the language's unlabelled news (``news_words``: BBC Hindi) that no name is known to hold
  follow them, most frequent first.
- English: words of NGEC's synthetic news stories seen at least ``MIN_COUNT`` times away from the
  start of a sentence, written in lower case in at least ``1 - MAX_NAME_SHARE`` of those occurrences.

For a language with an IL-NER training file it also writes the endings that no name has
(``endings``): word endings of ``ENDING_LENGTHS`` letters that at least ``MIN_ENDING_WORDS`` distinct
ordinary words of the file carry and no word of a name there or in the language's given names and
surnames does (Hindi verb and plural forms: "-ीं" of चुकीं, "-ेगी" of दिखेगी). A word with one never
opens or ends a person's name.

Writes ``src/khabar/lang/<code>/frequent.yaml`` (folded words, most frequent first; endings sorted).
``python -m train frequent``.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable

from eval.ner import clean_tag, read_conll

from khabar.extractors.entities.words import name_words
from khabar.text.normalise import fold
from khabar.text.tokens import WORD
from train.common import ILNER_TRAIN, LANG_ROOT, SYNTHETIC_STORIES, require, write_word_list
from train.news_words import NEWS_SOURCE, news_words

MIN_COUNT = 5
MAX_NAME_SHARE = 0.05
MAX_WORDS = 4000
ENDING_LENGTHS = (2, 3)
MIN_ENDING_WORDS = 20
NAME_TYPES = {"NEP": "PERSON", "NEL": "PLACE", "NEO": "ORG"}
SENTENCE_BREAK = set(".!?।\n\"“”'‘")  # a word after one of these may be capitalised for the sentence


def tagged_counts(language: str) -> tuple[Counter[str], Counter[str]]:
    """How often each word of an IL-NER file is seen, and how often inside a name."""
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for sentence in read_conll(require(ILNER_TRAIN[language])):
        for token, tag in sentence:
            for word in WORD.findall(fold(token)):
                seen[word] += 1
                named[word] += clean_tag(tag, NAME_TYPES)[1] is not None
    return seen, named


def from_tagged(language: str, min_count: int = MIN_COUNT) -> Counter[str]:
    """Ordinary words of an IL-NER file seen at least ``min_count`` times, with their counts."""
    return _ordinary(*tagged_counts(language), min_count)


def nameless_endings(language: str, seen: Counter[str], named: Counter[str]) -> list[str]:
    """Endings that many ordinary words of the IL-NER file (its ``tagged_counts``) have and no name word
    has (module doc)."""
    listed = name_words(language)
    names = {w for w in seen if named[w]} | listed.given_names | listed.surnames
    ordinary, in_names = Counter[str](), set[str]()
    for n in ENDING_LENGTHS:
        ordinary.update(w[-n:] for w in seen if not named[w] and len(w) > n + 1)
        in_names.update(w[-n:] for w in names if len(w) > n)
    return sorted(
        e
        for e, n in ordinary.items()
        if n >= MIN_ENDING_WORDS and e not in in_names and all(unicodedata.category(c)[0] in "LM" for c in e)
    )


def from_stories() -> Counter[str]:
    """Ordinary words of the English synthetic stories, with their counts."""
    csv.field_size_limit(sys.maxsize)
    seen: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    with require(SYNTHETIC_STORIES).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = row["text"]
            previous = 0
            for match in WORD.finditer(text):
                gap, previous = text[previous : match.start()], match.end()
                if match.start() == 0 or SENTENCE_BREAK & set(gap):
                    continue
                word = match.group()
                seen[word.lower()] += 1
                capitalised[word.lower()] += word[0].isupper()
    return _ordinary(seen, capitalised)


def _ordinary(seen: Counter[str], named: Counter[str], min_count: int = MIN_COUNT) -> Counter[str]:
    return Counter(
        {
            word: n
            for word, n in seen.items()
            if n >= min_count and named[word] <= MAX_NAME_SHARE * n and not any(c.isdigit() for c in word)
        }
    )


def ranked(counts: Counter[str]) -> list[str]:
    """The words, most frequent first (ties in code point order), at most ``MAX_WORDS``."""
    return [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:MAX_WORDS]


def write(language: str, words: list[str], source: str, endings: list[str] | None = None) -> None:
    title = f"Frequent ordinary words, {len(words)}, most frequent first."
    more = {"endings": endings} if endings else None
    path = LANG_ROOT / language / "frequent.yaml"
    write_word_list(path, title, "python -m train frequent", source, words, more)
    print(f"{language}: {len(words)} words, {len(endings or [])} endings")


def main(languages: Iterable[str] = ("hi", "en")) -> None:
    for language in languages:
        if language == "en":
            write("en", ranked(from_stories()), "NGEC synthetic news stories (MIT), mostly in lower case")
        else:
            seen, named = tagged_counts(language)
            words = ranked(_ordinary(seen, named))
            news = [w for w in ranked(news_words(language, (seen, named))) if w not in set(words)]
            source = "IL-NER train split (CC-BY-4.0), rarely inside a name"
            if news:
                source += f"; then {NEWS_SOURCE}"
            write(language, words + news, source, nameless_endings(language, seen, named))
