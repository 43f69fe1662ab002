"""The event knowledge of every language (lang/<code>/events.yaml) speaks PLOVER and covers it."""

from __future__ import annotations

import pytest

from khabar.extractors.events.lexicon import expand
from khabar.extractors.events.triggers import matcher
from khabar.knowledge.crosswalk import cameo_to_plover, contexts, plover_types
from khabar.lang import languages, topic
from khabar.text.normalise import fold

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
            "unless", "abroad", "specific", "acled",
        }, where  # fmt: skip
        assert all("{" not in form for cue in entry.get("cue", []) for form in expand(str(cue))), where


def test_matcher_builds() -> None:
    automaton, payloads = matcher()
    assert automaton is not None and len(payloads) > 500


@pytest.mark.parametrize("language", CODED)
def test_modality_names_fit_the_schema(language: str) -> None:
    names = set(topic(language, "events")["grammar"].get("modality", {}))
    assert names <= {"future", "intended", "possible"}


@pytest.mark.parametrize("language", CODED)
def test_refinements_and_acled_names_are_known(language: str) -> None:
    from khabar.knowledge.crosswalk import acled_sub_events

    types = plover_types()
    data = topic(language, "events")
    for rule in data.get("refine", []):
        assert rule["type"] in types and rule["words"], rule
        assert set(rule) <= {"type", "modes", "words", "cameos", "sources", "mode", "cameo", "acled"}, rule
        assert all(m is None or m in types[rule["type"]] for m in rule.get("modes", [])), rule
        assert rule.get("mode") is None or rule["mode"] in types[rule["type"]], rule
        assert rule.get("cameo") is None or cameo_to_plover(rule["cameo"]) is not None, rule
        assert rule.get("acled") is None or rule["acled"] in acled_sub_events(), rule
    for entry in data["triggers"]:
        assert entry.get("acled") is None or entry["acled"] in acled_sub_events(), entry


@pytest.mark.parametrize("language", CODED)
def test_no_surface_form_is_in_two_entries(language: str) -> None:
    """The longest hit wins where triggers overlap, so a form listed twice would hide one entry."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(topic(language, "events")["triggers"]):
        for cue in [*entry.get("cue", []), *entry.get("nouns", [])]:
            for form in expand(str(cue)):
                key = " ".join(fold(form.rstrip("*")).split())
                assert seen.setdefault(key, index) == index, (language, form)
