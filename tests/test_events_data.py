"""The event knowledge of every language (lang/<code>/events.yaml) speaks PLOVER and covers it."""

from __future__ import annotations

import re

import pytest

from khabar.extractors.events.lexicon import concepts
from khabar.extractors.events.triggers import matcher
from khabar.knowledge.crosswalk import acled_sub_events, cameo_to_plover, contexts, plover_types
from khabar.lang import languages, topic
from khabar.lang.models import Events
from khabar.text.normalise import fold
from khabar.text.patterns import expand

CODED = [code for code in languages() if topic(code, Events).triggers]


def test_hindi_and_english_have_event_data() -> None:
    assert {"hi", "en"} <= set(CODED)


@pytest.mark.parametrize("language", CODED)
def test_every_plover_type_has_triggers(language: str) -> None:
    covered = {concepts()[entry.concept].type for entry in topic(language, Events).triggers}
    assert covered == set(plover_types())


def test_concepts_use_plover_vocabulary() -> None:
    types = plover_types()
    for name, concept in concepts().items():
        for coding in (concept, concept.abroad or concept):
            assert coding.type in types, name
            assert coding.mode is None or coding.mode in types[coding.type], name
            assert set(coding.context) <= contexts(), name
            assert coding.cameo is None or cameo_to_plover(coding.cameo) is not None, name
        assert concept.acled is None or concept.acled in acled_sub_events(), name


def test_a_concepts_type_is_the_one_its_cameo_code_crosswalks_to() -> None:
    """("sign an agreement", CAMEO 057, is SUPPORT in PLOVER, not AGREE)."""
    for name, concept in concepts().items():
        for coding in (concept, concept.abroad or concept):
            meaning = cameo_to_plover(coding.cameo) if coding.cameo else None
            assert meaning is None or meaning.type == coding.type, name


def test_every_concept_is_named_by_a_language_and_every_name_is_a_concept() -> None:
    used = {entry.concept for code in CODED for entry in topic(code, Events).triggers}
    assert used == set(concepts())


@pytest.mark.parametrize("language", CODED)
def test_trigger_surfaces_expand_to_words(language: str) -> None:
    for entry in topic(language, Events).triggers:
        assert all("{" not in form for cue in entry.cue for form in expand(cue)), (language, entry.concept)


@pytest.mark.parametrize("language", CODED)
def test_optional_groups_space_every_word(language: str) -> None:
    """An optional group of words ends each word with its space ("{,its ,their }"): a space on the
    last option alone glues the others to the next word ("itspatrols")."""
    for entry in topic(language, Events).triggers:
        for pattern in (*entry.cue, *entry.nouns):
            for group in re.findall(r"\{([^{}]*)\}", pattern):
                words = [o for o in group.split(",") if o]
                spaced = {o.endswith(" ") for o in words}
                assert "" not in group.split(",") or len(spaced) < 2, (language, pattern)


def test_matcher_builds() -> None:
    automaton, payloads = matcher()
    assert automaton is not None and len(payloads) > 500


@pytest.mark.parametrize("language", CODED)
def test_modality_names_fit_the_schema(language: str) -> None:
    names = set(topic(language, Events).grammar.modality)
    assert names <= {"future", "intended", "possible"}


@pytest.mark.parametrize("language", CODED)
def test_refinements_and_acled_names_are_known(language: str) -> None:

    types = plover_types()
    data = topic(language, Events)
    for rule in data.refine:
        assert rule.type in types and (rule.words or rule.target_types), rule
        assert all(m is None or m in types[rule.type] for m in rule.modes or ()), rule
        assert rule.mode is None or rule.mode in types[rule.type], rule
        assert rule.cameo is None or cameo_to_plover(rule.cameo) is not None, rule
        assert rule.acled is None or rule.acled in acled_sub_events(), rule


@pytest.mark.parametrize("language", CODED)
def test_a_surface_form_in_two_entries_is_told_apart_by_context(language: str) -> None:
    """The longest hit wins where triggers overlap, and of one form's entries the first whose context
    fits: a form listed again after an entry without ``needs`` or ``unless`` would be hidden."""
    seen: dict[str, int] = {}
    entries = topic(language, Events).triggers
    for index, entry in enumerate(entries):
        for cue in [*entry.cue, *entry.nouns]:
            for form in expand(cue):
                key = " ".join(fold(form.rstrip("*")).split())
                first = entries[seen.setdefault(key, index)]
                assert first is entry or first.needs or first.unless, (language, form)


def test_a_refinement_needs_words_or_target_types() -> None:
    from pydantic import ValidationError

    from khabar.lang.models.events import Refinement

    assert Refinement(type="COERCE", target_types=("PLACE",), cameo="192").target_types == ("PLACE",)
    with pytest.raises(ValidationError):
        Refinement(type="COERCE", cameo="192")
