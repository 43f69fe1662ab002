"""Per-language knowledge, as data: one folder per ISO 639-1 code, one YAML file per topic.

Adding a language means adding ``lang/<code>/`` with the files it needs; the pipeline reads
whatever topics exist and knows no language itself. Each topic file is validated by its typed
model (``khabar.lang.models``): an unknown key, or a word that is not a string, fails at load
time with the file, the key and the reason. A language without a topic file (or no language at
all) gets the model's empty defaults; no language stands in for another.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from pydantic import ValidationError

from khabar.knowledge.data import PACKAGE_ROOT, read_yaml
from khabar.lang.models import Topic

LANG_ROOT = PACKAGE_ROOT / "lang"
T = TypeVar("T", bound=Topic)


class LanguageDataError(ValueError):
    """A language data file that does not match its model."""


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages that ship a data folder: one holding the language's yaml files (not the
    ``models`` package beside them)."""
    return tuple(
        sorted({p.parent.name for p in LANG_ROOT.glob("*/*.yaml") if not p.parent.name.startswith("_")})
    )


@cache
def topic(language: str | None, model: type[T]) -> T:
    """The validated ``lang/<language>/<model.FILE>.yaml``, or the empty model when it is absent."""
    if not language or not (path := LANG_ROOT / language / f"{model.FILE}.yaml").exists():
        return model()
    data = read_yaml(path)
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg']} (got {e['input']!r:.60})"
            for e in error.errors()
        )
        raise LanguageDataError(f"{path}: {problems}") from None


def merged(model: type[T]) -> dict[str, T]:
    """``{language: topic}`` for every language that ships the topic file."""
    return {
        code: topic(code, model) for code in languages() if (LANG_ROOT / code / f"{model.FILE}.yaml").exists()
    }
