"""The event knowledge of every language (lang/<code>/events.yaml) speaks PLOVER and covers it."""

from __future__ import annotations

import pytest

from khabar.extractors.events import _matcher, expand
from khabar.knowledge.crosswalk import cameo_to_plover, contexts, plover_types
from khabar.lang import languages, topic

CODED = [code for code in languages() if topic(code, "events")]


def test_hindi_and_english_have_event_data() -> None:
    assert {"hi", "en"} <= set(CODED)


@pytest.mark.parametrize("language", CODED)
def test_every_plover_type_has_triggers(language: str) -> None:
    covered = {entry["type"] for entry in topic(language, "events")["triggers"]}
    assert covered == set(plover_types())


@pytest.mark.parametrize("language", CODED)
def test_triggers_use_plover_vocabulary(language: str) -> None:
    types = plover_types()
    for entry in topic(language, "events")["triggers"]:
        where = (language, (entry.get("cue") or entry.get("nouns"))[0])
        for coding in (entry, {**entry, **entry.get("abroad", {})}):
            assert coding["type"] in types, where
            assert coding.get("mode") is None or coding["mode"] in types[coding["type"]], where
            assert set(coding.get("context", [])) <= contexts(), where
            assert coding.get("cameo") is None or cameo_to_plover(coding["cameo"]) is not None, where
        assert set(entry) <= {
            "cue", "nouns", "type", "mode", "cameo", "context", "intransitive", "casualty", "embeds", "needs",
            "unless", "abroad", "specific",
        }, where  # fmt: skip
        assert all("{" not in form for cue in entry.get("cue", []) for form in expand(str(cue))), where


def test_matcher_builds() -> None:
    automaton, payloads = _matcher()
    assert automaton is not None and len(payloads) > 500


@pytest.mark.parametrize("language", CODED)
def test_modality_names_fit_the_schema(language: str) -> None:
    names = set(topic(language, "events")["grammar"].get("modality", {}))
    assert names <= {"future", "intended", "possible"}
