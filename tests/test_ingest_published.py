"""Publication dates as sources give them."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.ingest.published import parse_published


@pytest.mark.parametrize(
    "value",
    [
        "2022-01-07",
        "2022-01-07T23:30:00+05:30",
        "2022-01-07T10:00:00Z",
        " 2022-01-07 10:00 ",
        "Fri, 07 Jan 2022 23:00:00 -0500",
    ],
)
def test_iso_and_rfc2822(value: str) -> None:
    assert parse_published(value) == date(2022, 1, 7)


@pytest.mark.parametrize("value", ["yesterday", "", "2022-13-01", "7 Jan", "07/01/2022"])
def test_anything_else_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="unknown date"):
        parse_published(value)
