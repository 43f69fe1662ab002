"""A damaged store gives the store's clear error, and one article that cannot be stored loses only itself."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from helpers import plain
from khabar.cli import app
from khabar.store import db as store_db
from khabar.store.db import StoreError, open_store
from khabar.store.store_file import DUCKDB_HEADER_BYTES

EXAMPLES = Path(__file__).parents[1] / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("damage") / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def block_size(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.execute("SELECT block_size FROM pragma_database_size()").fetchall()[0][0]


def copy(path: Path, to: Path, *, length: int | None = None, damaged_blocks: int = 0) -> Path:
    """``path`` copied to ``to``: cut to ``length`` bytes, or with the checksum of every block after
    the first ``damaged_blocks`` blocks flipped."""
    data = bytearray(path.read_bytes()[:length])
    if damaged_blocks:
        size = block_size(path)
        for start in range(DUCKDB_HEADER_BYTES + damaged_blocks * size, len(data), size):
            data[start : start + 8] = bytes(b ^ 0xFF for b in data[start : start + 8])
    to.write_bytes(bytes(data))
    return to


@pytest.mark.parametrize("share", [0.3, 0.7, 0.99])
def test_a_truncated_store_is_named_as_such(stored: Path, tmp_path: Path, share: float) -> None:
    cut = copy(stored, tmp_path / "cut.duckdb", length=int(stored.stat().st_size * share))
    for read_only in (True, False):
        with pytest.raises(StoreError, match=r"cut\.duckdb: (truncated|cannot read the store|cannot open)"):
            open_store(cut, read_only=read_only)
    for command in (["export", "--db", str(cut)], ["ingest", str(EXAMPLES), "--db", str(cut)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        assert plain(result.stderr).startswith(f"khabar: {cut}: ")
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_damaged_store_is_named_not_a_traceback(stored: Path, tmp_path: Path) -> None:
    damaged = copy(stored, tmp_path / "damaged.duckdb", damaged_blocks=1)
    result = runner.invoke(app, ["export", "--db", str(damaged)])
    assert result.exit_code == 2, result.output
    assert f"khabar: {damaged}: cannot read the store (damaged or truncated?): " in plain(result.stderr)
    assert isinstance(result.exception, SystemExit)


def test_the_api_names_a_store_it_cannot_read(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.service import queries
    from khabar.service.api import create_app
    from khabar.service.pool import PoolSettings

    def unreadable(*args: object, **kwargs: object) -> None:
        raise duckdb.IOException("IO Error: Could not read enough bytes from file\nmore detail")

    monkeypatch.setattr(queries, "count_events", unreadable)
    served = create_app(stored, extraction=PoolSettings(workers=1))
    with TestClient(served, base_url="http://localhost", raise_server_exceptions=False) as client:
        response = client.get("/events")
    assert response.status_code == 500
    reason = "IO Error: Could not read enough bytes from file"
    assert response.json()["detail"] == f"{stored}: cannot read the store (damaged or truncated?): {reason}"


def test_an_article_that_cannot_be_stored_loses_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in (("a", "Floods closed the bridge in Dhaka."), ("b", "boom"), ("c", "Rain in Delhi.")):
        (inputs / f"{name}.txt").write_text(text, encoding="utf-8")
    real = store_db.article_rows

    def fragile(article, *args):  # a value the tables cannot hold, in one article
        if article.text == "boom":
            raise OverflowError("Python int too large to convert to C long")
        return real(article, *args)

    monkeypatch.setattr(store_db, "article_rows", fragile)
    path = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(path)])
    assert result.exit_code == 1
    errors = plain(result.stderr)
    assert f"{inputs / 'b.txt'}: cannot store: OverflowError: Python int too large" in errors
    assert "2 stored" in errors and "1 failed" in errors
    with open_store(path, read_only=True) as store:
        assert sorted(a.text for a in map(store.article, store.article_ids())) == [
            "Floods closed the bridge in Dhaka.",
            "Rain in Delhi.",
        ]
