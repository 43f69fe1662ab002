"""Hindi entities readers recognise: titles kept out of names, ordinary words that sound like towns or
countries kept out of places, a given name and a town's name that acts read as a person, and English
words of names spelled as English readers know them."""

from __future__ import annotations

from khabar.pipeline import extract
from khabar.schema import Article


def names(article: Article, kind: str) -> list[str]:
    """The names of the article's entities of one type."""
    return [e.name for e in article.entities if e.type == kind]


def test_titles_before_a_name_are_no_part_of_it() -> None:
    chair = extract("बैठक में चेयरपर्सन अहमद मूसा ने कहा कि काम जारी रहेगा.")
    assert names(chair, "PERSON") == ["Ahmed Musa"]
    contractor = extract("ठेकेदार रमेश ने पुलिस को बताया कि काम रुका है.")
    assert [(e.name, e.role) for e in contractor.entities if e.type == "PERSON"] == [("Ramesh", "contractor")]
    minister = extract("इस तरह सरकार और उसके राज्यमंत्री वीके सिंह का रुख़ अलग-अलग हो गया है.")
    assert names(minister, "PERSON") == ["VK Singh"]
    worker = extract("इलाके के जाने माने समाज सेवी एपी जोशी का कहना है कि ग्रामीणों ने ज़मीन बेची.")
    assert names(worker, "PERSON") == ["AP Joshi"]


def test_ordinary_words_that_sound_like_places_are_none() -> None:
    """The roof is not Chhata, laughter not Hansi, the pelvis (before "area") not Peru."""
    assert names(extract("मकान की छत गिर गई और छत में दरार थी."), "PLACE") == []
    assert names(extract("इससे पीड़ित शख्स को हँसी से बेहद डर लगता है."), "PLACE") == []
    pelvis = extract("चिकित्सकीय प्रक्रिया के तहत पेड़ू क्षेत्र का स्कैन किया गया.")
    assert names(pelvis, "COUNTRY") == []
    assert names(extract("भारत और पेरू के बीच समझौता हुआ."), "COUNTRY") == ["India", "Peru"]


def test_a_given_name_and_a_town_s_name_that_act_are_a_person() -> None:
    actor = extract("इस मामले पर कमल हासन ने बताया कि फिल्म अच्छी है.")
    assert (names(actor, "PERSON"), names(actor, "PLACE")) == (["Kamal Hasan"], [])
    town = extract("कर्नाटक के हासन में बारिश हुई.")
    assert names(town, "PLACE") == ["Karnataka", "Hassan"]


def test_english_words_of_names_are_spelled_as_readers_know_them() -> None:
    team = extract("ऑस्ट्रेलियाई टीम में फिलिप ह्यूज, शेन वॉटसन, मैथ्यू वेड और जेम्स पैटिन्सन हैं.")
    assert {"Philip Hughes", "Shane Watson", "Matthew Wade", "James Pattinson"} <= set(names(team, "PERSON"))
    host = extract("इस बार स्टीव हार्वे ने कहा कि हनुमा विहारी और कैमरून वाइट ने अच्छी बल्लेबाज़ी की।")
    assert {"Steve Harvey", "Cameron White"} <= set(names(host, "PERSON"))
    bodies = extract("अहमदाबाद क्राइम ब्रांच को केस की जांच सौंपी गई. सेंसर बोर्ड के चेयरमैन ने कहा.")
    assert {"Ahmedabad Crime Branch", "Censor Board"} <= set(names(bodies, "ORG"))


def test_an_award_s_name_is_no_person_s() -> None:
    award = extract("साल 1999 में उन्हें एकेडेमी के सर्वोच्च सम्मान इर्विंग जी थालबर्ग अवॉर्ड से नवाज़ा जा चुका है.")
    people = [m.text for e in award.entities if e.type == "PERSON" for m in e.mentions]
    assert not any("अवॉर्ड" in text for text in people)


