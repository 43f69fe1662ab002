"""Hindi (``lang/hi``): the data loads, its patterns compile, and a sentence per topic reads right."""

from __future__ import annotations

from datetime import date

from tests.helpers import make_doc
from tests.lang.checks import check_files_load, check_patterns_compile

from khabar import extract
from khabar.extractors.counts import find_counts
from khabar.extractors.dates import find_dates
from khabar.extractors.numbers import parse_number
from khabar.lang import topic
from khabar.lang.models import Grammar

FRIDAY = date(2022, 1, 7)


def test_files_load() -> None:
    check_files_load("hi")


def test_patterns_compile() -> None:
    check_patterns_compile("hi")


def test_grammar_words() -> None:
    grammar = topic("hi", Grammar)
    assert "ने" in grammar.agent_markers and "में" in grammar.locative_markers


def test_sentences_split_on_an_unspaced_danda() -> None:
    text = "हमला किया।डीजीपी ने कहा कि दो लोग मारे गए।"
    assert [text[s.start : s.end] for s in extract(text).sentences] == [
        "हमला किया।",
        "डीजीपी ने कहा कि दो लोग मारे गए।",
    ]


def test_numbers() -> None:
    assert parse_number("दो हजार", "hi") == (2000, False)
    assert parse_number("ढाई लाख", "hi") == (250_000, False)
    assert parse_number("300 से 400", "hi") == (300, True)  # a range: its low end


def test_year_less_date_is_the_nearest_before_publication_unless_future() -> None:
    published = date(2018, 9, 12)
    past, future = (
        make_doc("20 सितंबर के हमले की जांच जारी है।", "hi", published),
        make_doc("20 सितंबर को बैठक होगी।", "hi", published),
    )
    assert [d.value for d in find_dates(past)] == ["2017-09-20"]
    assert [d.value for d in find_dates(future)] == ["2018-09-20"]


def test_dates() -> None:
    doc = make_doc("7 जनवरी को हमला हुआ।")
    assert [(d.text, d.value) for d in find_dates(doc)] == [("7 जनवरी", "2022-01-07")]


def test_counts() -> None:
    doc = make_doc("हिंसा में 5 लोग मारे गए।")
    assert [(c.what, c.value, c.text) for c in find_counts(doc)] == [("killed", 5, "5 लोग मारे गए")]
    [toll] = find_counts(make_doc("युद्ध में अब तक पाँच लाख लोग मारे गए हैं।"))
    assert (toll.value, toll.scope) == (500_000, "cumulative")


def test_demonym_and_place() -> None:
    article = extract("रूसी सैनिकों ने अल्माटी में गोलीबारी की।", published=FRIDAY)
    assert {(e.name, e.type, e.country) for e in article.entities} == {
        ("Russia", "COUNTRY", "RUS"),
        ("soldiers", "GROUP", "RUS"),
        ("Almaty", "PLACE", "KAZ"),
    }


def test_event_with_agent_and_object_markers() -> None:
    article = extract("पुलिस ने 12 छात्रों को गिरफ्तार किया।", published=FRIDAY)
    [event] = article.events
    assert (event.type, event.negated) == ("COERCE", False)
    assert (event.source_text.text, event.target_text.text) == ("पुलिस", "छात्रों")


