"""RSS and Atom feeds: one article per item with content or a description."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from khabar.ingest import IngestError, read_bytes
from khabar.ingest.feeds import read_feed
from khabar.schema import RawArticle

DATA = Path(__file__).parent / "data" / "ingest"


def items(name: str) -> list[RawArticle | IngestError]:
    return list(read_feed((DATA / name).read_text(encoding="utf-8"), name))


def test_rss_items_description_and_full_content() -> None:
    brief, full, title_only = items("feed.rss")
    assert brief == RawArticle(
        text="The bridge over the river reopened to light vehicles on Tuesday.",
        url="https://news.example.org/bridge",
        title="Bridge reopens after repairs",
        source="Example Hill News",
        published=date(2023, 8, 15),
        origin="feed.rss#1",
    )
    assert full.origin == "feed.rss#2"
    assert full.published == date(2023, 8, 14)  # the date as written (+0530), not UTC
    assert full.text.startswith("About 300 people")
    tweet, video = full.html_embeds
    assert (tweet.platform, tweet.author) == ("twitter", "@SDRF_Example")
    assert full.text[tweet.start : tweet.end] == "Camps are open in three schools."
    assert video.platform == "youtube" and video.start == video.end == len(full.text)
    assert title_only == IngestError("feed.rss#3", "item has no content or description")


def test_atom_entries_plain_and_html() -> None:
    plain, html = items("feed.atom")
    assert plain.text == "नदी पर बना पुल मंगलवार को हल्के वाहनों के लिए फिर से खोल दिया गया।"
    assert (plain.title, plain.source, plain.url) == (
        "पुल फिर से खुला",
        "खबर उदाहरण",
        "https://hi.example.org/pul",
    )
    assert plain.published == date(2023, 8, 15)
    assert html.text == "तीन स्कूलों में राहत शिविर खोले गए हैं।"
    assert html.origin == "feed.atom#2"


def test_not_a_feed() -> None:
    (error,) = read_feed("<?xml version='1.0'?><catalog><book>x</book></catalog>", "c.xml")
    assert isinstance(error, IngestError)
    assert error.reason.startswith("not an RSS or Atom feed")


def test_cp1251_feed_read_through_read_bytes() -> None:
    rss = (
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title>'
        "<item><title>Снег</title><description>Снегопад затруднил движение на улицах.</description></item>"
        "</channel></rss>"
    )
    (article,) = read_bytes(rss.encode("cp1251"), "ru.rss")
    assert (article.text, article.title, article.source) == (
        "Снегопад затруднил движение на улицах.",
        "Снег",
        "Новости",
    )


def test_content_that_names_a_file_or_url_is_not_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text((DATA / "feed.rss").read_text(encoding="utf-8"))
    for content in (str(secret), "https://news.example.org/feed.rss"):
        (error,) = read_feed(content, "odd.rss")
        assert isinstance(error, IngestError)
