from khabar.schema import Segment
from khabar.text.segment import segment
from khabar.text.sentences import split_sentences


def sentences(text: str, language: str | None = None) -> list[str]:
    segments = [s.model_copy(update={"language": language}) for s in segment(text)]
    return [text[s.start : s.end] for s in split_sentences(text, segments)]


def test_hindi_danda_and_closing_quote() -> None:
    text = "मंत्री ने कहा कि “हम तैयार हैं।” इसके बाद बैठक खत्म हुई। क्या सब ठीक है? हाँ॥"
    assert sentences(text, "hi") == [
        "मंत्री ने कहा कि “हम तैयार हैं।”",
        "इसके बाद बैठक खत्म हुई।",
        "क्या सब ठीक है?",
        "हाँ॥",
    ]


def test_danda_ends_a_sentence_even_without_a_space() -> None:
    assert sentences("पहला वाक्य।दूसरा वाक्य।", "hi") == ["पहला वाक्य।", "दूसरा वाक्य।"]


def test_hindi_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "डॉ. राधा वर्मा और श्री. मोहन लाल आए। ए. पी. जे. अब्दुल कलाम का नाम लिया गया।"
    assert sentences(text, "hi") == [
        "डॉ. राधा वर्मा और श्री. मोहन लाल आए।",
        "ए. पी. जे. अब्दुल कलाम का नाम लिया गया।",
    ]


def test_english_abbreviations_initials_and_decimals() -> None:
    text = (
        "Dr. Asha Rao met Mr. J. K. Menon in the U.S. on Jan. 5 this year. "
        "Prices rose 2.5 per cent. Then they left!"
    )
    assert sentences(text, "en") == [
        "Dr. Asha Rao met Mr. J. K. Menon in the U.S. on Jan. 5 this year.",
        "Prices rose 2.5 per cent.",
        "Then they left!",
    ]


def test_urls_and_handles_do_not_split() -> None:
    text = "Read it at https://example.org/a.b?c=1.2 and ping @news.desk today. Next one."
    assert sentences(text, "en") == [
        "Read it at https://example.org/a.b?c=1.2 and ping @news.desk today.",
        "Next one.",
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = "He said, \"We will stay.\" (It rained all day.) 'Fine.' She agreed?!' Done"
    assert sentences(text, "en") == [
        'He said, "We will stay."',
        "(It rained all day.)",
        "'Fine.'",
        "She agreed?!'",
        "Done",
    ]


def test_lower_case_word_after_a_full_stop_continues_the_sentence() -> None:
    assert sentences("They met approx. five times... and then stopped. Later.", "en") == [
        "They met approx. five times... and then stopped.",
        "Later.",
    ]


def test_unknown_language_uses_the_rules_of_all_languages() -> None:
    text = "डॉ. मेहता आए। Dr. Rao left. Fin."
    assert sentences(text, None) == ["डॉ. मेहता आए।", "Dr. Rao left.", "Fin."]
    assert sentences(text, "fr") == sentences(text, None)


def test_abbreviations_of_another_language_in_a_mixed_paragraph() -> None:
    text = "बैठक में Dr. Meera Iyer भी थीं। सब ठीक रहा।"
    assert sentences(text, "hi") == ["बैठक में Dr. Meera Iyer भी थीं।", "सब ठीक रहा।"]


def test_sentences_never_cross_segments_or_line_breaks() -> None:
    text = "First part without end\r\nSecond part. Third\n\nFourth"
    segments = segment(text)
    found = split_sentences(text, segments)
    assert [text[s.start : s.end] for s in found] == [
        "First part without end",
        "Second part.",
        "Third",
        "Fourth",
    ]
    embed = Segment(start=0, end=text.index("Third") + 5, kind="embed")
    assert [text[s.start : s.end] for s in split_sentences(text, [embed])][:2] == [
        "First part without end",
        "Second part.",
    ]


def test_offsets_are_exact_and_exclude_whitespace() -> None:
    text = "  Alpha one.   Beta two.  "
    found = split_sentences(text, [Segment(start=0, end=len(text), kind="paragraph", language="en")])
    assert [(s.start, s.end) for s in found] == [(2, 12), (15, 24)]


def test_unspaced_boundaries_of_scraped_text_are_split() -> None:
    assert sentences("बीस लोगों पर हमला किया.डीजीपी ने कहा कि जांच होगी?उन्होंने बताया!", "hi") == [
        "बीस लोगों पर हमला किया.",
        "डीजीपी ने कहा कि जांच होगी?",
        "उन्होंने बताया!",
    ]
    assert sentences('Police left.The crowd stayed."We will return," they said.', "en") == [
        "Police left.",
        "The crowd stayed.",
        '"We will return," they said.',
    ]


def test_unspaced_terminators_inside_names_numbers_and_addresses_stay() -> None:
    text = "डॉ.मनमोहन सिंह ने 2.5 प्रतिशत कहा। Write to news@bbc.co.uk or see www.BBC.com/Hindi today."
    assert sentences(text, "hi") == [
        "डॉ.मनमोहन सिंह ने 2.5 प्रतिशत कहा।",
        "Write to news@bbc.co.uk or see www.BBC.com/Hindi today.",
    ]
    assert sentences("J.K.Rowling met U.S.Army officers at St.Louis in 2.5 hours.", "en") == [
        "J.K.Rowling met U.S.Army officers at St.Louis in 2.5 hours."
    ]


def test_unspaced_runs_of_initials_and_short_abbreviations_stay() -> None:
    text = "व्याख्याता एस.ए.आर गिलानी ने कहा कि आग 15 कि.मी. क्षेत्र में फैली.तापमान 45 डि.से. रहा।"
    assert sentences(text, "hi") == [
        "व्याख्याता एस.ए.आर गिलानी ने कहा कि आग 15 कि.मी. क्षेत्र में फैली.",
        "तापमान 45 डि.से. रहा।",
    ]