def groups(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """The generic actors of ``text``: name, country, sector and mentions."""
    article = extract(text, published=FRIDAY, language="hi")
    return [
        (e.name, e.country, e.sector, [m.text for m in e.mentions])
        for e in article.entities
        if e.type == "GROUP"
    ]


def test_generic_actors_take_the_country_named_before_them() -> None:
    assert groups("तुर्की की सेना ने सीरिया में हमला किया।") == [("armed forces", "TUR", "MIL", ["तुर्की की सेना"])]
    assert groups("भारतीय सेना के जवानों ने दो उग्रवादियों को गिरफ्तार किया।") == [
        ("soldiers", "IND", "MIL", ["भारतीय सेना के जवानों"]),  # the Indian Army's soldiers
        ("militants", None, "REB", ["उग्रवादियों"]),  # not a state's, and no story's country named
    ]


def test_state_actors_take_the_country_of_their_sentence_in_oblique_plurals() -> None:
    assert groups("छत्तीसगढ़ के बीजापुर में नक्सलियों ने सुरक्षा बलों पर हमला किया।") == [
        ("Maoists", "IND", "REB", ["नक्सलियों"]),  # rebels of a one-country story are of its country
        ("security forces", "IND", "COP", ["सुरक्षा बलों"]),
    ]
    named = [name for name, *_ in groups("किसानों, छात्रों और प्रदर्शनकारियों ने दिल्ली में धरना दिया।")]
    assert named == ["farmers", "students", "protesters"]
    # where soldiers serve is not whose they are
    assert groups("अफ़ग़ानिस्तान में तैनात सैनिकों पर हमला हुआ।") == [("soldiers", None, "MIL", ["सैनिकों"])]
    assert groups("मोदी सरकार ने फ़ैसला किया।") == [("government", "IND", "GOV", ["सरकार"])]


def test_a_patrol_and_every_form_of_naxalite_are_generic_actors() -> None:
    found = groups("छत्तीसगढ़ में नक्सलियों ने गश्ती दल पर हमला किया। तीन नक्सली मारे गए।")
    assert [(name, sector, mentions) for name, _, sector, mentions in found] == [
        ("Maoists", "REB", ["नक्सलियों", "नक्सली"]),  # one actor in both forms, no party's name
        ("police patrol", "COP", ["गश्ती दल"]),  # no body named "Gashti Dal"
    ]


def test_the_story_country_is_that_of_its_lead_and_bare_institutions_take_it() -> None:
    recalled = "2003 में कोलंबिया की सेना को कोलंबिया में पैसा मिला, कोलंबिया ने कहा."
    assert ("police", None, "COP", ["पुलिस"]) in groups(
        f"वेनेज़ुएला में तस्कर पकड़े गए. पुलिस ने बताया कि पैसा मिला. {recalled}"
    )
    article = extract("गृह मंत्रालय ने बताया कि दिल्ली में दो लोग पकड़े गए. भारत में शांति है.", published=FRIDAY)
    assert [(e.name, e.country) for e in article.entities if e.type == "ORG"] == [
        ("Ministry of Interior of India", "IND")
    ]


def test_modifiers_are_no_generic_actor_and_collectives_are() -> None:
    assert groups("सेना प्रमुख ने कहा कि पुलिस स्टेशन पर हमला हुआ।") == []
    assert groups("पुलिस स्टेशन पर चरमपंथी संगठन ने हमला किया।") == [
        ("extremists", None, "REB", ["चरमपंथी संगठन"])  # the extremist organisation acted
    ]


def test_a_title_before_a_name_is_no_generic_actor_and_a_country_may_stay_unknown() -> None:
    assert groups("पत्रकारों ने बताया कि अधिकारी राकेश वर्मा वहां थे।") == [
        ("journalists", None, "JRN", ["पत्रकारों"])
    ]
    assert groups("सोशल मीडिया पर वीडियो फैल गया।") == []


def test_generic_actors_act_in_events() -> None:
    article = extract("छत्तीसगढ़ में नक्सलियों ने सुरक्षा बलों पर हमला किया।", published=FRIDAY, language="hi")
    names = {e.id: e.name for e in article.entities}
    [event] = article.events
    assert (names[event.source or ""], event.source_country, event.source_sector) == ("Maoists", None, "REB")
    article = extract("अमरीकी हवाई हमले में 20 लोग मारे गए।", published=FRIDAY, language="hi")
    names = {e.id: e.name for e in article.entities}
    [event] = article.events
    assert (event.type, event.mode, names[event.source or ""]) == ("ASSAULT", "aerial", "United States")


def test_bans_slaps_and_catches_are_events() -> None:
    coded = [
        ("सरकार ने मंत्री के विदेश जाने पर रोक लगा दी।", ("SANCTION", "restrict")),
        ("गेंदबाज़ ने बल्लेबाज़ को थप्पड़ जड़ दिया।", ("ASSAULT", "beat")),
        ("दोनों खिलाड़ी एक पार्टी में शामिल होने के दौरान पकड़े गए।", ("COERCE", "arrest")),
        ("पुलिस ने तीन बदमाशों को धर दबोचा।", ("COERCE", "arrest")),
    ]
    for text, kind in coded:
        events = extract(text, published=FRIDAY, language="hi").events
        assert [(e.type, e.mode) for e in events] == [kind], text


def test_suspensions_expulsions_and_notices_are_events() -> None:
    coded = [
        ("सरकार ने तीन पुलिसकर्मियों को निलंबित कर दिया है।", ("SANCTION", "expel")),
        ("भाजपा ने उन्हें पार्टी से बाहर कर दिया।", ("SANCTION", "expel")),
        ("हाई कोर्ट ने राज्य सरकार को नोटिस जारी किया है।", ("REQUEST", None)),
        ("अमरीका ने ईरान पर प्रतिबंध लगा दिया।", ("SANCTION", "restrict")),
        ("सीमा पर हज़ारों जवान तैनात हैं।", ("MOBILIZE", "troops")),
    ]
    for text, kind in coded:
        events = extract(text, published=FRIDAY, language="hi").events
        assert [(e.type, e.mode) for e in events] == [kind], text


def test_sports_bans_film_refusals_and_postings_are_no_events() -> None:
    for text in (
        "बोर्ड ने खिलाड़ी पर 11 मैचों में खेलने से रोक लगा दी।",
        "वह टीम से बाहर कर दिया गया।",
        "रेखा ने फ़िल्म करने से इनकार कर दिया।",
        "सहवाग ने पहले ही ओवर से गेंदबाज़ों पर हमला बोल दिया और चार चौके लगाए।",
        "सिंघल पुलिस अधीक्षक के रूप में खेड़ा जिले में तैनात थे।",
        "इसके बाद सचिन और कार्तिक की साझेदारी जमती नज़र आ रही थी कि सचिन रिटायर हो गए।",
    ):
        assert extract(text, published=FRIDAY, language="hi").events == [], text


def _places(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.name, e.type, e.country) for e in extract(text).entities if e.type in ("PLACE", "COUNTRY")}


