"""Extraction work grows linearly with the article's length: no all-pairs loops over mentions or
events. Counted in Python calls (not seconds), so the check does not depend on the machine."""

from __future__ import annotations

import sys
from datetime import date

from bench.scaling import incidents

from khabar import extract


def _calls(text: str) -> int:
    """Python function calls (and generator steps) made while extracting ``text``."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        extract(text, published=date(2022, 1, 7))
    finally:
        sys.setprofile(None)
    return count


def test_event_dense_work_grows_linearly() -> None:
    extract(incidents(5_000, seed=9))  # language data and caches loaded before counting
    small, large = _calls(incidents(20_000)), _calls(incidents(80_000))
    assert large <= 5 * small, (small, large)  # four times the text; all-pairs loops made it nine times
