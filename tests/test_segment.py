from itertools import pairwise

from khabar.schema import Embed
from khabar.text.segment import line_spans, segment


def surfaces(text: str, embeds: list[Embed] | None = None) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segment(text, embeds or [])]


def test_lines_become_trimmed_paragraphs() -> None:
    text = "  पहला अनुच्छेद।  \n\n\t दूसरा अनुच्छेद। \n   \nthird one"
    assert surfaces(text) == [
        ("paragraph", "पहला अनुच्छेद।"),
        ("paragraph", "दूसरा अनुच्छेद।"),
        ("paragraph", "third one"),
    ]


def test_crlf_cr_and_unicode_line_breaks_keep_exact_offsets() -> None:
    text = "one\r\ntwo\r\rthree\u2028four\u2029five\r\n"
    segments = segment(text)
    assert [text[s.start : s.end] for s in segments] == ["one", "two", "three", "four", "five"]
    assert [(s.start, s.end) for s in segments][:2] == [(0, 3), (5, 8)]


def test_blank_and_zero_width_only_lines_are_dropped() -> None:
    assert surfaces("\ufeff\n \u200b \n\u00a0\nतथ्य\n") == [("paragraph", "तथ्य")]


def test_empty_text_has_no_segments() -> None:
    assert segment("") == []
    assert line_spans("\n\r\n  ") == []


def test_embed_over_two_lines_is_one_segment() -> None:
    text = "हिंदी अनुच्छेद।\nTweet body here\n— Someone (@someone) May 1, 2023\nअगला अनुच्छेद।"
    start = text.index("Tweet")
    end = text.index("2023") + 4
    assert surfaces(text, [Embed(start=start, end=end, platform="twitter")]) == [
        ("paragraph", "हिंदी अनुच्छेद।"),
        ("embed", "Tweet body here\n— Someone (@someone) May 1, 2023"),
        ("paragraph", "अगला अनुच्छेद।"),
    ]


def test_embed_edges_are_trimmed_and_rest_of_line_stays_a_paragraph() -> None:
    text = "Intro text https://youtu.be/abc123 \nnext"
    start = text.index(" https")
    embed = Embed(start=start, end=text.index("\n") + 1, platform="youtube")
    assert surfaces(text, [embed]) == [
        ("paragraph", "Intro text"),
        ("embed", "https://youtu.be/abc123"),
        ("paragraph", "next"),
    ]


def test_overlapping_embeds_are_merged() -> None:
    text = "aaa bbb ccc\nddd"
    embeds = [Embed(start=4, end=11, platform="x"), Embed(start=0, end=7, platform="y")]
    assert surfaces(text, embeds) == [("embed", "aaa bbb ccc"), ("paragraph", "ddd")]


def test_segments_are_in_order_and_do_not_overlap() -> None:
    text = "a\nb\nc\nd\ne"
    segments = segment(text, [Embed(start=2, end=3, platform="x"), Embed(start=6, end=7, platform="x")])
    assert [s.kind for s in segments] == ["paragraph", "embed", "paragraph", "embed", "paragraph"]
    assert all(a.end <= b.start for a, b in pairwise(segments))
