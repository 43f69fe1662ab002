"""Smoke tests of the scorers (eval/) and the benchmark (bench/) on tiny inputs written here.

A hand-made extractor stands in for ``khabar.extract`` so the metrics are checked exactly; the benchmark
runs its floor on a few generated articles, and the pipeline on them when it is importable.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import throughput
from eval import disaster, generic_actors, geo, ner, seed, timex
from eval.common import (
    PRF,
    MissingData,
    Report,
    by_split,
    exact_prf,
    nearest_country,
    overlap_prf,
    require,
    score_all,
    split_of,
    subsample,
)

from khabar.schema import Article, Count, DateMention, Embed, Entity, Flag, Mention, Quote, Segment, Span


def make_article(text: str, **records: object) -> Article:
    return Article(id="t", text=text, **records)


def mention(text: str, surface: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span(start=start, end=start + len(surface), text=surface)


def named(text: str, surface: str, nth: int = 0) -> Mention:
    """An entity's mention of ``surface`` (its ``nth`` occurrence)."""
    return Mention(**mention(text, surface, nth).model_dump())


def fixed(article_for: dict[str, Article]):
    """An extractor that answers from a dict keyed by the input text."""
    return lambda text, published: article_for[text]


# --- common -------------------------------------------------------------------------------------


def test_score_all_adds_each_item_with_its_article_in_order() -> None:
    @dataclass
    class Item:
        text: str
        published: date | None = None

    class Seen:
        def __init__(self) -> None:
            self.pairs: list[tuple[str, str]] = []

        def add(self, item: Item, article: Article) -> None:
            self.pairs.append((item.text, article.id))

    items = [Item("a"), Item("b", date(2022, 1, 5))]
    articles = {i.text: Article(id=f"id-{i.text}", text=i.text) for i in items}
    assert score_all(Seen(), items, fixed(articles)).pairs == [("a", "id-a"), ("b", "id-b")]


def test_split_rule_is_sha1_mod_4() -> None:
    for key in ("0", "17", "new_file_53.txt", "GWN-3"):
        expected = "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 4 == 0 else "test"
        assert split_of(key) == expected
    dev = sum(split_of(str(i)) == "dev" for i in range(4000))
    assert 800 < dev < 1200


def test_exact_and_overlap_prf() -> None:
    gold = [(0, 5, "PERSON"), (10, 15, "PLACE")]
    pred = [(0, 5, "PERSON"), (11, 13, "PLACE"), (20, 22, "ORG")]
    exact = exact_prf(gold, pred)
    assert (exact.pred_ok, exact.n_pred, exact.gold_ok, exact.n_gold) == (1, 3, 1, 2)
    overlap = overlap_prf(gold, pred)
    assert overlap.recall == 1.0 and overlap.precision == pytest.approx(2 / 3)
    mistyped = overlap_prf(gold, [(0, 5, "ORG")])
    assert mistyped.recall == 0.0 and overlap_prf(gold, [(0, 5, "ORG")], typed=False).recall == 0.5
    total = exact + overlap
    assert total.n_gold == 4 and PRF().f1 == 0.0


def test_subsample_spreads_evenly() -> None:
    assert subsample(list(range(10)), 5) == [0, 2, 4, 6, 8]
    assert subsample([1, 2], None) == [1, 2]


def test_by_split_gives_dev_then_test_each_subsampled() -> None:
    units = [SimpleNamespace(key=str(i)) for i in range(40)]
    splits = dict(by_split(units, None))
    assert list(splits) == ["dev", "test"]
    assert [u.key for u in splits["dev"]] == [u.key for u in units if split_of(u.key) == "dev"]
    assert len(splits["dev"]) + len(splits["test"]) == 40
    assert [len(chosen) for _, chosen in by_split(units, 3)] == [3, 3]


def test_missing_data_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_SHARED", str(tmp_path))
    with pytest.raises(MissingData, match="nothing-here"):
        require("eval/nothing-here")


def test_report_renders_a_markdown_table() -> None:
    report = Report("demo", ["a", "bb"], [["1", "22"]], ["a note"])
    assert report.render() == "## demo\n\n| a | bb |\n|---|----|\n| 1 | 22 |\n\n- a note\n"


