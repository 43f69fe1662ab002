"""Hindi event arguments: a noun taken with a light verb of taking ("X की मदद ली") is given by its
genitive and taken by the clause's agent; given ("X की मदद की") the agent gives it. A trigger closed by a
participle qualifies the actor after it ("दौरे पर पहुंचे चीनी प्रधानमंत्री"); "X के दौरे पर" visits X. A
pronoun fused with a marker the trigger aims with ("उनसे बात की") stands for the last person named."""

from __future__ import annotations

import pytest

from helpers import argument_texts
from khabar import extract
from khabar.schema import Event


def _events(text: str) -> list[Event]:
    return extract(text, language="hi").events


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("पुलिस ने सेना की सहायता ली।", ("सेना", "पुलिस")),
        ("सरकार ने भी 2016 में मनमोहन सिंह की ही मदद ली थी।", ("मनमोहन सिंह", "सरकार")),
        ("अमरीका ने इसराइल की मदद की।", ("अमरीका", "इसराइल")),  # given: the agent helps
        # received: the object (को) gets it from the genitive, or from whom it comes
        ("भाजपा को शिवसेना का समर्थन मिला है.", ("शिवसेना", "भाजपा")),
        ("सरकार को अमरीका से मदद मिली.", ("अमरीका", "सरकार")),
    ],
)
def test_a_noun_taken_is_given_by_its_genitive(text: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = [e for e in _events(text) if e.type in ("AID", "SUPPORT")]
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("भारत के बाद पाकिस्तान के दौरे पर पहुंचे चीनी प्रधानमंत्री को भी एहसास है।", ("चीनी", "पाकिस्तान")),
        ("भारत के दौरे पर आए अमरीकी राष्ट्रपति बराक ओबामा ने कहा कि वे खुश हैं।", ("बराक ओबामा", "भारत")),
        (
            "गुरुवार को इलाके के दौरे पर गए पाकिस्तान के राष्ट्रीय आपदा एजेंसी के प्रमुख मेजर जनरल आलम सईद का"
            " हेलीकॉप्टर हमले में बच गया।",
            ("आलम सईद", None),
        ),
    ],
)
def test_a_visit_closed_by_a_participle_is_made_by_the_actor_after_it(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type == "CONSULT"]
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("इसी बीच वहां अमिताभ बच्चन पहुंच गए. राज कपूर ने उनसे थोड़ी बात की, लेकिन तभी वे चले गए.", "Amitabh Bachchan"),
        ("मैंने नरेंद्र मोदी को फ़ोन किया. मैंने उनसे बंटवारे की बात की.", "Narendra Modi"),
    ],
)
def test_a_pronoun_with_a_fused_target_marker_is_the_person_before(text: str, target: str) -> None:
    article = extract(text, language="hi")
    names = {e.id: e.name for e in article.entities}
    talks = [e for e in article.events if e.triggers[0].text == "बात की"]
    assert [names.get(e.target or "") for e in talks] == [target]


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("पत्रकार की हत्या पुलिस के हाथों हुई.", "ASSAULT", ("पुलिस", "पत्रकार")),  # right after the noun
        ("पत्रकार की हत्या पुलिस के हाथों की गई.", "ASSAULT", ("पुलिस", "पत्रकार")),
        ("सेना द्वारा किए गए हमले में दस लोग मारे गए.", "ASSAULT", ("सेना", "लोग")),  # a participle between
        ("2002 में हुए हमले के बाद सरकार द्वारा सम्मानित होकर वे लौटे.", "ASSAULT", (None, None)),  # another verb's
    ],
)
def test_a_by_phrase_next_to_a_noun_names_its_actor(
    text: str, kind: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type == kind]
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("मामले की जाँच कर रही सीबीआई ने उनके खिलाफ़ मामला दर्ज किया.", "investigate", ("सीबीआई", None)),
        ("चरमपंथियों के हमले में मारे गए लोगों की संख्या बढ़कर दस हो गई है.", None, ("चरमपंथियों", "लोगों")),
        ("हमले में मारे गए लोगों के परिवारों को मुआवज़ा दिया जाएगा.", None, (None, "लोगों")),
    ],
)
def test_a_participle_qualifies_the_actor_after_it(
    text: str, kind: str | None, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type in ("ACCUSE", "ASSAULT") and e.mode == kind]
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a future light verb in the feminine: the unmarked subject before it meets the partner
        ("सोनिया गांधी शनिवार शाम 4 बजे कांग्रेस अध्यक्ष राहुल गांधी से भेंट करेंगी.", ("सोनिया गांधी", "राहुल गांधी")),
        ("खिलाड़ियों ने धनराशि लेने से इनकार कर दिया.", ("खिलाड़ियों", None)),  # generic actors
        ("कई राजनीतिक दल इस पर सहमत हो गए हैं.", ("राजनीतिक दल", None)),
        ("इन बच्चियों के साथ पिछले कई सालों से दुष्कर्म किया जा रहा था.", (None, "बच्चियों")),
        ("किसानों ने नरेंद्र मोदी के समर्थन में रैली निकाली.", ("किसानों", "नरेंद्र मोदी")),
        ("मंगलवार को हॉकी खिलाड़ियों का स्वागत किया गया.", (None, "खिलाड़ियों")),  # not its ceremony (समारोह)
    ],
)
def test_hindi_actors_and_their_roles(text: str, roles: tuple[str | None, str | None]) -> None:
    kinds = ("CONSULT", "REJECT", "AGREE", "ASSAULT", "SUPPORT")
    event = next(e for e in _events(text) if e.type in kinds)
    assert argument_texts(event) == roles