def test_frequent_words_are_no_places_or_people_without_a_cue() -> None:
    """बाढ़ (flood) is also the town Barh; दोनों (both) sounds like Dodon; बैंक (bank) like Bangkok."""
    assert not _places("बाढ़ में सौ लोग मारे गए।")
    assert not extract("दोनों ने कहा कि वे आगे बढ़ेंगे।").entities
    assert not extract("मैंने कहा कि बैंक बंद है।").entities
    assert not _places("इससे बाकी राज्यों को भी राहत मिलेगी।")  # "the other states": no city Baku


def test_a_word_listed_as_no_place_names_none_by_sound() -> None:
    """``not_places``: पटरी (the rail track) after "से" sounds like the town Pathri (पाथरी), which stays."""
    assert not _places("रेल की पटरी से उतरी ट्रेन।")
    assert {name for name, _, _ in _places("पाथरी में बारिश हुई।")} == {"Pathri"}


def test_frequent_words_take_common_news_words_and_no_name_word() -> None:
    """The news words (``train/news_words.py``) widen the IL-NER list: cricket, film and crime words are
    frequent, and no listed name word nor a word spelled as a common Latin name (टेलर) is."""
    from khabar.extractors.entities.words import frequent_words, name_words

    frequent, listed = frequent_words("hi"), name_words("hi")
    assert {"विकेट", "शादी", "गिरफ्तार", "बल्लेबाजी"} <= frequent
    assert frequent & (listed.given_names | listed.surnames) <= {"नवीन"}  # new (IL-NER's list)
    assert "टेलर" not in frequent


