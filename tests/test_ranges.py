"""``ByStart``: the look-ups by position agree with a pass over every span."""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from khabar.text.ranges import ByStart


class Item(NamedTuple):
    start: int
    end: int
    number: int


ITEMS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)), max_size=40).map(
    lambda pairs: [Item(start, start + size, i) for i, (start, size) in enumerate(pairs)]
)
OFFSET = st.integers(-2, 80)


def _ordered(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda item: item.start)


@given(items=ITEMS, lo=OFFSET, hi=OFFSET)
def test_range_look_ups_agree_with_a_full_pass(items: list[Item], lo: int, hi: int) -> None:
    index = ByStart(items)
    ordered = _ordered(items)
    assert index.starting(lo, hi) == [i for i in ordered if lo <= i.start < hi]
    assert index.within(lo, hi) == [i for i in ordered if lo <= i.start < hi and i.end <= hi]
    assert index.reaching(lo, hi) == [i for i in ordered if i.start <= hi and i.end >= lo]
    assert index.holding(lo) == [i for i in ordered if i.start <= lo < i.end]
    assert index.first_from(lo) == next((i for i in ordered if i.start >= lo), None)
    assert index.last_ending(lo) == next((i for i in reversed(ordered) if i.end <= lo), None)


def test_items_with_one_start_keep_their_order() -> None:
    items = [Item(5, 9, 0), Item(2, 3, 1), Item(5, 6, 2)]
    assert [i.number for i in ByStart(items).starting(0, 10)] == [1, 0, 2]
