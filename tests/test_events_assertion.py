"""Event type coverage and what states no event, through the whole pipeline (sentences invented here):
trigger wording for the rarer PLOVER types, questions, conditionals, embedded questions, related-links
headlines, adjectival participles, and demonstratives that point back to the event just told."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Event


def events(text: str) -> list[Event]:
    return sorted(extract(text).events, key=lambda e: e.start)


def types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def announced(text: str) -> list[tuple[str, str | None]]:
    """Each event's type and the PLOVER type of announcing it (AGREE, THREATEN, REJECT), if told so."""
    return [(e.type, e.announced_as) for e in events(text)]


@pytest.mark.parametrize(
    ("text", "expected", "mode"),
    [
        ("Japan granted political asylum to four activists on Monday.", "AID", "asylum"),
        ("Germany signed a $1 billion aid package for Ukraine on Friday.", "AID", None),
        ("The government lifted the ban on opposition rallies in Minsk on Monday.", "CONCEDE", None),
        ("The opposition suspended its protests in Dhaka on Sunday.", "CONCEDE", None),
        ("France is pulling its last troops from Mali.", "RETREAT", "withdraw"),
        ("The rebels laid down their arms in Aceh on Monday.", "RETREAT", "disarm"),
        ("Bolivia downgraded diplomatic relations with Chile on Tuesday.", "SANCTION", "withdraw"),
        ("Guatemala announced tough new sanctions against Honduras on Thursday.", "SANCTION", "restrict"),
        ("The United States cut off funding to Niger on Friday.", "SANCTION", "discontinue"),
        ("Thailand raised its military readiness on Friday.", "MOBILIZE", "alert"),
        ("Iran is deploying a missile defense system to Tehran.", "MOBILIZE", None),
        ("Soldiers began patrols in the border towns of Sonora on Sunday.", "MOBILIZE", "police"),
        ("China and Russia held joint military drills in the Sea of Japan.", "COOPERATE", None),
        ("India reiterated its support for Bhutan on Tuesday.", "SUPPORT", None),
        ("A round of talks between Namibia and Angola opened in Luanda on Monday.", "CONSULT", None),
        ("British police launched their own investigation into the campaign.", "ACCUSE", "investigate"),
    ],
)
def test_wording_of_the_rarer_types(text: str, expected: str, mode: str | None) -> None:
    found = events(text)
    assert found and found[0].type == expected, [(e.type, e.mode) for e in found]
    if mode:
        assert found[0].mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "Why are we bombed by planes every night?",
        "Did the police arrest the protesters in Delhi?",
        "क्या पाकिस्तान ने भारत पर हमला किया?",
    ],
)
def test_a_question_states_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia will respond if rebels attack the base in Homs.",
        "If the rebels attack the town, the army will respond.",
        "Wages will rise unless the union calls a strike.",
        "अगर पाकिस्तान ने हमला किया तो भारत जवाब देगा।",
    ],
)
def test_a_conditional_clause_states_no_event(text: str) -> None:
    assert "ASSAULT" not in types(text) and "PROTEST" not in types(text)


def test_an_act_announced_on_a_condition_is_a_threat() -> None:
    # "strike" after a modal is the verb: the union threatens to strike
    assert announced("The union will strike unless the government raises wages.")[0] == (
        "PROTEST",
        "THREATEN",
    )


@pytest.mark.parametrize(
    "text",
    [
        "An official declined to comment on whether Turkey would fight Syrian forces if they intervened.",
        "Ministers asked whether police fired on the crowd in Srinagar.",
    ],
)
def test_an_embedded_question_states_no_event(text: str) -> None:
    found = types(text)
    assert "ASSAULT" not in found and "THREATEN" not in found
    doubted = "It is not clear whether police fired on the crowd in Srinagar."  # a fact in doubt
    assert events(doubted)[0].uncertain


def test_the_clause_after_a_condition_is_read() -> None:
    """तो closes the condition: the threat after it is an event."""
    assert ("ASSAULT", "THREATEN") in announced("अगर बातचीत विफल रही तो हम हमला करेंगे।")


def test_a_participle_after_a_determiner_is_an_adjective() -> None:
    found = types("Police released the detained activists in Minsk on Monday.")
    assert found == ["RETREAT"]
    assert types("Police detained activists in Minsk on Monday.") == ["COERCE"]