def test_nearest_country_reverse_lookup() -> None:
    assert nearest_country(43.25, 76.92) == "KAZ"  # Almaty
    assert nearest_country(28.61, 77.21) == "IND"  # New Delhi


# --- ner ------------------------------------------------------------------------------------------


def test_conll_reading_and_tag_repair(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("अमित\tB-NEP\nशाह\t-NEP\nने\t-\nदिल्ली\tB-NEL\n२०\tB-NEN\n\nएक\tO\n", encoding="utf-8")
    sentences = ner.read_conll(path)
    assert len(sentences) == 2
    sentence = ner.to_sentence(sentences[0], ner.ILNER_TYPES)
    assert sentence.text == "अमित शाह ने दिल्ली २०"
    assert [(sentence.text[s:e], k) for s, e, k in sentence.gold] == [
        ("अमित शाह", "PERSON"),
        ("दिल्ली", "PLACE"),
    ]


def test_ner_scores_exact_and_overlap() -> None:
    sentence = ner.to_sentence(
        [("Amit", "B-PERSON"), ("Shah", "I-PERSON"), ("in", "O"), ("Delhi", "B-LOCATION")], ner.HINER_TYPES
    )
    article = make_article(
        sentence.text,
        entities=[
            Entity(id="t:e0", name="Amit Shah", type="PERSON", mentions=[named(sentence.text, "Shah")]),
            Entity(id="t:e1", name="Delhi", type="COUNTRY", mentions=[named(sentence.text, "Delhi")]),
        ],
    )
    rows = {row[1]: row for row in ner.score_sentences("x", [sentence], fixed({sentence.text: article}))}
    assert rows["PERSON"][4:10] == ["0.0", "0.0", "0.0", "100.0", "100.0", "100.0"]
    assert rows["PLACE"][4:7] == ["100.0", "100.0", "100.0"]  # COUNTRY counts as PLACE
    assert rows["micro"][4:7] == ["50.0", "50.0", "50.0"]


def test_ner_leaves_demonyms_out_unless_asked() -> None:
    sentence = ner.to_sentence([("भारतीय", "O"), ("दल", "O"), ("दिल्ली", "B-LOCATION")], ner.HINER_TYPES)
    demonym = Mention(**named(sentence.text, "भारतीय").model_dump(exclude={"kind"}), kind="demonym")
    entities = [
        Entity(id="t:e0", name="India", type="COUNTRY", mentions=[demonym]),
        Entity(id="t:e1", name="Delhi", type="PLACE", mentions=[named(sentence.text, "दिल्ली")]),
    ]
    pairs = [(sentence, make_article(sentence.text, entities=entities))]
    without = {row[1]: row for row in ner.score_pairs("x", pairs)}
    with_demonyms = {row[1]: row for row in ner.score_pairs("x", pairs, demonyms=True)}
    assert without["PLACE"][7] == "100.0" and with_demonyms["PLACE"][7] == "50.0"  # overlap precision


def test_ner_flat_reading_takes_a_named_government_as_a_body_and_no_name_inside_a_name() -> None:
    sentence = ner.to_sentence(
        [("भारत", "B-ORGANIZATION"), ("सरकार", "I-ORGANIZATION"), ("ने", "O"), ("कहा", "O")], ner.HINER_TYPES
    )
    entities = [
        Entity(id="t:e0", name="India", type="COUNTRY", mentions=[named(sentence.text, "भारत")]),
        Entity(id="t:e1", name="government", type="GROUP", mentions=[named(sentence.text, "भारत सरकार")]),
    ]
    pairs = [(sentence, make_article(sentence.text, entities=entities))]
    headline = {row[1]: row for row in ner.score_pairs("x", pairs)}
    read_flat = {row[1]: row for row in ner.score_pairs("x", pairs, reading=ner.flat)}
    assert headline["micro"][7:10] == ["0.0", "0.0", "0.0"]  # India is no organisation
    assert read_flat["micro"][2:4] == ["1", "1"] and read_flat["ORG"][7:10] == ["100.0"] * 3


def test_ner_reads_spans_without_the_punctuation_a_token_carries() -> None:
    tokens = [("(भारत", "B-LOCATION"), ("की", "O"), ("राजधानी", "O"), ("दिल्ली,", "B-LOCATION")]
    tokens.append((",", "B-LOCATION"))
    sentence = ner.to_sentence(tokens, ner.HINER_TYPES)
    assert [sentence.text[s:e] for s, e, _ in sentence.gold] == ["भारत", "दिल्ली"]  # "," alone is no name
    found = [named(sentence.text, "भारत"), named(sentence.text, "दिल्ली,")]
    entity = Entity(id="t:e0", name="X", type="PLACE", mentions=found)
    article = make_article(sentence.text, entities=[entity])
    rows = {row[1]: row for row in ner.score_sentences("x", [sentence], fixed({sentence.text: article}))}
    assert rows["PLACE"][4:7] == ["100.0", "100.0", "100.0"]  # exact, both sides read without punctuation


def test_ner_subsets_leave_out_village_stubs_and_sentences_seen_in_dev() -> None:
    stubs = [
        "उडगल, द्वाराहाट तहसील में भारत के उत्तराखण्ड राज्य के अन्तर्गत कुमाऊँ मण्डल के अल्मोड़ा जिले का एक गाँव है।",
        "नारायणपुर डुमरिया , गया , बिहार स्थित एक गाँव है।",
        "बरतल फ़र्रूख़ाबाद जिले का एक गाँव।",
        "एवा नेपाल के कोशी अञ्चल का तेरथुम जिला का एक गांव विकास समिति है। यह जगह मै ६८५ घर है।",
    ]
    news = ["सेना ने वज़ीरिस्तान के एक गाँव में हमला किया .", "पार्क में स्थित एक गाँव को घेर लिया गया।"]
    ((label, keep),) = ner.subsets("hiner", "test", {})
    assert label == "-stubs"
    assert [keep(ner.Sentence(text, ())) for text in stubs + news] == [False] * 4 + [True] * 2
    seen, new = ner.Sentence("एक", ()), ner.Sentence("दो", ())
    label, keep = ner.subsets("ilner", "test", {"dev": [seen], "test": [seen, new]})[0]
    assert label == "-dev" and [keep(seen), keep(new)] == [False, True]
    assert ner.subsets("ilner", "dev", {"dev": [seen], "test": []}) == []


# --- geo ------------------------------------------------------------------------------------------

GRITTA = """<articles>
<article file="0"><text>Riots in Almaty and Paris.</text><toponyms>
<toponym><extractedName>Almaty</extractedName><type>Literal</type><start>9</start><end>15</end>
<latitude>43.25</latitude><longitude>76.92</longitude></toponym>
<toponym><extractedName>Paris</extractedName><type>Literal</type><start>20</start><end>25</end>
<latitude>48.85</latitude><longitude>2.35</longitude></toponym>
<toponym><extractedName>Riots</extractedName><type>Non_Toponym</type><start>0</start><end>5</end></toponym>
</toponyms></article>
<article docid="9"><text>Fire in Moscow.</text><toponyms>
<toponym><start>8</start><end>14</end><phrase>Moscow</phrase><gaztag geonameid="1">
<lat>55.75</lat><lon>37.62</lon></gaztag></toponym></toponyms></article>
</articles>"""


def test_geo_reads_both_formats_and_scores(tmp_path: Path) -> None:
    path = tmp_path / "g.xml"
    path.write_text(GRITTA, encoding="utf-8")
    docs = geo.read_gritta(path)
    assert [len(d.gold) for d in docs] == [2, 1] and docs[0].place_names == ((9, 15), (20, 25))
    first, second = docs[0].text, docs[1].text
    answers = {
        first: make_article(
            first,
            entities=[
                Entity(
                    id="t:e0",
                    name="Almaty",
                    type="PLACE",
                    country="KAZ",
                    lat=43.2,
                    lon=76.9,
                    mentions=[named(first, "Almaty")],
                ),
                Entity(id="t:e1", name="Riots", type="PLACE", mentions=[named(first, "Riots")]),
            ],
        ),
        second: make_article(
            second,
            entities=[
                Entity(
                    id="t:e0",
                    name="Moscow",
                    type="PLACE",
                    country="USA",
                    lat=46.7,
                    lon=-117.0,
                    mentions=[named(second, "Moscow")],
                )
            ],
        ),
    }
    score = geo.score_docs(docs, fixed(answers))
    assert (score.spans.gold_ok, score.spans.n_gold, score.spans.pred_ok, score.spans.n_pred) == (2, 3, 2, 3)
    assert score.right_country == 1 and score.near == 1  # Moscow, Idaho is the wrong one
    row = geo.score_row("t", score)
    assert row[6:10] == ["50.0", "50.0", "33.3", "33.3"]


# --- timex ----------------------------------------------------------------------------------------

TIMEML = """<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013\
</TIMEX3></DCT>
<TEXT>He <EVENT eid="e1">left</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday\
</TIMEX3> \
for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> in <TIMEX3 tid="t3" type="DATE" \
value="2012">2012</TIMEX3> &amp; <TIMEX3 tid="t4" type="DATE" value="2013-W11">last week</TIMEX3>.\
</TEXT></TimeML>"""


def test_timeml_reading_and_scoring(tmp_path: Path) -> None:
    path = tmp_path / "a.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = timex.read_timeml(path)
    assert doc.published == date(2013, 3, 22)
    assert [(doc.text[g.start : g.end], g.value, g.precision) for g in doc.gold] == [
        ("Thursday", "2013-03-21", "day"),
        ("2012", "2012", "year"),
        ("last week", None, None),
    ]
    assert [doc.text[s:e] for s, e in doc.other] == ["two days"]
    text = doc.text
    article = make_article(
        text,
        dates=[
            DateMention(**mention(text, "Thursday").model_dump(), value="2013-03-14", precision="day"),
            DateMention(**mention(text, "2012").model_dump(), value="2012", precision="year"),
            DateMention(**mention(text, "two days").model_dump(), value="2013-03-20", precision="day"),
            DateMention(**mention(text, "He").model_dump(), value="2013-03-22", precision="day"),
        ],
    )
    score = timex.score_docs([doc], fixed({text: article}))
    assert (score.spans.pred_ok, score.spans.n_pred, score.spans.gold_ok, score.spans.n_gold) == (2, 3, 2, 3)
    assert (score.value_ok["day"], score.value_found["day"], score.value_ok["year"]) == (0, 1, 1)


def test_brat_reading(tmp_path: Path) -> None:
    text = "Publish Date:Wed, 29 Nov 2017 02:28 AM (IST)\nसोमवार रात को एक माह बाद"
    (tmp_path / "f.txt").write_text(text, encoding="utf-8")
    start = text.index("सोमवार")
    dur = text.index("एक माह")
    (tmp_path / "f.ann").write_text(
        f'T1\tDate {start} {start + 10}\tसोमवार रात\n#1\tAnnotatorNotes T1\tvalue="2017-11-27TNI"\n'
        f"T2\tDuration {dur} {dur + 6}\tएक माह\n",
        encoding="utf-8",
    )
    doc = timex.read_brat(tmp_path / "f.txt")
    assert doc.published == date(2017, 11, 29)
    assert [(text[g.start : g.end], g.value) for g in doc.gold] == [("सोमवार रात", "2017-11-27")]
    assert doc.other == ((dur, dur + 6),)


# --- disaster -------------------------------------------------------------------------------------

DISASTER = """<?xml version="1.0" encoding="UTF-8"?>
<DOCUMENT><P><W> पटना। </W><PLACE-ARG ID="1"><W> बिहार </W><W> के </W><W> गया </W></PLACE-ARG><W> में </W>
<CASUALTIES-ARG ID="2"><LINK EVENT_ARG="3"/><W> 12 </W><W> लोगों </W><W> की </W><W> मौत </W><W> और </W>
<W> ४५ </W><W> घायल </W></CASUALTIES-ARG></P><P><W> दर्जनों </W><W> लोग </W></P></DOCUMENT>"""


def test_disaster_rebuild_and_scoring(tmp_path: Path) -> None:
    path = tmp_path / "navbharat_2008_5_12_3030697"
    path.write_text(DISASTER, encoding="utf-8")
    doc = disaster.read_document(path)
    assert doc.text == "पटना। बिहार के गया में 12 लोगों की मौत और ४५ घायल\nदर्जनों लोग"
    assert doc.published == date(2008, 5, 12)
    assert [doc.text[s:e] for s, e in doc.places] == ["बिहार के गया"]
    assert [(doc.text[s:e], n) for s, e, n in doc.casualties] == [("12 लोगों की मौत और ४५ घायल", (12, 45))]
    text = doc.text
    article = make_article(
        text,
        counts=[
            Count(**mention(text, "12 लोगों की मौत").model_dump(), what="killed", value=12),
            Count(**mention(text, "४५ घायल").model_dump(), what="injured", value=4),
            Count(**mention(text, "दर्जनों लोग").model_dump(), what="killed", value=12),
        ],
        entities=[Entity(id="t:e0", name="Patna", type="PLACE", mentions=[named(text, "पटना")])],
    )
    score = disaster.score_docs([doc], fixed({text: article}))
    assert (score.casualties.pred_ok, score.casualties.n_pred, score.casualties.gold_ok) == (2, 3, 1)
    assert (score.numbers_ok, score.numbers_found, score.numbers_all, score.counts_right_value) == (
        1,
        2,
        2,
        1,
    )
    assert (score.places.pred_ok, score.places.gold_ok, score.places.n_gold) == (0, 0, 1)


# --- seed -----------------------------------------------------------------------------------------

SEED_TEXT = "रूस ने कजाखस्तान में सैनिक भेजे।\nPolice said dozens were killed on Thursday.\nरूसी दल अल्माटी पहुंचा।"
SEED_CODING = {
    "published": "2022-01-07",
    "entities": [
        {"name": "Russia", "type": "COUNTRY", "country": "RUS", "aliases": ["रूस", "रूसी"]},
        {
            "name": "Almaty",
            "type": "PLACE",
            "country": "KAZ",
            "lat": 43.25,
            "lon": 76.92,
            "aliases": ["अल्माटी"],
        },
        {"name": "Kazakhstan", "type": "COUNTRY", "country": "KAZ", "aliases": ["कजाखस्तान"]},
    ],
    "quotes": [{"speaker": "Russia", "para": 0, "starts": "सैनिक"}],
    "counts": [{"para": 1, "what": "killed", "value": "dozens"}],
    "dates": [{"para": 1, "surface": "Thursday", "value": "2022-01-06"}],
    "embeds": [{"para": 1, "platform": "twitter", "author": "@x", "date": "2022-01-07", "language": "en"}],
    "languages": {"en": [1]},
    "flags": ["अल्माटी"],
}


def test_acled_values() -> None:
    assert [seed.acled_value(v) for v in ("dozens", "about 20", "more than 2000", "thousands", "2,000")] == [
        12,
        20,
        2000,
        1000,
        2000,
    ]


def test_generic_actor_countries_are_supported_by_their_phrase_or_not() -> None:
    text = (
        "Turkish forces shelled Afrin. Police in Sydney said the government in Ankara was silent, "
        "the army of Iran too."
    )
    entities = [
        Entity(id="c", name="Turkey", type="COUNTRY", country="TUR", mentions=[named(text, "Turkish")]),
        Entity(id="f", name="forces", type="GROUP", country="TUR", mentions=[named(text, "Turkish forces")]),
        Entity(id="s", name="Sydney", type="PLACE", country="AUS", mentions=[named(text, "Sydney")]),
        Entity(id="p", name="police", type="GROUP", country="AUS", mentions=[named(text, "Police")]),
        Entity(id="a", name="Ankara", type="PLACE", country="TUR", mentions=[named(text, "Ankara")]),
        Entity(id="g", name="government", type="GROUP", country="TUR", mentions=[named(text, "government")]),
        Entity(id="x", name="protesters", type="GROUP", mentions=[named(text, "shelled")]),
        Entity(id="r", name="army", type="GROUP", country="IRN", mentions=[named(text, "army")]),
        Entity(id="i", name="Iran", type="COUNTRY", country="IRN", mentions=[named(text, "Iran")]),
    ]
    score = generic_actors.GroupScore()
    score.add(make_article(text, entities=entities))
    # the demonym is in the phrase, Iran after 'of'; Sydney comes after the police, Ankara after the
    # government
    assert (score.articles, score.groups, score.with_country, score.supported) == (1, 5, 4, 2)


def test_alias_occurrences_are_standalone_and_longest_first() -> None:
    found = seed.alias_occurrences(SEED_TEXT, ["रूस", "रूसी"])
    assert [alias for *_, alias in found] == ["रूस", "रूसी"]


def test_seed_scoring_counts_hits_misses_and_bad_spans() -> None:
    text = SEED_TEXT
    lines = text.split("\n")
    second = len(lines[0]) + 1
    third = second + len(lines[1]) + 1
    article = make_article(
        text,
        segments=[
            Segment(start=0, end=second - 1, kind="paragraph", language="hi"),
            Segment(start=second, end=third - 1, kind="paragraph", language="en"),
            Segment(start=third, end=len(text), kind="paragraph", language="en"),
        ],
        entities=[
            Entity(
                id="t:e0",
                name="Russian Federation",
                type="COUNTRY",
                country="RUS",
                mentions=[named(text, "रूस")],
            ),
            Entity(
                id="t:e1",
                name="Almaty",
                type="PLACE",
                country="KAZ",
                lat=43.3,
                lon=76.9,
                mentions=[named(text, "अल्माटी")],
            ),
        ],
        quotes=[Quote(**mention(text, "सैनिक भेजे").model_dump(), speaker="t:e0")],
        counts=[Count(**mention(text, "dozens").model_dump(), what="killed", value=12, approx=True)],
        dates=[
            DateMention(
                start=text.index("Thursday"),
                end=text.index("Thursday") + 8,
                text="Thursdy",
                value="2022-01-06",
                precision="day",
            )
        ],
        embeds=[
            Embed(
                start=second, end=third - 1, platform="twitter", author="@x", date="2022-01-07", language="en"
            )
        ],
        flags=[Flag(start=0, end=3, kind="geography", message="out of the story")],
    )
    report = seed.score_seed(text, SEED_CODING, fixed({text: article}))
    rows = {row[0]: row[1:3] for row in report.rows}
    assert rows["entities"] == ["2", "3"]  # Russia by type+country, Almaty by name; Kazakhstan missed
    assert rows["alias mentions"] == ["2", "4"]  # रूसी is not covered, कजाखस्तान neither
    assert rows["geocodes"] == ["1", "1"]
    assert rows["quotes (text)"] == ["1", "1"] and rows["quotes (speaker)"] == ["1", "1"]
    assert rows["counts"] == ["1", "1"] and rows["dates"] == ["1", "1"] and rows["embeds"] == ["1", "1"]
    assert rows["languages"] == ["2", "3"] and rows["flags"] == ["0", "1"]
    assert rows["span check errors"][0] == "1"
    assert any("Kazakhstan" in note for note in report.notes)


# --- bench ----------------------------------------------------------------------------------------


def test_bench_floor_on_generated_articles() -> None:
    jobs, sources = throughput.build_corpus(12, real=False)
    assert len(jobs) == 12 and sources == {"generated": 12}
    result = throughput.run_pool("floor", jobs, 1, throughput._init_scan, throughput._scan_chunk)
    assert result.articles == 12 and result.chars == sum(len(raw.decode()) for raw, _ in jobs)
    assert result.records > 0 and result.peak_rss_mb > 0 and "articles/s" in result.line()


def test_bench_extract_on_generated_articles() -> None:
    throughput._init_extract()
    jobs, _ = throughput.build_corpus(5, real=False)
    result = throughput._extract_chunk(jobs)
    assert result.articles == 5 and result.records > 0


def test_scoring_gives_each_article_a_long_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures measure what khabar reads, not how busy the machine is."""
    from eval import common

    import khabar
    from khabar.budget import Budget

    seen: dict[str, object] = {}
    monkeypatch.setattr(khabar, "extract", lambda text, **kwargs: seen.update(kwargs))
    common.khabar_extract("text")
    budget = seen["budget"]
    assert isinstance(budget, Budget) and budget.seconds == common.SCORING_SECONDS > 20
