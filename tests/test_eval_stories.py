"""The stories metric (eval/stories.py): pairwise precision and recall of a grouping."""

from __future__ import annotations

from eval import __main__ as eval_main
from eval.stories import hand_coded_articles, pairwise_scores, score_grouping


def test_pairwise_scores() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": {"s1"}, "b": {"s1"}, "c": {"s2"}, "d": {"s2"}}
    scores = pairwise_scores(predicted, gold)
    assert (scores.predicted_pairs, scores.gold_pairs, scores.correct_pairs) == (2, 3, 1)
    assert (scores.precision, round(scores.recall, 3)) == (0.5, 0.333)


def test_pairwise_scores_items_in_several_groups_or_none() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    predicted = {"a": {"s1", "s2"}, "b": {"s2"}}  # c is in no story; e is not in the gold
    scores = pairwise_scores(predicted | {"e": {"s1"}}, gold)
    assert (scores.predicted_pairs, scores.gold_pairs, scores.correct_pairs) == (1, 1, 1)
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)


def test_pairwise_scores_with_no_pairs_is_perfect() -> None:
    scores = pairwise_scores({}, {"a": "x", "b": "y"})
    assert (scores.precision, scores.recall, scores.predicted_pairs, scores.gold_pairs) == (1.0, 1.0, 0, 0)


def test_hand_coded_grouping_scores_perfectly() -> None:
    scores = score_grouping(hand_coded_articles())
    assert (scores.precision, scores.recall, scores.gold_pairs) == (1.0, 1.0, 8)


def test_stories_is_a_registered_scorer() -> None:
    assert "stories" in eval_main.SCORERS
