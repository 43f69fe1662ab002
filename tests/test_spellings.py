"""One person spelled two ways in one article is one entity (``entities.spellings``), and the foreign
given names listed for Hindi are spelled as English readers know them."""

from __future__ import annotations

from khabar.extractors.entities.spellings import same_word
from khabar.pipeline import extract
from khabar.schema import Article
from khabar.text.normalise import fold


def people(article: Article) -> list[tuple[str, set[str]]]:
    """The article's people: each one's name and the texts of its mentions."""
    texts = article.text
    return [
        (e.name, {texts[m.start : m.end] for m in e.mentions}) for e in article.entities if e.type == "PERSON"
    ]


def test_a_name_spelled_with_and_without_a_nukta_is_one_person() -> None:
    article = extract(
        "खुदाई से जुड़े डॉक्टर लुकास फ़ाइरोली कहते हैं कि यह पुराना है. डॉक्टर लुकास फाइरोली का कहना है कि ये झुंड में रहते थे."
    )
    assert people(article) == [("Lukas Fairoli", {"लुकास फ़ाइरोली", "लुकास फाइरोली"})]


def test_a_doubled_letter_and_a_long_vowel_spell_the_same_name() -> None:
    blatter = extract("प्रमुख सेप ब्लैटर ने कहा कि तकनीक अच्छी है. इस घटना ने अध्यक्ष सेप्प ब्लैटर को प्रेरित किया.")
    assert people(blatter) == [("Sep Blaitar", {"सेप ब्लैटर", "सेप्प ब्लैटर"})]
    surname = extract("गाँव के खिलेश जयसवाल का कहना है कि ज़मीन गई. जायसवाल कहते हैं कि हमें पैसे नहीं चाहिए.")
    assert people(surname) == [("Khilesh Jayaswal", {"खिलेश जयसवाल", "जायसवाल"})]


def test_two_names_of_the_language_are_not_spellings_of_one() -> None:
    assert same_word(fold("फ़ाइरोली"), fold("फाइरोली"), "hi")
    assert same_word(fold("सेप"), fold("सेप्प"), "hi")
    assert not same_word(fold("किरण"), fold("करण"), "hi")  # a vowel swapped: another name
    assert not same_word(fold("पटेल"), fold("पाटिल"), "hi")  # both listed surnames
    assert not same_word(fold("कमल"), fold("कमला"), "hi")
    assert not same_word(fold("मोहन"), fold("सोहन"), "hi")
    assert not same_word(fold("राजेश"), fold("रमेश"), "hi")


def test_listed_foreign_given_names_are_spelled_as_readers_know_them() -> None:
    article = extract("फुटबॉल एसोसिएशन के महासचिव एलेक्स हॉर्न ने कहा कि तकनीक लागू होगी.")
    assert [name for name, _ in people(article)] == ["Alex Horn"]


def test_english_words_of_bodies_names_are_spelled_as_readers_know_them() -> None:
    teams = extract("आईपीएल में रॉयल चैलेंजर्स बैंगलोर और कोलकाता नाइट राइडर्स के बीच मैच हुआ.")
    assert {"Royal Challengers", "Knight Riders"} <= {e.name for e in teams.entities if e.type == "ORG"}
    council = extract("आईपीएल गवर्निंग काउंसिल ने बैठक की.")
    assert any("Governing Council" in e.name for e in council.entities if e.type == "ORG")
