"""The trigger-word miner (``python -m train event-words``): stems and the log-odds ranking."""

from __future__ import annotations

from train.event_words import features, has_trigger, log_odds, stem


def test_inflections_share_a_stem() -> None:
    assert stem("released") == stem("releases") == stem("releasing")
    assert stem("sanctions") == stem("sanction")
    assert stem("war") == "war"  # short words are kept whole


def test_a_word_of_one_type_ranks_first_for_it() -> None:
    story = "{f}: the government {verb} the prisoners on Monday, officials said."
    by_label = {
        "RETREAT": [dict(features(story.format(f=i, verb="freed"))) for i in range(6)],
        "COERCE": [dict(features(story.format(f=i, verb="arrested"))) for i in range(6)],
    }
    ranked = log_odds(by_label)
    assert ranked["RETREAT"][0][1] in {"freed", "freed the", "government freed"}
    assert all(feature != "freed" for _, feature, _ in ranked["COERCE"])


def test_uncovered_candidates_are_those_without_a_trigger() -> None:
    assert has_trigger("police arrested")
    assert not has_trigger("human rights")
    assert not has_trigger("arrestedx")  # whole words only
