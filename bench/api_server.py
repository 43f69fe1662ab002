"""``khabar serve`` for the API benchmark: a store of real articles, a server process on 127.0.0.1,
and plain HTTP requests to it (``bench/api.py``)."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.throughput import REPO_ROOT, generated_articles, real_articles

SMALL = "Police arrested 12 students in Dhaka on 3 March 2021 after a protest over fees."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def texts() -> Iterator[str]:
    found = False
    for _, text, _ in real_articles():
        if text.strip():
            found = True
            yield text
    if not found:
        yield from (text for _, text, _ in generated_articles(2_000))


def build_store(directory: Path, articles: int) -> Path:
    """A store of ``articles`` real articles, written by ``khabar ingest``."""
    source = directory / "articles.jsonl"
    chosen = [t for t, _ in zip(texts(), range(articles), strict=False)]
    source.write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in chosen), encoding="utf-8"
    )
    store = directory / "store.duckdb"
    run = [
        sys.executable,
        "-m",
        "khabar.cli",
        "ingest",
        str(source),
        "--db",
        str(store),
        "-q",
        "--workers",
        "2",
    ]
    subprocess.run(run, check=True, env=_env())
    return store


def large_body(megabytes: float) -> bytes:
    """Real articles joined, as an /extract body of about ``megabytes`` MB."""
    parts, size = [], 0
    for text in texts():
        parts.append(text)
        size += len(text.encode())
        if size >= megabytes * 1_000_000:
            break
    return json.dumps({"text": "\n\n".join(parts)}, ensure_ascii=False).encode()


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }


@contextmanager
def server(store: Path, *options: str) -> Iterator[tuple[int, subprocess.Popen]]:
    port = free_port()
    command = [sys.executable, "-m", "khabar.cli", "serve", "--db", str(store), "--port", str(port), *options]
    process = subprocess.Popen(command, env=_env(), stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if request(port, "POST", "/extract", json.dumps({"text": SMALL}).encode())[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("khabar serve did not start")
            time.sleep(0.2)
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a server stuck in its own threads
            process.kill()
            process.wait()


def request(
    port: int, method: str, path: str, body: bytes | None = None, timeout: float = 300
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()
