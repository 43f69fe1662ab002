"""Tests for khabar.extractors.events: triggers, actors, cues and merging (sentences invented here)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from helpers import EVENT_STAGES, build_doc, run_stages
from khabar import extract
from khabar.knowledge.base import default_knowledge
from khabar.schema import Count, DateMention, Entity, EntityType, Event, Mention, Quote, Segment, Sentence
from khabar.text.patterns import expand

# name -> (type, ISO3, sector) for the entities the sentences below mention
KNOWN: dict[str, tuple[EntityType, str | None, str | None]] = {
    "Russia": ("COUNTRY", "RUS", None),
    "Ukraine": ("COUNTRY", "UKR", None),
    "India": ("COUNTRY", "IND", None),
    "Nepal": ("COUNTRY", "NPL", None),
    "Japan": ("COUNTRY", "JPN", None),
    "China": ("COUNTRY", "CHN", None),
    "Iran": ("COUNTRY", "IRN", None),
    "Sri Lanka": ("COUNTRY", "LKA", None),
    "Kazakhstan": ("COUNTRY", "KAZ", None),
    "United States": ("COUNTRY", "USA", None),
    "North Korea": ("COUNTRY", "PRK", None),
    "South Korea": ("COUNTRY", "KOR", None),
    "NATO": ("ORG", None, "IGO"),
    "Delhi": ("PLACE", "IND", None),
    "Almaty": ("PLACE", "KAZ", None),
    "Narendra Modi": ("PERSON", "IND", "GOV"),
    "Sheikh Hasina": ("PERSON", "BGD", "GOV"),
}
# surface forms, Hindi and English
SURFACES: dict[str, list[str]] = {
    "Russia": ["Russia", "रूस", "रूसी"],
    "Ukraine": ["Ukraine", "यूक्रेन"],
    "India": ["India", "भारत"],
    "Nepal": ["Nepal", "नेपाल"],
    "Japan": ["Japan", "जापान"],
    "China": ["China", "चीन"],
    "Iran": ["Iran", "ईरान"],
    "Sri Lanka": ["Sri Lanka", "श्रीलंका"],
    "Kazakhstan": ["Kazakhstan", "Kazakh", "कज़ाख़स्तान", "कज़ाख"],
    "United States": ["United States", "Washington", "अमेरिका"],
    "North Korea": ["North Korea", "उत्तर कोरिया"],
    "South Korea": ["South Korea", "दक्षिण कोरिया"],
    "NATO": ["NATO", "नाटो"],
    "Delhi": ["Delhi", "दिल्ली"],
    "Almaty": ["Almaty", "अल्माटी"],
    "Narendra Modi": ["Narendra Modi", "Modi", "मोदी"],
    "Sheikh Hasina": ["Sheikh Hasina", "शेख हसीना"],
}
_SENTENCE = re.compile(r"[^.।!?\n]+[.।!?]?")


def article(
    text: str,
    language: str = "en",
    published: date | None = None,
    dates: list[DateMention] | None = None,
    counts: list[Count] | None = None,
    quotes: list[Quote] | None = None,
) -> tuple[list[Event], dict[str, str]]:
    """Code ``text`` (one paragraph per line); returns the events and entity id -> name."""
    segments, sentences, offset = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            segments.append(
                Segment(start=offset, end=offset + len(line), kind="paragraph", language=language)
            )
            for m in _SENTENCE.finditer(line):
                if m.group().strip():
                    sentences.append(Sentence(start=offset + m.start(), end=offset + m.end()))
        offset += len(line) + 1
    doc = build_doc(text, segments, sentences, language, published, "a1")
    entities = []
    for name, surfaces in SURFACES.items():
        pattern = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
        mentions = [Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(pattern, text)]
        if mentions:
            kind, country, sector = KNOWN[name]
            ident = f"a1:e{len(entities)}"
            entities.append(
                Entity(id=ident, name=name, type=kind, country=country, sector=sector, mentions=mentions)
            )
    entities += generic_actors(text, segments, sentences, language, len(entities))
    for layer, value in (
        ("entities", entities),
        ("dates", dates or []),
        ("counts", counts or []),
        ("quotes", quotes or []),
    ):
        doc.set_layer(layer, value)
    events = run_stages(doc, EVENT_STAGES).events
    for event in events:  # every span quotes the text exactly
        for span in [*event.evidence, event.source_text, event.target_text]:
            if span is not None:
                assert text[span.start : span.end] == span.text
    return events, {e.id: e.name for e in entities}


def generic_actors(
    text: str, segments: list[Segment], sentences: list[Sentence], language: str, first: int
) -> list[Entity]:
    """The generic actors (police, Kazakh police, protesters) the entity stage finds in ``text``,
    numbered after the entities given by hand."""
    doc = build_doc(text, segments, sentences, language)
    doc.set_layer("knowledge", default_knowledge())
    doc = run_stages(doc, ("gazetteer_hits", "entities"))
    groups = [e for e in doc.entities if e.type == "GROUP"]
    return [e.model_copy(update={"id": f"a1:e{first + i}"}) for i, e in enumerate(groups)]


def only(text: str, language: str = "en", **kwargs) -> tuple[Event, dict[str, str]]:
    events, names = article(text, language, **kwargs)
    assert len(events) == 1, [(e.type, e.evidence[0].text) for e in events]
    return events[0], names


def count(text: str, surface: str, what: str, value: int) -> Count:
    start = text.index(surface)
    return Count(start=start, end=start + len(surface), text=surface, what=what, value=value)  # type: ignore[arg-type]


# --- every PLOVER type, in both languages ----------------------------------------------------

TYPES_EN = [
    ("AGREE", "Nepal and India agreed on Monday to reopen the border crossing."),
    ("CONSULT", "Narendra Modi met with Sheikh Hasina in Delhi on Tuesday."),
    ("SUPPORT", "Japan praised Nepal for its handling of the crisis."),
    ("CONCEDE", "The Sri Lanka government resigned after weeks of pressure."),
    ("COOPERATE", "Japan and India cooperated on maritime security."),
    ("AID", "Japan donated medicines and tents to Nepal."),
    ("RETREAT", "Russia withdrew its troops from the border with Ukraine."),
    ("REQUEST", "Ukraine asked NATO for air defence systems."),
    ("ACCUSE", "China accused the United States of interfering in its affairs."),
    ("REJECT", "Iran rejected the proposal from the United States."),
    ("THREATEN", "North Korea threatened South Korea with a nuclear response."),
    ("PROTEST", "Thousands of farmers protested in Delhi against the new laws."),
    ("SANCTION", "The United States imposed sanctions on Iran."),
    ("MOBILIZE", "Russia deployed thousands of troops along its western border."),
    ("COERCE", "Police arrested the opposition leader in Delhi."),
    ("ASSAULT", "Gunmen attacked a police station in Delhi."),
]

TYPES_HI = [
    ("AGREE", "भारत और नेपाल ने सीमा खोलने पर समझौता किया।"),
    ("CONSULT", "मोदी ने दिल्ली में शेख हसीना से मुलाकात की।"),
    ("SUPPORT", "जापान ने नेपाल का समर्थन किया।"),
    ("CONCEDE", "श्रीलंका सरकार ने इस्तीफा दे दिया।"),
    ("COOPERATE", "भारत और जापान ने समुद्री सुरक्षा पर सहयोग किया।"),
    ("AID", "जापान ने नेपाल को मानवीय सहायता दी।"),
    ("RETREAT", "रूस ने सीमा से अपने सैनिकों की वापसी की।"),
    ("REQUEST", "यूक्रेन ने नाटो से मदद मांगी।"),
    ("ACCUSE", "चीन ने अमेरिका की आलोचना की।"),
    ("REJECT", "ईरान ने अमेरिका के प्रस्ताव को खारिज कर दिया।"),
    ("THREATEN", "उत्तर कोरिया ने दक्षिण कोरिया को हमले की धमकी दी।"),
    ("PROTEST", "किसानों ने दिल्ली में विरोध प्रदर्शन किया।"),
    ("SANCTION", "अमेरिका ने ईरान पर नए प्रतिबंध लगाए।"),
    ("MOBILIZE", "रूस ने सीमा पर हजारों सैनिक तैनात किए।"),
    ("COERCE", "पुलिस ने दिल्ली में विपक्ष के नेता को गिरफ्तार किया।"),
    ("ASSAULT", "बंदूकधारियों ने दिल्ली में एक थाने पर हमला किया।"),
]


def test_the_test_sentences_cover_every_plover_type() -> None:
    from khabar.knowledge.crosswalk import plover_types

    assert {t for t, _ in TYPES_EN} == set(plover_types()) == {t for t, _ in TYPES_HI}


@pytest.mark.parametrize(("expected", "sentence"), TYPES_EN)
def test_every_type_is_triggered_in_english(expected: str, sentence: str) -> None:
    event, _ = only(sentence, "en")
    assert event.type == expected
    assert event.cameo and event.cameo[:2].isdigit()


@pytest.mark.parametrize(("expected", "sentence"), TYPES_HI)
def test_every_type_is_triggered_in_hindi(expected: str, sentence: str) -> None:
    event, _ = only(sentence, "hi")
    assert event.type == expected
    assert event.cameo and event.cameo[:2].isdigit()


# --- actors --------------------------------------------------------------------------------


def test_hindi_agent_and_recipient_markers() -> None:
    event, names = only("जापान ने नेपाल को मानवीय सहायता दी।", "hi")
    assert (event.type, event.mode) == ("AID", "humanitarian")
    assert names[event.source or ""] == "Japan"
    assert names[event.target or ""] == "Nepal"
    assert event.source_country == "JPN" and event.target_country == "NPL"


def test_english_subject_verb_object() -> None:
    event, names = only("Iran rejected the proposal from the United States.")
    assert names[event.source or ""] == "Iran"
    event, names = only("China accused the United States of interfering in its affairs.")
    assert names[event.source or ""] == "China" and names[event.target or ""] == "United States"


def test_english_passive_takes_the_by_phrase_as_source() -> None:
    text = "More than 300 protesters were detained by police in Almaty."
    event, names = only(text, counts=[count(text, "More than 300 protesters were detained", "arrested", 300)])
    assert (event.type, event.mode) == ("COERCE", "arrest")
    assert names[event.source or ""] == "police" and event.source_text.text == "police"  # type: ignore[union-attr]
    assert (event.source_country, event.source_sector) == ("KAZ", "COP")  # the country of Almaty
    assert event.target_text is not None and event.target_text.text == "protesters"
    assert event.counts == {"arrested": 300}
    assert names[event.location or ""] == "Almaty"
    # ACLED codes protesters detained at their protest as a protest with intervention
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Protests", "Protest with intervention")


def test_hindi_passive_with_dvara() -> None:
    event, _ = only("अल्माटी में सैकड़ों प्रदर्शनकारियों को पुलिस द्वारा हिरासत में लिया गया।", "hi")
    assert (event.type, event.mode) == ("COERCE", "arrest")
    assert event.source_text is not None and event.source_text.text == "पुलिस"
    assert event.target_text is not None and event.target_text.text == "प्रदर्शनकारियों"


def test_hindi_passive_without_agent_has_no_source() -> None:
    event, _ = only("दिल्ली में सैकड़ों प्रदर्शनकारियों को हिरासत में लिया गया।", "hi")
    assert event.type == "COERCE" and event.source is None and event.source_text is None
    assert event.target_text is not None and event.target_text.text == "प्रदर्शनकारियों"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("इस तकनीक से अल्ट्रासाउंड तरंगें निकलती हैं जो इलाज में मदद करती हैं।", []),  # waves help: no aid
        ("Talks were held in Geneva on Monday.", []),  # no one's consultation
        ("रूस ने सीरिया को मदद भेजी।", ["AID"]),
        ("Unknown gunmen attacked a bus.", ["ASSAULT"]),  # violence is coded with no actor known
    ],
)
def test_acts_of_some_types_need_an_actor(text: str, types: list[str]) -> None:
    assert [e.type for e in extract(text, published=date(2018, 1, 1)).events] == types


def test_group_phrase_with_a_demonym_is_that_country_actor() -> None:
    event, names = only("कज़ाख पुलिस ने अल्माटी में सैकड़ों लोगों को गिरफ्तार किया।", "hi")
    assert event.source_text is not None and event.source_text.text == "कज़ाख पुलिस"
    assert (event.source_country, event.source_sector) == ("KAZ", "COP")
    assert names[event.source or ""] == "Kazakhstan"
    assert names[event.location or ""] == "Almaty"


def test_troops_sent_abroad_are_military_aid() -> None:
    event, names = only("Russia sent paratroopers to Kazakhstan to help the government.")
    assert (event.type, event.mode, event.cameo) == ("AID", "military", "074")
    assert names[event.source or ""] == "Russia" and names[event.target or ""] == "Kazakhstan"
    event, _ = only("Russia deployed thousands of troops along its western border.")
    assert (event.type, event.mode) == ("MOBILIZE", "troops")
    # without a protective purpose, forces moved toward another country are a mobilisation
    event, _ = only("Russia moved troops toward Ukraine.")
    assert (event.type, event.mode) == ("MOBILIZE", "troops")


def test_pronoun_subject_takes_the_speaker() -> None:
    event, _ = only("Police in Almaty said they killed dozens of rioters.")
    assert event.type == "ASSAULT"
    assert event.source_text is not None and event.source_text.text == "Police"
    assert event.target_text is not None and event.target_text.text == "rioters"


# --- cues: negation, uncertainty, modality, attribution -----------------------------------


def test_negation() -> None:
    assert only("The army did not attack the village in Delhi.")[0].negated
    assert not only("The army attacked the village in Delhi.")[0].negated
    assert only("सेना ने दिल्ली में गांव पर हमला नहीं किया।", "hi")[0].negated
    assert not only("सेना ने दिल्ली में गांव पर हमला किया।", "hi")[0].negated


def test_uncertainty() -> None:
    assert only("It is not clear whether Russia sent troops to Kazakhstan.")[0].uncertain
    assert only("यह स्पष्ट नहीं है कि रूस ने कज़ाख़स्तान में सैनिक भेजे या नहीं।", "hi")[0].uncertain
    assert not only("Russia sent troops to Kazakhstan.")[0].uncertain


def test_future_and_intended_modality() -> None:
    # the announced act is one event, of its own type with its modality, carrying the coding PLOVER
    # gives announcing it (AGREE: intent to give aid, by the announcer); an unmarked Hindi subject of
    # a future verb opens its clause
    for text, language, modality in (
        ("Russia will send peacekeepers to Kazakhstan.", "en", "future"),
        ("रूस कज़ाख़स्तान में शांति सेना भेजेगा।", "hi", "future"),
        ("Japan plans to donate medicines to Nepal.", "en", "intended"),
    ):
        events, names = article(text, language)
        assert [(e.type, e.modality, e.announced_as, e.announced_cameo) for e in events] == [
            ("AID", modality, "AGREE", "033")
        ]
        assert {names[e.source or ""] for e in events} <= {"Russia", "Japan"}
    assert only("Russia sent troops to Kazakhstan.")[0].modality == "asserted"


def test_a_happening_told_in_the_future_has_not_happened() -> None:
    # the future of the happening light verb ("समझौता होगा") is no agreement yet; its past is one
    for text, modality in (
        ("दोनों देशों के बीच समझौता होगा।", "future"),
        ("भारत और चीन के बीच बातचीत होगी।", "future"),
        ("दोनों देशों के बीच समझौता हुआ।", "asserted"),
    ):
        assert [e.modality for e in article(text, "hi")[0]] == [modality], text


def test_attribution_of_a_claim() -> None:
    event, names = only("कज़ाख पुलिस ने दावा किया कि प्रदर्शनकारियों ने वाहनों को आग लगा दी।", "hi")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    assert event.source_text is not None and event.source_text.text == "प्रदर्शनकारियों"
    assert names[event.attributed_to or ""] == "Kazakhstan"  # the Kazakh police: a state group
    assert any(span.text.startswith("कज़ाख पुलिस ने दावा") for span in event.evidence)
    event, names = only("Police claimed that protesters set fire to vehicles in Almaty.")
    assert names[event.attributed_to or ""] == "police"  # a generic actor
    assert any(span.text.startswith("Police claimed") for span in event.evidence)


def test_speech_alone_is_no_event() -> None:
    assert article("Narendra Modi said on Monday that the economy is strong.")[0] == []
    assert article("मोदी ने कहा कि अर्थव्यवस्था मजबूत है।", "hi")[0] == []


def test_the_content_of_a_request_is_not_an_event() -> None:
    events, _ = article("रूस ने दंगों को समाप्त करने का आह्वान किया।", "hi")
    assert [e.type for e in events] == ["REQUEST"]
    events, _ = article("Ukraine asked NATO to send troops.")
    assert [e.type for e in events] == ["REQUEST"]


# --- place, date, counts --------------------------------------------------------------------


def test_date_from_the_sentence_else_publication() -> None:
    text = (
        "Police arrested the opposition leader in Delhi on Monday.\nGunmen attacked a police post in Delhi."
    )
    monday = DateMention(
        start=text.index("Monday"),
        end=text.index("Monday") + 6,
        text="Monday",
        value="2024-03-04",
        precision="day",
    )
    events, _ = article(text, published=date(2024, 3, 6), dates=[monday])
    assert [(e.date, e.date_source) for e in events] == [
        ("2024-03-04", "sentence"),
        ("2024-03-06", "published"),
    ]
    events, _ = article("Gunmen attacked a police station in Delhi.")
    assert (events[0].date, events[0].date_source) == (None, "none")


def test_deaths_without_an_agent_count_for_the_riot_of_their_sentence() -> None:
    text = "अल्माटी में हिंसक दंगों में 20 लोग मारे गए।"
    event, _ = only(text, "hi", counts=[count(text, "20 लोग मारे गए", "killed", 20)])
    assert (event.type, event.mode) == ("PROTEST", "riot")
    assert event.counts == {"killed": 20}
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Riots", "Violent demonstration")


# --- merging and empty articles ---------------------------------------------------------------


def test_one_happening_told_twice_is_one_event() -> None:
    text = (
        "Russia sent paratroopers to Kazakhstan on Thursday to help the government.\n"
        "The move came after days of unrest.\n"
        "Russia sent troops to Kazakhstan to restore order, officials said."
    )
    events, _ = article(text)
    assert len(events) == 1
    # both statements, and the claim of the second ("officials said")
    assert [span.text for span in events[0].evidence] == [
        "Russia sent paratroopers to Kazakhstan on Thursday to help the government.",
        "Russia sent troops to Kazakhstan to restore order, officials said.",
        "officials said",
    ]
    assert events[0].id == "a1:v0"


@pytest.mark.parametrize(
    ("second", "events"),
    [
        ("नरेंद्र मोदी ने सोनिया गांधी से भी मुलाक़ात की।", 2),  # another person met: another meeting
        ("इस दौरान नरेंद्र मोदी ने मुलाक़ात की।", 1),  # no one named: may be the same
    ],
)
def test_one_actors_acts_on_two_named_targets_are_two_events(second: str, events: int) -> None:
    record = extract(f"नरेंद्र मोदी ने पटना में मुख्यमंत्री नीतीश कुमार से मुलाक़ात की। {second}")
    assert len([e for e in record.events if e.type == "CONSULT"]) == events


def test_two_officials_of_one_state_acting_on_each_other_are_two_events() -> None:
    record = extract(
        "President Donald Trump rebuffed Jim Mattis's arguments in Washington. Later Jim Mattis resisted"
        " Donald Trump's policies in Washington."
    )
    assert len([e for e in record.events if e.type == "REJECT"]) == 2


@pytest.mark.parametrize(
    ("second", "events"),
    [
        ("Later the rebels attacked the police again.", 1),  # one generic actor, one target: one attack
        ("Later the rebels attacked the army.", 2),  # another target
        ("Later the rebels attacked the police in Kandahar.", 2),  # another town
    ],
)
def test_a_generic_actor_acting_on_one_target_in_two_sentences_is_one_event(second: str, events: int) -> None:
    record = extract(f"The rebels attacked the police in Herat on Monday. {second}")
    assert len([e for e in record.events if e.type == "ASSAULT"]) == events


@pytest.mark.parametrize(
    ("text", "language", "events"),
    [
        (
            "अहमदाबाद में आरटीआई कार्यकर्ता अमित जेठवा की हत्या कर दी गई। इसके बाद सीबीआई ने अमित जेठवा की"
            " हत्या के मामले में सांसद से पूछताछ की।",
            "hi",
            1,
        ),
        (
            "Police arrested Alexei Navalny in Moscow on Sunday. His supporters said the arrest of Alexei"
            " Navalny was illegal.",
            "en",
            1,
        ),
        ("Police arrested Alexei Navalny in Moscow. Police arrested Alexei Navalny in Kazan.", "en", 2),
    ],
)
def test_the_killing_or_arrest_of_one_named_person_is_one_event(
    text: str, language: str, events: int
) -> None:
    record = extract(text, language=language)
    assert len([e for e in record.events if e.type in ("ASSAULT", "COERCE")]) == events


STORY = "नाइजीरिया के {where} में शिया मुसलमानों के जुलूस में हुए एक आत्मघाती बम विस्फोट में {toll} लोगों की मौत हो गई।"


@pytest.mark.parametrize(
    ("headline", "where", "toll", "expected"),
    [
        # one happening: its toll counted once, the finer place (a state of the country) kept
        ("नाइजीरिया में आत्मघाती बम धमाका, 21 की मौत", "कानो राज्य", 21, [("Kano", {"killed": 21})]),
        # another toll, too small a toll, or two towns: told apart
        (
            "नाइजीरिया में आत्मघाती बम धमाका, 21 की मौत",
            "कानो राज्य",
            12,
            [("Nigeria", {"killed": 21}), ("Kano", {"killed": 12})],
        ),
        (
            "नाइजीरिया में आत्मघाती बम धमाका, 2 की मौत",
            "कानो राज्य",
            2,
            [("Nigeria", {"killed": 2}), ("Kano", {"killed": 2})],
        ),
        (
            "लागोस में आत्मघाती बम धमाका, 21 की मौत",
            "कानो",
            21,
            [("Lagos", {"killed": 21}), ("Kano", {"killed": 21})],
        ),
    ],
)
def test_a_headline_and_a_story_sentence_with_one_toll_are_one_event(
    headline: str, where: str, toll: int, expected: list[tuple[str, dict[str, int]]]
) -> None:
    record = extract(f"{headline}\n{STORY.format(where=where, toll=toll)}")
    places = {e.id: e.name for e in record.entities}
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert [(places.get(e.location or ""), e.counts) for e in attacks] == expected


def test_a_toll_told_again_in_a_later_sentence_is_not_added() -> None:
    text = (
        "Taliban fighters attacked a police post in Kabul on Monday, killing five policemen. "
        "The Taliban attack killed five policemen, officials said."
    )
    [event] = extract(text, published=date(2018, 1, 1)).events
    assert event.counts == {"killed": 5}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a headline glued to its story with no full stop: one sentence telling the toll twice
        ("सीरिया में हवाई हमला, 12 की मौत सीरिया के इदलिब में सोमवार को हुए हवाई हमले में 12 लोग मारे गए।", 12),
        ("Five policemen and five civilians were killed in the attack.", 10),
    ],
)
def test_one_sentence_telling_a_toll_twice_counts_it_once(text: str, killed: int) -> None:
    [event] = extract(text, published=date(2018, 1, 1)).events
    assert event.counts == {"killed": killed}


def test_different_actors_stay_apart() -> None:
    events, names = article("Japan donated medicines to Nepal.\nChina donated tents to Nepal.")
    assert [names[e.source or ""] for e in events] == ["Japan", "China"]
    assert [e.id for e in events] == ["a1:v0", "a1:v1"]


def test_two_agreements_of_the_same_sides_stay_two_unless_they_share_content() -> None:
    text = (
        "Russia agreed with Iran to reopen the border crossing.\nRussia also agreed with Iran to buy gas."
        "\nRussia agreed with Iran on the border crossing on Monday."
    )
    events, _ = article(text)
    assert [(e.type, len(e.evidence)) for e in events] == [("AGREE", 2), ("AGREE", 1)]
    hindi = "रूस ने ईरान के साथ सीमा खोलने पर सहमति जताई।\nरूस ने ईरान से गैस खरीदने पर भी सहमति जताई।"
    assert [e.type for e in article(hindi, "hi")[0]] == ["AGREE", "AGREE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("India beat Australia by six wickets in the final on Sunday.\nKohli scored 82 runs.", "en"),
        ("Light rain is expected in Delhi on Friday, with temperatures between 12 and 24 degrees.", "en"),
        ("भारत ने रविवार को फाइनल में ऑस्ट्रेलिया को छह विकेट से हराया।\nकोहली ने 82 रन बनाए।", "hi"),
        ("दिल्ली में शुक्रवार को हल्की बारिश की संभावना है।", "hi"),
    ],
)
def test_no_events_in_sport_and_weather(text: str, language: str) -> None:
    assert article(text, language)[0] == []


def test_any_act_of_a_kind_and_a_state_s_inaction_are_no_events() -> None:
    assert article("Russia said any attack against Iran would be reckless.")[0] == []
    assert article("He was angered by what he saw as Japan's inaction in Nepal.")[0] == []
    assert [e.type for e in article("Russia said the attack on Iran was reckless.")[0]] == ["ASSAULT"]


def test_brace_expansion() -> None:
    assert expand("arrest{,s,ed}") == ["arrest", "arrests", "arrested"]
    assert expand("a{b,c}d{e,f}") == ["abde", "abdf", "acde", "acdf"]


def test_according_to_keeps_the_source_of_the_claim() -> None:
    event, names = only("Kazakh police arrested 200 people, according to the United States.")
    assert names[event.attributed_to or ""] == "United States"
    assert any(span.text == "according to the United States" for span in event.evidence)
    event, names = only("Police arrested 200 people in Delhi, according to officials.")
    assert names[event.attributed_to or ""] == "officials"
    assert any(span.text == "according to officials" for span in event.evidence)
    assert event.target_text is None  # "officials" gave the claim; they are not whom police arrested


def test_possessor_is_the_source_of_a_noun_and_near_is_a_place() -> None:
    event, names = only("अमेरिका के पास चीन की नीति के बारे में सवाल हैं।", "hi")
    assert event.type == "ACCUSE" and names[event.source or ""] == "United States"
    assert event.location is None  # "अमेरिका के पास" is possession, not a place
    event, names = only("दिल्ली के पास किसानों ने विरोध प्रदर्शन किया।", "hi")
    assert names[event.location or ""] == "Delhi"  # a place with के पास is "near"


def test_a_by_phrase_after_a_participle_and_the_genitive_of_a_verbs_noun_act() -> None:
    event, names = only("The ceasefire plan endorsed by Russia took effect on Monday.")
    assert event.type == "SUPPORT" and names[event.source or ""] == "Russia"
    events, names = article("Iran refused the demands of Russia.")
    request = next(e for e in events if e.type == "REQUEST")
    assert names[request.source or ""] == "Russia" and request.target is None
    rejection = next(e for e in events if e.type == "REJECT")
    assert names[rejection.source or ""] == "Iran" and names[rejection.target or ""] == "Russia"
    events, names = article("Iran rejected the demands of the United States.")
    assert names[next(e for e in events if e.type == "REQUEST").source or ""] == "United States"


def test_a_killing_an_accusation_names_is_alleged_and_done_by_the_accused() -> None:
    events, names = article("चीन ने अमेरिका पर नागरिकों की हत्या का आरोप लगाया।", "hi")
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert names[accusation.source or ""] == "China" and names[accusation.target or ""] == "United States"
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.uncertain and names[killing.source or ""] == "United States"
    events, names = article("मोदी पर हत्या का आरोप लगा था।", "hi")
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.uncertain and names[killing.source or ""] == "Narendra Modi" and killing.target is None
    events, names = article("China accused the United States of killing civilians.")
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.uncertain and names[killing.source or ""] == "United States"
    assert not only("The United States killed civilians.")[0].uncertain


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # the one charged is accused of the act, not said to have done it
        ("Prosecutors in Moscow charged China with murder.", "China"),
        ("Iran blamed Russia for the attack.", "Russia"),
    ],
)
def test_what_a_charge_or_blame_names_is_alleged_of_the_accused(text: str, accused: str) -> None:
    events, names = article(text)
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert names[accusation.target or ""] == accused
    act = next(e for e in events if e.type == "ASSAULT")
    assert act.uncertain and names[act.source or ""] == accused


@pytest.mark.parametrize(
    "text",
    [
        "Police charged the mob with batons.",
        "Police charged at the protesters.",
        "Police charged the protesters in Delhi.",
        # the adjective
        "The politically charged trial began in Moscow on Monday.",
        "The atmosphere in Kabul was highly charged on Monday.",
    ],
)
def test_a_charge_by_police_is_no_accusation(text: str) -> None:
    assert [e for e in article(text)[0] if e.type == "ACCUSE"] == []


def test_relative_clause_takes_its_subject_before_who() -> None:
    events, _ = article("Police arrested protesters who vandalised shops in Delhi.")
    riot = next(e for e in events if e.type == "PROTEST")
    assert riot.mode == "riot" and riot.source_text is not None and riot.source_text.text == "protesters"
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.source_text is not None and arrest.source_text.text == "Police"


# --- announcements, refinements, ACLED sub-event types ---------------------------------------


def test_announced_force_is_a_threat() -> None:
    events, names = article("The United States will impose sanctions on Iran.")
    assert [(e.type, e.modality, e.announced_as) for e in events] == [("SANCTION", "future", "THREATEN")]
    assert events[0].announced_cameo == "131" and names[events[0].source or ""] == "United States"
    # a negated announcement is no threat
    events, _ = article("The United States will not impose sanctions on Iran.")
    assert [(e.type, e.negated, e.announced_as) for e in events] == [("SANCTION", True, None)]


@pytest.mark.parametrize(
    ("text", "mode", "sub"),
    [
        ("Warplanes attacked a market in Delhi on Monday.", "aerial", "Air/drone strike"),
        (
            "Militants attacked a police post in Delhi with rockets.",
            "heavy-weapons",
            "Shelling/artillery/missile attack",
        ),
        ("Militants hurled a grenade at a police post in Delhi.", "explosives", "Grenade"),
        ("A suicide bomber attacked a checkpoint in Delhi on Monday.", "suicide-attack", "Suicide bomb"),
        ("A roadside bomb exploded in Delhi on Monday.", "explosives", "Remote explosive/landmine/IED"),
        (
            "Chemical weapons were used against civilians in Delhi on Monday.",
            "unconventional",
            "Chemical weapon",
        ),
        ("A mob lynched a man in Delhi on Monday.", "beat", "Mob violence"),
    ],
)
def test_acled_sub_event_of_an_assault(text: str, mode: str, sub: str) -> None:
    event, _ = only(text)
    assert (event.type, event.mode, event.acled_sub_event_type) == ("ASSAULT", mode, sub)


def test_fighting_between_two_sides_is_an_armed_clash() -> None:
    event, _ = only("Troops and rebels clashed in Delhi on Monday.")
    assert (event.type, event.acled_event_type, event.acled_sub_event_type) == (
        "ASSAULT",
        "Battles",
        "Armed clash",
    )


def test_territory_and_weapons_seized() -> None:
    taken, _ = only("Rebels captured the town near Almaty on Monday.")
    assert (taken.type, taken.cameo, taken.acled_sub_event_type) == (
        "COERCE",
        "192",
        "Non-state actor overtakes territory",
    )
    regained, _ = only("Kazakh troops recaptured the town near Almaty on Monday.")
    assert regained.acled_sub_event_type == "Government regains territory"
    weapons, _ = only("Police seized weapons and explosives in Delhi on Monday.")
    assert weapons.acled_sub_event_type == "Disrupted weapons use"
    razed, _ = only("Troops demolished homes in Delhi on Monday.")
    assert (razed.type, razed.mode, razed.acled_sub_event_type) == (
        "COERCE",
        "destroy",
        "Looting/property destruction",
    )


def test_hindi_grenade_refinement() -> None:
    event, _ = only("आतंकियों ने दिल्ली में पुलिस चौकी पर ग्रेनेड से हमला किया।", "hi")
    assert (event.type, event.acled_sub_event_type) == ("ASSAULT", "Grenade")


def test_a_rally_that_turns_violent_is_one_riot() -> None:
    event, _ = only("Protesters rallied in Delhi and threw stones at the police.")
    assert (event.type, event.mode, event.acled_sub_event_type) == (
        "PROTEST",
        "riot",
        "Violent demonstration",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("India signed a trade pact with Nepal on Monday.", "SUPPORT"),  # CAMEO 057
        ("Russia condemned the decision of Japan.", "ACCUSE"),
        ("China lodged a formal protest with Japan.", "ACCUSE"),
        ("Nepal opened an investigation into the deaths.", "ACCUSE"),
        ("Iran opposed the plan of the United States.", "REJECT"),
        ("Rebels vowed to fight the army of Nepal.", "THREATEN"),
        ("Workers shunned work in Delhi on Monday.", "PROTEST"),
        ("Russia recalled its ambassador from Ukraine.", "SANCTION"),
        ("Police tightened security in Delhi on Monday.", "MOBILIZE"),
        ("Russia released 20 prisoners of war from Ukraine.", "RETREAT"),
        ("North Korea test-fired a missile on Monday.", "MOBILIZE"),
        ("North Korea tried to hack into the computers of South Korea.", "COERCE"),
        ("Japan made four concessions to China in the talks on Monday.", "CONCEDE"),
        ("India will withdraw its complaint against Nepal at the court.", "CONCEDE"),  # announced: AGREE
        ("India withdrew its complaint against Nepal on Monday.", "CONCEDE"),
        ("Rebels have taken over the parliament of Nepal.", "COERCE"),
        ("A court in Delhi handed down prison sentences to 20 rioters.", "COERCE"),
        ("Hundreds have taken to the streets in Delhi on Monday.", "PROTEST"),
        ("Japan has given its approval to the plan of India.", "SUPPORT"),
        ("Russia broke diplomatic relations with Ukraine on Monday.", "SANCTION"),
        ("Narendra Modi spoke with Sheikh Hasina on Monday.", "CONSULT"),
        ("China deployed warships near Japan on Monday.", "MOBILIZE"),
        ("Japan froze its development aid to China on Monday.", "SANCTION"),
        ("China halted all contacts with Taiwan on Monday.", "SANCTION"),
        ("Britain cancelled a planned visit by its foreign secretary to Beijing.", "SANCTION"),
        ("The OAS suspended the membership of Haiti on Monday.", "SANCTION"),
        ("Kenya banned all flights to Somalia on Monday.", "SANCTION"),
        ("North Korea increased its troop presence along the border with South Korea.", "MOBILIZE"),
        ("The military junta of Niger handed power to a civilian government on Monday.", "CONCEDE"),
        ("The government of India lifted the state of emergency in Punjab.", "CONCEDE"),
        ("The hijackers released the passengers in Karachi on Tuesday.", "RETREAT"),
        ("The government of Nepal accepted the rebels' demand for a referendum.", "CONCEDE"),
        ("The government of Nepal scrapped the controversial tax after protests.", "CONCEDE"),
        ("Authorities in Nepal imposed a dusk-to-dawn curfew in Kathmandu.", "COERCE"),
        ("The United States dropped food to the besieged town in Bosnia.", "AID"),
        ("Turkey expelled hundreds of Kurdish refugees on Monday.", "COERCE"),
        ("Switzerland expelled two Russian diplomats on Monday.", "SANCTION"),
        ("Israeli troops violated the truce in Gaza on Monday.", "ASSAULT"),
        ("Israel released the mayor of Nablus on Wednesday.", "RETREAT"),
        ("The junta released Aung San Suu Kyi from house arrest on Monday.", "RETREAT"),
        ("Serb gunners withdrew their heavy weapons from around Sarajevo.", "RETREAT"),
        ("The United States airlifted medicine to Rwanda on Monday.", "AID"),
        ("The government of Italy handed over the suspect to France on Monday.", "COOPERATE"),
        ("Both armies are guilty of violating the ceasefire agreement signed in March.", "ASSAULT"),
    ],
)
def test_broader_english_triggers(text: str, kind: str) -> None:
    events, _ = article(text)
    assert events and events[0].type == kind, [(e.type, e.evidence[0].text) for e in events]


def test_a_noun_a_verb_acts_on_is_no_event_of_its_own() -> None:
    event, _ = only("The curfew in Delhi has been lifted on Monday.")
    assert event.type == "CONCEDE"
    event, _ = only("Nepal lifted the curfew in Delhi on Monday.")
    assert event.type == "CONCEDE"  # as the GSR codes a curfew shortened (CAMEO 081), not RETREAT's sanctions
    event, _ = only("Police imposed a curfew in Delhi on Monday.")
    assert event.type == "COERCE"


def test_words_of_two_entries_take_the_one_their_clause_fits() -> None:
    event, _ = only("The sanctions on Iran were lifted on Monday.")
    assert event.type == "RETREAT"  # "lifted" with sanctions; the sanctions are what was lifted
    event, _ = only("Nepal lifted the restrictions on the press on Monday.")
    assert event.type == "CONCEDE"


def test_a_noun_is_the_subject_of_its_light_verb_in_the_passive() -> None:
    event, _ = only("Sanctions were imposed on Iran by the United States.")
    assert (event.type, event.source_country) == ("SANCTION", "USA")
    events, _ = article("New sanctions will be imposed on Iran.")
    assert [(e.type, e.modality, e.announced_as) for e in events] == [("SANCTION", "future", "THREATEN")]


def test_a_hyphenated_participle_is_no_event() -> None:
    events, _ = article("Farmers from Russia-occupied areas protested in Delhi on Monday.")
    assert [e.type for e in events] == ["PROTEST"]


def test_this_attack_refers_back() -> None:
    text = "दिल्ली में सोमवार को आतंकी हमला हुआ। यह हमला बाजार में हुआ।"
    event, _ = only(text, "hi")
    assert len(event.evidence) == 2 and event.evidence[1].text.startswith("यह हमला")


def test_lower_case_text_is_cut_into_sentences() -> None:
    text = "police arrested 12 people in delhi on monday. two persons were stabbed elsewhere."
    events, _ = article(text)
    arrest = next(e for e in events if e.type == "COERCE")
    assert all(span.end <= text.index(" two") for span in arrest.evidence)


# --- second round: deaths without violence, Hindi firing and riots, ACLED sub-event types -------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("At least 18 people have died in the floods, officials said.", "en"),
        ("Twelve people were killed when the bus fell into a gorge in Delhi.", "en"),
        ("दिल्ली में भीषण चक्रवात के कारण 20 लोग मारे गए।", "hi"),
    ],
)
def test_deaths_without_a_violent_act_are_no_event(text: str, language: str) -> None:
    assert article(text, language)[0] == []


def test_deaths_join_the_violent_event_of_the_sentence_before() -> None:
    text = "Gunmen opened fire on a market in Delhi. Five people were killed."
    deaths = count(text, "Five people were killed", "killed", 5)
    event, _ = only(text, counts=[deaths])
    assert (event.type, event.counts) == ("ASSAULT", {"killed": 5})


@pytest.mark.parametrize(
    "text",
    [
        "बदमाशों ने दिल्ली में पुलिस पर फायर कर दिया।",
        "दिल्ली में दो गिरोहों के बीच फायरिंग भी हुई।",
        "हमलावरों ने दिल्ली में बस पर अंधाधुंध फायरिंग शुरू कर दी।",
    ],
)
def test_hindi_firing(text: str) -> None:
    event, _ = only(text, "hi")
    assert (event.type, event.mode) == ("ASSAULT", "firearms")


def test_hindi_riot_words() -> None:
    event, _ = only("जुलूस के बाद दिल्ली में हिंसा भड़क उठी।", "hi")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    event, _ = only("दिल्ली में पथराव की घटनाएं हुईं।", "hi")
    assert (event.type, event.mode, event.acled_sub_event_type) == (
        "PROTEST",
        "riot",
        "Violent demonstration",
    )
    # a collision of vehicles is no clash
    assert article("दिल्ली में ट्रक और बस की भिड़ंत में 5 लोग घायल हो गए।", "hi")[0] == []


@pytest.mark.parametrize(
    ("text", "language", "sub"),
    [
        ("दिल्ली में दो समुदायों के बीच झड़प हुई।", "hi", "Mob violence"),
        ("Police clashed with protesters in Delhi on Monday.", "en", "Violent demonstration"),
        (
            "Soldiers opened fire on protesters in Delhi on Monday.",
            "en",
            "Excessive force against protesters",
        ),
        ("Militants attacked an army convoy in Delhi on Monday.", "en", "Armed clash"),
        ("Police shot dead two militants in Delhi on Monday.", "en", "Armed clash"),
        ("Militants attacked villagers in Delhi on Monday.", "en", "Attack"),
        ("Police arrested 40 protesters at a rally in Delhi.", "en", "Protest with intervention"),
        ("Police found a cache of weapons in Delhi on Monday.", "en", "Disrupted weapons use"),
        ("A mob looted shops in Delhi on Monday.", "en", "Looting/property destruction"),
        ("Militants burned down three schools in Delhi on Monday.", "en", "Looting/property destruction"),
        ("Protesters turned violent in Delhi on Monday.", "en", "Violent demonstration"),
        ("Police opened fire on a crowd in Delhi on Monday.", "en", "Excessive force against protesters"),
        (
            "Security forces used excessive force to suppress a peaceful protest in Delhi.",
            "en",
            "Excessive force against protesters",
        ),
        ("Police captured five suspected kidnappers in a raid in Delhi.", "en", "Arrests"),
        ("Chlorine bombs were dropped on the town in June, the watchdog said.", "en", "Chemical weapon"),
        (
            "Government troops pushed back the rebels from several villages.",
            "en",
            "Government regains territory",
        ),
        ("Israeli warplanes fired a missile at a car in Gaza.", "en", "Air/drone strike"),
    ],
)
def test_acled_sub_event_types_from_the_clause(text: str, language: str, sub: str) -> None:
    events, _ = article(text, language)
    assert sub in [e.acled_sub_event_type for e in events], [(e.type, e.acled_sub_event_type) for e in events]


def test_crowd_control_grenades_are_no_grenade_attack() -> None:
    events, _ = article("Police used smoke grenades and pepper spray to disperse protesters in Delhi.", "en")
    assert [e.acled_sub_event_type for e in events] == ["Protest with intervention"]


def test_pushing_back_a_proposal_takes_no_ground() -> None:
    events, _ = article(
        "The government pushed back against the proposal to cede territory in the region.", "en"
    )
    assert not [e for e in events if e.type == "COERCE"]


def test_a_body_acts_where_its_region_shares_its_mention() -> None:
    """ "EU" is both the European Union and Europe (a place found first, by "European")."""
    article = extract("European leaders met in Brussels. The EU condemned Russia.")
    names = {e.id: e.name for e in article.entities}
    accuse = next(e for e in article.events if e.type == "ACCUSE")
    assert names[accuse.source] == "European Union"


def test_one_actors_attacks_on_two_places_of_one_country_are_two_events() -> None:
    record = extract("Russia bombed Aleppo on Monday. Russia also bombed Idlib.")
    assert len([e for e in record.events if e.type == "ASSAULT"]) == 2
