"""Which script a text is written in, and the romanisation settings (``data/scripts/romanise.yaml``)."""

from __future__ import annotations

from collections import defaultdict
from functools import cache, lru_cache
from typing import Any

import regex

from khabar.knowledge.data import load_yaml


@cache
def _config() -> dict[str, Any]:
    return load_yaml("scripts/romanise.yaml")


@cache
def _script_runs() -> regex.Pattern[str]:
    """One alternative per known script: a match is a run of letters of that script."""
    codes = [*_config()["romanise"], *_config()["detect"]]
    return regex.compile("|".join(f"(?P<{code}>[\\p{{sc={code}}}\\p{{M}}]+)" for code in codes))


@lru_cache(maxsize=65_536)
def script_of(text: str) -> str | None:
    """The ISO 15924 code of the script most of the letters of ``text`` are written in (remembered:
    stages ask it of the same names and words again and again)."""
    counts: dict[str, int] = defaultdict(int)
    for run in _script_runs().finditer(text):
        counts[run.lastgroup or ""] += run.end() - run.start()
    return max(counts, key=counts.__getitem__) if counts else None
