"""Publication dates as given by a source: ISO 8601 date or date-time, or RFC 2822 (feeds, e-mail).

The standard library parses both forms exactly; a date-time keeps the calendar date it was
written in (its own time zone), since that is the date the source gave.
"""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime


def parse_published(value: str) -> date:
    """The date in ``value``; raises ``ValueError`` when it is neither ISO 8601 nor RFC 2822."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"unknown date {value!r}") from None
