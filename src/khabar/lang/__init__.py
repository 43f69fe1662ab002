"""Per-language knowledge, as data: one folder per ISO 639-1 code, one YAML file per topic.

Adding a language means adding ``lang/<code>/`` with the files it needs; the pipeline
reads whatever topics exist and knows no language itself. A missing topic is empty.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from khabar.knowledge.data import PACKAGE_ROOT

LANG_ROOT = PACKAGE_ROOT / "lang"


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages that ship a data folder."""
    return tuple(sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def topic(language: str, name: str) -> Any:
    """The parsed ``lang/<language>/<name>.yaml``, or ``{}`` when that language lacks it."""
    path = LANG_ROOT / language / f"{name}.yaml"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader) or {}


def merged(name: str) -> dict[str, Any]:
    """``{language: topic}`` for every language that has the topic."""
    return {code: data for code in languages() if (data := topic(code, name))}
