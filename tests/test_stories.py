"""Story rules: matching, incremental assignment with merges, conservative counts."""

from __future__ import annotations

from datetime import date

from khabar.schema import Entity, Event
from khabar.store.stories import (
    Profile,
    actor_keys,
    assign,
    same_happening,
    story_id,
)
from khabar.store.story_summary import combine_counts, summarise

DELHI = {"geonames_id": 1273294, "lat": 28.65195, "lon": 77.23149, "country": "IND", "geo_precision": "city"}
NOIDA = {"geonames_id": 1261481, "lat": 28.5355, "lon": 77.391, "country": "IND", "geo_precision": "city"}
MUMBAI = {"geonames_id": 1275339, "lat": 19.07283, "lon": 72.88261, "country": "IND", "geo_precision": "city"}
POLICE = frozenset({"source|sector:COP", "source|cs:IND/COP"})


def profile(eid: str, day: int = 10, kind: str = "COERCE", keys=POLICE, place=DELHI, **more) -> Profile:
    return Profile(
        event_id=eid,
        article_id=eid.split(":")[0],
        type=kind,
        day=date(2025, 3, day),
        actor_keys=keys,
        **place,
        **more,
    )


def test_same_happening_needs_type_date_and_place() -> None:
    assert same_happening(profile("a:v0"), profile("b:v0", day=12))
    assert not same_happening(profile("a:v0"), profile("b:v0", day=14))
    assert not same_happening(profile("a:v0"), profile("b:v0", kind="ASSAULT"))
    assert not same_happening(profile("a:v0"), profile("b:v0", place=MUMBAI))
    assert same_happening(profile("a:v0"), profile("b:v0", place=NOIDA))  # about 20 km apart


def test_country_only_place_does_not_block_shared_named_actors() -> None:
    country = {"country": "IND", "geo_precision": "country"}
    keys = frozenset({"source|name:india", "target|name:nepal"})
    assert same_happening(profile("a:v0", keys=keys), profile("b:v0", keys=keys, place=country))
    assert not same_happening(
        profile("a:v0", keys=keys), profile("b:v0", place={"country": "NPL"}, keys=keys)
    )


def test_actors_must_agree_side_by_side() -> None:
    teachers = POLICE | {"target|sector:EDU"}
    thieves = POLICE | {"target|sector:CRM"}
    assert not same_happening(profile("a:v0", keys=teachers), profile("b:v0", keys=thieves))
    assert same_happening(
        profile("a:v0", keys=teachers), profile("b:v0", keys=frozenset({"source|sector:COP"}))
    )


def test_weak_or_missing_actors_need_an_exact_place() -> None:
    weak = frozenset({"source|sector:COP"})
    no_place = {"country": "IND"}
    assert not same_happening(
        profile("a:v0", keys=weak, place=no_place), profile("b:v0", keys=weak, place=no_place)
    )
    assert same_happening(profile("a:v0", keys=frozenset()), profile("b:v0"))
    assert not same_happening(profile("a:v0", keys=frozenset(), place=no_place), profile("b:v0"))


def test_actor_keys_use_canonical_names_and_sectors() -> None:
    india = Entity(id="x:e0", name="India", type="COUNTRY", country="IND", kb_id="IND")
    event = Event(
        id="x:v0", type="AGREE", source="x:e0", target_country="NPL", target_sector="GOV", start=0, end=1
    )
    keys = actor_keys(event, {"x:e0": india})
    assert keys == ["source|kb:IND", "source|name:india", "target|cs:NPL/GOV", "target|sector:GOV"]


def test_assign_merges_stories_an_event_bridges() -> None:
    left = profile("a:v0", day=10)
    right = profile("b:v0", day=16)
    existing = {story_id("a:v0"): [left], story_id("b:v0"): [right]}
    bridge = profile("c:v0", day=13)
    result = assign([bridge], existing)
    assert result.merged == {story_id("b:v0"): story_id("a:v0")}
    assert result.story_of == {"c:v0": story_id("a:v0"), "b:v0": story_id("a:v0")}
    assert result.touched == {story_id("a:v0")}


def test_assign_makes_a_new_story_when_nothing_matches() -> None:
    result = assign([profile("a:v0"), profile("b:v0", place=MUMBAI), profile("c:v0")], {})
    assert result.story_of["a:v0"] == result.story_of["c:v0"] != result.story_of["b:v0"]
    assert len(result.touched) == 2


def test_counts_take_each_sources_largest_then_the_minimum_of_two() -> None:
    events = [
        profile("a:v0", counts={"killed": 3}, source="one"),
        profile("a:v1", counts={"killed": 5}, source="one"),
        profile("b:v0", counts={"killed": 4, "injured": 10}, source="two"),
    ]
    injured, killed = combine_counts(events)  # sorted by kind
    assert (killed.what, killed.value, killed.method, killed.min, killed.max) == (
        "killed",
        4,
        "minimum",
        4,
        5,
    )
    assert killed.per_source == (("one", "a", 5), ("two", "b", 4))
    assert (injured.value, injured.method) == (10, "single")


def test_counts_take_the_lower_median_of_three_or_more_and_never_sum() -> None:
    events = [
        profile(f"{n}:v0", counts={"killed": v}, source=n) for n, v in zip("abcd", (2, 9, 5, 40), strict=True)
    ]
    (killed,) = combine_counts(events)
    assert (killed.value, killed.method, killed.min, killed.max) == (5, "median", 2, 40)


def test_summary_picks_the_most_precise_place_and_lists_languages() -> None:
    events = [
        profile(
            "a:v0",
            place={"country": "IND", "geo_precision": "country", "location_name": "India"},
            language="hi",
        ),
        profile("b:v0", place=DELHI | {"location_name": "Delhi"}, language="en", published=date(2025, 3, 9)),
    ]
    summary = summarise("s1", events)
    assert (summary.location_name, summary.geonames_id, summary.languages) == ("Delhi", 1273294, ["en", "hi"])
    assert summary.article_ids == ["b", "a"]  # by publication day; unknown days last
    assert (summary.first_day, summary.last_day, summary.n_events) == (
        date(2025, 3, 10),
        date(2025, 3, 10),
        2,
    )
