"""The ACLED-style CSV export: ACLED's columns, filled as its codebook says from a stored event row
(see ``khabar.store.export`` for the precision and id rules)."""

from __future__ import annotations

import csv
from typing import IO, Any

from khabar.knowledge.countries import by_iso3
from khabar.rules import fatalities
from khabar.store.export_values import blank, event_number, iso_numeric

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
    """ACLED's columns and conventions (module docstring); events without an ACLED type are left out, and
    so are those that did not happen as told: negated, or future, intended or possible (ACLED codes what
    took place)."""
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    written = 0
    for row in rows:
        if (
            not row["acled_event_type"]
            or row["day"] is None
            or row["negated"]
            or row["modality"] != "asserted"
        ):
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
        "event_id_cnty": f"{row['country'] or 'XXX'}{event_number(row['event_id']) % 10**9}",
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
        "iso": iso_numeric(country.iso2) if country else "",
        "region": "",
        "country": country_name,
        "admin1": row["location_name"] if precision == "admin1" else "",
        "admin2": row["location_name"] if precision == "admin2" else "",
        "admin3": "",
        "location": row["location_name"] or country_name,
        "latitude": blank(row["lat"]),
        "longitude": blank(row["lon"]),
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
