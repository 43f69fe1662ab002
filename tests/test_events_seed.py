"""The event coder on the founding example: the analyst's coding is in /work/shared (skipped without it)."""

from __future__ import annotations

import json
from bisect import bisect_right
from datetime import date
from pathlib import Path

import pytest

from helpers import EVENT_STAGES, build_doc, run_stages
from khabar.knowledge.base import agent_words
from khabar.pipeline import extract
from khabar.schema import Event
from khabar.text.normalise import fold

SEED = Path("/work/shared/seed")

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the seed article is not in /work/shared here")


def _actor(event: Event, names: dict[str, str], groups: dict[str, str]) -> str | None:
    if event.source:
        return names[event.source]
    return groups.get(fold(event.source_text.text), event.source_text.text) if event.source_text else None


def test_seed_events_match_the_analysts_coding() -> None:
    text = (SEED / "kazakhstan-2022-hi.txt").read_text(encoding="utf-8")
    coded = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))["events"]
    article = extract(text, published=date(2022, 1, 7))
    doc = build_doc(
        text, article.segments, article.sentences, article.language, article.published, article.id
    )
    for layer in ("entities", "dates", "counts", "quotes"):
        doc.set_layer(layer, getattr(article, layer))
    events = run_stages(doc, EVENT_STAGES).events
    names = {e.id: e.name for e in article.entities}
    groups = {surface: agent.name for code in ("hi", "en") for surface, agent in agent_words(code).items()}
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    mine = [
        (e, {bisect_right(line_starts, s.start) - 1 for s in e.evidence}, _actor(e, names, groups))
        for e in events
    ]

    def same_actor(expected: str | None, found: str | None) -> bool:
        return expected is None or (found is not None and (expected in found or found in expected))

    def matches(event: Event, paras: set[int], who: str | None, x: dict, lenient: bool) -> bool:
        actor_ok = (lenient and who is None) or same_actor(x.get("source"), who)
        return event.type == x["type"] and x["para"] in paras and actor_ok

    found = [x for x in coded if any(matches(e, paras, who, x, False) for e, paras, who in mine)]
    right = [e for e, paras, who in mine if any(matches(e, paras, who, x, True) for x in coded)]
    assert len(found) >= 13, [x["text"] for x in coded if x not in found]
    assert len(right) >= 0.8 * len(mine), [(e.type, e.evidence[0].text) for e, _, _ in mine if e not in right]
