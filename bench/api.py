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
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.api_server import SMALL, build_store, large_body, request, server
from bench.processes import busy_worker, cpu_times, gone_after, memory_mb

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