def test_titles_in_a_list_of_films_are_no_people() -> None:
    """ "कर्ज़, हीरो, राम लखन, सौदागर और खलनायक जैसी फ़िल्में": films, though राम is a given name; the
    director named before such a list stays a person, and a list of actors is one of people."""
    films = extract("कर्ज़, हीरो, राम लखन, सौदागर और खलनायक जैसी सुपरहिट फ़िल्में बनाकर उन्होंने नाम कमाया.")
    assert names(films, "PERSON") == []
    director = extract("उन्होंने सुभाष घई के निर्देशन में मेरी जंग, राम लखन और ताल जैसी फ़िल्मों में काम किया.")
    assert names(director, "PERSON") == ["Subhash Ghai"]
    actors = extract("राम कपूर, अनिल कपूर और सुनील शेट्टी जैसे अभिनेता वहां पहुंचे.")
    assert names(actors, "PERSON") == ["Ram Kapoor", "Anil Kapoor", "Sunil Shetti"]


def test_the_pakistani_taliban_are_no_afghan_taliban() -> None:
    ttp = extract("तहरीक-ए-तालिबान पाकिस्तान ने हमले की ज़िम्मेदारी ली.")
    bodies = [(e.name, e.country) for e in ttp.entities if e.type == "ORG"]
    assert bodies == [("Tehreek-e-Taliban Pakistan", "PAK")]


def test_a_new_person_only_ever_in_title_marks_is_a_title() -> None:
    """‘ढाई अक्षर प्रेम के’ is a film and ‘दिप्रिडिक्टर’ a website; a nickname in the marks once and named
    without them later is a person."""
    film = extract("इससे पहले भी अभिषेक और ऐश्वर्या ‘ढाई अक्षर प्रेम के’ और ‘गुरु’ में एक साथ काम कर चुके हैं.")
    assert names(film, "PERSON") == ["Abhishek", "Aishwarya"]
    site = extract("मोबाइल ऐप की वेबसाइट ‘दिप्रिडिक्टर’ कहती है कि यह ऐप केवल मज़े के लिए है.")
    assert names(site, "PERSON") == []
    nickname = extract("अभिनेता ‘लिलिपुट' के नाम से लोग अंजान नहीं होंगे. लिलिपुट कहते हैं कि वे खुश हैं.")
    assert names(nickname, "PERSON") == ["Liliput"]
    headline = extract("'शरीफ़ के लिए धड़कता है पंजाब के इस गांव का दिल. यहां लोग उन्हें याद करते हैं.")
    assert names(headline, "PERSON") == ["Sharif"]
    quote = extract("उसने कहा, ‘सुनीता ने मुझे बुलाया था.’")  # a short quote with its subject: no title
    assert names(quote, "PERSON") == ["Sunita"]


def test_one_word_in_brackets_after_a_name_describes_it() -> None:
    """A sport or "retired" in brackets is no person."""
    sports = extract("3. कोबे ब्रायंट (बास्केटबॉल)- $61.9 मिलियन 16. महेंद्र सिंह धोनी (क्रिकेट)- $31.5 मिलियन")
    assert names(sports, "PERSON") == ["Kobe Brayant", "Mahendra Singh Dhoni"]
    retired = extract("प्रवक्ता अभिषेक सिंघवी ने जनरल (सेवानिवृत्त) वीके सिंह के त्यागपत्र पर सवाल उठाए.")
    assert names(retired, "PERSON") == ["Abhishek Singhavi", "VK Singh"]


def test_a_known_body_spelled_with_spaces_and_a_common_given_name_read_as_readers_know_them() -> None:
    record = extract(
        "प्रतिबंधित संगठन लश्कर ए तैयबा के पूर्व नेता हाफिज मुहम्मद सईद को रिहा कर दिया गया।", language="hi"
    )
    names = {e.name for e in record.entities}
    assert {"Lashkar-e-Taiba", "Hafiz Muhammad Saeed"} <= names
