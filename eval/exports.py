"""Export round trip: ingest the repository's own articles, export every format, read each back
with pandas, and report rows and column types (no ../shared needed).

Articles: ``examples/*.txt`` and the story test corpus ``tests/data/stories/corpus.jsonl``,
through the real pipeline and ``Store.write``.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pandas as pd

from eval.common import Report
from khabar.batch import extract_all
from khabar.ingest import read_paths
from khabar.schema import Article
from khabar.store.db import open_store
from khabar.store.export import ExportFormat, Filters, export
from khabar.store.export_gdelt import GDELT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples", ROOT / "tests" / "data" / "stories" / "corpus.jsonl")
CHECKED = ("event_date", "latitude", "fatalities", "day", "lat", "SQLDATE", "ActionGeo_Lat")


def _read_back(fmt: ExportFormat, data: bytes) -> pd.DataFrame:
    if fmt is ExportFormat.jsonl:
        return pd.read_json(io.BytesIO(data), lines=True)
    if fmt is ExportFormat.parquet:
        return pd.read_parquet(io.BytesIO(data), dtype_backend="pyarrow")
    if fmt is ExportFormat.acled_csv:
        return pd.read_csv(io.BytesIO(data), parse_dates=["event_date"])
    return pd.read_csv(io.BytesIO(data), sep="\t", header=None, names=list(GDELT_COLUMNS))


def run() -> list[Report]:
    articles = [a for a in extract_all(read_paths(SOURCES)) if isinstance(a, Article)]
    report = Report(
        "exports: round trip through pandas", ["format", "rows written", "rows read", "columns", "types"]
    )
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "k.duckdb") as store:
        store.write(articles)
        for fmt in ExportFormat:
            sink = io.BytesIO()
            written = export(store, fmt, sink, Filters())
            frame = _read_back(fmt, sink.getvalue())
            types = ", ".join(f"{c}:{frame[c].dtype}" for c in CHECKED if c in frame.columns)
            report.rows.append([fmt.value, str(written), str(len(frame)), str(frame.shape[1]), types or "-"])
    report.notes.append(f"{len(articles)} articles from examples/ and tests/data/stories/corpus.jsonl")
    return [report]
