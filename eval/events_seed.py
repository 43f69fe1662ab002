"""Event coding on the founding example: the analyst's 15 coded events in ``shared/seed/expected.json``.

A coded event is found when a khabar event starting on the same line (``para``, 0-based) has the same
PLOVER type and the same source. Sources are compared by canonical entity name (case-insensitive); a
coded country is also matched by an unnamed group of that country (``source_country``), the coded groups
"police" and "security forces" by the event's source sector, and a coded event without a source by an
event without a named source. An unnamed group is no source entity or a generic actor (type ``GROUP``:
"protesters", "police"): the analyst names no actor for them. Precision is the share of khabar's events
that match a coded event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from typing import Any

from eval.common import Extractor, Report, khabar_extract, pct
from eval.seed import load_seed
from khabar.schema import Article, Event

GROUP_SECTORS = {"police": {"COP"}, "security forces": {"COP", "MIL"}}


def line_of(text: str) -> Callable[[int], int]:
    """Offset -> 0-based line index of ``text``."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return lambda offset: bisect_right(starts, offset) - 1


def source_matches(coded: dict[str, Any], event: Event, article: Article, countries: dict[str, str]) -> bool:
    """Whether ``event``'s source is the coded source (see the module docstring for the rules)."""
    want = coded.get("source")
    names = {e.id: e.name.casefold() for e in article.entities}
    unnamed = event.source is None or event.source in {e.id for e in article.entities if e.type == "GROUP"}
    if want is None:
        return unnamed
    if want in GROUP_SECTORS:
        return event.source_sector in GROUP_SECTORS[want]
    if event.source is not None and names.get(event.source) == want.casefold():
        return True
    country = countries.get(want.casefold())
    return unnamed and country is not None and event.source_country == country


def describe(event: Event, article: Article, line: int) -> str:
    names = {e.id: e.name for e in article.entities}
    source = names.get(event.source or "") or (event.source_text.text if event.source_text else None)
    target = names.get(event.target or "") or (event.target_text.text if event.target_text else None)
    mode = f"/{event.mode}" if event.mode else ""
    return f"line {line}: {event.type}{mode} source={source} target={target}"


def score_seed_events(text: str, coding: dict[str, Any], extract: Extractor = khabar_extract) -> Report:
    """Found with type+source+line, found with type+line, precision; misses and extras in the notes."""
    article = extract(text, date.fromisoformat(coding["published"]))
    line = line_of(text)
    countries = {
        e["name"].casefold(): e["country"]
        for e in coding["entities"]
        if e["type"] == "COUNTRY" and e.get("country")
    }

    def same(coded: dict[str, Any], event: Event, with_source: bool) -> bool:
        if line(event.start) != coded["para"] or event.type != coded["type"]:
            return False
        return not with_source or source_matches(coded, event, article, countries)

    coded_events = coding["events"]
    full = [any(same(c, e, True) for e in article.events) for c in coded_events]
    typed = [any(same(c, e, False) for e in article.events) for c in coded_events]
    matching = [any(same(c, e, True) for c in coded_events) for e in article.events]
    n_coded, n_khabar = len(coded_events), len(article.events)

    report = Report(
        "events seed: kazakhstan-2022-hi.txt against expected.json events", ["measure", "value", "of", "%"]
    )
    report.rows = [
        [measure, str(ok), str(n), pct(ok / n if n else 0)]
        for measure, ok, n in (
            ("found: type + source + line", sum(full), n_coded),
            ("found: type + line", sum(typed), n_coded),
            ("precision: khabar events matching a coded one", sum(matching), n_khabar),
        )
    ]
    report.notes = ["targets: found (type + source + line) >= 13/15, precision >= 80 %"]
    for coded, ok, type_ok in zip(coded_events, full, typed, strict=True):
        if not ok:
            why = "source differs" if type_ok else "no event of that type on the line"
            report.notes.append(
                f"miss: line {coded['para']}: {coded['type']} source={coded.get('source')} ({why})"
            )
    report.notes += [
        f"extra: {describe(e, article, line(e.start))}"
        for e, ok in zip(article.events, matching, strict=True)
        if not ok
    ]
    return report


def run(extract: Extractor = khabar_extract) -> list[Report]:
    return [score_seed_events(*load_seed(), extract)]
