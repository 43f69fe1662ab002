"""Loading of the data files that ship in the package (knowledge is data, loaded once)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

PACKAGE_ROOT = Path(str(resources.files("khabar")))


@cache
def load_yaml(relative: str) -> Any:
    """A YAML file under ``src/khabar/data/``, parsed once per process."""
    with (PACKAGE_ROOT / "data" / relative).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)
