"""The processes of a running server, read from ``/proc`` (Linux): its worker processes, their memory
and CPU time, and when one has exited (``bench/api.py``)."""

from __future__ import annotations

import os
import time
from pathlib import Path


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
