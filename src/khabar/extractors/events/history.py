"""Background told as history. An asserted act its own clause dates two or more years before the
article's time is the story's background, not news of the day ("वर्ष 2003 में पाँच लोगों को गिरफ्तार कर
लिया गया" in a story of 2013, "the 1985 bombing of the Kanishka" in one of 2009). PLOVER's auxiliary
mode ``historical`` says so, in the event's context: the event stays (a report of it is still a report
of it), marked as not new. The article's time is its publication year, else the latest year an
asserted act of it is dated (a story with no publication date is as recent as the latest act it tells)."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.extractors.events.mentions import Mention
from khabar.rules import first_day

HISTORICAL = "historical"  # PLOVER's auxiliary mode for an event the report recalls, put in its context
PAST_YEARS = 2  # an act dated this many years or more before the article's time is background


def historical(doc: Doc, mentions: Sequence[Mention]) -> set[int]:
    """The positions in ``mentions`` of the asserted acts their clause dates ``PAST_YEARS`` or more
    before the article's time."""
    years = {at: year for at, m in enumerate(mentions) if (year := _year(m)) is not None}
    now = doc.published.year if doc.published else max(years.values(), default=None)
    if now is None:
        return set()
    return {at for at, year in years.items() if year <= now - PAST_YEARS}


def _year(m: Mention) -> int | None:
    """The year the mention's own clause dates it in, for an asserted act."""
    if m.modality != "asserted" or not m.date_in_clause or m.date is None:
        return None
    day = first_day(m.date.value)
    return day.year if day else None
