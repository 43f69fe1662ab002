"""The derivation rules in khabar.rules, and that the store, its exports and stories apply them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from eval.stories import hand_coded_articles

from khabar.rules import distance_km, event_day, fatalities, first_day
from khabar.schema import Event
from khabar.store.db import open_store
from khabar.store.export import select_events


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-05", date(2022, 1, 5)),
        ("2022-01", date(2022, 1, 1)),
        ("2022", date(2022, 1, 1)),
        (None, None),
        ("", None),
        ("2022-13", None),
        ("2022-02-30", None),
        ("2022-01-05-01", None),
        ("soon", None),
    ],
)
def test_first_day(value: str | None, expected: date | None) -> None:
    assert first_day(value) == expected


def event(**fields: object) -> Event:
    return Event(id="a:v0", type="PROTEST", start=0, end=1, **fields)


def test_event_day_is_its_date_to_the_day_else_publication_day() -> None:
    published = date(2022, 1, 9)
    assert event_day(event(date="2022-01-05", date_precision="day"), published) == date(2022, 1, 5)
    assert event_day(event(date="2022-01", date_precision="month"), published) == published
    assert event_day(event(), published) == published
    assert event_day(event(), None) is None


def test_fatalities_is_the_killed_count() -> None:
    assert fatalities(event(counts={"killed": 3, "injured": 9}).counts) == 3
    assert fatalities({"injured": 9}) is None
    assert fatalities({"killed": 0}) == 0


def test_distance_km() -> None:
    assert 1140 < distance_km(28.65195, 77.23149, 19.07283, 72.88261) < 1160
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


def test_store_and_exports_apply_the_rules(tmp_path: Path) -> None:
    articles = hand_coded_articles()
    with open_store(tmp_path / "k.duckdb") as store:
        store.write(articles)
        rows = {r["event_id"]: r for r in select_events(store).to_pylist()}
        stored = dict(store.connection.execute("SELECT id, fatalities FROM events").fetchall())
        story = store.connection.execute(
            "SELECT s.fatalities, c.value FROM stories s JOIN story_counts c ON c.story_id = s.id"
            " WHERE c.what = 'killed'"
        ).fetchall()
    for article in articles:
        for e in article.events:
            assert rows[e.id]["day"] == event_day(e, article.published)
            assert stored[e.id] == rows[e.id]["killed"] == fatalities(e.counts)
    assert story and all(killed == value for killed, value in story)