def test_a_participle_between_a_quantity_and_its_noun_is_an_adjective() -> None:
    assert types("Trump urged Britain to repatriate 800 captured Isis fighters.") == ["REQUEST"]
    assert types("Police said 40 detained protesters were freed in Minsk.") == ["RETREAT"]
    assert "ASSAULT" in types("At least 12 killed in Kabul blast on Monday.")
    assert types("Dozens detained by police in Minsk were released.") == ["COERCE", "RETREAT"]
    assert types("Turkey in 2018 invaded Afrin.") == ["ASSAULT"]  # a year is no quantity
    assert types("5 arrested Friday after clashes in Minsk.")[:1] == ["COERCE"]  # a time opens a predicate
    assert types("Police released three detained activists in Minsk.") == ["RETREAT"]
    assert types("Some angry members demanded action against the police.") == ["REQUEST"]


def test_a_headline_after_a_related_links_cue_is_no_event() -> None:
    text = (
        "Police arrested 20 protesters in Delhi on Monday.\n"
        "Read more: Rebels attack army base in Kabul\n"
        "The army said it released five prisoners in Jammu."
    )
    assert types(text) == ["COERCE", "RETREAT"]
    lines = "Police arrested 20 protesters in Delhi on Monday.\nRelated\nRebels attack army base in Kabul\n"
    assert types(lines) == ["COERCE"]


def test_hindi_related_links_cue() -> None:
    text = "दिल्ली में सोमवार को पुलिस ने 20 लोगों को गिरफ्तार किया।\nपढ़िए- काबुल में चरमपंथियों का हमला, पांच की मौत\n"
    assert types(text) == ["COERCE"]


def test_negated_event_is_coded_negated() -> None:
    (event,) = events("The police did not arrest the protesters in Delhi on Monday.")
    assert event.type == "COERCE" and event.negated


def test_an_act_done_no_longer_is_negated_and_promises_nothing() -> None:
    found = events("The US would no longer supply arms to Kurdish fighters in Syria.")
    # not an AGREE to supply them: declining to go on (REJECT, crosswalk.yaml's ``declined``)
    assert [(e.type, e.negated, e.announced_as) for e in found] == [("AID", True, "REJECT")]


@pytest.mark.parametrize(
    ("text", "declined"),
    [
        ("Israel said it would not withdraw its troops from the Golan Heights.", "RETREAT"),
        ("The government will not release the prisoners, officials said.", "RETREAT"),
        ("Japan will not give aid to Vietnam, officials said.", "AID"),
    ],
)
def test_a_negated_act_of_cooperation_announced_is_a_rejection(text: str, declined: str) -> None:
    assert [(e.type, e.negated, e.announced_as) for e in events(text)] == [(declined, True, "REJECT")]
    # ... but declining force is no rejection ("will not attack")
    assert announced("Turkey will not attack Afrin, officials said.") == [("ASSAULT", None)]


@pytest.mark.parametrize(
    "text",
    [
        "दिल्ली में सोमवार को नक्सलियों ने पुलिस पर हमला किया। इस घटना में पांच लोग घायल हुए।",
        "दिल्ली में सोमवार को नक्सलियों ने पुलिस पर हमला किया। इस वारदात की जांच पुलिस कर रही है।",
        "Rebels attacked a police post in Kabul on Monday. The incident was filmed by residents.",
    ],
)
def test_a_generic_event_noun_adds_to_the_event_just_told(text: str) -> None:
    (event,) = [e for e in events(text) if e.type == "ASSAULT"]
    second = text.index(".") + 2 if "." in text else text.index("।") + 2
    assert any(span.start >= second for span in event.evidence)
    assert all(text[s.start : s.end] == s.text for s in event.evidence)


def test_this_attack_with_its_own_toll_is_the_attack_just_told() -> None:
    text = "दिल्ली में सोमवार को नक्सलियों ने पुलिस पर हमला किया। इस हमले में पांच जवान मारे गए।"
    (event,) = events(text)
    assert event.type == "ASSAULT" and event.counts.get("killed") == 5
    english = events("Rebels attacked a police post in Kabul on Monday. This attack killed five policemen.")
    assert [e.type for e in english] == ["ASSAULT"] and english[0].counts.get("killed") == 5


FAR = "पुलिस ने इलाके की घेराबंदी कर दी है। अधिकारियों ने बताया कि तलाशी अभियान जारी है। "  # two sentences between


@pytest.mark.parametrize("later", ["इस घटना में पांच जवानों की मौत हो गई।", "घटना में पांच जवानों की मौत हो गई।"])
def test_a_happening_noun_told_later_adds_its_toll_to_the_attack(later: str) -> None:
    text = "दंतेवाड़ा में सोमवार को नक्सलियों ने पुलिस दल पर हमला किया। " + FAR + later
    (event,) = events(text)
    assert event.type == "ASSAULT" and event.counts.get("killed") == 5
    assert event.source_text is not None and event.source_text.text == "नक्सलियों"
    assert any(span.start >= text.index(later) for span in event.evidence)


