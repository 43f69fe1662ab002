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

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, get_args

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from khabar.ingest.output import atomic_write
from khabar.schema import CountKind
from khabar.store.db import Store
from khabar.store.export_acled import write_acled_csv
from khabar.store.export_gdelt import write_gdelt_tsv
from khabar.store.store_file import ADDED_COLUMNS, missing_columns


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
    e.negated, e.uncertain, e.modality, e.attributed_to, e.cameo,
    {added}, e.acled_event_type, e.acled_sub_event_type,
    e.char_start, e.char_end, e.evidence, e.language, e.published, e.url, e.outlet,
    s.n_articles AS story_articles, s.n_sources AS story_sources, a.ingested_at
"""


def select_events(store: Store, filters: Filters = Filters()) -> pa.Table:
    """The exported columns of every event that passes ``filters``, typed, in a stable order."""
    count_columns = ", ".join(f"e.counts['{kind}'] AS {kind}" for kind in COUNT_KINDS)
    # the event columns added since version 1 (the announcement's), null in an older store opened read-only
    missing = {column for table, column, _ in missing_columns(store.connection) if table == "events"}
    added = ", ".join(
        f"CAST(NULL AS VARCHAR) AS {column}" if column in missing else f"e.{column}"
        for table, column, _ in ADDED_COLUMNS
        if table == "events"
    )
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
        SELECT {_EXPORTED.format(count_columns=count_columns, added=added)}
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
