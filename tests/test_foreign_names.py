"""Foreign people written in Devanagari, known by how their names sound (``entities/foreign``)."""

from __future__ import annotations

from khabar.pipeline import extract
from khabar.schema import Article


def people(article: Article) -> dict[str, list[str]]:
    """Each person's name, with the surfaces of its mentions in text order."""
    return {e.name: [m.text for m in e.mentions] for e in article.entities if e.type == "PERSON"}


def test_a_common_foreign_surname_acting_is_a_person() -> None:
    text = "पूर्व विश्व चैंपियन मुक्केबाज़ की शादी टूट गई थी। टाइसन ने एक टीवी कार्यक्रम में यह बात बताई।"
    article = extract(text)
    mentions = [m for ms in people(article).values() for m in ms]
    assert mentions == ["टाइसन"]
    span = next(e for e in article.entities if e.type == "PERSON").mentions[0]
    assert text[span.start : span.end] == "टाइसन"


def test_a_foreign_given_name_opens_a_name_of_surname_like_words() -> None:
    text = "अभिनेत्री अब हॉलीवुड स्टार ब्रैड पिट हॉलीवुड की फ़िल्मों में साथ काम कर रही हैं।"
    assert [m for ms in people(extract(text)).values() for m in ms] == ["ब्रैड पिट"]
    cricket = "मैच में दक्षिण अफ्रीका के गेंदबाज़ डेल स्टेन और वायने पार्नेल ने तीन तीन विकेट लिए।"
    assert sorted(m for ms in people(extract(cricket)).values() for m in ms) == ["डेल स्टेन", "वायने पार्नेल"]


def test_ordinary_words_that_sound_like_names_name_nobody() -> None:
    son = extract("गांव में उनके बेटे ने बताया कि खेतों में पत्ते खुलने लगे हैं और सीबीआई ने जांच शुरू की है।")
    assert people(son) == {}
    station = extract("यात्री रेलवे स्टेशन पर घंटों खड़े रहे और जोशो-खरोश से नारे लगाते रहे।")
    assert people(station) == {}


def test_a_street_a_district_or_a_plural_is_no_foreign_person() -> None:
    street = extract("सुनवाई मुंबई के अतिसुरक्षा वाले आर्थर रोड जेल में एक विशेष अदालत में हुई।")
    assert people(street) == {}
    borough = extract("नीज़डन एक उत्तरपश्चिम लंदन में ब्रेंट बरो का एक जिला है।")
    assert people(borough) == {}
    planes = extract("जहाँ रूस निर्मित मिग- 23 बीएन विमानों ने आख़िरी उड़ान भरी .")
    assert people(planes) == {}


def test_a_tagged_name_is_not_cut_to_its_surname() -> None:
    text = "मुंबई में अभिनेता अमिताभ बच्चन ने अपनी नई फ़िल्म के बारे में बात की।"
    assert ["अमिताभ बच्चन"] in people(extract(text)).values()


def test_a_foreign_name_is_written_as_english_readers_know_it() -> None:
    text = "हॉलीवुड स्टार ब्रैड पिट ने फ़िल्म देखी। गेंदबाज़ वायने पार्नेल ने विकेट लिया।"
    assert {"Brad Pitt", "Wayne Parnell"} <= set(people(extract(text)))


def test_a_name_with_a_word_of_the_languages_own_names_keeps_its_romanisation() -> None:
    from khabar.extractors.entities.foreign import latin_spelling

    assert latin_spelling(["करण", "सिंह"], "hi", acting=False) is None  # no "Karen Singh"
    assert latin_spelling(["ब्रैड", "पिट"], "hi", acting=False) == "Brad Pitt"
    assert latin_spelling(["पोलार्ड"], "hi", acting=False) is None  # alone, only a surname that acts


def test_a_word_spelled_as_a_common_latin_name_is_told() -> None:
    from khabar.extractors.entities.foreign import spelled_as_latin_name

    assert spelled_as_latin_name("टेलर") and spelled_as_latin_name("रोयल")  # Taylor, Royal
    assert not spelled_as_latin_name("विकेट")


def test_a_free_word_before_a_surname_that_acts_opens_the_name() -> None:
    """ "फ़वाद आलम ने", "बिवरैन हेनड्रिक्स ने": the given name stays; after an ordinary word or a
    stopword the surname is alone ("साथ दिया आलम ने")."""
    fawad = extract("अफ़रीदी का बख़ूबी साथ दिया फ़वाद आलम ने जिन्होंने 74 रन बनाए.")
    assert [e.name for e in fawad.entities if e.type == "PERSON"] == ["Fawad Alam"]
    hendricks = extract("दक्षिण अफ़्रीका के लिए बिवरैन हेनड्रिक्स ने दो विकेट लिए.")
    assert [e.name for e in hendricks.entities if e.type == "PERSON"] == ["Bivrain Hendricks"]
    alone = extract("अफ़रीदी का बख़ूबी साथ दिया आलम ने जिन्होंने 74 रन बनाए.")
    assert [e.name for e in alone.entities if e.type == "PERSON"] == ["Alam"]


def test_a_model_s_number_after_a_name_makes_no_person() -> None:
    plane = extract("बोइंग ने पिछले हफ़्ते लॉकहीड मार्टिन एफ़-16 को ड्रोन विमान के तौर पर तब्दील किया है.")
    assert "Martin F" not in [e.name for e in plane.entities]