def test_another_or_a_similar_happening_adds_no_toll() -> None:
    text = "दंतेवाड़ा में सोमवार को नक्सलियों ने पुलिस दल पर हमला किया। " + FAR
    for later in (
        "इसी तरह की घटना में पिछले साल 25 लोगों की मौत हो गई थी।",
        "एक अन्य घटना में 25 लोगों की मौत हो गई।",
    ):
        (event,) = events(text + later)
        assert "killed" not in event.counts


def test_a_happening_noun_after_an_accident_adds_no_toll_to_an_earlier_attack() -> None:
    text = (
        "दंतेवाड़ा में सोमवार को नक्सलियों ने पुलिस दल पर हमला किया। "
        + FAR
        + "एक ट्रक ने बस को टक्कर मार दी। घटना में तीन लोगों की मौत हो गई।"
    )
    (event,) = [e for e in events(text) if e.type == "ASSAULT"]
    assert "killed" not in event.counts


def test_this_attack_told_further_on_is_the_attack_told_unless_of_another_mode() -> None:
    text = "दंतेवाड़ा में सोमवार को नक्सलियों ने पुलिस दल पर हमला किया। " + FAR + "इस हमले में पांच जवान मारे गए।"
    (event,) = events(text)
    assert event.source_text is not None and event.source_text.text == "नक्सलियों"
    assert event.counts.get("killed") == 5
    text = "बगदाद में सोमवार को एक आत्मघाती हमले में 40 लोग मारे गए। " + FAR + "इस हमले में ड्रोन से 60 चरमपंथी मारे गए।"
    assert [(e.mode, e.counts.get("killed")) for e in events(text)] == [
        ("suicide-attack", 40),
        ("aerial", 60),
    ]


def test_a_light_verb_reaches_over_adjectives_not_over_a_preposition() -> None:
    assert types("The army staged a large new offensive in Idlib on Monday.") == ["ASSAULT"]
    assert types("The two ministers held talks after the attack.") == ["CONSULT"]


def test_an_act_made_possible_on_a_condition_is_a_threat() -> None:
    found = events("Russia could impose sanctions on Georgia unless it withdraws its troops.")
    assert [(e.type, e.modality, e.announced_as) for e in found][:1] == [("SANCTION", "possible", "THREATEN")]
    assert announced("Russia could impose sanctions on Georgia.") == [("SANCTION", None)]


def test_an_infinitive_after_a_start_or_a_continuation_is_the_act() -> None:
    assert types("Protesters continue to block the highway near Gangtok with stones.") == ["PROTEST"]
    assert types("Teachers in Ghana have been striking since Monday to demand higher pay.") == ["PROTEST"]


def test_a_partial_quote_opening_at_the_trigger_keeps_the_modality_before_it() -> None:
    quoted = [
        e
        for e in events("The allies will “expel every last Iranian boot” from Syria.")
        if e.type == "SANCTION"
    ]
    assert quoted and all(e.modality == "future" for e in quoted)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Hezbollah forces pulled back from areas in the province.", "Change to group/activity"),
        ("Rebels took the town after the army withdrew from it.", "Non-violent transfer of territory"),
    ],
)
def test_a_withdrawal_is_a_transfer_only_with_the_side_that_takes_over(text: str, sub: str) -> None:
    (withdrawal,) = [e for e in events(text) if e.type == "RETREAT"]
    assert withdrawal.acled_sub_event_type == sub


def test_a_moded_event_keeps_its_mode_when_a_casualty_mention_joins_it() -> None:
    text = "The aerial bombardments on the militants' positions left scores of terrorists dead and wounded."
    (strike,) = [e for e in events(text) if e.type == "ASSAULT"]
    assert strike.mode == "aerial" and strike.acled_sub_event_type == "Air/drone strike"


def test_an_unknown_proper_word_between_a_preposition_and_its_actor() -> None:
    text = "Civilians were treated after a suspected poison gas attack by Columbian rebel groups on the city."
    (attack,) = [e for e in events(text) if e.type == "ASSAULT"]
    assert attack.source_sector == "REB" and attack.mode == "unconventional"


def test_asking_not_to_be_named_is_no_request() -> None:
    record = extract("A resident, who asked not to be named, said the army shelled the town.")
    assert [e.type for e in record.events] == ["ASSAULT"]
    record = extract("One official, who requested anonymity, said the town was shelled.")
    assert "REQUEST" not in [e.type for e in record.events]


