"""Smoke tests of the event-coding scorers (eval/events_*.py) on tiny inputs written here.

A hand-made extractor stands in for ``khabar.extract``, so readers and metrics are checked exactly
without the event coder and without ``../shared``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval import (
    events_case,
    events_disaster,
    events_petrarch,
    events_plover,
    events_police,
    events_seed,
    events_synthetic,
)

from khabar.schema import Article, Count, DateMention, Entity, Event, Mention, Span


def at(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start=start, end=start + len(surface), text=surface)


def named(text: str, surface: str) -> Mention:
    """An entity's mention of ``surface``."""
    return Mention(**at(text, surface).model_dump())


def event(text: str, surface: str, type_: str, **fields: object) -> Event:
    span = at(text, surface)
    return Event(id=f"t:v{span.start}", type=type_, start=span.start, end=span.end, **fields)


def fixed(articles: dict[str, Article]):
    """An extractor answering from a dict keyed by the input text."""
    return lambda text, published: articles[text]


# --- seed ---------------------------------------------------------------------------------------


SEED_TEXT = (
    "Russia sent troops.\nPolice detained 40 people.\nThe Kazakh government resigned and Almaty burned."
)


def test_seed_events_match_by_line_type_and_source() -> None:
    text = SEED_TEXT
    coding = {
        "published": "2022-01-07",
        "entities": [
            {"name": "Russia", "type": "COUNTRY", "country": "RUS"},
            {"name": "Kazakhstan", "type": "COUNTRY", "country": "KAZ"},
        ],
        "events": [
            {"para": 0, "type": "MOBILIZE", "source": "Russia"},
            {"para": 1, "type": "COERCE", "source": "police"},
            {"para": 2, "type": "CONCEDE", "source": "Kazakhstan"},
            {"para": 2, "type": "PROTEST"},
        ],
    }
    russia = Entity(id="t:e0", name="Russia", type="COUNTRY", country="RUS", mentions=[named(text, "Russia")])
    article = Article(
        id="t",
        text=text,
        entities=[russia],
        events=[
            event(text, "Russia sent troops", "MOBILIZE", source="t:e0"),
            event(text, "Police detained", "COERCE", source_sector="COP"),
            event(text, "government resigned", "CONCEDE", source_country="KAZ", source_sector="GOV"),
            event(text, "Almaty burned", "PROTEST", source="t:e0"),  # wrong source: the coding has none
            event(text, "sent", "AID"),  # an extra
        ],
    )
    report = events_seed.score_seed_events(text, coding, fixed({text: article}))
    assert [row[1:3] for row in report.rows] == [["3", "4"], ["4", "4"], ["3", "5"]]
    assert any(n.startswith("miss: line 2: PROTEST") and "source differs" in n for n in report.notes)
    assert sum(n.startswith("extra:") for n in report.notes) == 2


# --- plover -------------------------------------------------------------------------------------


