"""The common Latin spelling of frequent name words (सिंह: Singh), from every language's
``name_forms.yaml``: a word written in the same script reads the same whatever the language."""

from __future__ import annotations

import unicodedata
from functools import cache

from khabar.lang import LanguageDataError, merged
from khabar.lang.models import NameForms
from khabar.text.normalise import fold


@cache
def _forms() -> dict[str, str]:
    """Folded word -> its common spelling; one word spelled two ways is an error naming both."""
    table: dict[str, str] = {}
    for language, data in merged(NameForms).items():
        for word, latin in data.forms():
            key = fold(unicodedata.normalize("NFC", word))
            if table.setdefault(key, latin) != latin:
                raise LanguageDataError(
                    f"lang/{language}/{NameForms.FILE}.yaml: {word!r} is spelled {table[key]!r} and {latin!r}"
                )
    return table


def common_form(word: str) -> str | None:
    """How English-language readers spell the name word ``word`` (one word, any script), if listed."""
    return _forms().get(fold(word))
