"""Arguments and direction from the clause, on realistic sentences through the whole pipeline: the
markers that aim an act at its target (Hindi पर, के खिलाफ, से, genitives of nouns done to someone;
English "on", "of"), passives and verbs whose subject undergoes them, relative pronouns, object
pronouns, and the speaker of reported speech as ``attributed_to``."""

from __future__ import annotations

import pytest

from helpers import make_doc, run_stages
from khabar import extract
from khabar.schema import Event


def coded(text: str) -> tuple[list[Event], dict[str, str]]:
    article = extract(text)
    return article.events, {e.id: e.name for e in article.entities}


def roles(event: Event) -> tuple[str | None, str | None]:
    """The source's and the target's words as the text gives them."""
    return (
        event.source_text.text if event.source_text else None,
        event.target_text.text if event.target_text else None,
    )


def one_of(text: str, kind: str) -> tuple[Event, dict[str, str]]:
    events, names = coded(text)
    chosen = [e for e in events if e.type == kind]
    assert len(chosen) == 1, [(e.type, roles(e)) for e in events]
    return chosen[0], names


# --- Hindi: markers next to the trigger ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("चरमपंथियों ने गुरुवार को सेना पर हमला किया।", "ASSAULT", ("चरमपंथियों", "सेना")),
        ("मुंबई में पुलिस द्वारा प्रदर्शनकारियों पर लाठीचार्ज किया गया।", "COERCE", ("पुलिस", "प्रदर्शनकारियों")),
        ("किसानों ने सरकार के ख़िलाफ़ प्रदर्शन किया।", "PROTEST", ("किसानों", "सरकार")),
        ("अन्ना हज़ारे ने नीतीश कुमार से मुलाक़ात की।", "CONSULT", ("अन्ना हज़ारे", "नीतीश कुमार")),
        ("सुरक्षा बलों ने तीन माओवादियों को मार डाला।", "ASSAULT", ("सुरक्षा बलों", "माओवादियों")),
        ("रमेश कुमार को पुलिस ने गुरुवार को गिरफ़्तार किया।", "COERCE", ("पुलिस", "रमेश कुमार")),
        ("इसके बाद फ्रंटियर कार्प्स के जवानों पर अवारन में भी गोलीबारी की गई।", "ASSAULT", (None, "जवानों")),
    ],
)
def test_hindi_markers_aim_the_act_at_its_target(
    text: str, kind: str, expected: tuple[str | None, str]
) -> None:
    event, _ = one_of(text, kind)
    assert roles(event) == expected


def test_a_parenthesis_closed_before_the_trigger_does_not_cut_its_clause() -> None:
    event, _ = one_of("कांग्रेस प्रवक्ता अभिषेक सिंघवी ने जनरल (सेवानिवृत्त) वीके सिंह के त्यागपत्र की मांग की है।", "REQUEST")
    assert roles(event) == ("अभिषेक सिंघवी", "वीके सिंह")


def test_a_pronoun_fused_with_a_far_target_marker_is_the_accused() -> None:
    text = (
        "आईपीएल गवर्निंग काउंसिल ने मनीष पांडेय पर चार मैचों के लिए प्रतिबंध लगा दिया. उन पर टीमों के साथ"
        " गुपचुप सौदों में शामिल होने का आरोप था."
    )
    event, names = one_of(text, "ACCUSE")
    assert names[event.target or ""] == "Manish Pandey"


def test_the_genitive_of_a_killing_or_an_arrest_is_its_victim() -> None:
    event, _ = one_of("अमित जेठवा की गुजरात हाई कोर्ट के सामने हत्या कर दी गई थी।", "ASSAULT")
    assert roles(event) == (None, "अमित जेठवा")
    event, _ = one_of("धनंजय सिंह की गिरफ़्तारी के बाद पार्टी में हलचल है।", "COERCE")
    assert roles(event) == (None, "धनंजय सिंह")
    # ... while a protest's genitive is who protests
    event, _ = one_of("दिल्ली में छात्रों के प्रदर्शन के दौरान तनाव रहा।", "PROTEST")
    assert roles(event) == ("छात्रों", None)


