"""What is no news of the day: material aid and cooperation with no one to receive them are no event
(PLOVER codes AID and COOPERATE only with a recipient), and an act its own clause dates two or more
years before the article's time is background, marked ``historical``; a train named after an
agreement and a force that sends (not what is sent) make no event. Sentences invented here."""

from __future__ import annotations

from datetime import date

import pytest

from khabar import extract


def _types(text: str, published: date | None = None) -> list[str]:
    return [e.type for e in extract(text, published=published, language="hi").events]


@pytest.mark.parametrize(
    "text",
    [
        "सूचना मिलते ही पुलिस ने आग बुझाने में सहयोग किया।",
        "ग्रामीणों के सहयोग से आग पर काबू पाया गया।",
        "अदालत ने कहा कि इसमें पुलिस की सहायता ली गई।",
        "जानकारों के मुताबिक वे इस तरह की बातचीत में सहयोग कर सकते हैं।",  # possible, not announced
    ],
)
def test_aid_or_cooperation_given_to_no_one_is_no_event(text: str) -> None:
    assert not {"AID", "COOPERATE"} & set(_types(text))


def test_aid_given_to_someone_stays() -> None:
    assert "AID" in _types("पुलिस ने ग्रामीणों की मदद की।")


def test_a_promise_of_cooperation_needs_no_recipient() -> None:
    # an intention (announced as AGREE) is coded without a recipient, with its future modality
    events = extract("हम हर संभव सहयोग देंगे।", language="hi").events
    assert [(e.modality, e.announced_as) for e in events] == [("future", "AGREE")]


def _arrests(text: str, published: date | None = None) -> list[tuple[str | None, bool]]:
    """The date of each arrest, and whether it is marked historical."""
    events = extract(text, published=published, language="hi").events
    return [(e.date, "historical" in e.context) for e in events if e.type == "COERCE"]


def test_an_act_dated_years_before_publication_is_historical() -> None:
    text = "वर्ष 2003 में पुलिस ने पांच लोगों को गिरफ्तार किया था। सोमवार को पुलिस ने दो लोगों को गिरफ्तार किया।"
    assert _arrests(text, date(2014, 3, 5)) == [("2003", True), ("2014-03-03", False)]


def test_without_publication_the_latest_dated_act_is_the_article_s_time() -> None:
    text = "फ़रवरी 2013 में पुलिस ने सिंघल को गिरफ्तार किया। वर्ष 2003 में पुलिस ने पांच लोगों को गिरफ्तार किया था।"
    assert _arrests(text) == [("2013-02", False), ("2003", True)]


def test_an_act_of_last_year_is_news() -> None:
    text = "वर्ष 2013 में पुलिस ने पांच लोगों को गिरफ्तार किया था।"
    assert _arrests(text, date(2014, 3, 5)) == [("2013", False)]


def test_a_noun_naming_a_train_is_no_act() -> None:
    assert "AGREE" not in _types("दिल्ली में समझौता एक्सप्रेस को रोक दिया गया।")


def test_a_noun_naming_a_ceremony_is_no_act() -> None:
    # a reception ("स्वागत समारोह") supports no one; the welcome done is an act
    assert "SUPPORT" not in _types("हॉकी खिलाड़ियों के स्वागत समारोह में मंत्री ने घोषणा की।")
    assert "SUPPORT" in _types("सरकार ने खिलाड़ियों का स्वागत किया।")


def test_the_force_that_sends_is_not_what_is_sent() -> None:
    # the police send a body for a post-mortem: no deployment; soldiers sent are one
    assert "MOBILIZE" not in _types("पुलिस ने शव को पोस्टमार्टम के लिए भेज दिया।")
    assert "MOBILIZE" in _types("सरकार ने इलाके में सैनिकों को भेज दिया।")


def test_ready_to_help_is_an_offer() -> None:
    """ "के लिए तैयार है" (is ready to) announces the act: help offered is kept, as intended, with the
    AGREE that announces it (not dropped as help with no one helped)."""
    from khabar import extract

    events = extract("संयुक्त राष्ट्र ने कहा कि वह राहत कार्यों में नेपाल की मदद के लिए तैयार है।", language="hi").events
    assert [(e.type, e.modality, e.announced_as) for e in events] == [("AID", "intended", "AGREE")]