def test_who_is_quoted_after_kahte_hain_is_no_actor_of_the_quotation() -> None:
    text = (
        "प्रोफेसर सादिक जिबाकलम कहते हैं, “ सिद्धांतवादियों का धड़ा पूरी तरह से ईरान के राष्ट्रपति महमूद"
        " अहमदीनेजाद के समर्थन में था.”"
    )
    (event,) = [e for e in _events(text) if e.type == "SUPPORT"]
    assert argument_texts(event) == ("धड़ा", "महमूद अहमदीनेजाद")  # the faction (attach-hi8), not the professor


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("मायावती ने अखिलेश यादव पर निशाना साधा.", "ACCUSE", ("मायावती", "अखिलेश यादव")),
        ("हमलावरों ने दुकानदार को गोली मार दी.", "ASSAULT", ("हमलावरों", "दुकानदार")),
        # a focus particle between the object and the agent right after it keeps them next to each other
        (
            "नरेंद्र मोदी ने सभी दलों से मदद मांगी थी लेकिन उन्हें सिर्फ ममता बनर्जी ने ही समर्थन दिया.",
            "SUPPORT",
            ("ममता बनर्जी", "नरेंद्र मोदी"),
        ),
    ],
)
def test_targets_marked_next_to_the_trigger(
    text: str, kind: str, roles: tuple[str | None, str | None]
) -> None:
    event = [e for e in _events(text) if e.type == kind][-1]
    assert argument_texts(event) == roles


def test_a_chain_of_pronoun_subjects_leads_back_to_the_name() -> None:
    text = (
        "नंदन निलेकणी ने 1980 में इंफ़ोसिस की स्थापना की थी. वो बंगलौर में रहते थे. वो कई देशों में गए."
        " 2009 तक वो कंपनी से जुड़े रहे. बाद में वो"
        " प्राधिकरण के चेयरमैन रहे. उन्हें कैबिनेट रैंक का दर्जा दिया गया था. कहा जाता है कि वे मुख्य"
        " शिल्पकार थे. 2014 में उन्होंने प्राधिकरण से इस्तीफ़ा दे दिया."
    )
    article = extract(text, language="hi")
    names = {e.id: e.name for e in article.entities}
    (event,) = [e for e in article.events if e.type == "CONCEDE"]
    assert names.get(event.source or "") == "Nandan Nilekni"