def test_a_death_by_starvation_is_no_assault() -> None:
    text = "A malnourished baby later died of starvation in a suburb controlled by the opposition."
    assert extract(text).events == []


def test_a_capitalised_noun_inside_a_name_or_qualifying_a_noun_is_no_act() -> None:
    assert "ASSAULT" not in types("Most of the world signed the Chemical Weapons Convention in 1997.")
    assert "ASSAULT" not in types("Kotey denied he was part of the torture cell in Raqqa.")
    assert "ASSAULT" not in types("The chemical weapons watchdog arrived in Douma on Friday.")
    assert "ASSAULT" in types("The regime used chemical weapons in Douma on Saturday.")


def test_a_reported_demand_is_a_request_only_of_one_who_must_act() -> None:
    assert "REQUEST" not in types("Ken Clarke said parliament should be recalled this weekend.")
    assert "REQUEST" not in types("One official said the size of the fee should give less reason for hope.")
    (request,) = [
        e for e in events("Merkel said Russia must stop the bombing of Ghouta.") if e.type == "REQUEST"
    ]
    assert request.target_text is not None and request.target_text.text == "Russia"


def test_help_is_aid_only_from_one_actor_to_another() -> None:
    assert "AID" not in types("A midwife was fleeing too and she helped me with the birth.")
    assert "AID" not in types("Since 2015 Russia has helped turn the tide of the war.")
    assert "AID" in types("Russia helped the Syrian government in 2015.")


def test_a_meeting_set_for_a_day_is_no_promise_to_meet() -> None:
    found = events("The OPCW executive council will meet next Wednesday.")
    assert [(e.type, e.modality, e.announced_as) for e in found] == [("CONSULT", "future", None)]
    assert ("CONSULT", "AGREE") in announced("Erdogan said Turkey will meet Russian officials in Sochi.")
    assert ("CONSULT", "AGREE") in announced(
        "President Jawara will visit Senegal on Monday, diplomatic sources said."
    )
    assert ("CONSULT", "AGREE") in announced("The Indian prime minister will meet Iranian leaders on Sunday.")


def test_agreeing_to_a_view_is_no_agreement() -> None:
    assert "AGREE" not in types("Cabinet agreed it was vital that the attack did not go unchallenged.")
    assert "AGREE" not in types("The two leaders agreed the regime had a pattern of dangerous behaviour.")
    assert "AGREE" in types("It was also agreed that chiefs of staff should meet soon.")
    assert "AGREE" in types("Russia and Turkey agreed a ceasefire that was announced on Monday.")


def test_an_act_lasting_decades_told_of_an_actor_is_background() -> None:
    text = "The YPG is tied to the PKK, which has fought a decades-long insurgency against the Turkish state."
    assert "ASSAULT" not in types(text)
    text = "Erdogan said the YPG was the PKK, with whom Ankara has fought a four-decade war."
    assert "ASSAULT" not in types(text)
    # in a main clause the years measure the news, not a state ("the heaviest raids for more than 20 years")
    assert "ASSAULT" in types("Turkish jets attacked PKK bases on Monday, the heaviest raids for 20 years.")
    assert "ASSAULT" in types("Turkish jets attacked the PKK on Monday, the worst attack in decades.")


@pytest.mark.parametrize(
    "text",
    [
        "तालिबान ने मांग की कि जेलों में बंद कैदियों को रिहा किया जाए।",
        "तालिबान ने कहा कि पहली शर्त ये है कि उनके लोगों को रिहा किया जाए।",
        "The rebels demanded that the prisoners be released.",
        "The UN called for the prisoners to be freed.",
    ],
)
def test_a_demanded_act_in_the_subjunctive_is_no_event(text: str) -> None:
    assert "RETREAT" not in types(text)


