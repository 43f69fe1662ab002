"""Date mentions, resolved against the publication date (Friday 2022-01-07 unless said)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import FRIDAY, build_doc, make_doc
from khabar.extractors.dates import find_dates, in_date
from khabar.schema import Segment, Sentence


def dates_of(text: str, language: str = "hi", published: date | None = FRIDAY) -> list[tuple[str, str, str]]:
    doc = make_doc(text, language, published)
    found = find_dates(doc)
    for mention in found:
        assert doc.text[mention.start : mention.end] == mention.text
    return [(d.text, d.value, d.precision) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("सैनिक गुरुवार को राजधानी पहुंचे।", [("गुरुवार", "2022-01-06", "day")]),
        ("मंत्री ने बुधवार को कहा कि सेना भेजी जाएगी।", [("बुधवार", "2022-01-05", "day")]),
        ("शुक्रवार को बाजार बंद रहा।", [("शुक्रवार", "2022-01-07", "day")]),
        ("पिछले शुक्रवार को बैठक हुई।", [("पिछले शुक्रवार", "2021-12-31", "day")]),
        ("सोमवार को बैठक होगी।", [("सोमवार", "2022-01-10", "day")]),
        ("अगले सोमवार को चुनाव है।", [("अगले सोमवार", "2022-01-10", "day")]),
        ("1 जनवरी को विरोध शुरू हुआ।", [("1 जनवरी", "2022-01-01", "day")]),
        ("25 दिसंबर को जुलूस निकला।", [("25 दिसंबर", "2021-12-25", "day")]),
        ("15 फ़रवरी को मतदान होगा।", [("15 फ़रवरी", "2022-02-15", "day")]),
        ("7 जनवरी 2022 को", [("7 जनवरी 2022", "2022-01-07", "day")]),
        ("जनवरी 2021 में", [("जनवरी 2021", "2021-01", "month")]),
        ("मार्च में चुनाव हुए।", [("मार्च", "2021-03", "month")]),
        ("2021 में चुनाव हुए।", [("2021", "2021", "year")]),
        ("साल 2019 की घटना", [("2019", "2019", "year")]),
        ("15 फरवरी को मतदान हुआ था।", [("15 फरवरी", "2021-02-15", "day")]),
        ("दस जनवरी", []),
        ("वह कल दिल्ली गया था।", [("कल", "2022-01-06", "day")]),
        ("कल प्रदर्शन हुआ।", [("कल", "2022-01-06", "day")]),
        ("वह कल दिल्ली जाएगा।", [("कल", "2022-01-08", "day")]),
        ("नेता ने कहा कि वे कल फिर प्रदर्शन करेंगे।", [("कल", "2022-01-08", "day")]),
        ("कल हुई हिंसा की जांच सरकार करेगी।", [("कल", "2022-01-06", "day")]),
        ("परसों हमला हुआ था।", [("परसों", "2022-01-05", "day")]),
        ("आज सुबह धमाका हुआ।", [("आज", "2022-01-07", "day")]),
        ("दो दिन पहले पुलिस पहुंची।", [("दो दिन पहले", "2022-01-05", "day")]),
        ("3 दिन पहले", [("3 दिन पहले", "2022-01-04", "day")]),
        ("पिछले साल बाढ़ आई थी।", [("पिछले साल", "2021", "year")]),
        ("अगले महीने चुनाव हैं।", [("अगले महीने", "2022-02", "month")]),
        ("पिछले सप्ताह", [("पिछले सप्ताह", "2021-12", "month")]),
        ("7/1/2022 को", [("7/1/2022", "2022-01-07", "day")]),
        ("Publish Date: 29 Nov 2021 06:04 PM", [("29 Nov 2021", "2021-11-29", "day")]),
    ],
)
def test_hindi(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "अब स्थिति सामान्य है।",
        "2000 लोग जमा हुए।",
        "देश के 30 साल के इतिहास में।",
        "चुनाव से दो दिन पहले हिंसा हुई।",
        "आजकल कलकत्ता में शांति है।",
        "31 फरवरी",
    ],
)
def test_hindi_not_dates(text: str) -> None:
    assert dates_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reuters (@Reuters) January 7, 2022", [("January 7, 2022", "2022-01-07", "day")]),
        ("on 7 Jan 2022 in the city", [("7 Jan 2022", "2022-01-07", "day")]),
        ("on 7th January", [("7th January", "2022-01-07", "day")]),
        ("Sept 2021 data", [("Sept 2021", "2021-09", "month")]),
        ("dated 2022-01-07", [("2022-01-07", "2022-01-07", "day")]),
        ("dated 1/7/2022", [("1/7/2022", "2022-01-07", "day")]),
        ("dated 13/1/2022", [("13/1/2022", "2022-01-13", "day")]),
        ("dated 12/30/2021", [("12/30/2021", "2021-12-30", "day")]),
        ("In 2021, elections were held.", [("2021", "2021", "year")]),
        ("Protests began in May.", [("May", "2021-05", "month")]),
        ("Troops arrived on Thursday.", [("Thursday", "2022-01-06", "day")]),
        ("Talks will be held on Monday.", [("Monday", "2022-01-10", "day")]),
        ("They met last Friday.", [("last Friday", "2021-12-31", "day")]),
        ("Police said yesterday that", [("yesterday", "2022-01-06", "day")]),
        ("Today the city is calm.", [("Today", "2022-01-07", "day")]),
        ("Tomorrow the court rules.", [("Tomorrow", "2022-01-08", "day")]),
        ("It happened two days ago.", [("two days ago", "2022-01-05", "day")]),
        ("It happened a year ago.", [("a year ago", "2021", "year")]),
        ("Clashes last week.", [("last week", "2021-12", "month")]),
        ("Clashes this month.", [("this month", "2022-01", "month")]),
        # a month with a modifier: the nearest such month before (or after) the month of publication
        ("Isis massacred 200 people last July.", [("last July", "2021-07", "month")]),
        ("The riots began last January.", [("last January", "2021-01", "month")]),
        ("Elections are due next January.", [("next January", "2023-01", "month")]),
        ("Elections are due next March.", [("next March", "2022-03", "month")]),
    ],
)
def test_english(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates_of(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jan Egeland spoke.",
        "Officials may act; the march went on.",
        "About 2000 people came.",
        "There were 12 of them.",
    ],
)
def test_english_not_dates(text: str) -> None:
    assert dates_of(text, "en") == []


def test_without_publication_only_absolute_dates() -> None:
    text = "गुरुवार को, कल और 1 जनवरी को नहीं, पर 7 जनवरी 2022 और 2021 में।"
    assert dates_of(text, published=None) == [("7 जनवरी 2022", "2022-01-07", "day"), ("2021", "2021", "year")]


def test_numeric_date_takes_language_order_without_publication() -> None:
    assert dates_of("on 3/4/2021", "en", None) == [("3/4/2021", "2021-03-04", "day")]
    assert dates_of("3/4/2021 को", "hi", None) == [("3/4/2021", "2021-04-03", "day")]


def test_segments_use_their_own_language() -> None:
    text = "सैनिक गुरुवार को पहुंचे।\nReuters January 7, 2022"
    doc = build_doc(
        text,
        [
            Segment(start=0, end=24, kind="paragraph", language="hi"),
            Segment(start=25, end=len(text), kind="embed", language="en"),
        ],
        [Sentence(start=0, end=25), Sentence(start=25, end=len(text))],
        "hi",
        FRIDAY,
    )
    assert [(d.text, d.value) for d in find_dates(doc)] == [
        ("गुरुवार", "2022-01-06"),
        ("January 7, 2022", "2022-01-07"),
    ]


def test_offsets_survive_folding() -> None:
    text = "ज़िले में 15 फ़रवरी को"
    doc = make_doc(text)
    [mention] = find_dates(doc)
    assert (mention.start, mention.end, mention.text) == (10, 19, "15 फ़रवरी")


def test_until_keeps_candidates_that_begin_before_it() -> None:
    doc = make_doc("Officials said on January 5, 2022 that talks would resume on March 3, 2022.", "en")
    every = [(d.text, d.value) for d in find_dates(doc)]
    assert every == [("January 5, 2022", "2022-01-05"), ("March 3, 2022", "2022-03-03")]
    january = doc.text.index("January")
    assert [d.text for d in find_dates(doc, until=january + 1)] == ["January 5, 2022"]  # ends after it
    assert find_dates(doc, until=january) == []
    assert [d.text for d in find_dates(doc, until=len(doc.text) + 50)] == [text for text, _ in every]


def test_until_reaches_later_segments() -> None:
    text = "LONDON\nJanuary 5, 2022 - Talks resumed."
    segments = [
        Segment(start=0, end=6, kind="paragraph", language="en"),
        Segment(start=7, end=len(text), kind="paragraph", language="en"),
    ]
    doc = build_doc(text, segments, [Sentence(start=0, end=len(text))], "en", None)
    assert [d.value for d in find_dates(doc, until=10)] == ["2022-01-05"]
    assert find_dates(doc, until=7) == []


def test_in_date() -> None:
    doc = make_doc("हमले में 5 लोग 7 जनवरी को मारे गए।")
    text = doc.folded.text
    five, seven = text.index("5"), text.index("7")
    assert in_date(doc, seven, seven + 1, "hi")
    assert not in_date(doc, five, five + 1, "hi")


def test_would_makes_a_weekday_future() -> None:
    text = "The minister said the government would meet the union on Wednesday."
    doc = make_doc(text, "en", date(2025, 3, 10))
    assert [(d.text, d.value) for d in find_dates(doc)] == [("Wednesday", "2025-03-12")]


SEPT_12 = date(2018, 9, 12)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a year-less date takes the year that puts it nearest before publication ...
        ("Fear that the attack will displace 700,000 people in one day, 6 September.", "en", "2018-09-06"),
        ("The offensive began on 20 September.", "en", "2017-09-20"),
        ("The town fell on 20 September, and the army will hold it.", "en", "2017-09-20"),
        ("An attack on 7 April appeared to break their will.", "en", "2018-04-07"),
        ("Turkey fears a repeat of the occupation of Afrin in November.", "en", "2017-11"),
        ("In a column (Fear of an offensive, 6 September) he said the town would fall.", "en", "2018-09-06"),
        ("20 सितंबर के हमले की जांच जारी है।", "hi", "2017-09-20"),
        ("20 सितंबर को हमला किया गया।", "hi", "2017-09-20"),
        ("नवंबर में हुए हमले की जांच", "hi", "2017-11"),
        # ... unless its clause speaks of the future
        ("The summit will be held on 20 September.", "en", "2018-09-20"),
        ("20 सितंबर को हमला किया जाएगा।", "hi", "2018-09-20"),
        # a date that qualifies a noun takes no tense from the clause's verb
        ("26 नवंबर के हमले के आरोपी के खिलाफ आरोपपत्र दाखिल किया जाएगा।", "hi", "2017-11-26"),
        # a following "last year" names the year
        ("He left for Iraq on 18 August last year.", "en", "2017-08-18"),
        ("They crossed the border in April last year.", "en", "2017-04"),
    ],
)
def test_year_less_dates(text: str, language: str, expected: str) -> None:
    assert [value for _, value, _ in dates_of(text, language, SEPT_12)][:1] == [expected]


def test_a_past_tense_verb_makes_a_weekday_past() -> None:
    text = "On Sunday the Senate adjourned without a solution."
    assert dates_of(text, "en", date(2018, 12, 23))[0][1] == "2018-12-23"
    assert (
        dates_of("France on Tuesday announced it would accept them.", "en", date(2019, 1, 30))[0][1]
        == "2019-01-29"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [("The UN blamed the regime for a 2013 sarin attack.", "en"), ("2013 के हमले में 40 लोग मारे गए।", "hi")],
)
def test_a_year_before_a_noun_is_a_date(text: str, language: str) -> None:
    assert dates_of(text, language, SEPT_12) == [("2013", "2013", "year")]


def _event_dates(text: str) -> list[tuple[str, str | None, str | None, str]]:
    from khabar import extract

    article = extract(text, published=SEPT_12)
    return [(e.type, e.date, e.date_precision, e.date_source) for e in article.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past year named before the noun dates that event only, with year precision
        (
            "The UN blamed the regime for a 2013 sarin attack.",
            [("ACCUSE", "2018-09-12", "day", "published"), ("ASSAULT", "2013", "year", "sentence")],
        ),
        ("संयुक्त राष्ट्र ने 2013 के हमले के लिए सरकार को ज़िम्मेदार ठहराया।", [("ASSAULT", "2013", "year", "sentence")]),
        # a later date that narrows the first one dates the event: July of last year, not the year
        (
            "पिछले साल जुलाई में बंदूकधारियों ने पांच लोगों की हत्या कर दी।",
            [("ASSAULT", "2017-07", "month", "sentence")],
        ),
        # "since 2016" bounds a period: no event's date
        (
            "Twelve people were killed in the attack, the deadliest since 2016.",
            [("ASSAULT", "2018-09-12", "day", "published")],
        ),
        # a date in a clause opened by "since" bounds that period: not the attack's day
        (
            "Six aid workers were killed in the worst attack since civil war broke out in December 2013.",
            [("ASSAULT", "2018-09-12", "day", "published")],
        ),
        # an announced act is not news of the publication day
        ("Putin will visit Turkey.", [("CONSULT", None, None, "none")]),
        ("रूस कजाकिस्तान में शांति सेना भेजेगा।", [("AID", None, None, "none")]),
        # a date in an aside between commas dates the aside's act, not the act of the clause around it
        (
            "Israel, which captured the plateau from Syria in 1967, placed troops on high alert on Tuesday.",
            [("MOBILIZE", "2018-09-11", "day", "sentence"), ("COERCE", "1967", "year", "sentence")],
        ),
        (
            "Israel, which captured the plateau from Syria in 1967, placed troops on high alert.",
            [("MOBILIZE", "2018-09-12", "day", "published"), ("COERCE", "1967", "year", "sentence")],
        ),
        # an asserted event cannot have happened after publication: the date stated is of something else
        ("Rebels attacked the town on 20 September 2019.", [("ASSAULT", "2018-09-12", "day", "published")]),
        ("सेना ने 20 सितंबर 2019 को गांव पर हमला किया।", [("ASSAULT", "2018-09-12", "day", "published")]),
    ],
)
def test_event_dates(text: str, expected: list) -> None:
    assert _event_dates(text) == expected