def test_plover_reader_and_scores(tmp_path: Path) -> None:
    first, second, third = "Egypt denounced Israel.", "Serb police arrested two men.", "Nothing here."
    records = [
        {"event": "DOCUMENT", "eventText": "header"},
        {
            "event": "DISAPPROVE",
            "text": first,
            "source": [{"actorText": "Egypt", "code": "EGY", "sector": "GOV"}],
            "target": [{"actorText": "Israel", "code": "ISR"}],
        },
        {
            "event": "COERCE",
            "mode": "detain",
            "text": second,
            "source": [{"actorText": "Serb police", "code": "SRB", "sector": "COP"}],
            "target": "",
        },
        {"event": "AGREE", "mode": "", "text": third, "source": None, "target": None},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    read = events_plover.read_records(path)
    assert [(r.key, r.event, r.mode) for r in read] == [
        ("1", "ACCUSE", None),
        ("2", "COERCE", "detain"),
        ("3", "AGREE", None),
    ]
    assert read[1].targets == () and read[0].sources[0].sector == "GOV"
    israel = Entity(
        id="t:e1", name="Israel", type="COUNTRY", country="ISR", mentions=[named(first, "Israel")]
    )
    articles = {
        first: Article(
            id="a",
            text=first,
            entities=[israel],
            events=[
                event(first, "Egypt", "THREATEN"),
                event(first, "denounced", "ACCUSE", source_country="EGY", source_sector="MIL", target="t:e1"),
            ],
        ),
        second: Article(
            id="b",
            text=second,
            events=[
                event(
                    second,
                    "police arrested",
                    "COERCE",
                    mode="arrest",
                    source_country="SRB",
                    source_sector="COP",
                )
            ],
        ),
        third: Article(id="c", text=third),
    }
    score = events_plover.score_records(read, fixed(articles))
    assert (score.n, score.covered, score.type_top, score.type_any) == (3, 2, 1, 2)
    assert (score.mode_ok, score.modes) == (1, 1)
    assert (score.source_ok, score.sources) == (1, 2)  # EGY MIL is not EGY GOV
    assert (score.target_ok, score.targets) == (1, 1)  # by name
    assert events_plover.score_row("t", score)[3] == "33.3 (1/3)"


# --- synthetic stories ---------------------------------------------------------------------------


def test_synthetic_leads_and_per_type_scores(tmp_path: Path) -> None:
    path = tmp_path / "stories.csv"
    path.write_text(
        "title,text,label,mode\n"
        'H1,"Police arrested two men on Monday. They were freed.",COERCE,\n'
        'H2,"Egypt praised Israel. It also met Jordan.",SUPPORT,\n'
        "H3,Nothing here.,SUPPORT,\n",
        encoding="utf-8",
    )
    stories = events_synthetic.read_stories(path)
    assert [(s.key, s.text) for s in stories][:2] == [
        ("H1", "Police arrested two men on Monday."),
        ("H2", "Egypt praised Israel."),
    ]
    first, second, third = (s.text for s in stories)
    articles = {
        first: Article(id="a", text=first, events=[event(first, "arrested", "COERCE")]),
        second: Article(
            id="b",
            text=second,
            events=[event(second, "praised", "SUPPORT"), event(second, "Egypt", "ACCUSE")],
        ),
        third: Article(id="c", text=third),
    }
    score = events_synthetic.score_all(events_synthetic.SyntheticScore(), stories, fixed(articles))
    assert events_synthetic.cells(score.by_type["COERCE"]) == ["1", "100.0", "100.0", "100.0"]
    assert events_synthetic.cells(score.by_type["SUPPORT"]) == ["2", "50.0", "0.0", "50.0"]
    assert score.confusion["SUPPORT"] == Counter({"ACCUSE": 1, "-": 1})
    assert events_synthetic.cells(score.total()) == ["3", "66.7", "33.3", "66.7"]


# --- petrarch -----------------------------------------------------------------------------------

PETRARCH = """<Validation><Environment><Include>valid DEMO</Include></Environment>
<!-- <EventCoding...> in a comment -->
<Sentences>
<Sentence date="19950101" id="D-1" category="DEMO" sentence="true"/>
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="064" />
<EventCoding sourcecode='"SOME TEXT"' targetcode="GON" eventcode="1121" />
<EventCoding error="dateline"></EventCoding>
<Text>
Arnor restored ties
with Gondor.
</Text><Parse>(ROOT)</Parse></Sentence>
<Sentence date = "19950102" id ="D-2" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Gondor is large.</Text>
</Sentence>
<Sentence date="19950103" id="D-3" category="DEMO" sentence="false"><Text>Off.</Text></Sentence>
<Sentence date="19950103" id="D-4" category="OTHER" sentence="true"><Text>Not included.</Text></Sentence>
</Sentences></Validation>"""


def test_petrarch_reader_tolerates_malformed_records(tmp_path: Path) -> None:
    path = tmp_path / "records.xml"
    path.write_text(PETRARCH, encoding="utf-8")
    sentences = events_petrarch.read_sentences(path)
    assert [s.key for s in sentences] == ["D-1", "D-2"]
    assert sentences[0].text == "Arnor restored ties with Gondor."
    assert sentences[0].published is not None and sentences[0].published.isoformat() == "1995-01-01"
    assert [c.event for c in sentences[0].codings] == ["064", "1121"] and sentences[1].codings == ()
    assert sentences[0].codings[1].source == '"SOME TEXT"'


def test_cameo_code_parts() -> None:
    assert events_petrarch.code_parts("USAGOV") == ("USA", "GOV")
    assert events_petrarch.code_parts("ARNGOV") == ("ARN", "GOV")
    assert events_petrarch.code_parts("---GOV") == (None, "GOV")
    assert events_petrarch.code_parts("GON") == ("GON", None)
    assert events_petrarch.code_parts("IGOUNO") == (None, "IGO")


def test_petrarch_scores_roots_and_actors(tmp_path: Path) -> None:
    path = tmp_path / "records.xml"
    path.write_text(PETRARCH, encoding="utf-8")
    first, second = (s for s in events_petrarch.read_sentences(path))
    text = first.text
    articles = {
        text: Article(
            id="a",
            text=text,
            events=[
                event(text, "restored", "COOPERATE", cameo="064", source_country="ARN", source_sector="GOV"),
                event(text, "ties", "AGREE", cameo="03"),
            ],
        ),
        second.text: Article(
            id="b", text=second.text, events=[event(second.text, "large", "PROTEST", cameo="14")]
        ),
    }
    score = events_petrarch.score_sentences([first, second], fixed(articles))
    assert (score.expected, score.root_ok, score.source_ok, score.target_ok, score.all_ok) == (2, 1, 1, 0, 0)
    assert (score.produced, score.extra, score.uncoded) == (3, 2, 0)


# --- case ---------------------------------------------------------------------------------------


def test_case_reader_prediction_and_f1(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text('id\tEventSnippet\tSubType\n7\tA "quoted" snippet\tARREST\n', encoding="utf-8")
    assert events_case.read_snippets(path)[0] == events_case.Snippet("7", 'A "quoted" snippet', "ARREST")

    text = "Troops clashed and police arrested ten."
    acled = event(text, "arrested", "COERCE", acled_sub_event_type="Arrests")
    plover = event(text, "clashed", "ASSAULT")
    assert events_case.predict(Article(id="a", text=text, events=[plover, acled])) == "ARREST"
    assert events_case.predict(Article(id="a", text=text, events=[plover])) == "ATTACK"
    assert events_case.predict(Article(id="a", text=text, events=[event(text, "ten", "RETREAT")])) == "OTHER"

    # two events of one clause share its start: the first trigger wins, not the label's name
    clause = at(text, text)
    arrest = Event(
        id="t:a", type="COERCE", mode="arrest", start=0, end=len(text), triggers=[at(text, "arrested")]
    )
    clash = Event(
        id="t:c", type="ASSAULT", start=clause.start, end=clause.end, triggers=[at(text, "clashed")]
    )
    assert events_case.predict(Article(id="a", text=text, events=[arrest, clash])) == "ATTACK"
    # an asserted event labels the snippet before one only announced or possible
    announced = clash.model_copy(update={"modality": "possible"})
    assert events_case.predict(Article(id="a", text=text, events=[arrest, announced])) == "ARREST"
    alleged = clash.model_copy(update={"uncertain": True})  # "arrested men suspected of clashing"
    assert events_case.predict(Article(id="a", text=text, events=[arrest, alleged])) == "ARREST"

    # the crosswalk's precedence picks the most specific ACLED sub-event type, wherever it is told
    text = "A rally in the square turned into clashes with police."
    rally = event(text, "rally", "PROTEST", acled_sub_event_type="Peaceful protest")
    riot = event(text, "clashes", "PROTEST", acled_sub_event_type="Violent demonstration")
    assert events_case.predict(Article(id="a", text=text, events=[rally, riot])) == "VIOL_DEMONSTR"
    # a protest and the force used on it are of one rank: the one told first labels the text
    text = "Protesters rallied to mourn those shot by police."
    rally = event(text, "rallied", "PROTEST", acled_sub_event_type="Peaceful protest")
    shot = event(text, "shot", "ASSAULT", acled_sub_event_type="Excessive force against protesters")
    assert events_case.predict(Article(id="a", text=text, events=[shot, rally])) == "PEACE_PROTEST"
    expel = event(text, "police", "SANCTION")
    assert events_case.predict(Article(id="a", text=text, events=[expel])) == "DIPLO"

    # a happening khabar codes no event for labels the snippet when its events are part of it
    text = "A gas explosion at a chemical plant killed six; an air strike hit a town."
    blast = event(text, "gas explosion", "ASSAULT", acled_sub_event_type="Remote explosive/landmine/IED")
    strike = event(text, "air strike", "ASSAULT", acled_sub_event_type="Air/drone strike")
    with_language = {"id": "a", "text": text, "language": "en"}
    assert events_case.predict(Article(**with_language, events=[blast])) == "MAN_MADE_DISASTER"
    assert events_case.predict(Article(**with_language, events=[blast, strike])) == "AIR_STRIKE"

    score = events_case.CaseScore()
    for gold, predicted in [("A", "A"), ("A", "A"), ("A", "B"), ("B", "B")]:
        score.add(gold, predicted, True)
    assert score.micro_f1 == pytest.approx(0.75)
    assert score.macro_f1 == pytest.approx((0.8 + 2 / 3) / 2)
    assert score.weighted_f1 == pytest.approx((0.8 * 3 + 2 / 3) / 4)


# --- police -------------------------------------------------------------------------------------


def test_police_documents_and_labels(tmp_path: Path) -> None:
    rows = [
        {
            "doc_id": 5,
            "sent_id": 1,
            "sent_labels": ["ARREST", "ANY_ACTION"],
            "sent_text": "police held 20 men. ",
        },
        {"doc_id": 5, "sent_id": 0, "sent_labels": [], "sent_text": "ahmedabad:"},
        {"doc_id": 5, "sent_id": 2, "sent_labels": ["FAIL"], "sent_text": "police stood by."},
    ]
    (tmp_path / "sents.jsonl").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    (tmp_path / "metadata.jsonl").write_text(
        json.dumps({"doc_id": 5, "date": "2002-03-01"}), encoding="utf-8"
    )
    (doc,) = events_police.read_documents(tmp_path)
    assert doc.text == "ahmedabad: police held 20 men. police stood by."
    assert [doc.text[s:e] for s, e, _ in doc.sentences] == [
        "ahmedabad:",
        "police held 20 men.",
        "police stood by.",
    ]

    text = doc.text
    kill = event(text, "held", "ASSAULT", source_sector="COP", counts={"killed": 2}, fatal=True)
    assert events_police.labels_of(kill) == {"KILL", "FORCE", "ANY_ACTION"}
    injury = event(text, "held", "ASSAULT", source_sector="COP", counts={"injured": 2}, cameo="180")
    assert events_police.labels_of(injury) == {"FORCE", "ANY_ACTION"}
    announced = event(text, "held", "COERCE", mode="arrest", source_sector="COP", modality="future")
    assert events_police.labels_of(announced) == set()
    inaction = event(text, "stood", "COERCE", mode="repression", source_sector="COP", negated=True)
    assert events_police.labels_of(inaction) == {"FAIL"}
    unnamed = event(text, "stood", "COERCE", mode="repression", negated=True)
    assert events_police.labels_of(unnamed) == {"FAIL"}
    authorities = event(text, "stood", "COERCE", mode="repression", source_sector="GOV", negated=True)
    assert events_police.labels_of(authorities) == {"FAIL"}
    rebels = event(text, "stood", "COERCE", mode="repression", source_sector="REB", negated=True)
    assert events_police.labels_of(rebels) == set()
    assert events_police.labels_of(event(text, "held", "COERCE", mode="arrest", negated=True)) == set()
    unnamed_arrest = event(text, "held", "COERCE", mode="arrest")
    assert events_police.labels_of(unnamed_arrest) == {"ARREST", "ANY_ACTION"}
    assert events_police.labels_of(event(text, "held", "PROTEST")) == set()
    # a police restriction or a word not said is no inaction ("did not allow them", "have not ruled out")
    barred = event(text, "held", "RETREAT", mode="access", source_sector="COP", negated=True)
    assert events_police.labels_of(barred) == set()
    help_not_given = event(text, "held", "AID", source_sector="COP", negated=True)
    assert events_police.labels_of(help_not_given) == {"FAIL"}
    no_inquiry = event(text, "held", "ACCUSE", mode="investigate", source_sector="COP", negated=True)
    assert events_police.labels_of(no_inquiry) == {"FAIL"}

    told_twice = event(text, "ahmedabad", "COERCE", mode="arrest", evidence=[at(text, "held 20")])
    score = events_police.score_documents(
        [doc], fixed({text: Article(id="p", text=text, events=[told_twice])})
    )
    arrest, fail = score.per_label["ARREST"], score.per_label["FAIL"]
    assert (arrest.pred_ok, arrest.n_pred, arrest.gold_ok, arrest.n_gold) == (1, 2, 1, 1)
    assert (fail.n_pred, fail.n_gold) == (0, 1) and score.sentences == 3

    # an event whose clause starts a sentence before (the corpus cut it there) is placed by its trigger too
    cut = event(text, "ahmedabad", "COERCE", mode="repression", source_sector="COP", negated=True)
    cut.triggers.append(at(text, "stood"))
    score = events_police.score_documents([doc], fixed({text: Article(id="p", text=text, events=[cut])}))
    fail = score.per_label["FAIL"]
    assert (fail.pred_ok, fail.n_pred) == (1, 2)


# --- disaster -----------------------------------------------------------------------------------

DISASTER = """<?xml version="1.0" encoding="UTF-8"?>
<DOCUMENT><P><TIME-ARG ID="5"><LINK EVENT_ARG="2" ID="9" TYPE_REL="EVENT_ARG"/><W> सोमवार </W></TIME-ARG>\
<W> को </W><PLACE-ARG ID="1"><LINK EVENT_ARG="2" ID="8" TYPE_REL="EVENT_ARG"/><W> श्रीनगर </W></PLACE-ARG>\
<W> में </W><MAN_MADE_EVENT ID="2" TYPE="TERRORIST_ATTACK"><W> हमला </W></MAN_MADE_EVENT></P>\
<P><CASUALTIES-ARG ID="3"><LINK EVENT_ARG="2" ID="7" TYPE_REL="EVENT_ARG"/><W> 4 </W><W> लोग </W>\
<W> मारे </W><W> गए </W></CASUALTIES-ARG><W> और </W><NATURAL_EVENT ID="4" TYPE="FLOODS"><W> बाढ़ </W>\
</NATURAL_EVENT></P></DOCUMENT>"""


def test_disaster_events_and_arguments(tmp_path: Path) -> None:
    path = tmp_path / "navbharat_2019_3_4_x.xml"
    path.write_text(DISASTER, encoding="utf-8")
    doc = events_disaster.read_document(path)
    text = doc.text
    assert text == "सोमवार को श्रीनगर में हमला\n4 लोग मारे गए और बाढ़"
    attack, flood = doc.events
    assert (attack.type, text[slice(*attack.trigger)]) == ("TERRORIST_ATTACK", "हमला")
    assert sorted((kind, text[s:e]) for kind, (s, e) in attack.arguments) == [
        ("casualties", "4 लोग मारे गए"),
        ("place", "श्रीनगर"),
        ("time", "सोमवार"),
    ]
    assert flood.arguments == ()

    place = Entity(id="t:e0", name="Srinagar", type="PLACE", mentions=[named(text, "श्रीनगर")])
    when = at(text, "सोमवार")
    dates = [DateMention(**when.model_dump(), value="2019-03-04", precision="day")]
    killed = at(text, "4 लोग मारे गए")
    counts = [Count(**killed.model_dump(), what="killed", value=4)]
    wrong_count = {"killed": 3}
    found = Event(
        id="t:v0",
        type="ASSAULT",
        start=0,
        end=len(text),
        location="t:e0",
        date="2019-03-04",
        counts=wrong_count,
    )
    article = Article(id="d", text=text, entities=[place], dates=dates, counts=counts, events=[found])
    score = events_disaster.score_docs([doc], fixed({text: article}))
    assert score.found["TERRORIST_ATTACK"] == 1 and (score.on_other, score.other_mentions) == (1, 1)
    assert score.found_trigger["TERRORIST_ATTACK"] == 0  # the event names no trigger on the gold one
    assert score.arguments_ok == Counter(place=1, time=1) and score.arguments["casualties"] == 1
    assert score.on_political == 1 == score.khabar_events
    on_trigger = found.model_copy(update={"triggers": [at(text, "हमला")]})
    article = article.model_copy(update={"events": [on_trigger]})
    score = events_disaster.score_docs([doc], fixed({text: article}))
    assert score.found_trigger["TERRORIST_ATTACK"] == 1
