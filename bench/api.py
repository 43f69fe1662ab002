"""A bounded load test of the HTTP API on 127.0.0.1: ``python -m bench api``.

``khabar serve`` runs in its own process over a store of real articles (``--articles`` of them,
from ``../shared/eval``, else generated text). Then two phases:

1. ``--clients`` threads request ``GET /events`` (pages of 50, filters varied) as fast as they can,
   for ``--seconds``;
2. the same, for as long as one ``/extract`` of a ``--extract-mb`` MB article (real news joined) takes.

Reported per phase: requests/s, p50/p99/max latency, errors, and the server's memory (RSS and PSS of
the server and its worker processes, peak). Then the time limits: a large ``/extract`` whose client
hangs up after a second (how long until its worker process is gone, and until a small ``/extract``
is answered), and a server with a time limit under the large article's extraction time (504, and the
worker gone). Last, the cost of the worker process: a small ``/extract`` over HTTP against
``khabar.extract`` in this process.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.throughput import REPO_ROOT, generated_articles, real_articles

SMALL = "Police arrested 12 students in Dhaka on 3 March 2021 after a protest over fees."
FILTERS = [
    {},
    {"type": "PROTEST"},
    {"language": "hi"},
    {"q": "police"},
    {"since": "2020-01-01"},
    {"offset": 50},
]


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    peak_pss_mb: float = 0.0
    extracts: list[tuple[int, float]] = field(default_factory=list)

    def line(self) -> str:
        ordered = sorted(self.latencies) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        extracts = ", ".join(f"{status} in {s:.1f} s" for status, s in self.extracts) or "none"
        return (
            f"{self.name}: {len(self.latencies) / self.seconds:.0f} requests/s, "
            f"p50 {statistics.median(ordered) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms, {self.errors} errors; server memory peak "
            f"RSS {self.peak_rss_mb:.0f} MB, PSS {self.peak_pss_mb:.0f} MB; /extract: {extracts}"
        )


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


def descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (the forkserver, the resource tracker, the workers)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def memory_mb(pid: int) -> tuple[float, float]:
    """RSS and PSS of ``pid`` and its descendants together, in MB."""
    rss = pss = 0
    for process in (pid, *descendants(pid)):
        try:
            for row in Path(f"/proc/{process}/smaps_rollup").read_text().splitlines():
                name, value = row.split(":", 1) if ":" in row else (row, "")
                if name in ("Rss", "Pss"):
                    kb = int(value.split()[0])
                    rss, pss = (rss + kb, pss) if name == "Rss" else (rss, pss + kb)
        except (OSError, ValueError):
            continue
    return rss / 1024, pss / 1024


def load(port: int, pid: int, phase: Phase, clients: int, seconds: float, body: bytes | None) -> Phase:
    """``clients`` threads on ``GET /events`` for ``seconds``, or, given a ``body``, for as long as
    one ``/extract`` of it takes."""
    done = threading.Event()
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while not done.is_set():
            query = "&".join(f"{k}={v}" for k, v in rng.choice(FILTERS).items())
            started = time.perf_counter()
            try:
                connection.request("GET", f"/events?{query}")
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                phase.latencies.append(time.perf_counter() - started)
                phase.errors += not ok

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    if body is None:
        timer = threading.Timer(seconds, done.set)
    else:
        timer = threading.Thread(target=lambda: (phase.extracts.append(timed(port, body)), done.set()))
    timer.start()
    while not done.wait(0.5):
        rss, pss = memory_mb(pid)
        phase.peak_rss_mb, phase.peak_pss_mb = max(phase.peak_rss_mb, rss), max(phase.peak_pss_mb, pss)
    for thread in threads:
        thread.join()
    phase.seconds = time.monotonic() - began
    return phase


def timed(port: int, body: bytes) -> tuple[int, float]:
    """The status of one ``/extract`` of ``body`` (0: no answer in 300 s) and its seconds."""
    started = time.perf_counter()
    try:
        status, _ = request(port, "POST", "/extract", body)
    except TimeoutError:
        status = 0
    return status, time.perf_counter() - started


def busy_worker(pid: int, before: dict[int, float]) -> int | None:
    """The worker process whose CPU time grew since ``before`` (pid -> seconds)."""
    now = cpu_times(pid)
    grown = [(now[p] - before.get(p, 0.0), p) for p in now]
    best = max(grown, default=(0.0, None))
    return best[1] if best[0] > 0.2 else None


def cpu_times(pid: int) -> dict[int, float]:
    times = {}
    for process in descendants(pid):
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            times[process] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
    return times


def worker_of(port: int, pid: int, body: bytes) -> tuple[int | None, socket.socket]:
    """Post ``body`` on a raw socket; after a second, the worker process busy with it, and the socket."""
    before = cpu_times(pid)
    head = (
        "POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(head.encode() + body)
    time.sleep(1.0)
    return busy_worker(pid, before), client


def gone_after(worker: int | None, since: float) -> float:
    """Seconds from ``since`` until ``worker`` has exited (or 60)."""
    while worker is not None and time.perf_counter() - since < 60:
        try:
            if Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                break
        except OSError:
            break
        time.sleep(0.01)
    return time.perf_counter() - since


def abandon(port: int, pid: int, body: bytes) -> str:
    """Post ``body``, hang up after a second; how soon its worker is gone and a small request answered."""
    worker, client = worker_of(port, pid, body)
    client.close()
    hung_up = time.perf_counter()
    gone = gone_after(worker, hung_up)
    status, _ = request(port, "POST", "/extract", json.dumps({"text": SMALL}).encode())
    answered = time.perf_counter() - hung_up
    return (
        f"abandoned /extract: its worker ({worker}) gone {gone:.2f} s after the client hung up; "
        f"a small /extract then answered {status} {answered:.2f} s after the hang-up"
    )


def time_limit(store: Path, body: bytes, limit: float) -> str:
    """A server whose time limit is ``limit``: when the large request is answered, and its worker gone."""
    with server(store, "--extract-timeout", str(limit)) as (port, process):
        sent = time.perf_counter()
        worker, client = worker_of(port, process.pid, body)
        with client, client.makefile("rb") as answer:
            status = answer.readline().split()[1].decode()
            answered = time.perf_counter() - sent
        gone = gone_after(worker, sent)
        return (
            f"time limit {limit:g} s: the large /extract answered {status} after {answered:.2f} s; "
            f"its worker ({worker}) gone after {gone:.2f} s"
        )


def overhead(port: int, rounds: int) -> str:
    from khabar import extract

    small = json.dumps({"text": SMALL}).encode()
    extract(SMALL)
    local, remote = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        extract(SMALL)
        local.append(time.perf_counter() - started)
        started = time.perf_counter()
        assert request(port, "POST", "/extract", small)[0] == 200
        remote.append(time.perf_counter() - started)
    return (
        f"small article ({len(SMALL)} chars), median of {rounds}: khabar.extract in process "
        f"{statistics.median(local) * 1000:.1f} ms, POST /extract {statistics.median(remote) * 1000:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench api", description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent GET /events clients (default 20)")
    parser.add_argument("--seconds", type=float, default=20, help="length of each phase (default 20)")
    parser.add_argument(
        "--extract-mb", type=float, default=2.0, help="size of the large /extract (default 2)"
    )
    parser.add_argument("--articles", type=int, default=300, help="articles in the store (default 300)")
    parser.add_argument("--limit", type=float, default=3.0, help="time limit for the 504 check (default 3 s)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="khabar-bench-api-") as directory:
        store = build_store(Path(directory), args.articles)
        body = large_body(args.extract_mb)
        size = f"{len(body) / 1e6:.2f} MB"
        print(f"store: {args.articles} articles; large /extract body {size}; {args.clients} clients")
        with server(store) as (port, process):
            for name, extra in (("GET /events alone", None), ("GET /events during a large /extract", body)):
                print(
                    load(port, process.pid, Phase(name), args.clients, args.seconds, extra).line(), flush=True
                )
            print(abandon(port, process.pid, body), flush=True)
            print(overhead(port, 30), flush=True)
        print(time_limit(store, body, args.limit), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
