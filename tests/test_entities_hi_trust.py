"""Hindi entities an analyst can trust: known people linked only with support, district officials'
titles, towns listed after a place, a country's name opening a person's, ordinary words in no name,
a visarga closing a dateline, towns by another of their names, initials at a sentence's start."""

from __future__ import annotations

from khabar.pipeline import extract
from khabar.schema import Article


def kinds(article: Article) -> dict[str, str]:
    """Each mention's surface and the type of its entity."""
    return {m.text: e.type for e in article.entities for m in e.mentions}


def test_a_known_person_named_in_part_is_linked_only_where_the_article_supports_it() -> None:
    """The actor Aamir Khan is not the Taliban's Amir Khan Muttaqi; an article about Afghanistan names him."""
    film = extract("अभिनेता आमिर ख़ान की नई फ़िल्म मुंबई में रिलीज़ हुई। आमिर ख़ान ने कहा कि फ़िल्म अच्छी है।")
    actor = next(e for e in film.entities if e.type == "PERSON")
    assert (actor.name, actor.country) == ("Aamir Khan", None)
    kabul = extract("अफ़ग़ानिस्तान के विदेश मंत्री आमिर ख़ान ने कहा कि तालिबान बात करेगा।")
    assert "Amir Khan Muttaqi" in [e.name for e in kabul.entities]
    officer = extract("सीडीओ अजय सिंह मौके पर पहुँचे।")  # not Ajay (Pal Singh) Banga of the World Bank
    assert [(e.name, e.country) for e in officer.entities if e.type == "PERSON"] == [("Ajay Singh", None)]


def test_district_officials_titles_give_roles_and_make_no_body() -> None:
    article = extract("सोनभद्र ज़िले के एसडीएम राम कुमार ने बताया कि हादसा हुआ। तहसीलदार मोहन लाल मौके पर पहुँचे।")
    roles = {e.name: e.role for e in article.entities if e.type == "PERSON"}
    assert roles == {"Ram Kumar": "sub-divisional magistrate", "Mohan Lal": "tehsildar"}
    alone = extract("देवसर के एसडीएम विकास सिंह ने पुष्टि की।\nएसडीएम, सिंगरौली विकास सिंह ने बताया कि जांच होगी।")
    assert "ORG" not in {e.type for e in alone.entities}  # the title opening a paragraph is no body "SDM"


def test_towns_listed_after_a_place_are_places() -> None:
    article = extract("यूपी के रॉबर्ट्सगंज, सेवापुरी, सारनाथ और ओबरा सीट पर भाजपा ने उम्मीदवार उतारे हैं।")
    found = kinds(article)
    assert [found.get(w) for w in ("रॉबर्ट्सगंज", "सेवापुरी", "सारनाथ")] == ["PLACE"] * 3


def test_a_list_with_a_place_in_it_makes_no_people() -> None:
    """A misread person ("जे गली") does not make people of the towns listed with it; Ganderbal is a place."""
    text = "हिमस्खलन की चेतावनी बारामुला, गुलमर्ग, फुरकेन-जे गली, बांदीपोरा, गांदरबल और कारगिल के लिए जारी की गई।"
    warning = extract(text)
    assert kinds(warning).get("बांदीपोरा") != "PERSON"
    # a country is no town of a list (and often a genitive)
    doubles = extract("भारत की सानिया मिर्ज़ा और चीन की जी जेंग ने जीत हासिल की।")
    assert kinds(doubles).get("सानिया मिर्ज़ा") == "PERSON"


def test_a_country_s_name_opening_a_person_s_that_acts_is_no_country() -> None:
    cricket = extract("उनके जाने के बाद भी हनुमा विहारी और कैमरून वाइट ने अच्छी बल्लेबाज़ी की।")
    assert kinds(cricket).get("कैमरून वाइट") == "PERSON"
    assert "COUNTRY" not in {e.type for e in cricket.entities}
    match = extract("कैमरून ने नाइजीरिया को हराया।")
    assert [e.name for e in match.entities if e.type == "COUNTRY"] == ["Cameroon", "Nigeria"]


def test_ordinary_words_and_nouns_for_people_are_no_names() -> None:
    runs = extract("लेकिन पोलार्ड के ताबड़तोड़ नाबाद 66 रनों की बदौलत मुंबई जीत गई।")
    assert not any("नाबाद" in m for m in kinds(runs))
    match = extract("खुद कप्तान धोनी मैच का नक्शा बदल सकते हैं।")  # "match"
    assert [e.name for e in match.entities if e.type == "PERSON"] == ["Dhoni"]  # and the title is no name
    owner = extract("पुलिस ने गोदाम मालिक को गिरफ्तार कर लिया।")
    assert "PERSON" not in {e.type for e in owner.entities}
    shrine = extract("अजमेर की दरगाह शरीफ में जायरीन पहुंचे।")
    assert kinds(shrine).get("दरगाह शरीफ") != "PERSON"


def test_a_visarga_typed_for_a_colon_closes_a_dateline() -> None:
    assert kinds(extract("पलवलः जिले के गांव में आग लगने से दो लोगों की मौत हो गई।")).get("पलवल") == "PLACE"
    assert "PLACE" not in {e.type for e in extract("पुनः जांच शुरू हुई।").entities}  # "again"


def test_a_small_town_by_another_of_its_names_needs_its_state_in_the_story() -> None:
    """GeoNames also calls Laungowal, Punjab, "Lalgarh"; लालगढ़ in a West Bengal story is not it."""
    bengal = extract("पश्चिम बंगाल के लालगढ़ में माओवादियों ने हमला किया।")
    assert "Laungowal" not in [e.name for e in bengal.entities]
    punjab = extract("पंजाब के लालगढ़ में हादसा हुआ।")
    assert "Laungowal" in [e.name for e in punjab.entities]


def test_initials_at_a_sentence_s_start_stay_with_the_surname() -> None:
    article = extract("यह बात साफ़ है. पी. चिदंबरम ने कहा कि जांच होगी.")
    assert [[m.text for m in e.mentions] for e in article.entities if e.type == "PERSON"] == [["पी. चिदंबरम"]]
