"""Bounded values: absurd counts and dates far outside 0001-9999 are dropped, never an error
(issue "Nothing lost, nothing stuck")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_valid_dates
from khabar import extract
from khabar.rules import MAX_COUNT
from khabar.store.db import open_store

MARCH_4 = date(2021, 3, 4)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("20 billion billion killed in the attack.", "en"),
        ("दस लाख करोड़ करोड़ लोग मारे गए।", "hi"),
        ("1" * 5000 + " people were killed.", "en"),  # more digits than Python reads into an int
        ("3." + "1" * 5000 + " people were killed.", "en"),
    ],
)
def test_absurd_counts_are_dropped(text: str, language: str) -> None:
    article = extract(text, published=MARCH_4, language=language)
    assert article.counts == []
    assert all(value <= MAX_COUNT for event in article.events for value in event.counts.values())


def test_counts_up_to_the_bound_are_kept() -> None:
    article = extract("1,000,000,000,000 people were killed.", published=MARCH_4, language="en")
    assert [c.value for c in article.counts] == [MAX_COUNT]
    article = extract("1,000,000,000,001 people were killed.", published=MARCH_4, language="en")
    assert article.counts == []
    article = extract("20.7 अरब लोगों की मौत हो गई।", published=MARCH_4, language="hi")
    assert [c.value for c in article.counts] == [20_700_000_000]


def test_absurd_count_is_not_stored(tmp_path: Path) -> None:
    articles = [
        extract("20 billion billion killed in the attack.", published=MARCH_4, language="en"),
        extract("दस लाख करोड़ करोड़ लोग मारे गए।", published=MARCH_4, language="hi"),
    ]
    with open_store(tmp_path / "k.duckdb") as store:
        result = store.write(articles)
        assert result.stored == 2
        assert store.article(articles[0].id) == articles[0]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It happened 800000 days ago.", MARCH_4),
        ("It happened " + "9" * 30 + " days ago.", MARCH_4),
        ("It happened " + "9" * 30 + " years ago.", MARCH_4),
        ("It happened yesterday.", date(1, 1, 1)),
        ("It will happen tomorrow.", date(9999, 12, 31)),
        ("कल हमला हुआ।", date(1, 1, 1)),
        ("कल हमला होगा।", date(9999, 12, 31)),
        ("It happened 5000 years ago.", MARCH_4),
        ("It will happen next year.", date(9999, 12, 31)),
        ("It happened last year.", date(1, 6, 1)),
        ("It happened 5505 month ago.", MARCH_4),
        ("It happened 5505 month ago.", date(53, 5, 1)),  # was "-406-08"
        ("It will happen next week.", date(9999, 12, 30)),
        ("It happened last Monday.", date(1, 1, 1)),
        ("It will happen next Monday.", date(9999, 12, 31)),
        ("The protest began in March.", date(1, 1, 1)),
        ("मार्च में चुनाव हुए।", date(1, 1, 1)),
    ],
)
def test_dates_out_of_range_are_dropped(text: str, published: date) -> None:
    article = extract(text, published=published)
    assert_valid_dates(article)
    assert all(not d.value.startswith(("-", "10000")) for d in article.dates)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("It happened 800000 days ago.", MARCH_4, []),
        ("It happened 5000 years ago.", MARCH_4, []),
        ("It will happen next year.", date(9999, 12, 31), []),
        ("It happened 5505 month ago.", date(53, 5, 1), []),
        ("It happened 5505 month ago.", MARCH_4, ["1562-06"]),
        ("It happened yesterday.", date(1, 1, 2), ["0001-01-01"]),
        ("It will happen tomorrow.", date(9999, 12, 30), ["9999-12-31"]),
        ("The protest began in March.", date(1, 1, 1), ["0001-03"]),
    ],
)
def test_dates_at_the_edges(text: str, published: date, expected: list[str]) -> None:
    article = extract(text, published=published, language="en")
    assert [d.value for d in article.dates] == expected


_UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
_RELATIVE = st.one_of(
    st.builds(
        "It happened {} {} ago.".format,
        st.one_of(st.integers(0, 10**7), st.integers(0, 10**40)),
        st.sampled_from(_UNITS),
    ),
    st.sampled_from(
        [
            "It will happen next year.",
            "It happened last year.",
            "It happened yesterday.",
            "It will happen tomorrow.",
            "It happened last month.",
            "It will happen next week.",
            "कल हमला हुआ।",
            "कल हमला होगा।",
            "पिछले साल हमला हुआ।",
            "अगले साल चुनाव होंगे।",
        ]
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(published=st.dates(date(1, 1, 1), date(9999, 12, 31)), text=_RELATIVE)
def test_relative_dates_are_always_valid(published: date, text: str) -> None:
    assert_valid_dates(extract(text, published=published))


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_events_at_the_ends_of_the_calendar_are_stored_in_stories(tmp_path: Path, day: date) -> None:

    article = extract("Police arrested 12 students in Dhaka yesterday.", published=day)
    with open_store(tmp_path / "edge.duckdb") as store:
        store.write([article])
        assert store.row_counts()["articles"] == 1
