"""Hindi attack and disaster news through the whole pipeline (sentences invented here): one happening
is one event, each toll stays with the happening whose clause states it, a hurt told by its degree is
an injury count, and what is no attack or no act (forces posted before or named as posted, a gateman's
negligence, an attack that may come, a weapon seized, a blast of a volcano or a transformer, buildings
that tilt, a train's name, one declared guilty) makes none."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.extractors.events.clauses import HEADLINE_CHARS, headline_end
from khabar.schema import Event


def events(text: str) -> list[Event]:
    return sorted(extract(text).events, key=lambda e: e.start)


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in events(text) if e.type == kind]


def test_two_attacks_of_one_sentence_keep_each_its_own_toll() -> None:
    text = "संसद में हमले से एक सुरक्षाकर्मी की मौत हो गई थी, जबकि दरगाह पर हुए फियादीन हमले ने कई लोगों की जान ले ली थी।"
    assert [e.counts.get("killed") for e in of_type(text, "ASSAULT")] == [1, 3]


def test_one_toll_told_twice_in_one_sentence_is_still_one_attack() -> None:
    text = "काबुल में सोमवार को आतंकियों ने हमला किया जिसमें 12 लोगों की मौत हो गई, जबकि हमले में 12 लोग मारे गए।"
    (attack,) = of_type(text, "ASSAULT")
    assert attack.counts.get("killed") == 12


def test_a_toll_told_again_in_a_later_sentence_is_the_same_shooting() -> None:
    text = (
        "अमरीका के कैलिफोर्निया में बुधवार को एक दफ्तर में फायरिंग हुई।\n"
        "फायरिंग में 4 लोगों के घायल होने की खबर है। घायलों को अस्पताल ले जाया गया।\n"
        "पुलिस ने बताया कि गोलीबारी में घायल चार लोगों में से एक हमलावर का जानकार था।"
    )
    tolled = [e for e in of_type(text, "ASSAULT") if e.counts]
    assert len(tolled) == 1 and tolled[0].counts == {"injured": 4}


@pytest.mark.parametrize(
    "text",
    [
        "वह पंजाब पुलिस का मुलाजिम है और लुधियाना में ड्यूटी पर तैनात है।",
        "कुपवाड़ा में आर्मी पोस्ट पर तैनात 5 जवान लापता हैं।",
        "इलाके में पहले से अर्धसैनिक बल के हज़ारों जवान तैनात हैं।",
        "सिर्फ आर्मी जवान ही इस इलाके में तैनात रहते हैं।",
    ],
)
def test_forces_posted_before_or_named_as_posted_are_no_deployment(text: str) -> None:
    assert not of_type(text, "MOBILIZE")


def test_forces_posted_or_now_in_place_are_a_deployment() -> None:
    assert of_type("हिंसा के बाद शहर में पुलिस तैनात कर दी गई।", "MOBILIZE")
    assert of_type("सरकार ने सीमा पर सेना तैनात की है।", "MOBILIZE")
    assert of_type("तनाव के बीच सीमा पर हज़ारों जवान तैनात हैं।", "MOBILIZE")


def test_negligence_is_police_inaction_only_of_a_keeper_of_order() -> None:
    assert not of_type("गेटमैन की लापरवाही के कारण वाराणसी में एक गाड़ी की ट्रेन से टक्कर हो गई।", "COERCE")
    assert of_type("दंगे के दौरान पुलिस की लापरवाही सामने आई।", "COERCE")


def test_an_attack_that_may_come_is_no_attack() -> None:
    assert not of_type("इराक पर अमेरिका के संभावित हमले के कारण हालात नहीं बदले।", "ASSAULT")


def test_weapons_seized_are_no_attack_but_thrown_they_are() -> None:
    seized = (
        "अफगानिस्तान के कुनार प्रांत में सुरक्षाकर्मियों ने हथगोले, बारूदी सुरंग, मोर्टार के गोले और कारतूसों का जखीरा जब्त किया।"
    )
    assert not of_type(seized, "ASSAULT")
    assert of_type("आतंकियों ने बाजार में ग्रेनेड फेंका जिसमें पांच लोग घायल हो गए।", "ASSAULT")
    assert of_type("तालिबान ने सेना की चौकी पर मोर्टार दागे।", "ASSAULT")


def test_a_blast_told_again_after_a_volcano_is_no_attack() -> None:
    text = (
        "रविवार को हुए विस्फोट के बाद ज्वालामुखी से निकल रहा लावा आठ किलोमीटर में फैल गया। "
        "बताया जा रहा है कि चार दशकों के बाद फ्यूगो में इतना भीषण विस्फोट हुआ।"
    )
    assert not of_type(text, "ASSAULT")


def test_a_blast_after_a_headline_of_a_volcano_is_no_attack() -> None:
    text = (
        "ग्वाटेमाला में एक और ज्वालामुखी में विस्फोट, 25 लोगों की मौत\n"
        "अमेरिका के ग्वाटेमाला में रविवार को ज्वालामुखी फटने से 25 लोगों की मौत हो गई। "
        "करीब 3100 लोगों को सुरक्षित जगहों पर भेजा गया है। अब तक 15 लोग अस्पताल में भर्ती हैं। "
        "वही विस्फोट के चलते कई लोग बुरी तरह से झुलस गए हैं।"
    )
    assert not of_type(text, "ASSAULT")


def test_a_blast_after_a_headline_of_a_bombing_is_an_attack() -> None:
    text = (
        "काबुल में आत्मघाती बम धमाका, 25 लोगों की मौत\n"
        "अफगानिस्तान की राजधानी काबुल में रविवार को एक बाजार में धमाका हुआ। "
        "करीब 3100 लोगों को सुरक्षित जगहों पर भेजा गया है। अब तक 15 लोग अस्पताल में भर्ती हैं। "
        "वही विस्फोट के चलते कई लोग बुरी तरह से झुलस गए हैं।"
    )
    assert of_type(text, "ASSAULT")


def test_a_blast_in_transformers_is_no_attack() -> None:
    assert not of_type("आंधी के बाद शहर में कई ट्रांसफॅर्मरों में विस्फोट हो गए।", "ASSAULT")


def test_buildings_that_tilt_concede_nothing() -> None:
    assert not of_type("भूकंप के बाद तमाम इमारतें झुक गई हैं।", "CONCEDE")
    assert of_type("सरकार आंदोलनकारियों के आगे झुक गई।", "CONCEDE")


def test_a_train_named_for_an_agreement_is_no_agreement() -> None:
    text = "भारत तथा पाकिस्तान के बीच समझौता एक्सप्रैस रेल संपर्क दोबारा शुरू किए जाने के इरादे से बातचीत हुई।"
    assert not of_type(text, "AGREE")


def test_one_declared_guilty_made_no_agreement() -> None:
    text = "दिल्ली उच्च न्यायालय ने 13 दिसम्बर 2001 को संसद पर हमले के मामले में दोषी करार शौकत हुसैन की अपील मंजूर की।"
    assert not of_type(text, "AGREE")


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("लाहौर में आतंकियों ने टीम पर हमला कर दिया जिसमें चार खिलाड़ी मामूली रूप से घायल हो गए।", 4),
        ("बाजार में हुए हमले में तीन पुलिसकर्मियों को चोटें आईं।", 3),
    ],
)
def test_a_hurt_told_by_its_degree_or_as_injuries_come_is_an_injury_count(text: str, injured: int) -> None:
    assert [(c.what, c.value) for c in extract(text).counts] == [("injured", injured)]


def test_a_long_first_line_is_a_paragraph_that_no_blast_reads_as_a_headline() -> None:
    filler = "राहत दल गांवों में पहुंच गए हैं और लोगों को भोजन बांटा जा रहा है। " * 6
    text = (
        "ग्वाटेमाला में एक और ज्वालामुखी में विस्फोट हुआ। "
        + filler
        + "\nअमेरिका के ग्वाटेमाला में रविवार को 25 लोगों की मौत हो गई। "
        "करीब 3100 लोगों को सुरक्षित जगहों पर भेजा गया है। अब तक 15 लोग अस्पताल में भर्ती हैं। "
        "वही विस्फोट के चलते कई लोग बुरी तरह से झुलस गए हैं।"
    )
    assert len(text.split("\n")[0]) > HEADLINE_CHARS
    assert of_type(text, "ASSAULT")


def test_a_headline_is_read_up_to_its_reach_only() -> None:
    assert [
        headline_end("  शीर्षक\nखबर"),
        headline_end("  शीर्षक\nखबर", 8),
        headline_end("  शीर्षक\nखबर", 7),
    ] == [8, 8, 0]
    assert headline_end("एक पंक्ति") == 0 == headline_end("")
