from pathlib import Path

import pytest

from khabar.extractors.embeds import find_embeds, merge_embeds, signature_date, with_language
from khabar.schema import Embed, Segment
from khabar.text.langid import identify
from khabar.text.segment import segment

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "kazakhstan-2022-hi.txt"

HINDI_1 = "राजधानी में बुधवार को भारी बारिश के कारण कई सड़कें बंद रहीं और यातायात धीमा रहा।"
HINDI_2 = "मौसम विभाग ने अगले दो दिनों तक और बारिश की चेतावनी दी है।"
TWEET = (
    "Heavy rain lashed the capital on Wednesday and several roads were closed to traffic. "
    "Residents were asked to stay indoors https://t.co/AbCdEf1234 pic.twitter.com/XyZ987abc"
)
SIGNATURE = "— City Rain Desk (@CityRainDesk) July 12, 2023"


def covered(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_embeds(text)]


def test_tweet_in_a_hindi_article() -> None:
    text = "\n".join([HINDI_1, TWEET, SIGNATURE, HINDI_2])
    [embed] = find_embeds(text)
    assert text[embed.start : embed.end] == f"{TWEET}\n{SIGNATURE}"
    assert embed.platform == "twitter"
    assert embed.author == "@CityRainDesk"
    assert embed.date == "2023-07-12"
    assert embed.urls == ["https://t.co/AbCdEf1234", "pic.twitter.com/XyZ987abc"]
    assert embed.language is None


def test_tweet_segment_is_english_and_the_rest_hindi() -> None:
    text = "\r\n".join([HINDI_1, TWEET, SIGNATURE, HINDI_2])
    segments = identify(text, segment(text, find_embeds(text)))
    assert [(s.kind, s.language) for s in segments] == [
        ("paragraph", "hi"),
        ("embed", "en"),
        ("paragraph", "hi"),
    ]
    assert text[segments[1].start : segments[1].end] == f"{TWEET}\r\n{SIGNATURE}"


@pytest.mark.parametrize(
    "signature",
    [
        "— City Rain Desk (@CityRainDesk) July 12, 2023",
        "—City Rain Desk (@CityRainDesk) July 12, 2023",
        "- City Rain Desk (@CityRainDesk) 12 July 2023",
        "-- City Rain Desk (@CityRainDesk) Jul 12, 2023",
        "— सिटी रेन डेस्क (@CityRainDesk) 12 जुलाई 2023",
    ],
)
def test_signature_variants(signature: str) -> None:
    [embed] = find_embeds(f"A short post about the rain.\n{signature}")
    assert (embed.author, embed.date, embed.start) == ("@CityRainDesk", "2023-07-12", 0)


def test_signature_without_date() -> None:
    [embed] = find_embeds("Short post.\n— Rain Desk (@RainDesk)")
    assert (embed.author, embed.date) == ("@RainDesk", None)


def test_body_stops_at_a_lead_in_a_script_change_and_the_length_limit() -> None:
    lead_in = "The agency posted this on Wednesday:"
    text = "\n".join([HINDI_1, lead_in, "Line one of the post.", "Line two of the post.", SIGNATURE])
    assert covered(text) == [f"Line one of the post.\nLine two of the post.\n{SIGNATURE}"]
    long_paragraph = "An article paragraph in the same language. " * 8
    text = "\n".join([long_paragraph, "The post itself.", SIGNATURE])
    assert covered(text) == [f"The post itself.\n{SIGNATURE}"]


def test_body_ending_in_a_line_of_links() -> None:
    text = "\n".join([HINDI_1, "Roads are shut.", "pic.twitter.com/Abc123", SIGNATURE])
    assert covered(text) == [f"Roads are shut.\npic.twitter.com/Abc123\n{SIGNATURE}"]


def test_two_tweets_in_a_row_do_not_share_lines() -> None:
    text = "\n".join(["First post.", SIGNATURE, "Second post.", "— Other (@other) May 2, 2023"])
    assert covered(text) == [f"First post.\n{SIGNATURE}", "Second post.\n— Other (@other) May 2, 2023"]