def test_a_word_before_an_administrative_unit_names_it() -> None:
    """``naming_after`` in places.yaml: "X तहसील" names a tehsil the gazetteer lacks; "गाँव" (village)
    also follows adjectives, and an ordinary word names nothing."""
    text = "डांग, चौखुटिया तहसील में भारत के उत्तराखण्ड राज्य के अन्तर्गत अल्मोड़ा जिले का एक गाँव है।"
    assert "चौखुटिया" in {m.text for e in extract(text).entities if e.type == "PLACE" for m in e.mentions}
    assert not _places("वो कहती हैं कि हमारा पुश्तैनी गाँव अब भी वहीं है।")
    assert not _places("उन्होंने हर तहसील में शिविर लगाए।")


def test_a_word_with_a_place_names_ending_is_a_place() -> None:
    """``name_endings`` in places.yaml: -गंज, -स्तान after two letters or more; not नाबाद (not out), nor
    a common noun listed under ``not_shaped``."""
    text = "अमरीकी सेना ने वज़ीरिस्तान के एक गाँव में हमला किया और नरपतगंज में लोग डरे हुए हैं।"
    named = {m.text for e in extract(text).entities if e.type == "PLACE" for m in e.mentions}
    assert {"वज़ीरिस्तान", "नरपतगंज"} <= named
    assert not _places("सहवाग 66 रन बनाकर नाबाद रहे।")
    assert not _places("यहाँ पहाड़ हैं, रेगिस्तान है और समुंदर है।")  # not_shaped: the desert


def test_a_small_foreign_town_by_its_hindi_name_must_suit_the_story() -> None:
    """GeoNames spells Koka (Japan, 90,000 people) कोका and Koło (Poland) कोला: no such towns in India."""
    article = extract("भारत में कोका कोला की बिक्री बढ़ी है।")
    assert not [e for e in article.entities if e.lat is not None]
    assert not {e.country for e in article.entities} & {"JPN", "POL"}


def test_a_multi_word_country_name_beats_its_part() -> None:
    assert _places("दक्षिणी सूडान में हिंसा भड़की।") == {("South Sudan", "COUNTRY", "SSD")}


def test_kurdistan_is_the_iraqi_region() -> None:
    assert _places("कुर्दिस्तान में लड़ाई जारी है।") == {("Kurdistan Region", "PLACE", "IRQ")}


def test_what_acts_is_an_actor_before_a_same_sounding_place() -> None:
    """अल जज़ीरा is closer to Gezira and Algiers (Al Jaza'ir) than to Al Jazeera, but it reports."""
    article = extract("अल जज़ीरा ने बताया कि सेना पीछे हट गई।")
    assert [(e.name, e.type) for e in article.entities if e.kb_id == "al-jazeera"] == [("Al Jazeera", "ORG")]
    assert not _places("अल जज़ीरा ने बताया कि सेना पीछे हट गई।")


def test_a_home_region_beats_a_foreign_town_of_its_name() -> None:
    """गुजरात: the Indian state, though the article names Pakistan, which has a city Gujrat."""
    places = _places("पाकिस्तान के विदेश मंत्री ने कहा कि गुजरात में चुनाव हो रहे हैं।")
    assert ("Gujarat", "PLACE", "IND") in places


def test_a_foreign_town_named_without_case_or_cue_must_be_large() -> None:
    """बोन हीलिंग (bone healing): Bonn has 300,000 people, too few to be taken from a caseless word alone."""
    assert not _places("डॉक्टर ने कहा कि बोन हीलिंग में समय लगता है।")
    assert _places("उन्होंने लंदन और मॉस्को की यात्रा की।") == {
        ("London", "PLACE", "GBR"),
        ("Moscow", "PLACE", "RUS"),
    }


