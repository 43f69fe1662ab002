"""Tests for khabar.extractors.quotes: marks, spans, cues and speakers (sentences invented here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import build_doc
from khabar import extract
from khabar.doc import Doc
from khabar.extractors.quotes import find_quotes
from khabar.extractors.quotes.config import config_for
from khabar.lang import languages, topic
from khabar.lang.models import Quotes
from khabar.schema import Entity, EntityType, Mention, Quote, Segment

SEED = Path("/work/shared/seed/kazakhstan-2022-hi.txt")


def make_doc(text: str, language: str = "en", languages: dict[int, str] | None = None) -> Doc:
    """One paragraph segment per line; ``languages`` overrides the language of some lines."""
    segments, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            lang = (languages or {}).get(number, language)
            segments.append(Segment(start=offset, end=offset + len(line), kind="paragraph", language=lang))
        offset += len(line) + 1
    return build_doc(text, segments, [], language)


def entity(
    text: str, entity_id: str, names: list[str], kind: EntityType = "PERSON", role: str | None = None
) -> Entity:
    """An entity with a mention at every occurrence of any of ``names`` (longest first)."""
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    mentions = [Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(pattern, text)]
    return Entity(id=entity_id, name=names[0], type=kind, role=role, mentions=mentions)


def quotes_of(text: str, people: dict[str, list[str]], language: str = "en", **roles: str) -> list[Quote]:
    doc = make_doc(text, language)
    entities = [entity(text, key, names, role=roles.get(key)) for key, names in people.items()]
    found = find_quotes(doc, entities)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return found


LOPEZ = {"lopez": ["Maria Lopez", "Lopez"]}
RAO = {"rao": ["अनीता राव", "राव"]}
VERMA = {"verma": ["राजेश वर्मा"]}


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("\u201c", "\u201d"),  # “ ”
        ('"', '"'),
        ("\u2018", "\u2019"),  # ‘ ’
        ("'", "'"),
        ("\u00ab", "\u00bb"),  # « »
        ("\u00bb", "\u00ab"),  # » «
        ("\u201e", '"'),  # „ "
        ("\u201e", "\u201c"),  # „ “
        ("\u201c", '"'),  # “ closed by a straight "
    ],
)
def test_every_mark_style_gives_the_content_without_marks(opening: str, closing: str) -> None:
    text = f"Maria Lopez said {opening}The water is safe to drink again{closing} on Friday."
    [quote] = quotes_of(text, LOPEZ)
    assert quote.text == "The water is safe to drink again"
    assert quote.speaker == "lopez"


def test_missing_closing_mark_ends_at_the_paragraph_end() -> None:
    text = "Maria Lopez said: “We will not leave this city until the water is safe.\nThe mayor left early."
    [quote] = quotes_of(text, LOPEZ)
    assert quote.text == "We will not leave this city until the water is safe."
    assert quote.speaker == "lopez"


def test_a_quote_never_crosses_a_paragraph() -> None:
    text = "The crowd chanted “bring the water back to every home\nin the old town” all night."
    [quote] = quotes_of(text, {})
    assert quote.text == "bring the water back to every home"


def test_two_quotes_by_one_speaker_with_different_verbs_in_hindi() -> None:
    text = (
        "राजेश वर्मा ने कहा कि “हम कल से नई सड़क पर काम शुरू करेंगे।” "
        "राजेश वर्मा ने चेतावनी दी कि “बारिश में काम धीमा हो सकता है।”"
    )
    first, second = quotes_of(text, VERMA, "hi")
    assert first.text == "हम कल से नई सड़क पर काम शुरू करेंगे।"
    assert second.text == "बारिश में काम धीमा हो सकता है।"
    assert first.speaker == second.speaker == "verma"


def test_a_cue_introducing_the_next_quote_is_not_taken_for_the_previous_one() -> None:
    text = "सभा में नारा लगा: “पुल अगले महीने खुल जाएगा।” राजेश वर्मा ने जोड़ा कि “सड़क भी तैयार होगी।”"
    first, second = quotes_of(text, VERMA, "hi")
    assert (first.speaker, second.speaker) == (None, "verma")


def test_two_quotes_by_one_speaker_with_different_verbs_in_english() -> None:
    text = "“The bridge will open in May,” Maria Lopez said. Lopez added: “Tolls will stay as they are.”"
    first, second = quotes_of(text, LOPEZ)
    assert first.text == "The bridge will open in May"  # the trailing comma is trimmed
    assert first.speaker == second.speaker == "lopez"


def test_pronoun_in_the_next_paragraph_refers_to_the_named_person() -> None:
    text = (
        "अनीता राव ने बुधवार को पटना में एक सभा को संबोधित किया।\n"
        "उन्होंने कहा कि “किसानों को उनकी फसल का सही दाम मिलना चाहिए।”"
    )
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


def test_pronoun_prefers_the_latest_of_speaker_and_person_subject() -> None:
    text = (
        "अनीता राव ने कहा कि “हम पीछे नहीं हटेंगे, चाहे जो हो।”\n"
        "इसके बाद राजेश वर्मा ने सभा को संबोधित किया। उन्होंने कहा कि “सरकार को किसानों की बात सुननी होगी।”"
    )
    first, second = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert (first.speaker, second.speaker) == ("rao", "verma")


def test_pronoun_takes_an_unmarked_subject_that_opens_the_sentence() -> None:
    text = (
        "अनीता राव ने कहा कि “हम पीछे नहीं हटेंगे।”\n"
        "राजेश वर्मा जब सभा में पहुँचे तो भीड़ जमा थी। उन्होंने कहा, “सरकार को किसानों की बात सुननी होगी।”"
    )
    first, second = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert (first.speaker, second.speaker) == ("rao", "verma")


def test_a_name_after_a_complementizer_or_before_a_postposition_is_no_unmarked_subject() -> None:
    text = (
        "अनीता राव ने कहा कि “हम पीछे नहीं हटेंगे।”\n"
        "बैठक में बताया गया कि राजेश वर्मा भी आएँगे। राजेश वर्मा को बुलाया गया। उन्होंने कहा, “हम तैयार हैं।”"
    )
    first, second = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert (first.speaker, second.speaker) == ("rao", "rao")


def test_pronoun_in_english_after_a_named_speaker() -> None:
    text = (
        "Maria Lopez visited the camp on Monday.\nShe said “every family here will get clean water by June.”"
    )
    [quote] = quotes_of(text, LOPEZ)
    assert quote.speaker == "lopez"


def test_an_owner_is_no_subject_for_a_pronoun() -> None:
    text = (
        "“We will see,” Maria Lopez said. Photographs of Raj Kapoor’s house touched a nerve with Maria Lopez."
        " “I saw the photo,” she told the Guardian."
    )
    assert _speakers(text) == ["Maria Lopez", "Maria Lopez"]


def test_a_pronoun_after_an_owners_unnamed_relative_names_no_one() -> None:
    text = (
        "“We will see,” Maria Lopez said. Raj Kapoor’s mother, Sita, spoke too. “He did nothing wrong,”"
        " she said."
    )
    assert _speakers(text) == ["Maria Lopez", None]


def test_pronoun_does_not_reach_beyond_the_previous_paragraph() -> None:
    text = (
        "Maria Lopez visited the camp on Monday.\nThe rain stopped at noon.\n"
        "He said “the roads will be cleared before the weekend.”"
    )
    [quote] = quotes_of(text, LOPEZ)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("According to Maria Lopez, “the bridge will open before the monsoon season.”", "en"),
        ("मारिया लोपेज़ के अनुसार, “पुल बारिश के मौसम से पहले खुल जाएगा।”", "hi"),
    ],
)
def test_according_to(text: str, language: str) -> None:
    [quote] = quotes_of(text, {"lopez": ["Maria Lopez", "मारिया लोपेज़"]}, language)
    assert quote.speaker == "lopez"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("“The bridge will open next month,” said Maria Lopez.", "en"),
        ("“The bridge will open next month,” Maria Lopez said.", "en"),
        ("“पुल अगले महीने खुल जाएगा”, मारिया लोपेज़ ने कहा।", "hi"),
    ],
)
def test_speaker_after_the_quote(text: str, language: str) -> None:
    [quote] = quotes_of(text, {"lopez": ["Maria Lopez", "मारिया लोपेज़"]}, language)
    assert quote.speaker == "lopez"


def test_speaker_with_a_colon() -> None:
    [quote] = quotes_of("Maria Lopez: “We are ready for the vote tomorrow.”", LOPEZ)
    assert quote.speaker == "lopez"


def test_title_words_between_name_and_cue_and_a_time_after_the_subject_marker() -> None:
    text = "राष्ट्रपति अनीता राव ने बुधवार को संसद में कहा कि “देश इस संकट से बाहर निकलेगा।”"
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


def test_title_only_refers_to_the_person_whose_role_matches() -> None:
    text = (
        "President Arjun Mehta met Maria Lopez in Delhi on Monday.\n"
        "The president said “every family here will get help this week.”"
    )
    people = {"mehta": ["Arjun Mehta"], **LOPEZ}
    [quote] = quotes_of(text, people, mehta="President of India", lopez="Governor")
    assert quote.speaker == "mehta"


def test_title_only_in_hindi_falls_back_to_the_last_person() -> None:
    text = "अनीता राव ने शहर का दौरा किया।\nराष्ट्रपति ने कहा कि “हर परिवार को इस हफ्ते मदद मिलेगी।”"
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


def test_apostrophes_are_not_quotes() -> None:
    text = "It's the farmers' choice, and they don't want the new dam that the state's engineers planned."
    assert quotes_of(text, {}) == []


def test_single_quotes_around_words_with_apostrophes() -> None:
    text = "'We won't move from the farmers' land,' Maria Lopez said."
    [quote] = quotes_of(text, LOPEZ)
    assert quote.text == "We won't move from the farmers' land"
    assert quote.speaker == "lopez"


@pytest.mark.parametrize(
    "text",
    [
        "Songs from the '90s played as Maria Lopez said “we have waited years for this day.”",
        "She called the plan 'unworkable' and left. Maria Lopez said “we have waited years for this day.”",
    ],
)
def test_a_stray_single_mark_does_not_hide_a_later_quote(text: str) -> None:
    [quote] = quotes_of(text, LOPEZ)
    assert (quote.text, quote.speaker) == ("we have waited years for this day.", "lopez")


def test_short_scare_quotes_are_skipped() -> None:
    text = "The so-called “peace mission” ended after the 'talks' in “Geneva” failed on Monday."
    assert quotes_of(text, {}) == []


def test_a_short_quote_with_an_attached_cue_is_kept() -> None:
    [quote] = quotes_of("Maria Lopez said: “Never.”", LOPEZ)
    assert (quote.text, quote.speaker) == ("Never.", "lopez")


def test_a_scare_quote_a_few_words_after_a_cue_is_skipped() -> None:
    text = "Maria Lopez said the “peace mission” had ended."
    assert quotes_of(text, LOPEZ) == []


def test_contiguous_quote_keeps_the_speaker_but_a_separated_one_does_not() -> None:
    text = (
        "“The bridge will open in May,” Maria Lopez said. “Tolls will stay as they are for now.” "
        "Then the crowd left the square. “Nobody asked the people who live here.”"
    )
    first, second, third = quotes_of(text, LOPEZ)
    assert (first.speaker, second.speaker, third.speaker) == ("lopez", "lopez", None)


def test_unknown_speaker_is_none() -> None:
    [quote] = quotes_of("Officials said “the road will stay closed for several days.”", LOPEZ)
    assert quote.speaker is None


def test_cues_follow_the_language_of_each_paragraph() -> None:
    text = "Maria Lopez said “the water is safe to drink again.”\nराजेश वर्मा ने कहा कि “पानी अब साफ है।”"
    doc = make_doc(text, "en", {1: "hi"})
    entities = [entity(text, "lopez", ["Maria Lopez"]), entity(text, "verma", ["राजेश वर्मा"])]
    assert [q.speaker for q in find_quotes(doc, entities)] == ["lopez", "verma"]


def test_every_shipped_quotes_file_compiles() -> None:
    shipped = [code for code in languages() if topic(code, Quotes).cues]
    assert {"hi", "en"} <= set(shipped)
    for code in shipped:
        config = config_for(code)
        assert config.cues and config.pronouns and config.titles


@pytest.mark.skipif(not SEED.exists(), reason="the seed article in /work/shared is absent")
def test_seed_article_quotes_and_speakers() -> None:
    text = SEED.read_text(encoding="utf-8")
    hindi = {n: "hi" for n, line in enumerate(text.split("\n")) if re.search("[\u0900-\u097f]", line)}
    doc = make_doc(text, "en", hindi)
    people = {
        "tokayev": (["कसीम-जोमार्ट टोकायव", "टोकायव", "तोकायेव", "टोकायेव"], "President of Kazakhstan"),
        "peskov": (["दिमित्री पेसकोव"], "Kremlin spokesman"),
        "price": (["नेड प्राइस"], "State Department spokesman"),
        "psaki": (["जेन साकी"], "White House press secretary"),
        "pashinyan": (["निकोल पशिनियन"], "Prime Minister of Armenia"),
    }
    entities = [entity(text, key, names, role=role) for key, (names, role) in people.items()]
    entities.append(entity(text, "usa", ["अमेरिका", "वाशिंगटन"], kind="COUNTRY"))
    found = find_quotes(doc, entities)
    for quote in found:
        print(quote.speaker, repr(quote.text[:30]), quote.start, quote.end)
        assert text[quote.start : quote.end] == quote.text
    assert [q.speaker for q in found] == ["tokayev", "tokayev", "peskov", "psaki"]
    assert [q.text.split()[0] for q in found] == ["आतंकवाद", "आतंकवादी", "हम", "निश्चित"]


def test_postposed_speaker_after_a_qualified_title() -> None:
    text = '"We will not go back to work until the wages are paid," union secretary Asha Rani told reporters.'
    found = quotes_of(text, {"rani": ["Asha Rani"]})
    assert [(q.text, q.speaker) for q in found] == [
        ("We will not go back to work until the wages are paid", "rani")
    ]


def test_postposed_qualified_title_alone_refers_back_to_the_named_person() -> None:
    text = (
        "The focus was on intelligence, his colleague Greg Hunt said on Sunday. "
        "“That’s our interest, precisely so,” the health minister told Channel Seven."
    )
    [quote] = quotes_of(text, {"hunt": ["Greg Hunt"]})
    assert quote.speaker == "hunt"


def test_postposed_title_qualified_by_a_name_is_no_earlier_person() -> None:
    text = "Greg Hunt spoke on Sunday. “That’s our interest, precisely so,” Iranian health minister said."
    [quote] = quotes_of(text, {"hunt": ["Greg Hunt"], "iran": ["Iranian"]})
    assert quote.speaker is None


def test_a_name_closing_a_long_aside_before_the_cue_is_no_speaker() -> None:
    text = (
        "Its foreign minister, Nicos Christodoulides, echoing mounting concerns over the impact on the "
        "island of possible strikes against Syria, said that his country was “in no way involved”."
    )
    [quote] = quotes_of(text, {"nc": ["Nicos Christodoulides"], "syria": ["Syria"]})
    assert quote.speaker != "syria"


def test_a_name_set_off_by_commas_after_its_title_is_the_speaker() -> None:
    text = (
        "Turkey’s president, Recep Tayyip Erdoğan, said on Friday that Turkey would have “no business there”."
    )
    [quote] = quotes_of(text, {"erdogan": ["Recep Tayyip Erdoğan"]})
    assert quote.speaker == "erdogan"


@pytest.mark.parametrize(
    "text",
    [
        "Simon Tisdall complains that “nothing has worked” in Syria, as though everything has been tried.",
        "Simon Tisdall reiterated that his country was “in no way involved”.",
        "“We are not involved in any way at all,” warns Simon Tisdall.",
        "Simon Tisdall stepped back from his promise, tweeting that he “never said when it would happen”.",
    ],
)
def test_present_and_more_verbs_of_saying_in_english(text: str) -> None:
    [quote] = quotes_of(text, {"tisdall": ["Simon Tisdall"]})
    assert quote.speaker == "tisdall"


def test_a_participle_after_a_comma_shares_a_titled_subject() -> None:
    text = (
        "President Trump stepped back from his promise, tweeting that he “never said when it would happen”."
    )
    [quote] = quotes_of(text, {"trump": ["Trump"]})
    assert quote.speaker == "trump"


def test_a_cue_that_starts_inside_an_earlier_word_does_not_hide_the_speakers_own_cue() -> None:
    # मिलने ends in ने: "ने पर अनीता राव ने कहा" must not shadow "अनीता राव ने कहा"
    text = "पुरस्कार मिलने पर अनीता राव ने कहा, “यह हम सब के लिए गर्व की बात है.”"
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


def test_two_straight_single_marks_make_one_double_mark() -> None:
    text = "अनीता राव ने कहा, ''हम अपनी माँगों से पीछे नहीं हटेंगे.'' उसके बाद सभा ख़त्म हुई."
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.text == "हम अपनी माँगों से पीछे नहीं हटेंगे."
    assert quote.speaker == "rao"


def test_a_speaker_is_found_across_a_short_aside_before_the_verb() -> None:
    text = "“We were left to fight alone for years,” Lopez, now at Columbia University, said."
    columbia = entity(text, "columbia", ["Columbia University"], kind="ORG")
    found = find_quotes(make_doc(text), [entity(text, "lopez", ["Lopez"]), columbia])
    assert [q.speaker for q in found] == ["lopez"]


def test_short_text_in_single_marks_without_a_cue_is_a_title_in_hindi_not_a_quote() -> None:
    text = "इस सप्ताह ‘दिया और बाती हम’ धारावाहिक फिर पहले नंबर पर आ गया."
    assert quotes_of(text, {}, "hi") == []
    longer = "उन्होंने लिखा था ‘हम इस लड़ाई को अंत तक लड़ेंगे और जीतेंगे’ और चले गए."
    assert [q.text for q in quotes_of(longer, {}, "hi")] == ["हम इस लड़ाई को अंत तक लड़ेंगे और जीतेंगे"]


def test_hindi_speech_verbs_of_telling_and_writing_and_the_pronoun_vo() -> None:
    text = "अनीता राव ने सभा बुलाई. वो बताती हैं, “हमें कोई जवाब नहीं मिला है अब तक.”"
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


@pytest.mark.parametrize(
    "after",
    [
        "said the activist Maria Lopez.",
        "said the 40-year-old activist Maria Lopez.",
        "said the Bolivian activist Maria Lopez.",
        "said activist Maria Lopez.",
    ],
)
def test_a_described_person_after_the_cue_is_the_speaker(after: str) -> None:
    [quote] = quotes_of(f"“Thousands of children are in danger,” {after}", LOPEZ)
    assert quote.speaker == "lopez"


@pytest.mark.parametrize(
    "after",
    [
        "said the activist, who asked not to be named, to Maria Lopez.",
        "said a man who works for the mayor, Maria Lopez.",
    ],
)
def test_a_person_past_punctuation_or_many_words_is_no_described_speaker(after: str) -> None:
    [quote] = quotes_of(f"“Thousands of children are in danger,” {after}", LOPEZ)
    assert quote.speaker is None


def test_the_person_after_a_function_word_is_described_not_speaking() -> None:
    [quote] = quotes_of("“The movement was everything to him,” said a friend of Maria Lopez.", LOPEZ)
    assert quote.speaker is None


def test_a_quote_after_the_sentence_that_attributes_it_takes_its_speaker() -> None:
    text = "Families came for many reasons, said Maria Lopez. “Whatever the reason, they deserve shelter.”"
    [quote] = quotes_of(text, LOPEZ)
    assert quote.speaker == "lopez"


def test_a_quote_after_its_speakers_attribution_sentence_continues_it() -> None:
    text = "“We will see,” Maria Lopez said before a meeting at the ministry. “We are looking at it.”"
    first, second = quotes_of(text, LOPEZ)
    assert first.speaker == second.speaker == "lopez"


def test_another_person_or_cue_between_quotes_breaks_the_continuation() -> None:
    people = {**LOPEZ, "kapoor": ["Raj Kapoor"]}
    text = "“We will see,” Maria Lopez said. Later Raj Kapoor gave a famous statement. “My films come first.”"
    first, second = quotes_of(text, people)
    assert (first.speaker, second.speaker) == ("lopez", None)


def test_an_english_pronoun_refers_to_the_sentence_subject_not_an_object() -> None:
    people = {"votel": ["Joseph Votel"], "trump": ["Donald Trump"]}
    text = "On Tuesday, Joseph Votel appeared to contradict Donald Trump. He said “the hard part is ahead.”"
    [quote] = quotes_of(text, people)
    assert quote.speaker == "votel"


def test_a_person_named_inside_a_quote_is_no_antecedent() -> None:
    people = {"erdogan": ["Recep Erdoğan"], "assad": ["Bashar al-Assad"]}
    text = (
        "Recep Erdoğan spoke in Ankara. “Bashar al-Assad and the rest are all the same,” he declared in 2013."
    )
    [quote] = quotes_of(text, people)
    assert quote.speaker == "erdogan"


def test_a_demonym_before_a_titled_name_is_not_the_speaker() -> None:
    text = "“The wives are arriving to be screened,” said British Maj Gen Maria Lopez."
    doc = make_doc(text)
    british = Entity(
        id="gbr",
        name="United Kingdom",
        type="COUNTRY",
        mentions=[
            Mention(
                start=text.index("British"), end=text.index("British") + 7, text="British", kind="demonym"
            )
        ],
    )
    [quote] = find_quotes(doc, [british, entity(text, "lopez", ["Maria Lopez"])])
    assert quote.speaker == "lopez"


def test_a_quote_that_ends_a_reported_clause_is_its_speakers() -> None:
    text = "Lopez said the two sides had agreed to “resume traffic along the northern highways”."
    [quote] = quotes_of(text, LOPEZ)
    assert quote.speaker == "lopez"


def test_no_speaker_where_a_clause_goes_on_after_a_name_after_the_cue() -> None:
    text = "Maria Lopez, the crown prince, says Ruritania is part of a “triangle of evil and despair”."
    doc = make_doc(text)
    country = entity(text, "rur", ["Ruritania"], kind="COUNTRY")
    [quote] = find_quotes(doc, [country])
    assert quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "The embassy in Ruritania said last week “it will accept the results of the inquiry”.",
        "UNA-Ruritania said it was clear that the “compulsion to act is strong”.",
    ],
)
def test_a_place_after_a_preposition_or_inside_a_word_is_no_speaker(text: str) -> None:
    doc = make_doc(text)
    country = entity(text, "rur", ["Ruritania"], kind="COUNTRY")
    [quote] = find_quotes(doc, [country])
    assert quote.speaker is None


def test_a_cue_ending_in_any_word_stops_at_the_full_stop() -> None:
    text = "“The loss of any life is tragic,” Lopez told Today. “The secretary will have had advice.”"
    first, second = quotes_of(text, LOPEZ)
    assert first.speaker == "lopez" and second.speaker == "lopez"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Maria Lopez spoke first. Then a government spokesman said: “The death of a child is sad.”", "en"),
        ("अनीता राव पहले बोलीं। बाद में एक प्रवक्ता ने कहा, “किसी भी बच्चे की मौत दुखद है।”", "hi"),
    ],
)
def test_a_title_after_an_indefinite_article_is_no_earlier_person(text: str, language: str) -> None:
    people = {"lopez": ["Maria Lopez"], "rao": ["अनीता राव"]}
    [quote] = quotes_of(text, people, language)
    assert quote.speaker is None


def test_a_place_never_speaks() -> None:
    text = "“They are more dangerous there than here,” said Saratova."
    doc = make_doc(text)
    (quote,) = find_quotes(doc, [entity(text, "place", ["Saratova"], kind="PLACE")])
    assert quote.speaker is None
    (quote,) = find_quotes(doc, [entity(text, "person", ["Saratova"])])
    assert quote.speaker == "person"


@pytest.mark.parametrize(
    "text",
    [
        "अनीता राव ने सुधार समर्थक एक स्थानीय अखबार को 11 जून को बताया, “हमारी सारी योजनाएं तैयार हैं।”",
        "अनीता राव ने सरकार का ज़ोरदार समर्थन करते हुए कहा, “हम सरकार का साथ देंगे।”",
        "प्रवक्ता अनीता राव नें बयान में कहा है, “हम इस फ़ैसले का विरोध करेंगे।”",
        "अनीता राव ने उनके बारे में एक मशहूर वक्तव्य दिया, “मेरा परिवार मेरी ताकत है।”",
    ],
)
def test_a_long_gap_after_ne_or_its_misspelling_keeps_the_speaker(text: str) -> None:
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


def test_a_pronoun_right_after_a_full_stop_with_no_space_is_read() -> None:
    text = "अनीता राव ने सभा बुलाई.वो कहती हैं, “हमें कोई जवाब नहीं मिला है अब तक.”"
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker == "rao"


def test_a_pronoun_before_a_gendered_verb_names_the_speaker_of_that_gender() -> None:
    text = (
        "अनीता राव बताती हैं, “पापा रोज़ ट्राम से स्कूल जाते थे उन दिनों।” राजेश वर्मा ने पिता से कहा, "
        "“मैं भी ट्राम से ही स्कूल जाऊंगा कल से।” वो कहती हैं, “उस दिन बहुत तेज़ बारिश हो रही थी।”"
    )
    first, second, third = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert (first.speaker, second.speaker, third.speaker) == ("rao", "verma", "rao")
    masculine = text.replace("वो कहती हैं", "वो कहते हैं")
    assert quotes_of(masculine, {**RAO, **VERMA}, "hi")[2].speaker == "verma"
    # a verb of the other gender than the one person there: no one rather than the wrong one
    alone = "अनीता राव बताती हैं, “पापा रोज़ ट्राम से स्कूल जाते थे उन दिनों।” वो कहते हैं, “बारिश हो रही थी उस दिन।”"
    assert quotes_of(alone, RAO, "hi")[1].speaker is None
    # a person named as subject since, of no known gender, is a new speaker
    new = (
        "राजेश वर्मा बताते हैं, “पापा रोज़ ट्राम से स्कूल जाते थे उन दिनों।” सुनील शर्मा ने कहा कि ये मकान "
        "पुराना है। वह कहते हैं, “इस मकान में हमें क्या बदलाव करना था।”"
    )
    assert quotes_of(new, {**VERMA, "sharma": ["सुनील शर्मा"]}, "hi")[1].speaker == "sharma"


@pytest.mark.parametrize(
    "text",
    [
        "हालांकि अनीता राव फिर भी यही कहती हैं, “हम पीछे नहीं हटेंगे इस बार।”",
        "अनीता राव अपनी किताब में राजेश वर्मा को याद करते हुए लिखती हैं, “वो बहुत नेक इंसान थे।”",
        "अनीता राव ने सभा बुलाई। वो आगे बताती हैं, “हमें कोई जवाब नहीं मिला है अब तक।”",
    ],
)
def test_an_unmarked_subject_a_few_words_before_the_verb_speaks(text: str) -> None:
    [quote] = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert quote.speaker == "rao"


@pytest.mark.parametrize(
    "text",
    [
        "अनीता राव के बारे में लोग कहते हैं, “वो कभी हार नहीं मानतीं।”",
        "अनीता राव ने सभा बुलाई। उनके बेटे कहते हैं, “हमें कोई जवाब नहीं मिला।”",
        "अनीता राव ने बताया कि गाँव के लोग कहते हैं, “हमें कोई जवाब नहीं मिला।”",
    ],
)
def test_a_marked_name_or_a_possessive_pronoun_is_no_unmarked_subject(text: str) -> None:
    [quote] = quotes_of(text, RAO, "hi")
    assert quote.speaker is None


def test_a_source_named_with_ka_kahna_is_a_pronouns_antecedent() -> None:
    text = (
        "इस बात को राजेश वर्मा खुले तौर पर कह चुके हैं। हालांकि अनीता राव का कहना है कि सिर्फ एक सीन "
        "बदला गया था।उन्होंने बताया, “एक सीन था जिसमें मुझे भागना था।”"
    )
    [quote] = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert quote.speaker == "rao"


def test_kumari_after_a_name_stands_between_speaker_and_cue() -> None:
    text = "अपना हाल सुनाती हुईं विजय कुमारी कहती हैं, “मैं एक अनपढ़ औरत हूं।”"
    [quote] = quotes_of(text, {"vijay": ["विजय"]}, "hi")
    assert quote.speaker == "vijay"


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        (
            "Maria Lopez said: “We will not leave this city until the water is safe. We have waited too"
            " long. Russia said on Monday that it would send engineers to the city.",
            "en",
            "We will not leave this city until the water is safe. We have waited too long.",
        ),
        (
            "रविशंकर प्रसाद ने कहा, “हमने गौर से उनकी बातें सुनी. उन्होंने हमें बताया कि अंतर क्या है."
            " अरविंद केजरीवाल ने बताया कि भाजपा नेताओं ने कई सवाल पूछे.",
            "hi",
            "हमने गौर से उनकी बातें सुनी. उन्होंने हमें बताया कि अंतर क्या है.",
        ),
    ],
)
def test_a_quote_left_open_ends_where_a_named_speaker_resumes_the_narration(
    text: str, language: str, quoted: str
) -> None:
    quotes = extract(text, language=language).quotes
    assert [q.text for q in quotes][:1] == [quoted]


def test_a_quote_left_open_runs_on_past_a_pronoun_that_speaks() -> None:
    text = "Maria Lopez said: “We will not leave. He told us that the water is safe. We do not believe it."
    quotes = extract(text, language="en").quotes
    assert [q.text for q in quotes] == [text[text.index("“") + 1 :]]


def test_a_cue_opening_its_own_report_after_the_sentence_end_claims_no_quote_before_it() -> None:
    text = (
        "Igor Strelkov said in an online post that the deaths should be a warning for any Russians"
        " considering “going to Syria to earn money”. Dmitry Peskov said the Kremlin had no information."
    )
    article = extract(text, language="en")
    names = {e.id: e.name for e in article.entities}
    assert [names.get(q.speaker) for q in article.quotes] in ([None], ["Igor Strelkov"])
    told = extract("“We will never leave this town”. Dmitry Peskov said.", language="en")
    names = {e.id: e.name for e in told.entities}
    assert [names.get(q.speaker) for q in told.quotes] == ["Dmitry Peskov"]


def _speakers(text: str, language: str = "en") -> list[str | None]:
    article = extract(text, language=language)
    names = {e.id: e.name for e in article.entities}
    return [names.get(q.speaker) for q in article.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Diane Abbott, the shadow home secretary, said the death of the baby, who was buried on Friday, was"
        " a “stain on the conscience of this government”.",
        "Diane Abbott has said she had not wanted to stay silent on the matter: “It is a stain on us all.”",
        "Diane Abbott has vowed the party will “fight this decision in every court”.",
    ],
)
def test_a_quote_inside_a_reported_clause_is_its_subjects(text: str) -> None:
    assert _speakers(text) == ["Diane Abbott"]


def test_a_verb_that_only_reports_names_no_speaker_after_it() -> None:
    text = "Donald Trump urged Turkey to “de-escalate, limit its military actions and avoid casualties”."
    assert _speakers(text) == ["Donald Trump"]  # not Turkey, the object of "urged"


@pytest.mark.parametrize("opening", ["", "Speaking on the radio programme, "])
def test_a_quote_after_a_sentence_that_opens_with_its_speaker_is_the_speakers(opening: str) -> None:
    text = (
        f"{opening}Sadiq Khan said she was concerned about what had radicalised the woman. “It is important"
        " to understand when she travelled.”"
    )
    assert _speakers(text) == ["Sadiq Khan"]


def test_a_quote_after_a_sentence_that_opens_with_its_described_speaker_is_the_speakers() -> None:
    text = (
        "New York-based film-maker Maria Lopez said she was drawn to the struggle of refugees. “I wanted"
        " to show it through intimacy.”"
    )
    assert _speakers(text) == ["Maria Lopez"]
    text = text.replace("New York-based film-maker Maria Lopez said", "Police arrested Maria Lopez, who said")
    assert _speakers(text) == [None]


def test_a_long_name_in_an_aside_counts_as_one_word() -> None:
    text = (
        "“The international community needs a plan,” Maria Lopez, director at the International Centre for"
        " the Study of Radicalisation and Political Violence (ICSR) at the university, said on Twitter."
    )
    assert _speakers(text) == ["Maria Lopez"]
    text = text.replace("(ICSR) at the university", "at the university in the north of the old city")
    assert _speakers(text) == [None]


def test_a_cue_after_the_quote_keeps_it_from_the_sentence_before() -> None:
    text = (
        "Turkish officials have pledged a campaign with limited casualties. “The army wants to occupy the"
        " city,” the branch in Afrin said in a statement."
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Why are you still there?” Erdoğan demanded, according to the account.", "Recep Tayyip Erdoğan"),
        ("Shamima Begum continued: “This is kind of retaliation for the bombings.”", "Shamima Begum"),
    ],
)
def test_more_verbs_of_saying(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_full_stop_inside_the_marks_ends_the_quotes_sentence() -> None:
    text = (
        "“This is a national struggle,” Erdoğan told a rally. “We will crush anyone who opposes it.”"
        " Turkey said it was launching the campaign."
    )
    assert _speakers(text) == ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"]


def test_a_verb_after_a_conjunction_shares_the_sentences_subject() -> None:
    text = (
        "Mac Thornberry, the chair of the committee, expressed regret at the departure and said: “Reducing"
        " the American presence will reveal weakness.”"
    )
    assert _speakers(text) == ["Mac Thornberry"]


def test_a_speaker_before_two_asides_and_after_a_noun_for_a_person() -> None:
    text = (
        "“Mehmet never fought – that was never his plan,” friend Aladdin Sinayic, 38, from London, told"
        " the Guardian."
    )
    assert _speakers(text) == ["Aladdin Sinayic"]


def test_a_relative_clause_about_the_speaker_may_be_a_longer_aside() -> None:
    text = (
        "Maria Lopez, who was in the city for a screening of her new film this week, said: “I wanted to"
        " show it through intimacy.”"
    )
    assert _speakers(text) == ["Maria Lopez"]


def test_doubled_curly_single_marks_are_one_double_mark() -> None:
    text = (
        'अनीता राव कहती हैं, "हम सब यहाँ काम करते हैं. अब हालात बेहतर हैं.’’राजेश वर्मा कहते हैं, ‘‘हमें बहुत सम्मान मिलता है.’’'
    )
    found = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert [(q.text, q.speaker) for q in found] == [
        ("हम सब यहाँ काम करते हैं. अब हालात बेहतर हैं.", "rao"),
        ("हमें बहुत सम्मान मिलता है.", "verma"),
    ]


def test_a_straight_double_mark_with_spaces_around_it_opens_after_a_comma() -> None:
    text = 'अनीता राव ने कहा, " यहां से राह आसान नहीं है."राजेश वर्मा उस समिति में थे.'
    found = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert [(q.text, q.speaker) for q in found] == [("यहां से राह आसान नहीं है.", "rao")]


def test_a_quote_left_open_at_a_paragraph_end_carries_on_to_its_close() -> None:
    text = 'अनीता राव ने कहा, "मैं एक अनपढ़\nऔरत हूं. मुझे नहीं पता कि मैं कब जेल गई."राजेश वर्मा उस समिति में थे.'
    found = quotes_of(text, {**RAO, **VERMA}, "hi")
    assert [(q.text, q.speaker) for q in found] == [
        ("मैं एक अनपढ़", "rao"),
        ("औरत हूं. मुझे नहीं पता कि मैं कब जेल गई.", "rao"),
    ]


def test_a_quote_that_closes_on_a_full_stop_ends_the_sentence_before_the_next() -> None:
    text = (
        "“Faith leaders have a role in deconstructing ideology.” Speaking on the radio, Sara Khan said she"
        " was concerned about what had radicalised her. “It is important to understand when she travelled.”"
    )
    assert _speakers(text)[1:] == ["Sara Khan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shamima Begum took full responsibility for her decision to leave Britain, saying she alone"
            " was “the one who made the choice”.",
            "Shamima Begum",
        ),
        (
            "Dmitry Peskov sidestepped more detailed questions about the strike, saying just that “both"
            " lines are using the line.”",
            "Dmitry Peskov",
        ),
    ],
)
def test_a_participle_of_saying_after_a_comma_shares_the_sentences_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_according_to_that_opens_a_report_after_a_closed_quote_attributes_that_report() -> None:
    text = (
        "“Many children travel on their own,” Maria Lopez said. “This was the case for most of the 13,700"
        " children who arrived.” According to Ravi Shah, more than 120,000 people have arrived in Europe."
    )
    found = quotes_of(text, {**LOPEZ, "shah": ["Ravi Shah"]})
    assert [quote.speaker for quote in found] == ["lopez", "lopez"]


def test_a_person_named_after_a_bodys_possessive_is_the_speaker_not_the_body() -> None:
    text = (
        "“The message that they are not wanted is growing stronger,” said Unicef’s regional director for the"
        " Middle East, Maria Lopez. “They are not wanted in the camp.”"
    )
    doc = make_doc(text)
    entities = [entity(text, "unicef", ["Unicef"], kind="ORG"), entity(text, "lopez", ["Maria Lopez"])]
    assert [quote.speaker for quote in find_quotes(doc, entities)] == ["lopez", "lopez"]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez spoke.\nThe US would “use diplomacy and work with our partners” from Syria and bolster"
        " efforts “to bring peace”, she said.",
        "Maria Lopez spoke.\nTheir policies have left America “isolated and alone” in the midst of"
        " challenges, Lopez said, in the face of an aggressive Russia.",
    ],
)
def test_a_quote_inside_a_sentence_attributed_after_a_comma_is_the_speakers(text: str) -> None:
    assert next(quote.speaker for quote in quotes_of(text, LOPEZ)) == "lopez"


def test_an_attribution_with_words_after_it_is_no_parenthetical() -> None:
    text = (
        "The plan would “use diplomacy and work with partners” in Syria, and Maria Lopez said it was wrong."
    )
    assert [quote.speaker for quote in quotes_of(text, LOPEZ)] == [None]


def test_a_parenthetical_pronoun_names_no_one_named_in_its_sentence() -> None:
    text = (
        "“It is an approach driven by impulse,” Maria Lopez said.\nRavi Shah’s policies have left America"
        " “isolated and alone” in the midst of challenges, he said, in the face of an aggressive Russia."
    )
    found = quotes_of(text, {**LOPEZ, "shah": ["Ravi Shah"]})
    assert [quote.speaker for quote in found] == [
        "lopez",
        "lopez",
    ]  # an owner is no subject: the last speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will work with them,” a senior diplomat said.", "diplomats"),
        ("“We will work with them,” said a senior diplomat.", "diplomats"),
        ("“We will work with them,” said the activist Raed Srewel.", "Raed Srewel"),  # a person first
    ],
)
def test_an_actor_known_by_what_it_is_speaks_after_words_that_describe_it(text: str, speaker: str) -> None:
    record = extract(text, language="en")
    names = {e.id: e.name for e in record.entities}
    (quote,) = record.quotes
    assert names.get(quote.speaker or "") == speaker
