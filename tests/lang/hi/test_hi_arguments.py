"""Hindi event arguments and non-events through the whole pipeline (sentences invented here)."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Article, Event


def events_of(text: str) -> tuple[Article, list[Event]]:
    article = extract(text)
    return article, list(article.events)


def name_of(article: Article, entity_id: str | None) -> str | None:
    return next((e.name for e in article.entities if e.id == entity_id), None)


@pytest.mark.parametrize(
    "text",
    [
        "इस सीज़न में मुंबई की टीम ने बेहतर प्रदर्शन किया है।",
        "टीम के गेंदबाज़ों का प्रदर्शन खराब रहा।",
        "सचिन और कांबली ने 664 रनों की साझेदारी की।",
        "अभिनेता ने इन ख़बरों को बकवास करार दिया।",
        "यह ऐप लोगों को अपने गैजेट बनाने में मदद करता है।",
    ],
)
def test_performance_partnership_declaring_and_helping_to_do_are_no_events(text: str) -> None:
    _, events = events_of(text)
    assert not [e for e in events if e.type in ("PROTEST", "COOPERATE", "AGREE", "AID")]


def test_aid_to_an_actor_is_still_aid() -> None:
    _, events = events_of("जापान ने नेपाल को मानवीय सहायता दी।")
    assert [e.type for e in events] == ["AID"]


def test_a_protest_is_still_a_protest() -> None:
    _, events = events_of("किसानों ने दिल्ली में सरकार के खिलाफ प्रदर्शन किया।")
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("कांग्रेस ने सरकार की आलोचना की।", "Indian National Congress"),
        (
            "अमेरिकी कांग्रेस ने प्रस्ताव खारिज कर दिया। बाद में कांग्रेस ने राष्ट्रपति की आलोचना की।",
            "United States Congress",
        ),
        ("नेपाली कांग्रेस ने प्रस्ताव खारिज कर दिया।", "Nepali Congress"),
        ("तृणमूल कांग्रेस ने भाजपा पर आरोप लगाया।", "All India Trinamool Congress"),
        ("अफ़्रीकन नेशनल कांग्रेस ने प्रस्ताव खारिज कर दिया।", "African National Congress"),
    ],
)
def test_congress_is_the_one_the_text_names(text: str, source: str) -> None:
    article, events = events_of(text)
    assert events and all(name_of(article, e.source) == source for e in events)


def test_a_titles_owner_is_no_argument() -> None:
    article, events = events_of("अन्ना कल कांग्रेस अध्यक्ष सोनिया गांधी से मुलाकात करेंगे।")
    consult = next(e for e in events if e.type == "CONSULT")
    assert consult.source is None or name_of(article, consult.source) != "Indian National Congress"
    assert name_of(article, consult.target) == "Sonia Gandhi"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "सुषमा स्वराज ने संसद में बहस शुरू की. उन्होंने कई तर्क दिए. उन्होंने सरकार की कड़ी आलोचना की.",
            "Sushma Swaraj",
        ),
        ("केंद्रीय मंत्री कपिल सिब्बल सरकार के वकील की तरह खड़े थे. उन्होंने प्रस्ताव का समर्थन किया.", "Kapil Sibal"),
        ("मुलायम सिंह यादव संसद पहुंचे. वो विधेयक के विरोध में थे. वो सरकार की आलोचना करते रहे.", "Mulayam Singh Yadav"),
    ],
)
def test_a_subject_pronoun_follows_its_chain_back_to_a_name(text: str, source: str) -> None:
    article, events = events_of(text)
    assert events and name_of(article, events[-1].source) == source


def test_a_person_and_a_known_organisation_are_named_again_by_one_word() -> None:
    article, events = events_of(
        "मुलायम सिंह यादव ने सरकार पर आरोप लगाया। तृणमूल कांग्रेस ने भी सरकार की आलोचना की। "
        "बाद में मुलायम ने भाजपा की आलोचना की। तृणमूल ने भाजपा पर आरोप लगाया।"
    )
    sources = [name_of(article, e.source) for e in events]
    assert sources == ["Mulayam Singh Yadav", "All India Trinamool Congress"] * 2


def test_english_names_again_by_a_first_name_only_the_one_person_named_in_full_with_it() -> None:
    article = extract("Joe Biden criticised the plan. Later Joe met the press.")
    biden = next(e for e in article.entities if e.name == "Joe Biden")
    assert [m.text for m in biden.mentions] == ["Joe Biden", "Joe"]  # "Ricardo said" after "Ricardo Vilanova"
    article = extract("Joe Biden met Joe Manchin. Later Joe met the press.")
    assert [m.text for e in article.entities for m in e.mentions if m.text == "Joe"] == []


def test_rebels_take_the_country_of_a_one_country_story() -> None:
    article = extract("छत्तीसगढ़ के दंतेवाड़ा में माओवादियों ने पुलिस पर हमला किया।")
    maoists = next(e for e in article.entities if e.name == "Maoists")
    assert maoists.country == "IND"
    article = extract("माओवादियों ने हमला किया। भारत और नेपाल की सीमा पर तनाव है।")
    assert next(e for e in article.entities if e.name == "Maoists").country is None


def test_the_accused_may_stand_far_before_the_accusation() -> None:
    article, events = events_of("कांग्रेस ने मोदी सरकार पर बदले की भावना से राजनीति करने का आरोप लगाया है।")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert name_of(article, accuse.source) == "Indian National Congress"
    assert accuse.target_text is not None and accuse.target_text.text.endswith("सरकार")


def test_conjuncts_share_the_marker_after_the_last() -> None:
    _, events = events_of("हम फ्रैंचाइज़ी, बीसीसीआई और अधिकारियों को हर संभव सहयोग देंगे।")
    assert events and all(e.source is None for e in events)
    article, events = events_of("रूस और चीन प्रस्ताव का समर्थन करेंगे।")
    assert name_of(article, events[0].source) == "Russia"


def test_conjuncts_with_genitives_of_their_own_share_the_marker_after_the_last() -> None:
    text = "बिहार में तस्करों, नेपाल के विद्रोही गुटों के सदस्यों और हथियार विक्रेताओं को गिरफ्तार किया है।"
    _, events = events_of(text)
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.source is None
    assert arrest.target_text is not None and arrest.target_text.text == "तस्करों"
    # Pakistan is no conjunct of the truce
    article, events = events_of("भारत और पाकिस्तान युद्धविराम पर सहमत हुए।")
    assert [name_of(article, e.source) for e in events] == ["India"]


def test_an_arrival_needs_a_place() -> None:
    _, events = events_of("मंत्री ने पूछा कि सुरक्षा बल इन दस्तावेज़ों तक पहुंचे कैसे।")
    assert not [e for e in events if e.type == "MOBILIZE"]
    _, events = events_of("सुरक्षा बल श्रीनगर पहुंचे।")
    assert [e.type for e in events] == ["MOBILIZE"]


def test_who_says_with_ka_kahna_hai_speaks_and_a_pronoun_after_it_stands_for_it() -> None:
    article, events = events_of("भारतीय सेना का कहना है कि वह इस घटना की जांच कर रही है।")
    probe = next(e for e in events if e.type == "ACCUSE")
    assert name_of(article, probe.source) == name_of(article, probe.attributed_to)
    assert probe.source_text is not None and probe.source_text.text == "भारतीय सेना"


def test_a_first_person_source_is_its_speaker_and_no_one_else() -> None:
    article, events = events_of('रमेश यादव ने कहा, "हम किसानों से अपील करते हैं कि वो धरना खत्म करें."')
    appeal = next(e for e in events if e.type == "REQUEST")
    assert name_of(article, appeal.source) == name_of(article, appeal.attributed_to) is not None
    assert appeal.source_text is not None and appeal.source_text.text == "रमेश यादव"
    article, events = events_of("कांग्रेस ने सरकार की आलोचना की। हमने इस बारे में उनसे बातचीत की।")
    talk = next(e for e in events if e.type == "CONSULT")
    assert talk.source is None


def test_who_speaks_in_a_talk_took_part_in_it_but_not_in_an_attack() -> None:
    _, events = events_of("नवाज़ शरीफ़ से बातचीत में प्रधानमंत्री नरेंद्र मोदी ने कहा कि रिश्ते अच्छे हैं।")
    talk = next(e for e in events if e.type == "CONSULT")
    assert talk.source_text is not None and talk.source_text.text == "नरेंद्र मोदी"
    assert talk.target_text is not None and talk.target_text.text == "नवाज़ शरीफ़"
    # an interview given to the press is no consultation
    assert events_of("बीबीसी से बातचीत में अभिनेता रणवीर कपूर ने कहा कि फ़िल्म अच्छी है।")[1] == []
    _, events = events_of("हमले के बाद पुलिस ने तीन लोगों को गिरफ्तार किया।")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.source is None


def test_a_place_with_its_cue_word_before_the_locative_marker_is_the_events_place() -> None:
    article, [event] = events_of("छत्तीसगढ़ के रायपुर जिले में नक्सलियों ने पुलिस दल पर हमला किया।")
    assert (event.type, name_of(article, event.location)) == ("ASSAULT", "Raipur")


Roles = tuple[str, str | None, str | None]  # type, source name, target name


def _roles(text: str) -> list[Roles]:
    article, events = events_of(text)
    return [(e.type, name_of(article, e.source), name_of(article, e.target)) for e in events]


def test_a_visit_phrase_before_went_is_active_its_subject_visits() -> None:
    roles = _roles("प्रधानमंत्री नरेंद्र मोदी धार्मिक नेताओं से मिलने कुम की यात्रा पर निकल गए।")
    assert roles == [("CONSULT", "Narendra Modi", None)]


def test_a_passive_takes_no_subject_as_source() -> None:
    assert _roles("अदालत ने बताया कि सुनील कुमार की मदद की गई।") == [("AID", None, "Sunil Kumar")]
    assert _roles("अदालत ने आदेश दिया कि सुनील कुमार की मदद की जाए।") == []  # ordered: not done yet


def test_a_by_phrase_after_a_bare_noun_is_another_verbs_agent() -> None:
    assert [r for r in _roles("सिंघल संसद पर हमले के बाद सरकार द्वारा सम्मानित हुए।") if r[1] is not None] == []


def test_whom_one_praises_is_the_genitive_and_a_ban_falls_on_its_far_par_actor() -> None:
    assert _roles("बैठक में नरेंद्र मोदी की बहुत तारीफ़ हुई।") == [("SUPPORT", None, "Narendra Modi")]
    text = "नवाज़ शरीफ़ पर भ्रष्टाचार के आरोपों में पांच साल का प्रतिबंध लगा दिया गया।"
    assert ("SANCTION", None, "Nawaz Sharif") in _roles(text)


def test_a_last_conjunct_named_in_several_words_still_shares_its_marker() -> None:
    text = "कवायद में अन्ना हज़ारे प्रकाश करात, शरद यादव और राष्ट्रीय लोकदल के नेता अजीत सिंह से भी मुलाक़ात कर चुके हैं।"
    assert _roles(text) == [("CONSULT", None, "Ajit Singh")]


def test_an_offering_to_fire_is_no_meeting() -> None:
    assert _roles("दमकल कर्मियों और पुलिस ने स्कूल को आग की भेंट चढ़ने से बचा लिया।") == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # unnamed kin, religious leaders and a company act (generic actors)
        ("बाद में अमित जेठवा के पिता ने हाई कोर्ट में अपील की।", "family members", None),
        ("मुलाकात के बाद वरिष्ठ धार्मिक नेता ने समर्थन की घोषणा की।", "religious leaders", None),
        ("एक कंपनी ने सरकार के साथ करार किया।", "companies", "government"),
        # a genitive before an actor is that actor's owner, not whom the act is done to ...
        ("पुलिस ने अमित जेठवा के पिता की हत्या की।", "police", "family members"),
        # ... but one before an adverbial actor or a by-phrase is the trigger's
        ("अमित जेठवा की गुजरात हाई कोर्ट के सामने हत्या कर दी गई।", None, "Amit Jethwa"),
        ("अमित जेठवा की पुलिस द्वारा हत्या कर दी गई।", "police", "Amit Jethwa"),
    ],
)
def test_generic_actors_act_and_a_genitive_owns_the_actor_after_it(
    text: str, source: str | None, target: str | None
) -> None:
    article, events = events_of(text)
    (event,) = events
    assert (name_of(article, event.source), name_of(article, event.target)) == (source, target)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # whom a demand or accusation told in a complement clause is aimed at: that clause's subject
        ("कांग्रेस ने मांग की कि सरकार इस्तीफ़ा दे।", "REQUEST", "Indian National Congress", "government"),
        ("पुलिस ने आरोप लगाया कि नरेंद्र मोदी ने सबूत मिटाए।", "ACCUSE", "police", "Narendra Modi"),
        ("सरकार ने लोगों से अपील की कि वे घरों में रहें।", "REQUEST", "government", "people"),
        # what a body wants another actor to do is asked of it
        ("ईरान चाहता है कि अमरीका प्रतिबंध हटा ले।", "REQUEST", "Iran", "United States"),
    ],
)
def test_a_complement_clause_subject_is_the_target(text: str, kind: str, source: str, target: str) -> None:
    article, events = events_of(text)
    (event,) = [e for e in events if e.type == kind]
    assert (name_of(article, event.source), name_of(article, event.target)) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "मैं चाहती हूँ कि सारी पाकिस्तानी औरतें ऐसी हों।",  # a wish in the first person
        "मेरीकॉम चाहती हैं कि उनकी जीवनी से नौजवान लड़कियां प्रेरणा लें।",  # a private person's wish
        "वह क्रिकेट खेलना चाहता है।",  # no complement clause
    ],
)
def test_a_wish_is_no_request(text: str) -> None:
    _, events = events_of(text)
    assert not [e for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the subject after a correlative तो acts, not the one of the clause it closes ...
        ("जब मैं फ़िल्म कर रही हूं तो बच्चे मेरी तारीफ़ करते हैं।", "children"),
        # ... and with none after it, the one before still does; a focus particle closes no clause
        ("जब पुलिस मौके पर पहुंची तो प्रदर्शनकारियों को गिरफ्तार कर लिया।", "police"),
        ("भाजपा तो सरकार का समर्थन करती है।", "Bharatiya Janata Party"),
    ],
)
def test_a_correlative_opens_the_main_clause(text: str, source: str) -> None:
    article, events = events_of(text)
    (event,) = events
    assert name_of(article, event.source) == source


@pytest.mark.parametrize("text", ["सीबीआई ने दिल्ली में 34 जगह छापे मारे थे।", "पुलिस ने कई ठिकानों पर छापेमारी की।"])
def test_a_raid_is_coercion_by_whoever_raids(text: str) -> None:
    article, events = events_of(text)
    (event,) = events
    assert (event.type, event.mode) == ("COERCE", "seize")
    assert name_of(article, event.source) in ("Central Bureau of Investigation", "police")


@pytest.mark.parametrize(
    "text",
    ["चरमपंथियों ने पुलिस पर गोलीबारी करनी शुरू कर दी।", "चरमपंथियों ने पुलिस पर गोलीबारी करना शुरू कर दिया।"],
)
def test_an_infinitive_before_a_verb_of_beginning_is_the_act(text: str) -> None:
    article, events = events_of(text)
    (event,) = events
    assert event.type == "ASSAULT" and event.modality == "asserted"
    assert (name_of(article, event.source), name_of(article, event.target)) == ("extremists", "police")


def test_kin_before_a_name_says_who_the_person_is_and_is_no_actor() -> None:
    article, _ = events_of("शमी की पत्नी हसीन जहां ने उन पर आरोप लगाया था। उनके परिवार ने बयान जारी किया।")
    kin = [m.text for e in article.entities if e.name == "family members" for m in e.mentions]
    assert kin == ["परिवार"]  # not "पत्नी", right before a name
