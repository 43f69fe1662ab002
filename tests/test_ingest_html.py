"""HTML pages: main text and metadata, and embedded posts kept with exact offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from khabar.ingest import IngestFailure, read_html
from khabar.ingest.markup import flatten
from khabar.schema import RawArticle

DATA = Path(__file__).parent / "data" / "ingest"


def page(name: str) -> RawArticle:
    return read_html((DATA / name).read_text(encoding="utf-8"), name)


def quoted(article: RawArticle) -> list[str]:
    return [article.text[e.start : e.end] for e in article.html_embeds]


def test_main_text_and_metadata() -> None:
    article = page("embeds-en.html")
    assert article.title == "River floods cut off hill villages"
    assert article.url == "https://news.example.org/og/floods"
    assert article.source == "Example News"
    assert article.published == date(2023, 8, 14)
    assert "Alaknanda river" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text  # navigation and footer dropped


def test_tweet_blockquote_is_an_embed_at_its_place() -> None:
    article = page("embeds-en.html")
    tweet = article.html_embeds[0]
    assert tweet.platform == "twitter"
    assert tweet.author == "@SDRF_Example"
    assert tweet.date == "2023-08-14"
    assert tweet.language == "en"
    assert "https://twitter.com/SDRF_Example/status/1690000000000000000?ref_src=twsrc%5Etfw" in tweet.urls
    body = "Our teams have reached Gopalpur and Ranikhet. Relief camps are open in three schools. https://t.co/abc123"
    assert article.text[tweet.start : tweet.end] == body
    assert article.text.index("Rescue teams") < tweet.start < article.text.index("district magistrate")


def test_youtube_iframe_is_an_empty_span_after_the_text_before_it() -> None:
    article = page("embeds-en.html")
    video = article.html_embeds[1]
    assert video.platform == "youtube"
    assert video.urls == ["https://www.youtube.com/embed/dQw4w9WgXcQ"]
    assert video.start == video.end
    assert article.text[: video.start].endswith("at least a week to repair.")


def test_hindi_page_with_every_platform() -> None:
    article = page("embeds-hi.html")
    by_platform = {e.platform: e for e in article.html_embeds}
    assert sorted(by_platform) == [
        "facebook",
        "instagram",
        "tiktok",
        "twitter",
    ]  # the sidebar tweet is left out
    assert "Sidebar tweet" not in article.text
    tweet = by_platform["twitter"]
    assert (tweet.author, tweet.date, tweet.language) == (
        "@SDRF_Example",
        "2023-08-14",
        "hi",
    )  # "14 अगस्त 2023"
    assert article.text[tweet.start : tweet.end] == "राहत दल गोपालपुर पहुँच गया है। तीन स्कूलों में शिविर खोले गए हैं।"
    assert by_platform["tiktok"].author == "@village_news"
    assert by_platform["facebook"].author == "@DistrictAdmin"
    assert by_platform["facebook"].date == "2023-08-14"
    assert by_platform["instagram"].author == "@relief_team"
    assert by_platform["instagram"].date == "2023-08-14"
    assert "सभी राहत शिविरों में भोजन और दवाइयाँ उपलब्ध हैं।" in quoted(article)
    assert article.published == date(2023, 8, 15)
    assert [e.start for e in article.html_embeds] == sorted(e.start for e in article.html_embeds)


def test_a_post_trafilatura_drops_is_appended_as_its_own_paragraph() -> None:
    article = page("embeds-hi.html")  # the Instagram caption is a lone link, which trafilatura drops
    caption = "नदी किनारे बचाव कार्य जारी है"
    assert article.text.endswith("\n" + caption)
    instagram = next(e for e in article.html_embeds if e.platform == "instagram")
    assert (instagram.start, instagram.end) == (len(article.text) - len(caption), len(article.text))
    assert article.text.count(caption) == 1


def test_embed_offsets_lie_inside_the_text() -> None:
    for name in ("embeds-en.html", "embeds-hi.html"):
        article = page(name)
        assert article.html_embeds
        for embed in article.html_embeds:
            assert 0 <= embed.start <= embed.end <= len(article.text)


def test_standalone_youtube_link_is_an_embed_but_a_link_in_a_sentence_is_not() -> None:
    body = "<p>{}</p>".format(" ".join(["Officials described the damage to the bridge in detail."] * 4))
    html = (
        f"<html><body><article>{body}"
        '<p><a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a></p>'
        '<p>Watch <a href="https://youtu.be/xyz">the video</a> of the rescue, which was filmed on Monday.</p>'
        "</article></body></html>"
    )
    embeds = read_html(html, "x.html").html_embeds
    assert [e.urls for e in embeds] == [["https://www.youtube.com/watch?v=abc"]]


def test_page_without_embeds_has_none_and_no_guessed_date() -> None:
    html = (
        "<html><head><title>Market prices</title></head><body><article>"
        "<p>On 3 March 2021 onion prices rose again in the wholesale market, traders said.</p>"
        "<p>Traders expect prices to fall when the new crop arrives next month.</p>"
        "</article></body></html>"
    )
    article = read_html(html, "x.html", url="https://example.org/onions")
    assert article.html_embeds == []
    assert article.published is None
    assert article.url == "https://example.org/onions"


def test_page_without_text_is_an_error() -> None:
    with pytest.raises(IngestFailure) as caught:
        read_html(
            "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", "x.html"
        )
    assert caught.value.error.reason == "no article text found in HTML"


@pytest.mark.parametrize("depth", [254, 300, 2_100, 50_000])
def test_deeply_nested_page_keeps_its_text(depth: int) -> None:
    story = "Police arrested 12 people in Nairobi on Monday after protests over bread prices."
    html = (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + f"<p>{story}</p>"
        + "</div>" * depth
        + "<p>The protests went on into the night, witnesses said.</p></body></html>"
    )
    article = read_html(html, "deep.html")
    assert story in article.text and "into the night" in article.text


def test_unclosed_tags_past_the_parser_limit_keep_their_text() -> None:
    html = "<html><body>" + "<font><span>" * 3_000 + "<p>Floods closed the bridge in Dhaka.</p></body></html>"
    assert "Floods closed the bridge in Dhaka." in read_html(html, "unclosed.html").text


def test_flatten_drops_only_the_deepest_tags() -> None:
    markup = "<div><div><div><b>x</b> &amp; y</div></div></div>"
    assert flatten(markup, 2) == "<div><div>x &amp; y</div></div>"
    assert flatten(markup, 10) == markup


def test_a_page_that_breaks_the_html_library_is_its_own_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(IngestFailure) as caught:
        read_html("<html><body><p>Some text here.</p></body></html>", "x.html")
    assert str(caught.value) == "x.html: cannot read HTML: RecursionError: maximum recursion depth exceeded"


def test_platform_iframes_but_not_lookalike_hosts() -> None:
    body = " ".join(["The district office published its flood relief plan on Monday afternoon."] * 4)
    html = (
        f"<html><body><article><p>{body}</p>"
        '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com'
        '%2FDistrictAdmin%2Fposts%2F123"></iframe>'
        '<iframe src="https://www.netflix.com/embed/abc"></iframe>'
        '<iframe data-src="https://www.tiktok.com/embed/v2/7260000000000000000"></iframe>'
        "</article></body></html>"
    )
    embeds = read_html(html, "x.html").html_embeds
    assert [(e.platform, e.author) for e in embeds] == [("facebook", "@DistrictAdmin"), ("tiktok", None)]
