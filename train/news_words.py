"""Ordinary words of a language's unlabelled news (``NEWS_TEXTS``: BBC Hindi), to widen the frequent
words that a labelled file gives (``frequent``): IL-NER's train split is small and of one register, so
common news words ("विकेट", "शादी", "गिरफ्तार", "बल्लेबाजी") are missing from it.

Only the dev rows are read (``eval.common.split_of`` of the row index, the key the scorers use): the test
rows of the same file are an evaluation sample (``eval attachment``), so they teach nothing.

No labels are read, so a name is told from an ordinary word by what is known of it: a word is kept when
it is seen at least ``MIN_COUNT`` times in at least ``MIN_ARTICLES`` articles (a name is mostly written
in few: the people of one story), the shipped name tagger puts it inside a sure name in at most
``MAX_NAME_SHARE`` of its occurrences, IL-NER's train split puts it inside a name in at most that share,
and it is no given name or surname of the language, no exact place name nor place word with a Latin
form (``name_forms.yaml``: टोरंटो, Toronto), no surface of the gazetteer
(countries, demonyms, actors, titles), no acronym spelled out ("बीबीसी") and spelled as no common Latin
name (``foreign``: टेलर, Taylor; रोयल, Royal).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter

from eval.common import split_of

from khabar.extractors.entities.foreign import spelled_as_latin_name
from khabar.extractors.entities.words import name_words
from khabar.knowledge import places
from khabar.knowledge.base import default_knowledge
from khabar.lang import topic
from khabar.lang.models import NameForms
from khabar.pipeline import prepare
from khabar.text.normalise import fold
from khabar.text.tokens import WORD
from khabar.text.translit import acronym
from train.common import NEWS_TEXTS, require

MIN_COUNT = 3
MIN_ARTICLES = 3  # of the 91 dev articles
MAX_NAME_SHARE = 0.05
NEWS_SOURCE = "BBC Hindi news (unlabelled; word counts only)"


def news_counts(language: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each folded word of the news is seen, how often inside a name the tagger is sure of,
    and in how many articles."""
    csv.field_size_limit(sys.maxsize)
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    with require(NEWS_TEXTS[language]).open(encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if split_of(str(index)) != "dev":
                continue
            text = row["1"]
            doc = prepare(text, until="names")
            inside = {i for n in doc.names if n.sure for i in range(n.first, n.last + 1)}
            here: set[str] = set()
            for i, token in enumerate(doc.tokens):
                for word in WORD.findall(fold(text[token.start : token.end])):
                    seen[word] += 1
                    named[word] += i in inside
                    here.add(word)
            articles.update(here)
    return seen, named, articles


def news_words(language: str, tagged: tuple[Counter[str], Counter[str]]) -> Counter[str]:
    """Ordinary words of the news of ``language`` with their counts (module doc); ``tagged``: the
    counts of the labelled file (``frequent.tagged_counts``), seen and inside a name."""
    if language not in NEWS_TEXTS:
        return Counter()
    seen, named, articles = news_counts(language)
    listed = name_words(language)
    known = listed.given_names | listed.surnames | set(default_knowledge().gazetteer.patterns)
    known |= {fold(word) for word in topic(language, NameForms).places}  # टोरंटो: in GeoNames in Latin only
    labelled, in_names = tagged
    return Counter(
        {
            word: n
            for word, n in seen.items()
            if n >= MIN_COUNT
            and articles[word] >= MIN_ARTICLES
            and named[word] <= MAX_NAME_SHARE * n
            and in_names[word] <= MAX_NAME_SHARE * labelled[word]
            and not any(c.isdigit() for c in word)
            and word not in known
            and not places.by_name(word)
            and not acronym(word)
            and not spelled_as_latin_name(word)
        }
    )