@pytest.mark.parametrize(
    "text",
    [
        "महमूद वैजी ने कहा, “ इस बात की पूरी संभावना है कि जलीली भी नीति का अनुसरण करेंगे.”",  # of this matter
        "हारने वाली टीम की भिड़ंत दिल्ली में खेले जाने वाले एलिमिनेटर राउंड के विजेता से होगी.",  # a match
    ],
)
def test_no_event_with_an_actor_where_none_acts(text: str) -> None:
    assert [e for e in _events(text) if e.source is not None] == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("गिरीश सिंघल पुलिस अधिकारियों को गिरफ़्तार किए जाने के खिलाफ थे.", (None, "पुलिस अधिकारियों")),
        ("गिरीश सिंघल किसी को भी गिरफ़्तार किए जाने के खिलाफ थे.", (None, None)),  # he is not arrested
    ],
)
def test_a_passive_infinitive_is_done_to_its_object_only(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type == "COERCE"]
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the noun is the subject of its light verb of happening: no agent acts in its clause
        ("अफगानिस्तान के जलालाबाद शहर स्थित भारतीय दूतावास पर फिदायीन हमला हुआ है।", (None, "दूतावास")),
        ("अमरीकी हवाई हमले हुए.", ("अमरीकी", None)),  # right before the noun: its actor
        ("पुलिस द्वारा फायरिंग हुई.", ("पुलिस", None)),
        ("इसके बाद आक्रोशित भीड़ ने सड़क पर कई वाहनों में भी तोड़फोड़ हुई है।", ("भीड़", None)),  # as written
    ],
)
def test_a_noun_that_happens_has_no_agent_in_its_clause(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type in ("ASSAULT", "SUPPORT", "PROTEST")]
    assert argument_texts(event) == roles


def test_the_agent_of_another_clause_is_not_who_praises() -> None:
    # he is praised (उनकी: hi-target), by no one named
    text = "महेंद्र सिंह धोनी ने शतक बनाया. जिस तरह उन्होंने टीम को जिताया है, उनकी बहुत तारीफ़ हुई है."
    assert [argument_texts(e) for e in _events(text) if e.type == "SUPPORT"] == [(None, "महेंद्र सिंह धोनी")]


