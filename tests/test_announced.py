"""A future or intended act is one event carrying its announcement's coding: in the record, the
store (old stores get the columns), the GDELT export (CAMEO codes the announcement) and the scorers'
PLOVER view."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
import pandas as pd
from eval.announced import plover_events

from khabar import extract
from khabar.store.db import open_store
from khabar.store.export import ExportFormat, export
from khabar.store.export_gdelt import GDELT_COLUMNS

TEXT = "Russia will send peacekeepers to Kazakhstan."


def test_an_announced_act_is_one_event_with_its_announcement() -> None:
    (event,) = extract(TEXT, language="en").events
    assert (event.type, event.modality, event.announced_as, event.announced_cameo) == (
        "AID",
        "future",
        "AGREE",
        "033",
    )


def test_the_plover_view_codes_the_announcement_then_the_act() -> None:
    (event,) = extract(TEXT, language="en").events
    told = list(plover_events([event]))
    assert [(e.type, e.modality, e.cameo, e.negated) for e in told] == [
        ("AGREE", "asserted", "033", False),
        ("AID", "future", event.cameo, False),
    ]
    assert told[0].source == event.source and told[0].acled_sub_event_type is None
    (asserted,) = extract("Russia sent peacekeepers to Kazakhstan.", language="en").events
    assert list(plover_events([asserted])) == [asserted]


def test_old_stores_get_the_columns_and_gdelt_codes_the_announcement(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    article = extract(TEXT, language="en", published="2022-01-06")
    with open_store(path) as store:
        store.write([extract("Russia sent peacekeepers to Kazakhstan.", language="en")])
        for column in ("announced_as", "announced_cameo"):
            store.connection.execute(f"ALTER TABLE events DROP COLUMN {column}")
    with open_store(path) as store:
        store.write([article])
        rows = store.connection.execute(
            "SELECT type, announced_as, announced_cameo FROM events ORDER BY type"
        )
        assert rows.fetchall() == [("AID", None, None), ("AID", "AGREE", "033")]
        assert store.article(article.id) == article
        sink = io.BytesIO()
        export(store, ExportFormat.gdelt_tsv, sink)
    frame = pd.read_csv(io.BytesIO(sink.getvalue()), sep="\t", header=None, names=GDELT_COLUMNS, dtype=str)
    assert sorted(frame["EventCode"]) == sorted(["033", article.events[0].cameo])


def test_an_old_store_opened_read_only_exports_no_announcement(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with open_store(path) as store:
        store.write(
            [extract("Russia sent peacekeepers to Kazakhstan.", language="en", published="2022-01-06")]
        )
        for column in ("announced_as", "announced_cameo"):
            store.connection.execute(f"ALTER TABLE events DROP COLUMN {column}")
    with open_store(path, read_only=True) as store:
        sink = io.BytesIO()
        assert export(store, ExportFormat.jsonl, sink) == 1
        assert export(store, ExportFormat.gdelt_tsv, io.BytesIO()) == 1
    row = orjson.loads(sink.getvalue())
    assert (row["type"], row["announced_as"], row["announced_cameo"]) == ("AID", None, None)
