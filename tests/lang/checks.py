"""Checks every language folder must pass: its data files load, its patterns compile."""

from __future__ import annotations

import re

from khabar.extractors.events.triggers import matcher
from khabar.lang import LANG_ROOT, topic
from khabar.lang.models import TOPICS, Events, Quotes
from khabar.text.patterns import expand, to_regex


def check_files_load(code: str) -> None:
    """Every YAML file of the folder is a known topic and validates against its model."""
    known = {model.FILE: model for model in TOPICS}
    files = sorted(path.stem for path in (LANG_ROOT / code).glob("*.yaml"))
    assert files, code
    assert set(files) <= set(known), f"lang/{code}: no model for {set(files) - set(known)}"
    for name in files:
        topic(code, known[name])


def check_patterns_compile(code: str) -> None:
    """Quote cue patterns are regular expressions; trigger surfaces expand to plain words."""
    for cue in topic(code, Quotes).cues:
        re.compile(to_regex(cue.pattern, gap=r"(?:\S+\s+)*?"))
    for entry in topic(code, Events).triggers:
        for surface in (*entry.cue, *entry.nouns):
            forms = expand(surface)
            assert forms and all("{" not in f and "}" not in f for f in forms), surface
    automaton, payloads = matcher()
    assert automaton is not None
    assert any(language == code for entries in payloads for language, *_ in entries)