def test_conjuncts_sharing_a_genitive_talk_with_each_other() -> None:
    (event,) = [e for e in _events("नरेंद्र मोदी और नवाज़ शरीफ़ की लंबी बातचीत हुई.") if e.type == "CONSULT"]
    assert argument_texts(event) == ("नरेंद्र मोदी", "नवाज़ शरीफ़")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("चरमपंथियों के हमले में तीन जवानों की मौत हो गई.", ("चरमपंथियों", "जवानों")),  # the genitive died
        ("मृतक के परिजनों ने शव सड़क पर रखकर प्रदर्शन किया.", ("परिजनों", None)),
        ("चरमपंथियों ने पर्यटकों पर हमला किया.", ("चरमपंथियों", "पर्यटकों")),
    ],
)
def test_victims_and_generic_actors_of_hindi_news(text: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = [e for e in _events(text) if e.type in ("ASSAULT", "PROTEST")]
    assert argument_texts(event) == roles


def test_a_death_with_no_violent_act_is_no_event() -> None:
    assert _events("सड़क दुर्घटना में तीन लोगों की मौत हो गई.") == []


def test_whom_a_release_frees_is_its_genitive() -> None:
    (event,) = [e for e in _events("इसराइल ने फ़लस्तीनी क़ैदियों की रिहाई की.") if e.type == "RETREAT"]
    assert argument_texts(event) == ("इसराइल", "फ़लस्तीनी क़ैदियों")


def test_a_pronoun_that_opens_its_sentence_follows_a_chain_back_to_the_agent() -> None:
    text = (
        "मुलायम सिंह ने ये कहकर विपक्षी दलों की आस बढ़ा दी कि एफ़डीआई से बेरोज़गारी बढ़ेगी. उन्होंने कहा, "
        '"ये देश के हित में नहीं है. लोग बेरोजगार हो जाएंगे."उन्होंने प्रधानमंत्री से अपील कर डाली कि वे'
        " इस मुद्दे को छोड़ दें."
    )
    (event,) = [e for e in _events(text) if e.type == "REQUEST"]
    assert argument_texts(event)[0] == "मुलायम सिंह"


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        # the dative subject of a verb of compulsion acts ...
        (
            "मंत्री शशि थरूर को भी आईपीएल टीम की फ्रैंचाइजी विवाद में नाम आने पर पद से इस्तीफा देना पड़ा.",
            "CONCEDE",
            ("शशि थरूर", None),
        ),
        # ... or undergoes a light verb of happening
        ("पुलिस ने बताया कि राहुल शर्मा को गिरफ्तार होना पड़ा.", "COERCE", (None, "राहुल शर्मा")),
        ("सीबीआई ने राहुल शर्मा को गिरफ्तार किया.", "COERCE", ("सीबीआई", "राहुल शर्मा")),  # no compulsion
        # a feminine infinitive, a focus particle before the verb of compulsion
        ("सरकार को माओवादियों से बातचीत करनी पड़ी.", "CONSULT", ("सरकार", "माओवादियों")),
        ("मंत्री शशि थरूर को पद से इस्तीफा देना ही पड़ा.", "CONCEDE", ("शशि थरूर", None)),
        # a trigger before its light verb's infinitive; a को actor before a nonfinite clause is its object
        ("पुलिस को प्रदर्शनकारियों पर लाठीचार्ज करना पड़ा.", "COERCE", ("पुलिस", "प्रदर्शनकारियों")),
        ("भीड़ को नियंत्रित करने के लिए पुलिस को हवाई फायर करना पड़ा.", "ASSAULT", ("पुलिस", None)),
        # ... but the only one is the subject: a noun ending as an oblique infinitive opens no clause
        ("सरकार को बड़े पैमाने पर माओवादियों से बातचीत करनी पड़ी.", "CONSULT", ("सरकार", "माओवादियों")),
        ("पुलिस को थाने के बाहर प्रदर्शनकारियों पर लाठीचार्ज करना पड़ा.", "COERCE", ("पुलिस", "प्रदर्शनकारियों")),
    ],
)
def test_a_dative_subject_of_compulsion(text: str, kind: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = [e for e in _events(text) if e.type == kind]
    assert argument_texts(event) == roles
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("कांग्रेस ने कहा कि मंत्री केदार कश्यप को तो पद से इस्तीफ़ा देना ही चाहिए.", "CONCEDE", ("केदार कश्यप", None)),
        ("सरकार को माओवादियों से बातचीत करनी चाहिए.", "CONSULT", ("सरकार", "माओवादियों")),
    ],
)
def test_a_dative_subject_of_obligation_acts(text: str, kind: str, roles: tuple[str | None, ...]) -> None:
    (event,) = [e for e in _events(text) if e.type == kind]
    assert argument_texts(event) == roles
    assert event.modality == "possible"  # what ought to be done (``चाहिए``)


def test_an_infinitive_without_compulsion_is_no_asserted_event() -> None:
    told = [e.modality for e in _events("शशि थरूर को इस्तीफा देना चाहिए था.") if e.type == "CONCEDE"]
    assert "asserted" not in told  # what ought to be done is possible at most (``चाहिए``)


