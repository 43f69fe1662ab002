"""Words right before a verb of saying name who speaks (``cues.is_speaker``), where the tagger missed
them: a person when no known actor fits, never a plural, an acronym or a common noun (sentences
invented here)."""

from __future__ import annotations

import pytest

from khabar import extract


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.type, m.text) for e in extract(text, language="hi").entities for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("बैठक के बाद ज़ुबैरा ने पत्रकारों से कहा कि काम जारी रहेगा।", "ज़ुबैरा"),
        ("इस मौके पर हुमैमा बताती हैं कि फ़िल्म में उनका किरदार अलग है।", "हुमैमा"),
        ("हालांकि तबस्सुम का कहना है कि उन्होंने कोई गलती नहीं की।", "तबस्सुम"),
    ],
)
def test_who_speaks_is_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "वैज्ञानिकों का कहना है कि यह दवा असरदार है।",  # a plural
        "घर में काम करने वाले दूसरे नौकर ने पुलिस से कहा कि वह सो रहा था।",  # a common noun after a determiner
        "मैं उन्हें चाचा कहा करता था।",  # what one is called, not who speaks
        "स्वास्थ्य विभाग ने बताया कि ट्रेन पटरी से उतर गई।",  # a body's head word: a department speaks
        "किसी फल के ऊपरी त्वचा को छिलका कहते हैं।",  # what a thing is called ("A को B कहते हैं")
        "कंपनी का कहना है कि कर्मचारियों ने समझौता मान लिया है।",  # a body's head word alone
    ],
)
def test_no_person_where_no_one_is_named(text: str) -> None:
    assert not [name for kind, name in _entities(text) if kind == "PERSON"]


def test_the_speaker_is_the_quotes_speaker() -> None:
    record = extract("बैठक के बाद ज़ुबैरा ने कहा, “हम यह काम जारी रखेंगे।”", language="hi")
    [quote] = record.quotes
    [person] = [e for e in record.entities if e.type == "PERSON"]
    assert quote.speaker == person.id


def test_a_speaker_is_named_by_the_same_word_before_and_after_the_cue() -> None:
    record = extract(
        "ब्लैकबर्न बिना दर्द के चल पा रहे थे. ब्लैकबर्न ने कहा कि वह खुश हैं. बाद में ब्लैकबर्न घर गए.", language="hi"
    )
    [person] = [e for e in record.entities if e.type == "PERSON"]
    assert [m.start for m in person.mentions] == [0, 37, 77]


def test_a_name_after_a_participle_speaks() -> None:
    assert ("PERSON", "उज्मा") in _entities("इस स्कूल में पढ़ाने वाली उज्मा कहती हैं कि बिजली नहीं आती।")