def test_signature_on_the_body_line() -> None:
    text = f"{HINDI_1}\nRoads are shut pic.twitter.com/Abc123 {SIGNATURE}"
    [embed] = find_embeds(text)
    assert text[embed.start : embed.end] == f"Roads are shut pic.twitter.com/Abc123 {SIGNATURE}"


def test_prose_with_a_handle_is_no_embed() -> None:
    assert find_embeds("The minister - Asha Rao (@asharao) - spoke to reporters today.") == []
    assert find_embeds("He wrote to @desk about it.") == []


def test_instagram_post() -> None:
    text = f"{HINDI_1}\nView this post on Instagram\nA post shared by Rain Watch (@rain.watch)\n{HINDI_2}"
    [embed] = find_embeds(text)
    assert (
        text[embed.start : embed.end]
        == "View this post on Instagram\nA post shared by Rain Watch (@rain.watch)"
    )
    assert (embed.platform, embed.author) == ("instagram", "@rain.watch")
    [dated] = find_embeds("A post shared by @rainwatch on Jul 12, 2023 at 5:30am PDT")
    assert (dated.author, dated.date) == ("@rainwatch", "2023-07-12")


@pytest.mark.parametrize(
    ("line", "platform", "author"),
    [
        ("https://www.youtube.com/watch?v=AbC-123_x", "youtube", None),
        ("https://youtu.be/AbC123", "youtube", None),
        ("https://www.facebook.com/CityRainDesk/posts/12345", "facebook", "@CityRainDesk"),
        ("https://www.tiktok.com/@rainwatch/video/7251234567", "tiktok", "@rainwatch"),
        ("https://x.com/CityRainDesk/status/1679000000000000000", "twitter", "@CityRainDesk"),
        ("https://www.instagram.com/p/CxYz123/", "instagram", None),
    ],
)
def test_link_only_lines(line: str, platform: str, author: str | None) -> None:
    text = f"{HINDI_1}\n  {line}  \n{HINDI_2}"
    [embed] = find_embeds(text)
    assert (text[embed.start : embed.end], embed.platform, embed.author, embed.urls) == (
        line,
        platform,
        author,
        [line],
    )


def test_links_in_prose_or_to_other_sites_are_no_embeds() -> None:
    assert find_embeds("Watch it at https://www.youtube.com/watch?v=AbC123 before Friday.") == []
    assert find_embeds("https://example.org/news/rain") == []


def test_signature_date() -> None:
    assert signature_date("January 7, 2022") == "2022-01-07"
    assert signature_date("७ जनवरी २०२२") == "2022-01-07"
    assert signature_date("Sept. 30, 2021") == "2021-09-30"
    assert signature_date("February 30, 2022") is None
    assert signature_date("2022") is None


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the repository")
def test_seed_tweet() -> None:
    text = SEED.read_text(encoding="utf-8")
    [embed] = find_embeds(text)
    lines = text.split("\n")
    assert text[embed.start : embed.end] == "\n".join(lines[5:7])
    assert (embed.platform, embed.author, embed.date) == ("twitter", "@Reuters", "2022-01-07")


def test_merge_embeds_keeps_the_markup_post_over_an_overlapping_text_one() -> None:
    text = f"{TWEET}\n{SIGNATURE}\nA later paragraph."
    [from_text] = find_embeds(text)
    markup = Embed(start=0, end=40, platform="twitter", author="@markup")
    merged = merge_embeds(text, [markup])
    assert merged == [markup]
    assert merge_embeds(text, []) == [from_text]


def test_with_language_takes_the_language_covering_most_of_the_post() -> None:
    embed = Embed(start=0, end=10, platform="twitter")
    segments = [
        Segment(start=0, end=3, kind="paragraph", language="en"),
        Segment(start=3, end=10, kind="paragraph", language="hi"),
    ]
    assert with_language(embed, segments).language == "hi"
    assert with_language(embed.model_copy(update={"language": "en"}), segments).language == "en"
    assert with_language(embed, []).language is None
