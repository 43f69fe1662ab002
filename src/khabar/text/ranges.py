"""Spans in the order of their starts, looked up by bisection: the stages ask which spans start in a
clause or sentence, or which hold an offset, without a pass over every span of the article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


class ByStart(Generic[S]):
    """``items`` sorted by start (stably: items with one start keep their order)."""

    __slots__ = ("_ends", "_starts", "items")

    def __init__(self, items: Iterable[S]) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self._starts = [item.start for item in self.items]
        self._ends = list(accumulate((item.end for item in self.items), max))  # the furthest end so far

    def starting(self, lo: int, hi: int) -> list[S]:
        """The items that start in ``[lo, hi)``, in order."""
        return self.items[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]

    def holding(self, offset: int) -> list[S]:
        """The items with ``start <= offset < end``, in order."""
        return self.reaching(offset + 1, offset)

    def reaching(self, lo: int, hi: int) -> list[S]:
        """The items with ``start <= hi`` and ``end >= lo``, in order."""
        i = bisect_right(self._starts, hi) - 1
        out: list[S] = []
        while i >= 0 and self._ends[i] >= lo:
            if self.items[i].end >= lo:
                out.append(self.items[i])
            i -= 1
        out.reverse()
        return out

    def within(self, lo: int, hi: int) -> list[S]:
        """The items wholly inside ``[lo, hi)``, in order."""
        return [item for item in self.starting(lo, hi) if item.end <= hi]

    def last_ending(self, offset: int) -> S | None:
        """The last item (in order) that ends at or before ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0 and self.items[i].end > offset:  # only the items that hold ``offset``
            i -= 1
        return self.items[i] if i >= 0 else None

    def first_from(self, offset: int) -> S | None:
        """The first item that starts at or after ``offset``."""
        i = bisect_left(self._starts, offset)
        return self.items[i] if i < len(self.items) else None
