"""Loading of the data files that ship in the package (knowledge is data, loaded once).

YAML is read with the YAML 1.2 core schema's booleans: only ``true``/``false`` are booleans, so
the English words "no", "on", "yes" and "off" stay words (YAML 1.1, PyYAML's default, reads them
as booleans).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

PACKAGE_ROOT = Path(str(resources.files("khabar")))
_BOOL_12 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class Yaml12Loader(yaml.CSafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL_12, list("tTfF"))


def read_yaml(path: Path) -> Any:
    """A YAML file parsed with YAML 1.2 booleans."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=Yaml12Loader)


@cache
def load_yaml(relative: str) -> Any:
    """A YAML file under ``src/khabar/data/``, parsed once per process."""
    return read_yaml(PACKAGE_ROOT / "data" / relative)