def test_a_pronoun_subject_stands_for_the_unmarked_person_of_an_earlier_clause() -> None:
    text = (
        "ऑफ स्पिनर हरभजन सिंह मोहाली में एक मैच हारने के बाद इस कदर नाराज हो गए कि ख़बरों के अनुसार उन्होंने"
        " एस श्रीसंत को थप्पड़ जड़ दिया."
    )
    article = extract(text, language="hi")
    names = {e.id: e.name for e in article.entities}
    (event,) = [e for e in article.events if e.type == "ASSAULT"]
    assert (names.get(event.source or ""), names.get(event.target or "")) == ("Harbhajan Singh", "S Shrisant")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("पुणे वारियर्स की टीम ने आईपीएल से हटने की धमकी दी.", ("पुणे वारियर्स", None)),
        ("हमास के प्रवक्ता ने इसराइल पर हमले की धमकी दी.", ("हमास", "इसराइल")),
        # a name after the head is the actor itself
        ("हमास के प्रवक्ता सामी अबू ज़ुहरी ने इसराइल पर हमले की धमकी दी.", ("सामी अबू ज़ुहरी", "इसराइल")),
    ],
)
def test_a_body_acts_through_its_team_or_spokesperson(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type == "THREATEN"]
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("राहुल शर्मा के ऊपर पुलिस ने साक्ष्य मिटाने का मामला दर्ज किया है.", "ACCUSE", ("पुलिस", "राहुल शर्मा")),
        # the act a case names is alleged of whom it is filed against, not done to them
        ("पुलिस ने राहुल शर्मा के खिलाफ हत्या का मामला दर्ज किया है.", "ASSAULT", ("राहुल शर्मा", None)),
    ],
)
def test_a_case_filed_against_someone(text: str, kind: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = [e for e in _events(text) if e.type == kind]
    assert argument_texts(event) == roles


def test_a_conjunct_shares_the_far_target_marker_of_the_last() -> None:
    text = "मोहम्मद बदी और अन्य पर 2013 में मीन्या में एक पुलिस स्टेशन पर हमला करने का आरोप है."
    (event,) = [e for e in _events(text) if e.type == "ACCUSE"]
    assert argument_texts(event) == (None, "मोहम्मद बदी")


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # an unmarked group of the sentence before is no antecedent of a subject pronoun (mostly someone
        # named further back: the president, not the youths before his speech) ...
        ("हज़ारों प्रदर्शनकारी सड़कों पर उतर आए. उन्होंने सरकार के फैसले का स्वागत किया.", "SUPPORT", None),
        # ... nor one named inside a quotation that does not hold the pronoun
        (
            'मुलायम सिंह ने कहा, "ये देश के हित में नहीं है. क्योंकि बीस करोड़ लोग बेरोजगार हो जाएंगे."'
            "उन्होंने प्रधानमंत्री और सोनिया गांधी से अपील कर डाली कि वे एफ़डीआई के मुद्दे को छोड़ दें.",
            "REQUEST",
            "Mulayam Singh",
        ),
    ],
)
def test_a_pronoun_subject_stands_for_no_unmarked_group_nor_a_quoted_actor(
    text: str, kind: str, source: str | None
) -> None:
    article = extract(text, language="hi")
    names = {e.id: e.name for e in article.entities}
    (event,) = [e for e in article.events if e.type == kind]
    assert names.get(event.source or "") == source


@pytest.mark.parametrize("text", ["दो लोग गिरफ्तार हुए।", "पुलिस ने बताया कि दो आरोपी गिरफ्तार हुए।"])
def test_who_got_arrested_undergoes_the_arrest(text: str) -> None:
    """ "गिरफ्तार हुए" (got arrested): the subject is whom it was done to, not who did it."""
    (event,) = _events(text)
    assert event.source is None and event.target_text is not None
    assert event.target_text.text in ("लोग", "आरोपी")


def test_putting_to_death_is_a_killing() -> None:
    """ "मौत के घाट उतार दिया" (put to death): a killing by the agent of whom the object names."""
    (event,) = _events("बदमाशों ने दुकानदार को मौत के घाट उतार दिया।")
    assert (event.type, event.fatal, argument_texts(event)) == ("ASSAULT", True, ("बदमाशों", "दुकानदार"))
