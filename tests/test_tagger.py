"""The shipped name tagger: it loads, tags unseen sentences, and retrains deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest
from train.common import ILNER_TRAIN

from khabar import extract
from khabar.doc import Doc
from khabar.extractors.entities.tagged_runs import _surnames_only
from khabar.extractors.entities.tagger import NameMask, TaggedName, _listed_as_places, has_tagger, spans_of
from khabar.extractors.entities.words import Words
from khabar.pipeline import prepare
from khabar.text.tokens import Token


def _names(text: str) -> list[tuple[str, str]]:
    doc = prepare(text, until="names", given_language="hi")
    return [(text[n.start : n.end], n.type) for n in doc.names]


def test_hindi_ships_a_tagger_and_other_languages_go_without() -> None:
    assert has_tagger("hi")
    assert not has_tagger("xx")
    assert not has_tagger(None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("रविवार को पटना में किसान नेता रामेश्वर प्रसाद यादव ने सभा की।", ("रामेश्वर प्रसाद यादव", "PERSON")),
        ("रविवार को पटना में किसान नेता रामेश्वर प्रसाद यादव ने सभा की।", ("पटना", "PLACE")),
        ("उत्तर प्रदेश सरकार ने लखनऊ के अस्पतालों को अनुदान दिया।", ("उत्तर प्रदेश सरकार", "ORG")),
    ],
)
def test_tagger_marks_names_it_never_saw(text: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text)


def test_tagger_leaves_ordinary_sentences_alone() -> None:
    assert _names("बारिश के बाद सड़कों पर पानी भर गया और लोग घरों में रहे।") == []


def test_a_name_the_tagger_finds_becomes_an_entity() -> None:
    record = extract("किसान नेता रामेश्वर प्रसाद यादव ने बुधवार को धरना दिया।", language="hi")
    people = [e for e in record.entities if e.type == "PERSON"]
    assert [m.text for e in people for m in e.mentions] == ["रामेश्वर प्रसाद यादव"]


def test_a_place_the_tagger_leans_to_is_read_last_and_a_person_it_leans_to_not_alone() -> None:
    place, person = (TaggedName(0, 5, kind, 0, 0, 0.4) for kind in ("PLACE", "PERSON"))  # type: ignore[arg-type]
    assert place.leaning_place and not place.sure and not person.leaning_place
    assert (
        not TaggedName(0, 5, "PLACE", 0, 0, 0.2).leaning_place
        and not TaggedName(0, 5, "PLACE", 0, 0).leaning_place
    )


def _tagged(text: str, names: list[tuple[str, str, float]]) -> tuple[Doc, list[str]]:
    """``text`` prepared with the tagger's names given as (words, type, confidence), each the first
    run of those words."""
    doc = prepare(text, until="gazetteer_hits", given_language="hi")
    words = [t.text for t in doc.tokens]
    tagged = []
    for surface, kind, confidence in names:
        first = next(i for i in range(len(words)) if words[i : i + len(surface.split())] == surface.split())
        last = first + len(surface.split()) - 1
        tagged.append(
            TaggedName(doc.tokens[first].start, doc.tokens[last].end, kind, first, last, confidence)
        )  # type: ignore[arg-type]
    doc.set_layer("names", tagged)
    return doc, words


def _mask(text: str, names: list[tuple[str, str, float]]) -> tuple[NameMask, list[str]]:
    """The mask of ``text`` with the tagger's names given as in ``_tagged``."""
    doc, words = _tagged(text, names)
    return NameMask.of(doc, ["hi"] * len(words)), words


@pytest.mark.parametrize(
    ("text", "names", "types"),
    [
        (  # a village stub: the items before the state are places too
            "नगला भीका , फर्रूखाबाद , उत्तर प्रदेश स्थित एक गाँव है।",
            [("नगला भीका", "ORG", 0.6), ("फर्रूखाबाद", "PERSON", 0.7), ("उत्तर प्रदेश", "PLACE", 0.9)],
            ["PLACE", "PLACE", "PLACE"],
        ),
        (  # a list ending in a large city's name, whatever the tagger made of it
            "पौरिया संग्रामपुर , मुंगेर , बिहार स्थित एक गाँव है।",
            [("पौरिया संग्रामपुर", "ORG", 0.51), ("मुंगेर", "ORG", 0.54), ("बिहार", "ORG", 0.45)],
            ["PLACE", "PLACE", "ORG"],
        ),
        (  # the next item is a place by its place cue word, which the tagger named no place
            "जपकोट-कोलागाड-२, सतपुली तहसील में भारत के उत्तराखण्ड राज्य का गाँव; राजेश कुमार, पटना आए।",
            [("जपकोट कोलागाड", "PERSON", 0.96), ("राजेश कुमार", "PERSON", 0.9)],
            ["PLACE", "PERSON"],
        ),
        (  # the place qualifies the next item: no list of places
            "बादशाह अकबर , असम के अहोम राजा आए।",
            [("बादशाह अकबर", "PERSON", 0.9), ("असम", "PLACE", 0.9)],
            ["PERSON", "PLACE"],
        ),
        (  # a body's name ends in a head word; an unsure name is left as it is
            "दिल्ली विश्वविद्यालय , भारत और रामपुर , लखनऊ में।",
            [
                ("दिल्ली विश्वविद्यालय", "ORG", 0.9),
                ("भारत", "PLACE", 0.9),
                ("रामपुर", "ORG", 0.4),
                ("लखनऊ", "PLACE", 0.9),
            ],
            ["ORG", "PLACE", "ORG", "PLACE"],
        ),
    ],
)
def test_names_listed_before_a_place_are_places(
    text: str, names: list[tuple[str, str, float]], types: list[str]
) -> None:
    doc, _ = _tagged(text, names)
    assert [n.type for n in _listed_as_places(doc, doc.names, "hi")] == types


