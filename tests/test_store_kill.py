"""A real kill: SIGKILL ``khabar ingest`` mid-run, check nothing committed is lost or partial,
re-run, and check the counts are exact with no duplicates."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ARTICLES = 200
RUNNER = (
    "import typer; from khabar.store.commands import ingest_command; "
    "app = typer.Typer(); app.command()(ingest_command); app()"
)
CITIES = ("Delhi", "Mumbai", "Lucknow", "Patna", "Jaipur")


def write_corpus(directory: Path) -> None:
    directory.mkdir()
    for n in range(ARTICLES):
        city = CITIES[n % len(CITIES)]
        text = f"Police arrested {n + 3} protesters in {city} on Monday. Article number {n}.\n"
        (directory / f"a{n:03}.txt").write_text(text, encoding="utf-8")
    (directory / "broken.jsonl").write_text("{not json\n", encoding="utf-8")


def ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", RUNNER, str(corpus), "--db", str(db), "--batch-size", "4"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_progress(process: subprocess.Popen[bytes], at_least: int, timeout: float = 120.0) -> None:
    """Read the progress bar until it shows ``at_least`` articles done."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        ready, _, _ = select.select([process.stderr], [], [], 0.5)
        if ready:
            seen += os.read(process.stderr.fileno(), 65536)
            done = [int(n) for n in re.findall(rb"(\d+) articles \[", seen)]
            if done and max(done) >= at_least:
                return
    raise AssertionError(f"no progress to {at_least} articles: {seen[-500:]!r}")


def check_consistent(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchall()[0]
        assert stored[0] == stored[1]
        for table in ("sentences", "entities", "mentions", "counts", "dates", "segments"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchall()
            assert orphans == [(0,)], table
        partial = con.execute(
            """SELECT count(*) FROM articles a WHERE
               json_array_length(record->'counts') <> (SELECT count(*) FROM counts WHERE article_id = a.id)
               OR json_array_length(record->'sentences')
                  <> (SELECT count(*) FROM sentences WHERE article_id = a.id)
            """
        ).fetchall()
        assert partial == [(0,)]
        return stored[0]


def test_kill_then_resume(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "k.duckdb"
    write_corpus(corpus)
    process = ingest(corpus, db)
    try:
        wait_for_progress(process, at_least=40)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        process.stderr.close()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    first = check_consistent(db)
    assert 0 < first < ARTICLES

    rerun = subprocess.run(
        [sys.executable, "-c", RUNNER, str(corpus), "--db", str(db)], capture_output=True, check=False
    )
    assert rerun.returncode == 1  # the broken input fails, everything else is stored
    assert b"broken.jsonl:1: bad JSON" in rerun.stderr
    assert re.search(rb"\b%d skipped" % first, rerun.stderr)
    assert check_consistent(db) == ARTICLES

    again = subprocess.run(
        [sys.executable, "-c", RUNNER, str(corpus), "--db", str(db), "--quiet"],
        capture_output=True,
        check=False,
    )
    assert again.returncode == 1
    assert b"articles [" not in again.stderr  # no progress bar
    assert check_consistent(db) == ARTICLES
