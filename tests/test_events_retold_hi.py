"""One attack told again is one event (sentences invented here): a noun with no actor that restates
the place, day or named target of an attack told shortly before, a headline's attack and the story's
first, a suicide attacker's act told twice, a blast and the suicide attack it was. Another attack, or
one told only by its country, stays its own."""

from __future__ import annotations

from datetime import date

from khabar import extract
from khabar.schema import Event


def assaults(text: str) -> list[Event]:
    events = extract(text, published=date(2009, 1, 14)).events
    return sorted((e for e in events if e.type == "ASSAULT"), key=lambda e: e.start)


DAY = (
    "मुंबई।। 26 नवंबर के आतंकवादी हमले में पकड़े गए अजमल के खिलाफ आरोपपत्र दाखिल होगा। "
    "एक अधिकारी ने मंगलवार को यह जानकारी दी। "
    "26 नवंबर के आतंकवादी हमले में क्राइम ब्रांच ने तीन अन्य लोगों को भी पकड़ा है।"
)


def test_a_noun_that_restates_the_day_of_an_attack_is_that_attack() -> None:
    (attack,) = assaults(DAY)
    assert [t.text for t in attack.triggers] == ["आतंकवादी हमले", "आतंकवादी हमले"]


def test_a_noun_after_a_word_of_another_is_another_attack() -> None:
    other = DAY.replace("26 नवंबर के आतंकवादी हमले में क्राइम", "26 नवंबर के एक अन्य हमले में क्राइम")
    assert len(assaults(other)) == 2


def test_a_noun_that_restates_the_town_of_the_headline_attack_is_that_attack() -> None:
    text = (
        "पेशावर में आत्मघाती बम धमाका\n"
        "एक अधिकारी ने शुक्रवार को बताया कि शहर के बाजार में भारी भीड़ थी। दुकानें बंद रहीं। "
        "पुलिस ने इलाके की घेराबंदी की। स्कूल भी बंद कर दिए गए। सड़कों पर सन्नाटा रहा। "
        "प्रधानमंत्री ने पेशावर में हुए विस्फोट की कड़ी निंदा की।"
    )
    (attack,) = assaults(text)
    assert len(attack.triggers) == 2


def test_a_country_alone_names_no_one_attack() -> None:
    text = (
        "नाइजीरिया में आत्मघाती बम धमाके में 21 लोगों की मौत हो गई। दुकानें बंद रहीं। "
        "नाइजीरिया में चरमपंथी हमलों से लोग डरे हुए हैं।"
    )
    assert len(assaults(text)) == 2


def test_a_word_of_another_before_a_noun_names_no_attack_told_before() -> None:
    text = (
        "नाइजीरिया में आत्मघाती बम धमाका\n"
        "एक अधिकारी ने शुक्रवार को बताया कि शहर के बाजार में भारी भीड़ थी। दुकानें बंद रहीं। "
        "नाइजीरिया में पिछले छह सालों से चरमपंथी हमलों का सिलसिला जारी है।"
    )
    assert len(assaults(text)) == 2


def test_the_headline_attack_is_the_first_attack_of_the_story() -> None:
    text = (
        "जलालाबाद में फिदायीन हमला\n"
        "अफगानिस्तान के जलालाबाद शहर स्थित भारतीय दूतावास पर फिदायीन हमला हुआ है। दूतावास के सभी कर्मचारी सुरक्षित हैं।"
    )
    (attack,) = assaults(text)
    assert len(attack.triggers) == 2


def test_a_long_first_line_is_no_headline_that_tells_the_story_first_attack() -> None:
    first = "जलालाबाद में फिदायीन हमला हुआ। " + "शहर में दहशत का माहौल रहा और बाजार बंद रहे। " * 12
    text = first + "\n1989 में उग्रवादियों ने जलालाबाद में एक काफिले पर हमला किया था।"
    assert len(assaults(text)) == 2


def test_a_suicide_attacker_told_twice_made_one_attack() -> None:
    text = (
        "अफगानिस्तान में आत्मघाती हमलावर ने विदेशी सैनिकों पर हमला कर दिया। "
        "सैनिकों का समूह हवाई अड्डे की ओर बढ़ रहा था। यहां सैनिकों का समूह कैंप में था। "
        "इसी दौरान वाहन सवार आत्मघाती हमलावर ने खुद को उड़ा लिया।"
    )
    (attack,) = assaults(text)
    assert attack.mode == "suicide-attack"


def test_a_suicide_attacker_told_as_another_made_another_attack() -> None:
    text = (
        "काबुल में आत्मघाती हमलावर ने हमला कर दिया। लोग इधर उधर भागे। दुकानें बंद रहीं। "
        "काबुल में एक और आत्मघाती हमलावर ने खुद को उड़ा लिया।"
    )
    assert len(assaults(text)) == 2


def test_criminals_firing_twice_fired_twice() -> None:
    text = (
        "बदमाशों ने बाजार में एक व्यापारी पर गोलीबारी की। पुलिस मौके पर पहुंची। "
        "रात को बदमाशों ने एक कॉलोनी में गोलीबारी की।"
    )
    assert len(assaults(text)) == 2


def test_a_blast_and_the_suicide_attack_it_was_are_one_suicide_attack() -> None:
    text = (
        "पेशावर शहर में शुक्रवार को विस्फोट में छह पुलिसकर्मी घायल हो गए। लोग इधर उधर भागे। "
        "यह एक आत्मघाती हमला था जिसमें छह पुलिसकर्मी घायल हुए।"
    )
    (attack,) = assaults(text)
    assert attack.mode == "suicide-attack" and attack.counts == {"injured": 6}


def test_a_headline_attack_given_its_lead_toll_is_found_again_by_that_toll() -> None:
    text = (
        "पेशावर में आत्मघाती बम धमाका\n"
        "पेशावर शहर में शुक्रवार को विस्फोट में छह पुलिसकर्मी घायल हो गए। लोग इधर उधर भागे। "
        "यह एक आत्मघाती हमला था जिसमें छह पुलिसकर्मी घायल हुए।"
    )
    (attack,) = assaults(text)
    assert attack.mode == "suicide-attack" and attack.counts == {"injured": 6}


def test_criminals_are_counted() -> None:
    counts = extract("पुलिस ने दो बदमाशों को मुठभेड़ में मार गिराया।").counts
    assert [(c.what, c.value, c.who) for c in counts] == [("killed", 2, "criminals")]