def test_an_actor_before_another_argument_or_a_demonstrative_is_not_the_target() -> None:
    events, _ = coded("सिंघल समेत 21 पुलिस अधिकारियों पर इस मुठभेड़ की साज़िश रचने का आरोप है।")
    assert all(roles(e)[1] is None for e in events if e.type == "ASSAULT")
    # the genitive qualifies the noun after it, an argument of its own: the father appeals (what he asks
    # for, that the CBI investigate, names the one who is to act: the complement's subject, complements.py)
    event, _ = one_of("बाद में अमित जेठवा के पिता ने हाई कोर्ट में अपील की कि जांच सीबीआई करे।", "REQUEST")
    assert roles(event) == ("पिता", "सीबीआई")
    # ... while a chain of genitives stays the trigger's: the demand is for his resignation
    event, _ = one_of("विपक्ष ने वीके सिंह के त्यागपत्र की मांग की है।", "REQUEST")
    assert roles(event)[1] == "वीके सिंह"


def test_a_pronoun_with_a_target_marker_stands_for_the_person_before_it() -> None:
    text = "जागृति सिंह से मंगलवार को लंबी पूछताछ हुई. उनके ख़िलाफ विभिन्न धाराओं में मामला दर्ज़ किया गया है."
    event, names = one_of(text, "ACCUSE")
    assert event.target is not None and names[event.target] == "Jagriti Singh"
    text = "गिरीश सिंघल ने महत्वपूर्ण सबूत मिटाए. उन पर ये भी आरोप लगा कि राहुल शर्मा की सीडी गायब हुई."
    event, _ = one_of(text, "ACCUSE")
    assert roles(event)[1] == "गिरीश सिंघल"


def test_an_accusation_has_its_accuser_and_not_the_object_of_its_content() -> None:
    text = "नक़वी ने मुंबई क्राइम ब्रांच के अधिकारियों पर आरोप लगाते हुए कहा कि ये चिट बनाई गई थी।"
    event, _ = one_of(text, "ACCUSE")
    assert roles(event) == ("नक़वी", "क्राइम ब्रांच के अधिकारियों")  # the officials of a body (ब्रांच: a head)
    # the object of the infinitive the accusation tells is not its target
    text = "मिस्र की नई सरकार हमास पर सिनई में इस्लामी चरमपंथियों को मदद करने का आरोप लगाती है।"
    event, _ = one_of(text, "ACCUSE")
    assert roles(event)[1] != "चरमपंथियों"


def test_the_owner_of_an_attacked_noun_is_the_target() -> None:
    event, _ = one_of("चरमपंथियों ने गुरुवार को सेना के शिविर पर हमला किया।", "ASSAULT")
    assert roles(event) == ("चरमपंथियों", "सेना")
    event, _ = one_of("उपद्रवियों ने पुलिस की गाड़ी पर पथराव किया।", "PROTEST")
    assert roles(event) == ("उपद्रवियों", "पुलिस")


# --- who dies is the target ------------------------------------------------------------------------


def test_the_subject_of_a_death_is_its_target_and_the_killer_a_by_phrase() -> None:
    event, _ = one_of("तीन जवान चरमपंथियों के हाथों मारे गए।", "ASSAULT")
    assert roles(event) == ("चरमपंथियों", "जवान")
    event, _ = one_of("हमले में पांच पुलिसकर्मी मारे गए और दस घायल हुए।", "ASSAULT")
    assert roles(event) == (None, "पुलिसकर्मी")
    event, _ = one_of("Five civilians were killed by Taliban fighters in Kandahar.", "ASSAULT")
    assert roles(event) == ("Taliban fighters", "civilians")


def test_whose_mother_died_is_no_source_of_the_airstrike() -> None:
    text = (
        "Also trapped in the town are two American children, Yusuf and Zahra Shikder, whose mother "
        "died in an airstrike in January."
    )
    events, _ = coded(text)
    assert events and all(e.source is None for e in events)


def test_an_arrest_in_the_passive() -> None:
    event, _ = one_of("John Smith was arrested by police in London on Monday.", "COERCE")
    assert roles(event) == ("police", "John Smith")
    event, _ = one_of("John Smith was arrested in London on Monday.", "COERCE")
    assert roles(event) == (None, "John Smith")


# --- relative clauses and object pronouns ----------------------------------------------------------


