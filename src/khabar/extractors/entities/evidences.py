"""The article's evidence for each of its place names (``khabar.knowledge.place_choice.Evidence``):
the countries it names and implies, and the regions, city points and districts its other names place,
counted once for the article less each name's own mentions (read by ``geocode``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TypeVar

from khabar.extractors.entities.found import MAX_POINTS
from khabar.knowledge.place_choice import Evidence
from khabar.knowledge.places import Place

T = TypeVar("T")


class Evidences:
    """The article's evidence for each name: everything but that name's own mentions. Counted once
    for the article, less the name's own counts (no pass over every placed name per name)."""

    def __init__(
        self,
        named: frozenset[str],
        implied: frozenset[str],
        home: frozenset[str],
        placed: list[tuple[str, Place]],
        districts: Districts,
    ) -> None:
        self.named, self.implied, self.home, self.districts = named, implied, home, districts
        self._all = _tally(placed)
        self._own: dict[str, list[tuple[str, Place]]] = {}
        self._points: dict[tuple[float, float], set[str]] = {}  # each city point, by the names placing it
        for key, place in placed:
            if key:
                self._own.setdefault(key, []).append((key, place))
            if place.feature == "city":
                self._points.setdefault((round(place.lat, 1), round(place.lon, 1)), set()).add(key)
        self._by_name: dict[str, Evidence] = {}

    def for_name(self, key: str) -> Evidence:
        if (evidence := self._by_name.get(key)) is None:
            own = _tally(self._own.get(key, []))
            countries, regions, around = (
                _Without(all_, own_) for all_, own_ in zip(self._all, own, strict=True)
            )
            evidence = self._by_name[key] = Evidence(
                named=self.named,
                implied=_Either(self.implied, countries),
                located=countries,
                regions=regions,
                points=self._points_but(key),
                around=around,
                home=self.home,
                districts=self.districts.for_name(key),
            )
        return evidence

    def _points_but(self, key: str) -> tuple[tuple[float, float], ...]:
        """The first ``MAX_POINTS`` city points that another name places."""
        points: list[tuple[float, float]] = []
        for point, keys in self._points.items():
            if not key or keys != {key}:
                points.append(point)
                if len(points) == MAX_POINTS:
                    break
        return tuple(points)


class Districts:
    """The admin-2 regions each name's fellow names fit (``place_choice.DISTRICT``): for a county's
    name, those of the towns the others may be; for a town's, the counties the others may be."""

    def __init__(self, names: Iterable[tuple[str, Sequence[Place]]]) -> None:
        self._own: dict[str, tuple[Counter[int], Counter[int], bool]] = {}
        for key, candidates in names:
            if key in self._own or not candidates:
                continue
            counties = Counter(
                {p.district for p in candidates if p.feature == "admin2" and p.district is not None}
            )
            towns = Counter(
                {p.district for p in candidates if p.feature == "city" and p.district is not None}
            )
            self._own[key] = (counties, towns, all(p.feature == "admin2" for p in candidates))
        self._counties: Counter[int] = Counter()
        self._towns: Counter[int] = Counter()
        for counties, towns, _ in self._own.values():
            self._counties.update(counties)
            self._towns.update(towns)

    def for_name(self, key: str) -> Collection[int]:
        counties, towns, county = self._own.get(key, (Counter(), Counter(), False))
        return _Without(self._towns, towns) if county else _Without(self._counties, counties)


_Tally = tuple["Counter[str]", "Counter[tuple[str, str]]", "Counter[tuple[str, str]]"]


def _tally(placed: Iterable[tuple[str, Place]]) -> _Tally:
    """How often the placed names give each country, region named, and region of a city."""
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    around: Counter[tuple[str, str]] = Counter()
    for _, p in placed:
        if p.country:
            countries[p.country] += 1
        if p.feature == "admin1":
            regions[(p.country, p.name)] += 1
        if p.feature != "admin1" and p.admin1:
            around[(p.country, p.admin1)] += 1
    return countries, regions, around


class _Without(Collection[T]):
    """What ``total`` counts beyond ``own``."""

    def __init__(self, total: Counter[T], own: Counter[T]) -> None:
        self._total, self._own = total, own

    def __contains__(self, item: object) -> bool:
        return self._total.get(item, 0) > self._own.get(item, 0)  # type: ignore[call-overload]

    def __len__(self) -> int:
        return len(self._total) - sum(1 for item, n in self._own.items() if self._total[item] == n)

    def __iter__(self) -> Iterator[T]:
        return (item for item in self._total if item in self)


class _Either(Collection[str]):
    """Membership in either of two collections."""

    def __init__(self, first: Collection[str], second: Collection[str]) -> None:
        self._first, self._second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self._first or item in self._second

    def __len__(self) -> int:
        return len(set(self))

    def __iter__(self) -> Iterator[str]:
        return iter({*self._first, *self._second})
