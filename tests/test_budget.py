"""The per-article budget: a text past its characters is read to a line break and the record flags
the rest; stages not started when the time is spent are flagged; nothing raises, the text is kept
whole (issue "Nothing lost, nothing stuck")."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from bench.scaling import incidents
from typer.testing import CliRunner

from helpers import assert_valid_record, plain
from khabar import extract, pipeline
from khabar.budget import MAX_CHARS, TRUNCATED, Budget
from khabar.cli import app
from khabar.extractors.events import coder
from khabar.schema import Article, Embed

runner = CliRunner()


def _truncated(article: Article) -> list[str]:
    return [f.message for f in article.flags if f.kind == TRUNCATED]


@pytest.mark.parametrize(
    ("text", "chars", "cut"),
    [
        ("short text", 100, 10),
        ("one\ntwo\nthree", 9, 8),  # after the last line break that fits
        ("one\r\ntwo", 6, 5),
        ("one\n", 4, 4),
        ("one two three", 9, 8),  # no line break: after the last space
        ("abcdefghij", 4, 4),  # no space either
        ("एक दो\nतीन चार", 8, 6),
    ],
)
def test_the_cut_falls_at_a_line_break_else_a_space(text: str, chars: int, cut: int) -> None:
    assert Budget(chars=chars).cut(text) == cut


def test_a_bad_budget_is_refused_with_its_reason() -> None:
    with pytest.raises(ValueError, match="chars"):
        Budget(chars=0)
    with pytest.raises(ValueError, match="seconds"):
        Budget(seconds=0)


def test_a_text_past_its_characters_is_flagged_and_kept_whole() -> None:
    text = (incidents(100_000) + "\n") * 40  # a 4 MB text: only the budget's characters are read
    article = extract(text, budget=Budget(chars=20_000))
    assert article.text == text
    [message] = _truncated(article)
    [flag] = [f for f in article.flags if f.kind == TRUNCATED]
    assert flag.start <= 20_000 and text[flag.start - 1] == "\n" and flag.end == len(text)
    assert f"{flag.start:,} of {len(text):,}" in message
    assert article.events and all(e.end <= flag.start for e in article.events)
    assert article.segments[-1].end <= flag.start
    assert_valid_record(article)
    assert Budget().cut(text) <= MAX_CHARS


def test_an_embed_past_the_cut_is_kept() -> None:
    text = "Police arrested 12 students in Dhaka.\n" + "Rebels attacked Kabul.\n" * 10
    post = Embed(start=len(text) - 22, end=len(text) - 1, platform="twitter", author="someone")
    article = extract(text, html_embeds=[post], budget=Budget(chars=60))
    assert _truncated(article)
    assert [(e.start, e.author) for e in article.embeds] == [(post.start, "someone")]


def test_stages_not_started_in_time_are_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [0.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])

    def slow_sentences(doc: pipeline.Doc) -> object:  # the sentence stage takes ten seconds
        clock[0] += 10
        return pipeline.split_sentences(doc.text, doc.segments)

    components = tuple(
        replace(c, run=slow_sentences) if c.name == "sentences" else c for c in pipeline.COMPONENTS
    )
    monkeypatch.setattr(pipeline, "COMPONENTS", components)
    text = "Police arrested 12 students in Dhaka on Monday."
    article = extract(text, budget=Budget(seconds=5))
    assert article.text == text and article.sentences and not article.entities and not article.events
    [message] = _truncated(article)
    assert message.endswith(
        "publication, gazetteer_hits, names, entities, dates, event_hits, counts, quotes, flags,"
        " predicates, events"
    )
    assert not _truncated(extract(text, budget=Budget(seconds=11)))


def test_a_stage_stops_inside_its_loop_when_the_time_is_spent(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [0.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    read = coder._mention

    def slow_mention(context: object, predicate: object) -> object:  # each event takes ten seconds
        clock[0] += 10
        return read(context, predicate)  # type: ignore[arg-type]

    monkeypatch.setattr(coder, "_mention", slow_mention)
    text = "Police arrested 12 students in Dhaka. Rebels attacked Kabul. Troops killed 3 people in Herat."
    article = extract(text, budget=Budget(seconds=15))
    assert article.entities and article.counts and not article.events
    assert _truncated(article) == ["the time budget (15 s) was spent before these stages were done: events"]


def test_the_command_line_takes_a_budget(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Police arrested 12 students in Dhaka.\nRebels attacked Kabul.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--max-chars", "40"])
    assert result.exit_code == 0, result.output
    assert "only the first 38 of 61 characters were read" in result.output
    result = runner.invoke(app, ["extract", str(article), "--max-seconds", "0"])
    assert result.exit_code == 2
    assert "--max-seconds" in plain(result.output) and "not a positive number" in plain(result.output)


def test_budget_flags_say_what_was_cut_and_where() -> None:
    budget = Budget(chars=10, seconds=2.5)
    unread = budget.unread_flag(8, 30)
    assert (unread.kind, unread.start, unread.end) == (TRUNCATED, 8, 30)
    assert "first 8 of 30 characters" in unread.message and "budget 10" in unread.message
    late = budget.out_of_time_flag(8, ["quotes", "events"])
    assert (late.kind, late.start, late.end) == (TRUNCATED, 0, 8)
    assert late.message.endswith("(2.5 s) was spent before these stages were done: quotes, events")