def test_who_acts_and_him_is_the_person_named_before() -> None:
    text = (
        "Speaking to the BBC, Yago Riedijk said he rejected Isis, who reportedly tortured him on "
        "suspicion of being a Dutch spy."
    )
    event, names = one_of(text, "ASSAULT")
    assert names[event.source or ""] == "Islamic State"
    assert names[event.target or ""] == "Yago Riedijk"


def test_whom_is_the_object_and_a_progressive_is_active() -> None:
    event, _ = one_of("The reporter John Smith, whom soldiers beat in Kabul last week, has left.", "ASSAULT")
    assert roles(event) == ("soldiers", "John Smith")
    events, _ = coded("He said Hezbollah, which is fighting alongside the Assad regime, would stay.")
    assert [roles(e)[0] for e in events if e.type == "ASSAULT"] == ["Hezbollah"]


def test_a_place_is_no_antecedent() -> None:
    text = (
        "France said the regime was behind the chemical attack in Damascus, which killed at least 50 people."
    )
    events, _ = coded(text)
    assert all(roles(e)[0] != "Damascus" for e in events)


def test_the_victims_of_a_relative_clause_are_the_target() -> None:
    event, _ = one_of("The soldiers who were killed in the attack in Kabul belonged to the army.", "ASSAULT")
    assert roles(event) == (None, "soldiers")


# --- the speaker is attributed_to, not the source --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने कहा कि चरमपंथियों ने सेना पर हमला किया।",
        "पुलिस के प्रवक्ता ने बताया कि चरमपंथियों ने सेना पर हमला किया।",
        "चरमपंथियों ने सेना पर हमला किया, पुलिस ने बताया।",
        "Police said militants attacked the army in Kashmir.",
        "Militants attacked the army in Kashmir, police said.",
        "Militants attacked the army in Kashmir on Sunday, said the police.",
    ],
)
def test_the_speaker_is_attributed_to(text: str) -> None:
    event, names = one_of(text, "ASSAULT")
    assert names[event.attributed_to or ""] == "police"
    assert names[event.source or ""] != "police"


def test_a_speaker_of_something_else_is_not_attributed_to() -> None:
    event, _ = one_of("Militants attacked the army, and the minister said that talks would go on.", "ASSAULT")
    assert event.attributed_to is None
    # a person's relative speaks for himself (an actor, as kin: agents.yaml), not for the person
    event, names = one_of("अमित जेठवा के पिता ने कहा कि पुलिस ने उन्हें पीटा।", "ASSAULT")
    assert names[event.attributed_to or ""] == "family members"


def test_a_speaker_outside_a_quotation_is_no_actor_of_it() -> None:
    text = 'वीके सिंह ने ट्विटर पर लिखा, "उस यूनिट ने बेगुनाहों की हत्या की."'
    events, _ = coded(text)
    killing = [e for e in events if e.type == "ASSAULT"]
    assert killing and all(e.source is None for e in killing)


def test_a_fragment_quoted_inside_a_sentence_keeps_its_actor() -> None:
    text = "Pompeo has vowed the US and its allies will “expel every last Iranian boot” from Syria."
    event, names = one_of(text, "SANCTION")
    assert names[event.source or ""] == "United States"


def test_a_participle_after_a_noun_is_passive_and_names_no_agent() -> None:
    """A reduced relative: "a US pastor detained" was detained; the United States detained no one."""
    events, names = coded("In October, Turkey released a US pastor detained for two years on terror charges.")
    detained = next(e for e in events if e.type == "COERCE")
    assert detained.source is None
    events, names = coded("Police freed two activists detained last week.")
    detained = next(e for e in events if e.type == "COERCE")
    assert (detained.source, names[detained.target or ""]) == (None, "activists")
    events, names = coded("Police arrested 12 students and detained five others in Dhaka.")
    assert all(names.get(e.source or "") == "police" for e in events if e.type == "COERCE")


def test_two_clauses_with_different_actors_do_not_make_one_side_of_each_other() -> None:
    """Turkey's assault and the alliance's fight against Isis, told in one sentence, are two acts: no
    event has Turkey attacking Isis, and "the alliance" does not stand for Isis."""
    text = (
        "The battle has confined the remnants of Isis to the Euphrates valley. Kurdish leaders, troubled by "
        "a Turkish assault that drove the Kurds from Afrin, are questioning the alliance fighting Isis."
    )
    events, names = coded(text)
    sides = {(names.get(e.source or ""), names.get(e.target or "")) for e in events if e.type == "ASSAULT"}
    assert ("Turkey", "Islamic State") not in sides
    assert all(source != "Islamic State" for source, _ in sides)