def test_a_subjunctive_ends_only_its_own_verb_group() -> None:
    assert types("सरकार ने जेलों में बंद कैदियों को रिहा किया।") == ["RETREAT"]
    assert types("The prisoners were released on Monday.") == ["RETREAT"]
    text = "पहली शर्त ये है कि जिन लोगों को पाकिस्तानी सेना ने गिरफ्तार किया है उन्हें रिहा किया जाए।"
    assert types(text) == ["COERCE"]  # the arrest was made; the release is demanded
    assert "REQUEST" not in types("आईसीसी तय करेगी कि वो फ़ैसले के ख़िलाफ़ अपील करें या नहीं।")
    assert "REQUEST" in types("आईसीसी ने फ़ैसले के ख़िलाफ़ अपील की।")
    assert types("Iran is widely believed to be supporting the Houthis.") == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("पाकिस्तान सरकार ने तालिबान से बातचीत की कोई कोशिश नहीं की है।", "CONSULT"),
        ("तालिबान ने कैदियों की रिहाई से इनकार कर दिया।", "RETREAT"),
        ("पुलिस ने आरोपियों को गिरफ्तार करने की कोई कोशिश नहीं की।", "COERCE"),
    ],
)
def test_an_act_not_attempted_or_refused_is_negated(text: str, kind: str) -> None:
    (event,) = [e for e in events(text) if e.type == kind]
    assert event.negated
    assert all(not e.negated for e in events(text) if e.type == "REJECT")  # the refusal was made


def test_an_attempted_act_is_the_act() -> None:
    (attack,) = events("सेना ने उग्रवादियों पर हमला करने की कोशिश की।")
    assert attack.type == "ASSAULT" and not attack.negated and attack.modality == "asserted"


def test_an_offer_of_talks_is_an_intent_to_negotiate() -> None:
    found = events("पाकिस्तान ने भारत को बातचीत की पेशकश की है।")
    assert [(e.type, e.cameo, e.modality, e.announced_as, e.announced_cameo) for e in found] == [
        ("CONSULT", "040", "intended", "AGREE", "036")
    ]


def test_what_ought_to_be_done_is_possible() -> None:
    (arrest,) = events("उन्होंने कहा कि आरोपियों को गिरफ्तार किया जाना चाहिए।")
    assert arrest.type == "COERCE" and arrest.modality == "possible"


def test_a_fight_against_no_one_is_no_attack() -> None:
    """A fight with no actor right before "against" or "to" is a struggle, no attack (en-noise3)."""
    assert "ASSAULT" not in types("MSF hailed a vaccine as a game changer in the battle against the virus.")
    assert "ASSAULT" not in types("Women's long fight to access family planning is reflected in Kenya.")
    assert "ASSAULT" not in types("Ja'afari said the fight against terrorism would continue regardless.")
    assert "ASSAULT" in types("The Kurds, allies in their fight against Islamic State, were attacked.")
    assert "ASSAULT" in types("Rebels are fighting to overthrow Assad in Idlib.")


def test_a_noun_after_a_conditional_clause_names_a_consequence() -> None:
    """ "If ..., it would be the most lethal clash": what would follow, no clash (en-noise3)."""
    text = "If the estimates are confirmed, it would be the most lethal clash between US and Russian men."
    assert "ASSAULT" not in types(text)
    assert "ASSAULT" in types("If the estimates are confirmed, the clash in Deir ez-Zor killed 200 Russians.")


def test_a_noun_after_its_light_verb_takes_the_modality_before_the_light_verb() -> None:
    found = events("The president of Ivory Coast said that he will extend the night-time curfew in Abidjan.")
    assert [(e.type, e.modality, e.announced_as) for e in found][:1] == [("COERCE", "future", "THREATEN")]
    found = events("Workers in Quebec have announced they will strike on Monday.")  # the modal is nearer
    assert found and found[0].announced_as == "THREATEN"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A general strike paralysed the capital on Monday.", "PROTEST"),
        ("Heavy shelling hit Sarajevo overnight.", "ASSAULT"),
        ("Mass arrests followed the coup attempt.", "COERCE"),
    ],
)
def test_a_bare_noun_opening_its_sentence_before_a_past_verb_is_a_happening(text: str, kind: str) -> None:
    assert types(text)[:1] == [kind]


def test_a_bare_noun_before_a_participle_of_what_is_to_come_stays_unanchored() -> None:
    assert "PROTEST" not in types("A general strike planned for the capital worries the government.")
    assert "PROTEST" not in types("Talk of a general strike hit the markets.")  # not the sentence's subject


def test_what_is_published_is_no_person_released() -> None:
    assert "RETREAT" not in types("The company released the minister's statement on Monday.")


@pytest.mark.parametrize(
    ("text", "uncertain"),
    [
        ("कांग्रेस प्रवक्ता ने भाजपा पर दोगलेपन का आरोप लगाते हुए कहा कि भाजपा ने रुख स्पष्ट नहीं किया है।", False),
        ("यह साफ नहीं हो पाया है कि पुलिस ने कितने लोगों को गिरफ्तार किया।", True),
    ],
)
def test_not_made_clear_is_an_act_not_done_and_not_clear_is_doubt(text: str, uncertain: bool) -> None:
    assert events(text)[0].uncertain is uncertain
