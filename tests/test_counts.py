"""Counts of people killed, injured, arrested, missing, displaced or taking part."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import build_doc, make_doc
from khabar.extractors.counts import find_counts
from khabar.schema import Segment, Sentence

Found = tuple[str, str | None, int, bool, str]  # what, who, value, approx, text


def counts_of(text: str, language: str) -> list[Found]:
    doc = make_doc(text, language)
    found = find_counts(doc)
    for count in found:
        assert doc.text[count.start : count.end] == count.text
    return [(c.what, c.who, c.value, c.approx, c.text) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "झड़पों में दर्जनों प्रदर्शनकारी और लगभग 20 कज़ाख सुरक्षाकर्मी मारे गए हैं।",
            [
                ("killed", "protesters", 12, True, "दर्जनों प्रदर्शनकारी और लगभग 20 कज़ाख सुरक्षाकर्मी मारे गए"),
                ("killed", "security personnel", 20, True, "लगभग 20 कज़ाख सुरक्षाकर्मी मारे गए"),
            ],
        ),
        (
            "हिंसा में दर्जनों प्रदर्शनकारी मारे गए और हजारों घायल हुए।",
            [
                ("killed", "protesters", 12, True, "दर्जनों प्रदर्शनकारी मारे गए"),
                ("injured", None, 1000, True, "हजारों घायल"),
            ],
        ),
        (
            "2,000 से अधिक प्रदर्शनकारी गिरफ्तार किए गए।",
            [("arrested", "protesters", 2000, True, "2,000 से अधिक प्रदर्शनकारी गिरफ्तार")],
        ),
        (
            "पुलिस ने १५ लोगों को हिरासत में लिया।",
            [("arrested", "people", 15, False, "१५ लोगों को हिरासत में लिया")],
        ),
        (
            "हमले में दो जवानों की मौत हो गई।",
            [("killed", "security personnel", 2, False, "दो जवानों की मौत हो गई")],
        ),
        (
            "मृतकों की संख्या बढ़कर ३५ हो गई।",
            [("killed", None, 35, False, "मृतकों की संख्या बढ़कर ३५")],
        ),
        (
            "बाढ़ से डेढ़ लाख लोग बेघर हो गए और 12 लापता हैं।",
            [
                ("displaced", "people", 150000, False, "डेढ़ लाख लोग बेघर"),
                ("missing", None, 12, False, "12 लापता"),
            ],
        ),
        (
            "हजारों किसान सड़कों पर उतरे।",
            [("participants", "farmers", 1000, True, "हजारों किसान सड़कों पर उतरे")],
        ),
        (
            "मुठभेड़ में तीन आतंकी ढेर, दो ज़ख़्मी।",
            [
                ("killed", "militants", 3, False, "तीन आतंकी ढेर"),
                ("injured", None, 2, False, "दो ज़ख़्मी"),
            ],
        ),
        (
            "हमले में 5 लोग 7 जनवरी को मारे गए।",
            [("killed", "people", 5, False, "5 लोग 7 जनवरी को मारे गए")],
        ),
        (  # the participle before the quantity, its people noun after it
            "खाई में गिरने से मारे गए 48 लोगों में 16 लोग मऊ के थे।",
            [("killed", "people", 48, False, "मारे गए 48 लोगों")],
        ),
        (
            "हादसे में मरने वाले 12 लोगों के परिजनों को मुआवजा मिलेगा।",
            [("killed", "people", 12, False, "मरने वाले 12 लोगों")],
        ),
        (
            "घायल 10 यात्रियों और 5 बच्चों को भर्ती कराया गया।",
            [
                ("injured", "passengers", 10, False, "घायल 10 यात्रियों"),
                ("injured", "children", 5, False, "घायल 10 यात्रियों और 5 बच्चों"),
            ],
        ),
        (  # a part told after its whole is no more of the toll
            "हादसे में मारे गए 48 लोगों में से 16 की मौत मौके पर हुई।",
            [("killed", "people", 48, False, "मारे गए 48 लोगों")],
        ),
        (  # a part of another kind stays
            "गोलीबारी में घायल चार लोगों में से एक महिला की मौत हो गई।",
            [
                ("injured", "people", 4, False, "घायल चार लोगों"),
                ("killed", "women", 1, False, "एक महिला की मौत हो गई"),
            ],
        ),
        # reported killed, died, and a toll that reached a figure
        ("हादसे में १८ लोगों के मारे जाने की खबर है।", [("killed", "people", 18, False, "१८ लोगों के मारे जाने की खबर")]),
        ("अस्पताल में 12 लोगों ने दम तोड़ दिया।", [("killed", "people", 12, False, "12 लोगों ने दम तोड़ दिया")]),
        ("मरने वालों की संख्या पहुंची 100 के पार।", [("killed", None, 100, False, "मरने वालों की संख्या पहुंची 100")]),
    ],
)
def test_hindi(text: str, expected: list[Found]) -> None:
    assert counts_of(text, "hi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in the capital said they killed dozens of rioters overnight.",
            [("killed", "rioters", 12, True, "killed dozens of rioters")],
        ),
        (
            "More than 2,000 protesters were detained as troops arrived.",
            [("arrested", "protesters", 2000, True, "More than 2,000 protesters were detained")],
        ),
        ("The death toll rose to 35.", [("killed", None, 35, False, "The death toll rose to 35")]),
        (
            "Three people were killed and 12 others wounded.",
            [
                ("killed", "people", 3, False, "Three people were killed"),
                ("injured", None, 12, False, "12 others wounded"),
            ],
        ),
        (
            "At least 12 soldiers and two civilians were killed.",
            [
                ("killed", "soldiers", 12, True, "At least 12 soldiers and two civilians were killed"),
                ("killed", "civilians", 2, False, "two civilians were killed"),
            ],
        ),
        (
            "Police arrested 20 students and 5 activists.",
            [
                ("arrested", "students", 20, False, "arrested 20 students"),
                ("arrested", "activists", 5, False, "arrested 20 students and 5 activists"),
            ],
        ),
        (
            "About 5,000 protesters gathered in the square.",
            [("participants", "protesters", 5000, True, "About 5,000 protesters gathered")],
        ),
        (
            "Hundreds of thousands were displaced by the floods.",
            [("displaced", None, 100000, True, "Hundreds of thousands were displaced")],
        ),
        (
            "No fewer than 40 people died.",
            [("killed", "people", 40, True, "No fewer than 40 people died")],
        ),
        (  # the month May is no hypothetical "may"
            "The attack in May 2017 killed 22 people.",
            [("killed", "people", 22, False, "killed 22 people")],
        ),
        # acts counted are no people counted
        (
            "At least 12 airstrikes killed 30 people in Aleppo.",
            [("killed", "people", 30, False, "killed 30 people")],
        ),
        ("Two rockets killed five people.", [("killed", "people", 5, False, "killed five people")]),
        ("Israeli forces killed 30 in airstrikes on Gaza.", [("killed", None, 30, False, "killed 30")]),
        # killings told by their manner
        ("Gunmen murdered 20 villagers.", [("killed", "villagers", 20, False, "murdered 20 villagers")]),
        (
            "Its fighters emerged to massacre more than 200 people.",
            [("killed", "people", 200, True, "massacre more than 200 people")],
        ),
        # a thing after a locative preposition is no thing counted: the count is of people
        ("Gunmen killed 20 in their homes.", [("killed", None, 20, False, "killed 20")]),
        ("Militants killed 20 in 3 years.", [("killed", None, 20, False, "killed 20")]),
    ],
)
def test_english(text: str, expected: list[Found]) -> None:
    assert counts_of(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("हादसे में कोई हताहत नहीं हुआ।", "hi"),
        ("हादसे में कोई घायल नहीं हुआ।", "hi"),
        ("5 लोग घायल नहीं हुए।", "hi"),
        ("25 वर्षीय युवक घायल हुआ।", "hi"),
        ("देश के 30 साल के इतिहास में 2 बजे हिंसा।", "hi"),
        ("7 जनवरी को मारे गए लोगों की याद में सभा हुई।", "hi"),
        ("हिंसा में 40 प्रतिशत दुकानें लूटी गईं और 5 करोड़ रुपये का नुकसान हुआ।", "hi"),
        ("दो सप्ताह बाद घायल पुलिसकर्मी लौटे।", "hi"),
        ("वह मारे गए 3 दिन बाद मिला।", "hi"),  # a participle before a time, an age or no people noun
        ("मारे गए 25 वर्षीय युवक का शव मिला।", "hi"),
        ("घायल 2 बजे अस्पताल पहुंचे।", "hi"),
        ("घायल 12 जनवरी को अस्पताल पहुंचे।", "hi"),
        ("हमले में घायल कई लोगों की हालत गंभीर है।", "hi"),
        ("No one was killed.", "en"),
        ("None of the 20 passengers were injured.", "en"),
        ("A 25-year-old man was injured.", "en"),
        ("Rebels killed in 2019 were buried.", "en"),
        ("Damage of $2 million was reported and 40 percent were hurt.", "en"),
        ("The 3 hours of clashes left residents injured.", "en"),
        ("Protesters marched through the city.", "en"),
        ("Hundreds of thousands of people could be killed.", "en"),
        ("बाढ़ में हजारों लोग मारे जा सकते हैं।", "hi"),
        ("A few aid workers said injuries were common.", "en"),
        ("Women from more than 40 countries were being held at camps.", "en"),
        ("उन्होंने बताया कि 168 घर तबाह हो गए और 340 मवेशी मारे गए।", "hi"),
        ("हादसे में उमेश सोनी (24) और दीपचंद (22) की भी मौत हुई है।", "hi"),  # ages after names
        ("Ali Hassan (35) was killed on Monday.", "en"),
        ("पहली पारी में टीम 175 रनों पर ढेर हो गई।", "hi"),  # a score: all out
        ("The team was bowled out for 175 runs and killed off the match.", "en"),
        ("Police executed 20 search warrants.", "en"),  # carried out, not killed
        ("20 search warrants were executed.", "en"),
        # animals counted with a word between number and noun
        ("आग से सैकड़ों जंगली जानवरों की मौत हो चुकी है।", "hi"),
        ("The fire killed hundreds of wild animals.", "en"),
    ],
)
def test_not_counts(text: str, language: str) -> None:
    assert counts_of(text, language) == []


def test_mixed_language_segments() -> None:
    text = "हजारों घायल हुए।\nMore than 2,000 protesters were detained."
    doc = build_doc(
        text,
        [
            Segment(start=0, end=16, kind="paragraph", language="hi"),
            Segment(start=17, end=len(text), kind="embed", language="en"),
        ],
        [Sentence(start=0, end=17), Sentence(start=17, end=len(text))],
        "hi",
        date(2022, 1, 7),
    )
    assert [(c.what, c.value, c.text) for c in find_counts(doc)] == [
        ("injured", 1000, "हजारों घायल"),
        ("arrested", 2000, "More than 2,000 protesters were detained"),
    ]


def test_language_without_data_gives_nothing() -> None:
    assert find_counts(make_doc("20 personnes ont été tuées.", "fr")) == []


@pytest.mark.parametrize(
    ("text", "language", "scopes"),
    [
        ("The war has killed 500,000 people.", "en", ["cumulative"]),
        ("Since 2011, more than 250,000 people have died in Syria.", "en", ["cumulative"]),
        ("More than 330,000 people have been killed since the conflict began.", "en", ["cumulative"]),
        ("A conflict that killed 5 million people between 1997 and 2003.", "en", ["cumulative"]),
        ("The coalition has killed more than 60,000 fighters in the past three years.", "en", ["cumulative"]),
        ("Twelve people were killed in the attack, the deadliest since 2016.", "en", ["event"]),
        (
            "Six aid workers and a driver were killed in the worst single attack on humanitarian staff"
            " since civil war broke out.",
            "en",
            ["event"],
        ),
        ("At least 20 people have been killed in an airstrike on Idlib.", "en", ["event"]),
        # a toll joined by "and" to a cumulative one shares its scope, not one after a comma
        (
            "About 530 people have died and more than 2,500 have been wounded in eastern Ghouta since a"
            " relentless barrage of regime rocket fire, shelling and airstrikes began last Sunday.",
            "en",
            ["cumulative", "cumulative"],
        ),
        (
            "Five people were killed, more than 500 have died since 2011.",
            "en",
            ["event", "cumulative"],
        ),
        ("सीरिया में 2011 से अब तक पाँच लाख से ज़्यादा लोग मारे जा चुके हैं।", "hi", ["cumulative"]),
        ("गृहयुद्ध में अब तक तीन लाख लोग मारे गए हैं।", "hi", ["cumulative"]),
        ("पिछले पाँच सालों में 2,000 लोग मारे गए हैं।", "hi", ["cumulative"]),
        ("हमले में अब तक 12 लोगों की मौत हो चुकी है।", "hi", ["event"]),
        ("इसराइली हमलों में अब तक कम से कम 213 लोगों की मौत हो चुकी है।", "hi", ["cumulative"]),
        ("So far this year 230 people have been killed in floods across the country.", "en", ["cumulative"]),
        ("मानसून सीजन में अब तक बाढ़ और बारिश से 546 लोगों की मौत हो चुकी है।", "hi", ["cumulative"]),
        ("महीने भर से जारी इस संकट में अब तक दो हज़ार से ज़्यादा जानें जा चुकी हैं.", "hi", ["cumulative"]),
        ("हमले में पांच लोगों की जानें गईं.", "hi", ["event"]),
    ],
)
def test_cumulative_tolls_keep_their_scope(text: str, language: str, scopes: list[str]) -> None:
    assert [c.scope for c in find_counts(make_doc(text, language))] == scopes


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "महाराष्ट्र में 139, केरल में 126, पश्चिम बंगाल में 116, यूपी 79 और असम में 34 लोगों की जान गई है।",
            "hi",
            [(139, "people"), (126, "people"), (116, "people"), (79, "people"), (34, "people")],
        ),
        (
            "अब तक अररिया में 75, पूर्वी चंपारण, दरभंगा और मधेपुरा में 19, सहरसा व सीहोर में 4 लोगों की मौत हो गई है।",
            "hi",
            [(75, "people"), (19, "people"), (4, "people")],
        ),
        (
            "139 in Maharashtra, 126 in Kerala and 34 in Assam have died.",
            "en",
            [(139, None), (126, None), (34, None)],
        ),
    ],
)
def test_a_list_of_tolls_by_place_shares_its_cue_and_is_no_events(
    text: str, language: str, expected: list[tuple[int, str | None]]
) -> None:
    """Each place's toll is a part of a whole told elsewhere: all are counted, none is one event's."""
    found = find_counts(make_doc(text, language))
    assert [(c.value, c.who) for c in found] == expected
    assert {c.scope for c in found} == {"cumulative"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("एक विमान दुर्घटना में पांच लोगों की मौत हो गई।", "hi", [(5, "event")]),  # "व" starts "विमान": no list
        ("20 soldiers and 30 civilians were killed.", "en", [(20, "event"), (30, "event")]),
        ("पटना में 5, लेकिन बिहार में 3 लोगों की मौत हो गई।", "hi", [(3, "event")]),  # a clause word: no place
    ],
)
def test_no_list_by_place_without_one(text: str, language: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.scope) for c in find_counts(make_doc(text, language))] == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("An estimated 400,000 Syrians have been killed.", "cumulative"),  # no act: a war's toll
        ("More than 68 million people were forced to flee.", "cumulative"),
        ("The bombing of the city killed 12,000 people.", "event"),  # an act is named
        ("An earthquake killed 20,000 people.", "event"),  # so is a disaster
        ("More than 100,000 people marched in Paris.", "event"),  # a crowd is no toll
        ("सीरिया में पाँच लाख लोग मारे गए हैं।", "cumulative"),
        ("भूकंप में 20,000 लोगों की मौत हो गई।", "event"),
    ],
)
def test_a_toll_too_large_for_one_event_is_cumulative_unless_its_sentence_names_a_happening(
    text: str, scope: str
) -> None:
    from khabar import extract

    assert [c.scope for c in extract(text, published=date(2018, 1, 1)).counts] == [scope]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("At least 14 civilians including three children were killed on Sunday.", "en", 14),  # a part
        ("Up to half a million Syrians have died.", "en", 500_000),
        ("Between 300-400 people were killed in the attack.", "en", 300),
        ("Three hundred to four hundred people were killed.", "en", 300),
        ("हमले में 300-400 लोग मारे गए।", "hi", 300),
        ("हमले में तीन से चार सौ लोग मारे गए।", "hi", 300),
    ],
)
def test_fractions_and_ranges(text: str, language: str, value: int) -> None:
    assert [c.value for c in find_counts(make_doc(text, language))] == [value]


def _event_counts(text: str, language: str) -> list[tuple[str, dict[str, int]]]:
    from khabar import extract

    article = extract(text, published=date(2018, 9, 12))
    assert article.language == language
    return [(e.type, e.counts) for e in article.events]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Police arrested 12 students in Dhaka during protests against the new law.",
            "en",
            [("COERCE", {"arrested": 12}), ("PROTEST", {})],
        ),
        (
            "पुलिस ने ढाका में प्रदर्शन के दौरान 12 छात्रों को गिरफ्तार किया।",
            "hi",
            [("PROTEST", {}), ("COERCE", {"arrested": 12})],
        ),
        (  # the attack keeps its place as an event (the count in its clause anchors it), not the count
            "लाहौर हमले में लश्कर की भूमिका की जांच, 2 गिरफ्तार।",
            "hi",
            [("ASSAULT", {}), ("COERCE", {"arrested": 2})],
        ),
        (
            "500 students protested in Dhaka and police arrested 12 of them.",
            "en",
            [("PROTEST", {"participants": 500}), ("COERCE", {"arrested": 12})],
        ),
    ],
)
def test_a_count_belongs_to_one_event(text: str, language: str, expected: list) -> None:
    assert _event_counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Government forces shelled Douma, in a war that has killed 500,000 people.", "en"),
        ("Airstrikes hit Idlib in a war in which more than 350,000 people have died.", "en"),
        ("सेना ने हमला किया, जारी गृहयुद्ध में अब तक पाँच लाख लोग मारे जा चुके हैं।", "hi"),
    ],
)
def test_a_cumulative_toll_is_no_events_fatalities(text: str, language: str) -> None:
    assert all("killed" not in counts for _, counts in _event_counts(text, language))


def test_a_huge_toll_is_an_events_only_when_its_clause_names_the_act() -> None:
    deaths_only = _event_counts("Rebels attacked the town. Up to half a million Syrians have died.", "en")
    assert all("killed" not in counts for _, counts in deaths_only)
    hiroshima = "छह अगस्त 1945 को हिरोशिमा पर हुए परमाणु हमले में क़रीब एक लाख चालीस हज़ार लोगों की मौत हुई थी।"
    assert _event_counts(hiroshima, "hi") == [("ASSAULT", {"killed": 140_000})]