def test_sanctions_lifted_are_an_easing_not_a_sanction() -> None:
    events, names = coded("US sanctions were lifted on several Turkish citizens.")
    coded_as = [(e.type, e.mode, names.get(e.source or "")) for e in events]
    assert coded_as == [("RETREAT", "ease", "United States")]


def test_punitive_measures_imposed_are_a_sanction() -> None:
    events, _ = coded("The EU imposed punitive measures against Russia.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "restrict")]


# --- asides: a relative clause between commas ------------------------------------------------------


def test_a_relative_clause_between_commas_is_an_aside_and_its_own_clause() -> None:
    text = "Turkish troops, who shelled the town on Monday, arrested Kurdish fighters."
    doc = run_stages(make_doc(text, "en"), ("event_hits", "predicates"))
    clauses = {text[p.hit.start : p.hit.end]: p.clause for p in doc.predicates}
    shelled, arrested = clauses["shelled"], clauses["arrested"]
    assert shelled.aside and text[shelled.start : shelled.end] == "who shelled the town on Monday"
    # the clause around it reads past it to its subject, and skips what it names
    assert not arrested.aside and arrested.start == 0 and arrested.opener is None
    assert [text[a:b] for a, b in arrested.asides] == ["who shelled the town on Monday"]


def test_a_relative_clause_the_sentence_closes_is_no_aside() -> None:
    text = "Police arrested the men, who attacked a temple."
    doc = run_stages(make_doc(text, "en"), ("event_hits", "predicates"))
    assert not any(p.clause.aside or p.clause.asides for p in doc.predicates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish troops, who crossed into Syria on Monday, attacked Kurdish fighters.", "Turkish troops"),
        ("The commander, who met Hamas leaders in Doha, attacked the town.", None),  # not Hamas
    ],
)
def test_what_an_aside_names_is_no_argument_of_the_clause_around_it(text: str, expected: str | None) -> None:
    event, _ = one_of(text, "ASSAULT")
    assert roles(event)[0] == expected


def test_an_asides_own_verb_still_acts_with_the_actor_before_it() -> None:
    event, _ = one_of(
        "Riedijk said he rejected Isis, who reportedly tortured him, and returned home.", "ASSAULT"
    )
    assert roles(event)[0] == "Isis"


# --- learned roles: a preposition's object is no subject, an oblique one no target -------------------


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Kurdish militias fighting against Turkey in the Syrian enclave of Afrin have called on the "
            "government of Bashar al-Assad to intervene.",
            "REQUEST",
            "militias",
        ),
        (
            "Erdoğan has stepped up his rhetoric against the US, accusing it of building a terror army.",
            "ACCUSE",
            "Erdoğan",
        ),
        (
            "The family of a former British soldier who was detained after fighting against Isis in Syria "
            "have begged Theresa May for help.",
            "REQUEST",
            None,  # not Isis
        ),
    ],
)
def test_a_learned_source_is_not_the_object_of_a_preposition(
    text: str, kind: str, source: str | None
) -> None:
    event, _ = one_of(text, kind)
    assert roles(event)[0] == source


@pytest.mark.parametrize(
    ("text", "kind", "not_target"),
    [
        (
            "The family of a former British soldier arrested in Turkey after fighting against Isis in Syria "
            "have begged Theresa May for help.",
            "COERCE",
            "Turkey",
        ),
        (
            "Turkey has concerns over the People’s Protection Units (YPG), which has fought alongside the US "
            "under the auspices of the campaign to defeat Isis.",
            "ASSAULT",
            "US",
        ),
    ],
)
def test_a_learned_target_is_not_the_object_of_an_oblique_preposition(
    text: str, kind: str, not_target: str
) -> None:
    event, _ = one_of(text, kind)
    assert roles(event)[1] != not_target


def test_a_subordinator_before_a_date_is_a_preposition_and_opens_no_clause() -> None:
    event, _ = one_of("The YPG have, since 2015, led the fight against Islamic State.", "ASSAULT")
    assert roles(event) == ("YPG", "Islamic State")
    event, _ = one_of("Police said that after 10 people were killed, rebels attacked the town.", "ASSAULT")
    assert roles(event)[0] == "rebels"
