"""Exports read back by pandas with the right types, filters, and the command's errors."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import typer
from eval.stories import hand_coded_articles
from typer.testing import CliRunner

from khabar.store.commands import export_command
from khabar.store.db import Store, open_store
from khabar.store.export import ExportFormat, Filters, export
from khabar.store.export_acled import ACLED_COLUMNS
from khabar.store.export_gdelt import GDELT_COLUMNS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "k.duckdb"
    with open_store(path) as store:
        store.write(hand_coded_articles())
    return path


@pytest.fixture
def store(db: Path) -> Store:
    with open_store(db, read_only=True) as opened:
        yield opened


def test_jsonl(store: Store) -> None:
    sink = io.BytesIO()
    assert export(store, ExportFormat.jsonl, sink) == 15
    frame = pd.read_json(io.BytesIO(sink.getvalue()), lines=True, dtype={"day": "datetime64[ns]"})
    assert frame["day"].dtype.kind == "M" and frame["lat"].dtype.kind == "f"
    assert frame["story_id"].notna().all()
    imphal = frame[frame["location_name"] == "Imphal"]
    assert sorted(imphal["killed"]) == [3, 3, 4]
    assert imphal["counts"].iloc[0] == {"killed": int(imphal["killed"].iloc[0])}


def test_parquet_is_typed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    export(store, ExportFormat.parquet, path)
    frame = pd.read_parquet(path, dtype_backend="pyarrow")
    assert str(frame["day"].dtype) == "date32[day][pyarrow]"
    assert str(frame["lat"].dtype) == "double[pyarrow]"
    assert str(frame["killed"].dtype) == "int64[pyarrow]"
    assert str(frame["context"].dtype).startswith("list<")
    assert frame["evidence"].iloc[0][0]["text"]


def test_acled_csv(store: Store) -> None:
    sink = io.BytesIO()
    written = export(store, ExportFormat.acled_csv, sink, Filters(country="ind"))
    assert written == 0  # hand-coded events carry no ACLED type: none is exported
    header = next(csv.reader(io.StringIO(sink.getvalue().decode())))
    assert tuple(header) == ACLED_COLUMNS


def test_acled_csv_rows(tmp_path: Path) -> None:
    articles = hand_coded_articles()
    for article in articles:
        for event in article.events:
            if event.type == "ASSAULT":
                event.acled_event_type, event.acled_sub_event_type = "Violence against civilians", "Attack"
    with open_store(tmp_path / "acled.duckdb") as store:
        store.write(articles)
        sink = io.BytesIO()
        assert export(store, ExportFormat.acled_csv, sink) == 4
    frame = pd.read_csv(io.BytesIO(sink.getvalue()), parse_dates=["event_date"])
    assert frame["event_date"].dtype.kind == "M"
    assert frame["fatalities"].dtype.kind == "i" and frame["latitude"].dtype.kind == "f"
    imphal = frame[frame["location"] == "Imphal"]
    assert set(imphal["geo_precision"]) == {1} and set(imphal["country"]) == {"India"}
    assert set(imphal["disorder_type"]) == {"Political violence"}
    assert all(eid.startswith("IND") for eid in frame["event_id_cnty"])


def test_acled_csv_leaves_out_what_did_not_happen(tmp_path: Path) -> None:
    articles = hand_coded_articles()
    assaults = [e for a in articles for e in a.events if e.type == "ASSAULT"]
    for event in assaults:
        event.acled_event_type, event.acled_sub_event_type = "Violence against civilians", "Attack"
    assaults[0].negated, assaults[1].modality = True, "future"  # "made no attack", "will attack"
    with open_store(tmp_path / "acled.duckdb") as store:
        store.write(articles)
        assert export(store, ExportFormat.acled_csv, io.BytesIO()) == len(assaults) - 2


def test_gdelt_tsv_has_61_columns(store: Store) -> None:
    sink = io.BytesIO()
    export(store, ExportFormat.gdelt_tsv, sink, Filters(type="agree"))
    frame = pd.read_csv(io.BytesIO(sink.getvalue()), sep="\t", header=None, names=GDELT_COLUMNS)
    assert len(GDELT_COLUMNS) == 61 and len(frame) == 3
    assert frame["SQLDATE"].dtype.kind == "i" and set(frame["SQLDATE"]) == {20250312}
    assert frame["ActionGeo_Lat"].dtype.kind == "f"
    assert set(frame["ActionGeo_CountryCode"]) == {"NP", "IN"}  # FIPS 10-4
    kathmandu = frame[frame["ActionGeo_CountryCode"] == "NP"]
    assert set(kathmandu["Actor1Name"]) == {"NEPAL"} and set(kathmandu["NumArticles"]) == {2}
    assert set(kathmandu["ActionGeo_FeatureID"]) == {1283240}


def test_filters(store: Store) -> None:
    def rows(filters: Filters) -> int:
        return export(store, ExportFormat.jsonl, io.BytesIO(), filters)

    assert rows(Filters(since=date.fromisoformat("2025-03-11"))) == 8
    assert rows(Filters(until=date.fromisoformat("2025-03-10"))) == 7
    assert rows(Filters(language="hi")) == 5
    assert rows(Filters(country="NPL")) == 2
    story = store.connection.execute("SELECT id FROM stories WHERE location_name = 'Imphal'").fetchall()[0][0]
    assert rows(Filters(story=story)) == 3


def test_command_errors(db: Path, tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(export_command)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(db), "--format", "xml"])
    assert result.exit_code == 2 and "is not one of" in result.output
    result = runner.invoke(app, ["--db", str(db), "--format", "parquet"])
    assert result.exit_code == 2 and "parquet needs a file" in result.output
    result = runner.invoke(app, ["--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such store" in result.output
    result = runner.invoke(app, ["--db", str(db), "--since", "March"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    out = tmp_path / "e.csv"
    result = runner.invoke(app, ["--db", str(db), "-f", "gdelt-tsv", "-o", str(out), "--type", "ASSAULT"])
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == 4


def test_output_that_is_the_store_is_refused(db: Path) -> None:
    app = typer.Typer()
    app.command()(export_command)
    before = db.read_bytes()
    result = CliRunner().invoke(app, ["--db", str(db), "-o", str(db)])
    assert result.exit_code == 2
    assert f"output {db} is the input {db}" in result.stderr
    assert db.read_bytes() == before


def test_failed_export_leaves_the_target_untouched(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import khabar.store.export

    app = typer.Typer()
    app.command()(export_command)
    out = tmp_path / "events.jsonl"
    out.write_text("the previous export\n", encoding="utf-8")

    def failing(rows: list, sink: io.TextIOBase) -> int:
        sink.write("half a line")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(khabar.store.export, "write_jsonl", failing)
    result = CliRunner().invoke(app, ["--db", str(db), "-o", str(out)])
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]
    monkeypatch.undo()
    result = CliRunner().invoke(app, ["--db", str(db), "-o", str(out), "-f", "parquet"])
    assert result.exit_code == 0, result.output
    assert pd.read_parquet(out).shape[0] > 0
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]
