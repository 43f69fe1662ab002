"""Frequent ordinary words per language: words that are common in running text and are almost
never a name, so a place or person is never read from them without a cue.

- Hindi (and any language with an IL-NER training file): words seen at least ``MIN_COUNT`` times in
  the IL-NER train split, inside a person, place or organisation name in at most ``MAX_NAME_SHARE``
  of their occurrences.
- English: words of NGEC's synthetic news stories seen at least ``MIN_COUNT`` times away from the
  start of a sentence, written in lower case in at least ``1 - MAX_NAME_SHARE`` of those occurrences.

Writes ``src/khabar/lang/<code>/frequent.yaml`` (folded words, most frequent first).
``python -m train frequent``.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterable

from eval.ner import clean_tag, read_conll

from khabar.text.normalise import fold
from khabar.text.tokens import WORD
from train.common import ILNER_TRAIN, LANG_ROOT, SYNTHETIC_STORIES, require, write_word_list

MIN_COUNT = 5
MAX_NAME_SHARE = 0.05
MAX_WORDS = 4000
NAME_TYPES = {"NEP": "PERSON", "NEL": "PLACE", "NEO": "ORG"}
SENTENCE_BREAK = set(".!?।\n\"“”'‘")  # a word after one of these may be capitalised for the sentence


def from_tagged(language: str, min_count: int = MIN_COUNT) -> Counter[str]:
    """Ordinary words of an IL-NER file seen at least ``min_count`` times, with their counts."""
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for sentence in read_conll(require(ILNER_TRAIN[language])):
        for token, tag in sentence:
            for word in WORD.findall(fold(token)):
                seen[word] += 1
                named[word] += clean_tag(tag, NAME_TYPES)[1] is not None
    return _ordinary(seen, named, min_count)


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


def write(language: str, counts: Counter[str], source: str) -> None:
    words = [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:MAX_WORDS]
    title = f"Frequent ordinary words, {len(words)}, most frequent first."
    write_word_list(LANG_ROOT / language / "frequent.yaml", title, "python -m train frequent", source, words)
    print(f"{language}: {len(words)} words")


def main(languages: Iterable[str] = ("hi", "en")) -> None:
    for language in languages:
        if language == "en":
            write("en", from_stories(), "NGEC synthetic news stories (MIT), mostly in lower case")
        else:
            write(language, from_tagged(language), "IL-NER train split (CC-BY-4.0), rarely inside a name")