def test_the_bbc_spelling_of_israel_and_its_army() -> None:
    article = extract("इसराइली सेना ने गुरुवार को हमला किया। इसराइल ने कहा कि जांच होगी।", published=FRIDAY)
    israel = [e for e in article.entities if e.type == "COUNTRY"]
    assert [(e.name, [m.text for m in e.mentions]) for e in israel] == [("Israel", ["इसराइली", "इसराइल"])]
    assert any(e.type == "GROUP" and e.country == "ISR" for e in article.entities)


def test_acronyms_of_laws_name_no_body() -> None:
    article = extract("यूएपीए और आरटीआई के तहत एनसीएलटी में मामला दर्ज हुआ।", published=FRIDAY)
    assert [(e.type, e.name) for e in article.entities if e.type == "ORG"] == [("ORG", "NCLT")]


def test_an_agent_word_before_a_copula_is_a_quality_not_an_actor() -> None:
    """जवान is "soldiers" and "young": before बना/हुईं it says what someone is."""
    assert extract("कला के जरिए व्यक्ति ज्यादा दिनों तक जवान बना रह सकता है।").entities == []
    wounded = extract("हमले में तीन जवान घायल हुए।").entities
    assert [(e.type, e.name) for e in wounded] == [("GROUP", "soldiers")]


def test_cities_listed_with_a_tagged_province_are_places_too() -> None:
    """The tagger marks मंगिस्टाऊ प्रांत and leaves the two cities listed before it out of every name:
    in one list with a place, they are looked up by knowledge."""
    names = {name for name, _, _ in _places("1 जनवरी को अल्माटी, नूर सुल्तान और मंगिस्टाऊ प्रांत में प्रदर्शन शुरू हुए।")}
    assert {"Almaty", "Astana"} <= names  # Nur-Sultan, by its name of 2019-2022


def test_a_place_the_gazetteer_lacks_is_shown_as_readers_write_it() -> None:
    [village] = [
        e
        for e in extract("पुलिस ने बताया कि रामपुरा गांव में दो लोगों की हत्या कर दी गई.").entities
        if e.type == "PLACE"
    ]
    assert village.name == "Rampura Gaon"
    assert [m.text for m in village.mentions] == ["रामपुरा गांव"]


def test_a_hindi_name_geonames_gives_only_small_towns_also_names_the_larger_place_of_that_name() -> None:
    """GeoNames gives फ्लोरिडा to towns in Puerto Rico and Uruguay, not to the state."""
    assert ("Florida", "PLACE", "USA") in _places("अमेरिका में माइकल तूफान ने फ्लोरिडा में तबाही मचाई।")


def test_places_named_in_other_spellings_and_short_forms() -> None:
    """इटावा "itawa" is Etawah, फिरोजाबाद "phirojabad" Firozabad (``spellings`` in phonetic.yaml), यूपी
    Uttar Pradesh, and कन्नौज is found after a word the locative marker's run opens with."""
    names = {name for name, _, _ in _places("यूपी में ठंड जारी है। इटावा में और फिरोजाबाद में भी ठंड है।")}
    assert {"Uttar Pradesh", "Etawah", "Firozabad"} <= names
    assert ("Kannauj", "PLACE", "IND") in _places("मौतें कन्नौज में हुईं।")


def test_a_word_that_only_sounds_somewhat_like_a_foreign_place_is_not_it() -> None:
    """तिरंगा (the flag) scores 0.91 against Tirana: a foreign place needs a closer sound."""
    places = _places("लोगों ने तिरंगा फहराया और तिरंगा यात्रा में शामिल हुए।")
    assert all(country != "ALB" for _, _, country in places)


def test_endings_no_name_has_end_no_listed_name_word() -> None:
    """``endings`` of frequent.yaml (``python -m train frequent``): verb and plural endings, -ीं, -ेगी."""
    from khabar.extractors.entities.words import name_endings, name_words

    endings, listed = name_endings("hi"), name_words("hi")
    assert "ीं" in endings and "ेगी" in endings
    assert not [w for w in listed.given_names | listed.surnames if w.endswith(endings)]
