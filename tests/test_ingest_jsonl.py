"""JSON Lines: one article per line; a bad line is an error with its line number, the rest still yield."""

from __future__ import annotations

from datetime import date

import orjson
import pytest

from khabar.ingest import IngestError
from khabar.ingest.jsonl import read_jsonl
from khabar.schema import RawArticle


def line(**record: object) -> str:
    return orjson.dumps(record).decode()


def test_good_lines_with_every_field() -> None:
    text = "\n".join(
        [
            line(
                text="शहर में बारिश हुई।", url="https://hi.example.org/1", title="बारिश", published="2023-08-14"
            ),
            "",
            line(
                text="Rain in the city.\r\nRoads closed.",
                published="Mon, 14 Aug 2023 23:30:00 +0530",
                source="EX",
            ),
            line(text="Later.", published="2023-08-15T01:00:00+05:30"),
        ]
    )
    first, second, third = read_jsonl(text, "in.jsonl")
    assert first == RawArticle(
        text="शहर में बारिश हुई।",
        url="https://hi.example.org/1",
        title="बारिश",
        published=date(2023, 8, 14),
        origin="in.jsonl:1",
    )
    assert second.text == "Rain in the city.\r\nRoads closed."  # kept exactly
    assert (second.origin, second.source, second.published) == ("in.jsonl:3", "EX", date(2023, 8, 14))
    assert third.published == date(2023, 8, 15)  # the date as written, not converted to UTC


def test_bad_lines_are_errors_and_the_others_still_yield() -> None:
    text = "\n".join(
        [
            '{"text": "first good"',
            '["text", "an array"]',
            line(title="no text"),
            line(text="   "),
            line(text=42),
            line(text="bad date", published="yesterday"),
            line(text="numeric date", published=20230814),
            line(text="bad url", url=5),
            line(text="last good"),
        ]
    )
    results = list(read_jsonl(text, "in.jsonl"))
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [e.origin for e in errors] == [f"in.jsonl:{n}" for n in range(1, 9)]
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("bad JSON")
    assert reasons[1] == "not a JSON object (got an array)"
    assert reasons[2] == "no 'text' field (nor 'html')"
    assert reasons[3] == "'text' is empty"
    assert reasons[4] == "'text' is not a string"
    assert reasons[5] == "bad date in 'published': 'yesterday'"
    assert reasons[6].startswith("bad date in 'published': 20230814")
    assert reasons[7] == "'url' is not a string"
    assert [r.text for r in results if isinstance(r, RawArticle)] == ["last good"]
    assert str(errors[1]) == "in.jsonl:2: not a JSON object (got an array)"


def test_a_line_the_html_library_fails_on_is_its_own_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    real = trafilatura.bare_extraction

    def fragile(tree, **kwargs):  # breaks on one page only
        if "boom" in tree.text_content():
            raise ValueError("unexpected markup")
        return real(tree, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", fragile)
    page = (
        "<html><body><article><p>{} closed the bridge in Dhaka on Monday morning.</p></article></body></html>"
    )
    text = "\n".join(line(html=page.format(word)) for word in ("Floods", "boom", "Rain"))
    results = list(read_jsonl(text, "in.jsonl"))
    assert results[1] == IngestError("in.jsonl:2", "cannot read HTML: ValueError: unexpected markup")
    assert [r.text.split()[0] for r in results if isinstance(r, RawArticle)] == ["Floods", "Rain"]


def test_text_with_a_nul_is_refused_as_a_file_with_one_is() -> None:
    (error,) = read_jsonl(line(text="Floods\x00 in Dhaka."), "in.jsonl")
    assert error == IngestError("in.jsonl:1", "binary file")


def test_html_record_is_extracted_and_its_fields_win() -> None:
    html = (
        "<html><head><title>Page title</title><meta property='og:site_name' content='Site'></head><body>"
        "<article><p>The council approved the new water supply scheme for the old town on Friday.</p>"
        '<blockquote class="twitter-tweet"><p lang="en">Water scheme approved today.</p>&mdash; Council '
        '(@council_ex) <a href="https://twitter.com/council_ex/status/1">August 11, 2023</a></blockquote>'
        "</article></body></html>"
    )
    (article,) = read_jsonl(line(html=html, title="Record title", url="https://example.org/w"), "in.jsonl")
    assert article.title == "Record title"
    assert article.url == "https://example.org/w"
    assert article.source == "Site"
    assert article.origin == "in.jsonl:1"
    (tweet,) = article.html_embeds
    assert article.text[tweet.start : tweet.end] == "Water scheme approved today."