def test_a_word_the_tagger_named_elsewhere_is_left_to_knowledge() -> None:
    mask, words = _mask("अल्माटी में बैठक हुई और फिर अल्माटी में लोग जुटे।", [("अल्माटी", "PLACE", 0.9)])
    second = len(words) - 1 - words[::-1].index("अल्माटी")
    assert second not in mask.outside and words.index("बैठक") in mask.outside


def test_people_listed_with_a_place_are_left_to_knowledge() -> None:
    text = "बुधवार को अल्माटी, नूर सुल्तान और मंगिस्टाऊ प्रांत में लोग उतरे।"
    tagged = [("अल्माटी", "PERSON", 0.8), ("नूर", "PERSON", 0.8), ("मंगिस्टाऊ प्रांत", "PLACE", 0.8)]
    mask, words = _mask(text, tagged)
    assert [mask.names[n].type for n in set(mask.name_of.values())] == ["PLACE"]
    assert not {words.index(w) for w in ("अल्माटी", "नूर", "सुल्तान")} & mask.outside
    assert words.index("बुधवार") in mask.outside  # no list item: the tagger's word stands


def test_bio_labels_make_names_of_one_type() -> None:
    words = [
        Token(i, 4 * i, 4 * i + 3, 4 * i, 4 * i + 3, w, "Latn", False, True, True)
        for i, w in enumerate(["a", "b", "c", "d", "e"])
    ]
    names = spans_of(words, ["B-PERSON", "I-PERSON", "I-PLACE", "O", "I-ORG"])
    assert [(n.type, n.first, n.last) for n in names] == [("PERSON", 0, 1), ("PLACE", 2, 2), ("ORG", 4, 4)]


@pytest.mark.skipif(not ILNER_TRAIN["hi"].exists(), reason="../shared/train is not beside the repository")
def test_training_is_deterministic(tmp_path: Path) -> None:
    from train.ner import train

    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train("hi", first, limit=300)
    train("hi", second, limit=300)
    assert first.read_bytes() == second.read_bytes()


def test_ordinals_and_numbers_open_no_name() -> None:
    """Ordinals: "11वीं इकाई" and "हादसा बारहवीं इकाई" (the accident, unit twelve) name no body."""
    article = extract("हादसा बारहवीं इकाई में हुआ। इसके बाद 11वीं इकाई और 12वीं इकाई बंद कर दी गईं।")
    assert [e.name for e in article.entities if e.type == "ORG"] == []


def test_a_pronoun_cuts_a_tagged_name() -> None:
    article = extract("तालिबान वो चरमपंथी संगठन है जिसने कई हमले किए हैं।")
    assert not [m.text for e in article.entities for m in e.mentions if " वो " in f" {m.text} "]


def test_an_izafat_joins_two_bodies_names_into_one() -> None:
    article = extract("तहरीके तालिबान ने हमले की जिम्मेदारी ली है।")
    assert "तहरीके" not in [m.text for e in article.entities for m in e.mentions]


def test_a_number_and_what_it_measures_name_nobody() -> None:
    article = extract("रोहित शर्मा ने 24, अजिंक्य रहाणे 32 रन, युवराज सिंह ने 18 और सुरेश रैना ने 21 रन की पारी खेली।")
    assert "रन" not in [m.text for e in article.entities for m in e.mentions]
    assert "32 रन" not in [m.text for e in article.entities for m in e.mentions]
    scored = extract("भारत की तरफ़ से सबसे अधिक नाबाद 72 रन विराट कोहली ने बनाए।")
    assert [m.text for e in scored.entities for m in e.mentions if "कोहली" in m.text] == ["विराट कोहली"]


def test_a_raid_names_nobody() -> None:
    """ "छापा मारा" (raided) is no person "Chhapa Mara"."""
    for text in ("भोर में पुलिस ने छापा मारा।", "पुलिस ने गांव में छापे मारे।"):
        assert [e.type for e in extract(text).entities] == ["GROUP"]


def test_a_police_rank_spelled_as_an_acronym_is_a_title() -> None:
    """एएसआई (assistant sub-inspector) before a name is the person's rank, no body "ASI"."""
    article = extract("एएसआई आरएस गौतम की हत्या कर दी गई।")
    assert [(e.type, e.role) for e in article.entities] == [("PERSON", "assistant sub-inspector")]


def test_a_place_the_tagger_finds_in_surnames_alone_is_a_person() -> None:
    """A name of listed surnames only is a person's, not a place the gazetteer does not know."""
    article = extract("हालांकि ये चुनाव वो बीजेपी के अनंत कुमार से हार गए.", language="hi")
    assert [(e.type, e.name) for e in article.entities if e.name.endswith("Kumar")] == [("PERSON", "Kumar")]
    # a surname that is a known town too stays the tagger's place
    doc, _ = _tagged("पंजाब के खन्ना में अनंत कुमार आए।", [("खन्ना", "PLACE", 0.9), ("कुमार", "PLACE", 0.9)])
    words = Words.of(doc)
    assert [_surnames_only(words, [t]) for t in words.tokens if t.text in ("खन्ना", "कुमार")] == [False, True]
