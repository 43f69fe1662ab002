"""The command line: JSON Lines out, clear errors on stderr, exit status 1 when an input failed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).parents[1] / "examples"


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_help_on_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = re.findall(r"│ (\w+)\s", result.output.split("Commands")[1])
    assert "extract" in commands
    for command in commands:
        assert runner.invoke(app, [command, "--help"]).exit_code == 0


def test_extract_writes_one_json_line_per_article(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLES), "--published", "2025-07-10", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = records(out.read_text(encoding="utf-8"))
    assert len(rows) == len(list(EXAMPLES.glob("*.txt")))
    assert all(row["published"] == "2025-07-10" and row["published_source"] == "given" for row in rows)


def test_bad_inputs_are_named_and_the_rest_still_come_out(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Police arrested 12 people in Nairobi on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (tmp_path / "feed.jsonl").write_text('{"text": "Floods in Dhaka."}\n{not json\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 2
    errors = result.stderr
    assert "empty.txt" in errors and "binary.txt" in errors and "feed.jsonl:2" in errors
    assert "3 input(s) failed, dropped; 2 record(s) written" in errors


def test_missing_path_and_bad_date_are_usage_errors(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(tmp_path / "nope.txt")]).exit_code == 2
    good = tmp_path / "a.txt"
    good.write_text("Floods in Dhaka.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--published", "07/01/2022"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_keep_input_order(tmp_path: Path, workers: int) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Report number {i}: calm day in Lagos.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--workers", str(workers)])
    assert result.exit_code == 0, result.output
    texts = [row["text"] for row in records(result.stdout)]
    assert texts == [f"Report number {i}: calm day in Lagos." for i in range(5)]


def test_output_does_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "khabar.cli", "extract", str(EXAMPLES)]
        done = subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    content = '{"text": "Floods in Dhaka."}\n{"text": "Police arrested 12 people in Nairobi."}\n'
    source.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert f"output {source} is the input {source}" in result.stderr
    assert source.read_text(encoding="utf-8") == content


def test_output_inside_an_input_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Floods in Dhaka.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police arrested 12 people in Nairobi.", encoding="utf-8")
    out = tmp_path / "sub" / ".." / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 2
    assert f"output {out} is inside the input directory {tmp_path}" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_output_is_replaced_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar.batch

    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Floods in Dhaka."}\n{"text": "Rain in Delhi."}\n', encoding="utf-8")
    results = tmp_path / "results"
    results.mkdir()
    out = results / "out.jsonl"
    out.write_text("the previous run\n", encoding="utf-8")
    real = khabar.batch.extract_all

    def crashing(*args, **kwargs):  # the first record is written, then the run dies
        for result in real(*args, **kwargs):
            yield result
            raise KeyboardInterrupt

    monkeypatch.setattr(khabar.batch, "extract_all", crashing)
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "the previous run\n"
    assert [p.name for p in results.iterdir()] == ["out.jsonl"]  # no temporary file left
    monkeypatch.setattr(khabar.batch, "extract_all", real)
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(records(out.read_text(encoding="utf-8"))) == 2
    assert [p.name for p in results.iterdir()] == ["out.jsonl"]


def test_invalid_utf8_keeps_the_article_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_bytes('{"text": "पुलिस ने सोमवार को नैरोबी में 12 लोगों को गिरफ्तार किया।'.encode() + b'\xff"}\n')
    with caplog.at_level("WARNING", logger="khabar.ingest"):
        result = runner.invoke(app, ["extract", str(damaged)])
    assert result.exit_code == 0, result.output
    (row,) = records(result.stdout)
    assert row["text"].endswith("गिरफ्तार किया।\ufffd")
    assert any(str(damaged) in message and "invalid UTF-8" in message for message in caplog.messages)
