"""The language data the name tagger reads is frozen with its model (``tagger_knowledge.yaml``)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from khabar.extractors.entities import features
from khabar.extractors.entities.tagger_knowledge import (
    CUE_NAMES,
    hit_surfaces,
    live_cue_words,
    tagger_cue_words,
)
from khabar.lang.models import TaggerKnowledge
from khabar.pipeline import prepare
from khabar.text.normalise import fold


def test_hindi_ships_the_knowledge_its_tagger_was_trained_with() -> None:
    frozen = tagger_cue_words("hi")
    assert set(frozen) == set(CUE_NAMES)
    assert "ने" in frozen["agent"] and "के" in frozen["freq"]
    known = hit_surfaces("hi")
    assert known is not None and "पुलिस" in known["agentword"] and "रूस" in known["country"]


def test_a_language_without_a_tagger_reads_its_live_lists() -> None:
    assert hit_surfaces("en") is None
    assert tagger_cue_words("en") == live_cue_words("en")


def test_a_gazetteer_hit_the_tagger_never_knew_gives_it_no_feature(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = prepare("पुलिस ने रूस के नागरिकों को रोका।", until="gazetteer_hits", given_language="hi")
    words = [t.text for t in doc.tokens]
    assert features.hit_labels(doc, "hi")[words.index("पुलिस")] == "agentword:B"
    known = {"country": frozenset({"रूस"})}  # as if पुलिस were added to the data after training
    monkeypatch.setattr(features, "hit_surfaces", lambda language: known)
    labels = features.hit_labels(doc, "hi")
    assert labels[words.index("पुलिस")] is None and labels[words.index("रूस")] == "country:B"


def test_an_unknown_cue_name_is_an_error() -> None:
    with pytest.raises(ValidationError):
        TaggerKnowledge.model_validate({"cues": {"givn": ["राम"]}})


def test_place_sizes_of_the_languages_script_are_frozen_others_live() -> None:
    frozen = features._place_size("दिल्ली", "hi")
    assert frozen is not None and frozen >= 6
    assert features._place_size("दिल्ली", "hi") == features.place_sizes("hi")[1]["दिल्ली"]  # type: ignore[index]
    assert features._place_size("london", "hi") == features.place_size("london")  # Latin: the gazetteer


def test_a_place_name_added_after_training_gives_the_tagger_no_feature() -> None:
    """स्कॉटलैंड came into places.yaml after the tagger was trained: knowledge finds Scotland, the
    tagger's features do not change."""
    scotland = fold("स्कॉटलैंड")
    assert features.place_size(scotland) is not None
    assert features._place_size(scotland, "hi") is None
