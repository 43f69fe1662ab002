"""The event knowledge of every language (lang/<code>/events.yaml) speaks PLOVER and covers it."""

from __future__ import annotations

import pytest

from khabar.extractors.events.lexicon import expand
from khabar.extractors.events.triggers import matcher
from khabar.knowledge.crosswalk import cameo_to_plover, contexts, plover_types
from khabar.lang import languages, topic
from khabar.lang.models import Events
from khabar.text.normalise import fold

CODED = [code for code in languages() if topic(code, Events).triggers]


def test_hindi_and_english_have_event_data() -> None:
    assert {"hi", "en"} <= set(CODED)


@pytest.mark.parametrize("language", CODED)
def test_every_plover_type_has_triggers(language: str) -> None:
    covered = {entry.type for entry in topic(language, Events).triggers}
    assert covered == set(plover_types())


@pytest.mark.parametrize("language", CODED)
def test_triggers_use_plover_vocabulary(language: str) -> None:
    types = plover_types()
    for entry in topic(language, Events).triggers:
        where = (language, (entry.cue or entry.nouns)[0])
        for coding in (entry, entry.abroad or entry):
            assert coding.type in types, where
            assert coding.mode is None or coding.mode in types[coding.type], where
            assert set(coding.context) <= contexts(), where
            assert coding.cameo is None or cameo_to_plover(coding.cameo) is not None, where
        assert all("{" not in form for cue in entry.cue for form in expand(cue)), where


def test_matcher_builds() -> None:
    automaton, payloads = matcher()
    assert automaton is not None and len(payloads) > 500


@pytest.mark.parametrize("language", CODED)
def test_modality_names_fit_the_schema(language: str) -> None:
    names = set(topic(language, Events).grammar.modality)
    assert names <= {"future", "intended", "possible"}


@pytest.mark.parametrize("language", CODED)
def test_refinements_and_acled_names_are_known(language: str) -> None:
    from khabar.knowledge.crosswalk import acled_sub_events

    types = plover_types()
    data = topic(language, Events)
    for rule in data.refine:
        assert rule.type in types and rule.words, rule
        assert all(m is None or m in types[rule.type] for m in rule.modes or ()), rule
        assert rule.mode is None or rule.mode in types[rule.type], rule
        assert rule.cameo is None or cameo_to_plover(rule.cameo) is not None, rule
        assert rule.acled is None or rule.acled in acled_sub_events(), rule
    for entry in data.triggers:
        assert entry.acled is None or entry.acled in acled_sub_events(), entry


@pytest.mark.parametrize("language", CODED)
def test_no_surface_form_is_in_two_entries(language: str) -> None:
    """The longest hit wins where triggers overlap, so a form listed twice would hide one entry."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(topic(language, Events).triggers):
        for cue in [*entry.cue, *entry.nouns]:
            for form in expand(cue):
                key = " ".join(fold(form.rstrip("*")).split())
                assert seen.setdefault(key, index) == index, (language, form)
