"""Property tests of the record invariants on generated Devanagari-heavy and mixed Hindi/English text:
spans quote the text exactly, ids resolve, dates are valid ISO 8601, counts are in bounds, no
exception escapes, and a budget cuts the text where it says (issue "Nothing lost, nothing stuck").

The text is built from word pools (``tests/data/property_words_*.txt``: names, places, numbers,
dates, triggers, cue words) and marks, with random Devanagari and joiners mixed in. CI runs
``KHABAR_PROPERTY_EXAMPLES`` examples per test (40 by default, a few seconds); the long run is the
same tests with more examples (80,000 each: about twenty minutes on one core):
``KHABAR_PROPERTY_EXAMPLES=80000 pytest tests/test_properties.py --hypothesis-show-statistics``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import assert_valid_record
from khabar import extract
from khabar.budget import TRUNCATED, Budget

EXAMPLES = int(os.environ.get("KHABAR_PROPERTY_EXAMPLES", "40"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DATA = Path(__file__).parent / "data"
HINDI = (DATA / "property_words_hi.txt").read_text(encoding="utf-8").split()
ENGLISH = (DATA / "property_words_en.txt").read_text(encoding="utf-8").split()
MARKS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "। ", "! ", "? ", " “", "” ", ' "', '" ', " '", "‘", "’"]
MARKS += [" (", ") ", ": ", "; ", " — ", "-", "\u200d", "\u200c", "\t", "\r\n", "\u0964\u0964"]

_NUMBERS = st.one_of(
    st.integers(0, 10**15).map(str),
    st.integers(0, 10**6).map(lambda n: str(n).translate(str.maketrans("0123456789", "०१२३४५६७८९"))),
    st.integers(0, 10**7).map("{:,}".format),
)
_DEVANAGARI = st.text(st.characters(min_codepoint=0x0900, max_codepoint=0x097F), min_size=1, max_size=6)


def _texts(*words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Texts of up to 80 words from the pools, each followed by a space, a mark or a line break."""
    word = st.one_of(*words, _NUMBERS, _DEVANAGARI)
    pairs = st.lists(st.tuples(word, st.sampled_from(MARKS)), max_size=80)
    return pairs.map(lambda items: "".join(w + mark for w, mark in items))


DEVANAGARI_HEAVY = _texts(st.sampled_from(HINDI))
MIXED = _texts(st.sampled_from(HINDI), st.sampled_from(ENGLISH))
PUBLISHED = st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31)))


@PROPERTY
@given(text=DEVANAGARI_HEAVY, published=PUBLISHED)
@example(text="प्रांत\tमार्च ", published=None)  # a place cue word before the name, at the end: was IndexError
def test_devanagari_records_hold_their_invariants(text: str, published: date | None) -> None:
    assert_valid_record(extract(text, published=published))


@PROPERTY
@given(text=MIXED, published=PUBLISHED, language=st.sampled_from([None, "hi", "en"]))
@example(text="पुलिस‘arrested ", published=None, language=None)  # a trigger glued to a word: was IndexError
@example(text="पुलिस‘प्रधानमंत्री ", published=None, language=None)  # a title glued to a mark: was IndexError
@example(text="स्मृति‘ईरानी", published=None, language=None)  # a demonym glued to a mark: was IndexError
def test_mixed_records_hold_their_invariants(text: str, published: date | None, language: str | None) -> None:
    assert_valid_record(extract(text, published=published, language=language))


@PROPERTY
@given(text=MIXED, chars=st.integers(1, 600))
@example(text="Biden\u2018पुलिस ", chars=7)  # a person inside one word: no list around it (people_runs)
def test_a_budget_cuts_where_its_flag_says(text: str, chars: int) -> None:
    article = extract(text, budget=Budget(chars=chars))
    assert_valid_record(article)
    assert article.text == text
    truncated = [f for f in article.flags if f.kind == TRUNCATED]
    if len(text) <= chars:
        assert truncated == []
        return
    [flag] = truncated
    assert 0 < flag.start <= chars and flag.end == len(text)
    read = [*article.segments, *article.sentences, *(m for e in article.entities for m in e.mentions)]
    read += [*article.dates, *article.counts, *article.quotes, *article.events]
    assert all(item.end <= flag.start for item in read)
