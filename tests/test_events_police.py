"""Police action in lower-cased Indian English reports: the force named before a noun ("killed in police
firing") acts, a relative clause is about the actor right before it, shots are counted in rounds, and a
past act one was driven to ("had to open fire") happened."""

from __future__ import annotations

from datetime import date

import pytest

from khabar import extract
from khabar.schema import Event


def _events(text: str) -> list[Event]:
    return extract(text).events


def _police(event: Event) -> bool:
    return event.source_sector == "COP"


@pytest.mark.parametrize(
    "text",
    [
        "one person was killed in police firing in limkheda of panchmahals.",
        "official statistics say that 99 persons have been killed in police firing.",
        "a spokesman said 40 of these deaths have taken place due to police firing on violent mobs.",
    ],
)
def test_the_force_before_a_noun_of_firing_is_its_source(text: str) -> None:
    (event,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert _police(event) and event.counts.get("killed")


def test_the_force_before_a_lathicharge_is_its_source() -> None:
    (event,) = _events("two were injured in a police lathicharge at the station.")
    assert (event.type, event.mode) == ("COERCE", "repression") and _police(event)


def test_the_dead_of_an_attack_are_not_its_source() -> None:
    (event,) = _events("attacks on villagers killed five.")
    assert event.type == "ASSAULT" and event.source is None and event.target_sector == "CVL"


@pytest.mark.parametrize(
    "text",
    [
        "in vadodara, police fired 11 rounds to disperse stone-throwing mobs late on friday.",
        "heavy stone pelting began and police had to fire five rounds to disperse mobs.",
        "at savali village the police fired in air to disperse a mob pelting stones.",
        "in rural vadodara, police had to resort to firing in shinor to control mobs.",
    ],
)
def test_police_shooting_is_an_assault_by_police(text: str) -> None:
    shots = [e for e in _events(text) if e.type == "ASSAULT" and e.mode == "firearms"]
    assert len(shots) == 1 and _police(shots[0])


def test_a_dismissal_is_no_shooting() -> None:
    assert not [e for e in _events("the company fired 200 workers last year.") if e.type == "ASSAULT"]


def test_a_relative_clause_is_about_the_actor_right_before_it() -> None:
    text = (
        "a mob tried to set shops ablaze and was foiled by the police, "
        "who fired 20 rounds and lobbed tear-gas shells."
    )
    events = _events(text)
    shooting = next(e for e in events if e.type == "ASSAULT")
    assert _police(shooting) and shooting.mode == "firearms"
    assert any(e.type == "COERCE" and e.mode == "repression" and _police(e) for e in events)


def test_a_later_bare_noun_of_one_kind_of_act_is_the_act_told_before() -> None:
    text = (
        "ग्वालियर में पुलिस ने रविवार रात मुठभेड़ में दो बदमाशों को मार गिराया। मुठभेड़ के बाद पुलिस ने इलाके की घेराबंदी कर दी।"
    )
    (event,) = [e for e in extract(text).events if e.type == "ASSAULT"]
    second = text.rindex("मुठभेड़")
    assert any(t.start == second for t in event.triggers)
    assert len(event.evidence) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "shops were broken open in ahmedabad even as the police looked the other way.",
        "the police remained mute spectators as the mob set fire to shops.",
        "there was total inaction on the part of the police.",
        "but the police failed to arrest shah and the other accused.",
    ],
)
def test_police_inaction_is_a_negated_police_event(text: str) -> None:
    assert any(_police(e) and e.negated for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "the police could not control the mob at the station.",
        "police did not lift a finger as shops were looted.",
        "the police refused to register a complaint against the rioters.",
    ],
)
def test_a_duty_the_police_did_not_do_is_their_inaction(text: str) -> None:
    (event,) = [e for e in _events(text) if e.type == "COERCE" and e.mode == "repression"]
    assert _police(event) and event.negated


@pytest.mark.parametrize(
    "text",
    [
        "there was a complete breakdown of law and order in the city.",
        "no fir was registered against the accused.",
    ],
)
def test_order_not_kept_told_without_an_actor_is_inaction_by_no_one(text: str) -> None:
    (event,) = _events(text)
    assert (event.type, event.mode, event.negated, event.source) == ("COERCE", "repression", True, None)


@pytest.mark.parametrize(
    "text", ["the company failed to protect its customers' data.", "russia refused to sign the deal."]
)
def test_a_failure_or_refusal_without_a_force_is_no_inaction(text: str) -> None:
    assert not [e for e in _events(text) if e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "however, advani denied that the riots had spread due to police inaction.",
        "the minister dismissed all charges of police complicity in the rioting.",
    ],
)
def test_inaction_denied_is_none(text: str) -> None:
    assert not [e for e in _events(text) if e.negated]


def test_helpless_police_are_inactive_police() -> None:
    (failure,) = [e for e in _events("the police were helpless as the mob went on the rampage.") if e.negated]
    assert _police(failure) and failure.mode == "repression"


@pytest.mark.parametrize(
    "text",
    [
        "police arrested three men suspected of killing a journalist in lagos.",
        "security forces detained 12 people accused of attacking a police station.",
    ],
)
def test_what_the_arrested_are_suspected_of_is_no_police_act(text: str) -> None:
    (alleged,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert alleged.uncertain and alleged.source is None


def test_looking_away_without_a_force_is_no_event() -> None:
    assert _events("the world looked the other way as the war went on.") == []


def test_that_after_a_claim_verb_opens_no_relative_clause() -> None:
    assert all(e.source is None for e in _events("police officials said that the death toll could reach 65."))


def test_a_death_belongs_to_the_stabbing_of_its_own_sentence() -> None:
    text = (
        "one person was killed in police firing in limkheda. "
        "in ahmedabad one person died following stabbing near astodia area around 9 am."
    )
    firing, stabbing = _events(text)
    assert _police(firing) and firing.counts == {"killed": 1}
    assert stabbing.source is None and stabbing.counts == {"killed": 1}


def test_an_incident_noun_refers_back_to_the_last_violent_event() -> None:
    text = (
        "ग्वालियर में पुलिस ने रविवार रात मुठभेड़ में दो बदमाशों को मार गिराया। घटना के बाद पुलिस ने इलाके की घेराबंदी कर दी।"
    )
    (event,) = extract(text).events
    incident = text.index("घटना")
    assert any(t.start == incident for t in event.triggers)
    assert any(e.start <= incident < e.end for e in event.evidence)


def test_an_incident_with_no_violent_event_before_it_is_none() -> None:
    text = "दिल्ली में सोमवार को भीषण आग लगी। घटना के बाद दमकल की गाड़ियां मौके पर पहुंचीं।"
    assert [e for e in extract(text).events if e.type in ("ASSAULT", "PROTEST")] == []


def test_a_coordinated_verb_without_a_subject_acts_with_the_subject_before() -> None:
    text = "data showed the police had arrested 4,000 rioters over five days, and shot dead 98 rioters."
    shooting = next(e for e in _events(text) if e.type == "ASSAULT")
    assert _police(shooting) and shooting.counts == {"killed": 98}


def test_an_actor_inside_the_trigger_words_acts() -> None:
    mob = next(e for e in _events("the mob attacked the police at night.") if e.type == "ASSAULT")
    assert mob.source_sector == "CVL" and mob.target_sector == "COP"
    (firing,) = extract("एक व्यक्ति पुलिस फायरिंग में मारा गया।").events
    assert _police(firing) and firing.counts == {"killed": 1}


def test_a_month_inside_a_date_is_no_march() -> None:
    text = "They will hold rallies in every district on March 6."
    events = extract(text, published=date(2002, 3, 2)).events
    assert [e for e in events if any(t.text == "March" for t in e.triggers)] == []


@pytest.mark.parametrize(
    ("text", "marches"),
    [
        ("March Agencies warned that countless lives were at stake.", 0),
        ("Thousands joined the March on Washington.", 1),
        ('Hundreds joined what organizers called a "Peaceful March of Pittsburgh" on Wednesday.', 1),
        ("Thousands of students march to parliament.", 1),
    ],
)
def test_a_capitalised_month_name_is_no_march_unless_after_a_determiner(text: str, marches: int) -> None:
    events = extract(text, published=date(2017, 12, 25)).events
    assert len([e for e in events if e.type == "PROTEST"]) == marches


@pytest.mark.parametrize(
    "text",
    [
        'the leaders criticised police and other security forces in gujarat for their "inaction".',
        "he sought action against top police officials for their negligence in implementing the orders.",
    ],
)
def test_a_word_of_inaction_is_the_police_named_in_its_clause(text: str) -> None:
    (failure,) = [e for e in _events(text) if e.negated]
    assert _police(failure) and failure.type == "COERCE"


def test_a_noun_names_again_only_an_act_of_its_kind() -> None:
    text = "the police denied protection to the squad. the demolitions were delayed by a month."
    (failure,) = [e for e in _events(text) if e.negated]
    assert not any(t.text == "demolitions" for t in failure.triggers)


@pytest.mark.parametrize(
    ("text", "marches"),
    [
        ("Militants killed 40 villagers on March 21, officials said.", 0),  # no date can be resolved
        ("Gunmen attacked the town in March. Thousands march in Paris.", 1),
    ],
)
def test_a_month_is_no_march_without_a_publication_date(text: str, marches: int) -> None:
    events = extract(text).events
    assert len([e for e in events if any(t.text.casefold() == "march" for t in e.triggers)]) == marches


@pytest.mark.parametrize(
    "text",
    [
        "one person was killed in police firing in limkheda of panchmahals.",
        "advani said the majority of people killed in police firing belonged to the majority community.",
        "police shot dead two rioters in vadodara.",
    ],
)
def test_a_death_in_police_firing_makes_it_fatal(text: str) -> None:
    (event,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert _police(event) and event.fatal


@pytest.mark.parametrize(
    "text",
    [
        "five persons were injured in police firing at the station.",
        "two were injured in a police lathicharge at the station.",
        "the police intervened and 15 injured devotees were hospitalised.",
    ],
)
def test_an_injury_is_an_assault_and_no_death(text: str) -> None:
    events = _events(text)
    assert not any(e.fatal for e in events)
    assert all(e.cameo != "1823" for e in events)


def test_a_hindi_injury_is_no_death_and_a_killing_is() -> None:
    (hurt,) = extract("पुलिस फायरिंग में तीन लोग घायल हो गए।").events
    assert hurt.type == "ASSAULT" and not hurt.fatal
    (firing,) = extract("एक व्यक्ति पुलिस फायरिंग में मारा गया।").events
    assert firing.fatal


@pytest.mark.parametrize(
    "text",
    [
        "nobody was arrested as it was a peaceful march.",
        "only on the basis of suspicion, one cannot be arrested.",
        "the danapur police, however, have not been able to arrest the named kidnappers.",
    ],
)
def test_an_arrest_denied_by_its_words_is_negated(text: str) -> None:
    arrests = [e for e in _events(text) if e.mode == "arrest"]
    assert arrests and all(e.negated for e in arrests)


def test_an_arrest_one_was_able_to_make_happened() -> None:
    (arrest,) = [
        e for e in _events("police opened fire and were able to arrest 39 miscreants.") if e.mode == "arrest"
    ]
    assert _police(arrest) and not arrest.negated and arrest.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    ["the culprits must immediately be arrested.", "rss leaders should be arrested for such statements."],
)
def test_an_arrest_demanded_is_not_asserted(text: str) -> None:
    (arrest,) = [e for e in _events(text) if e.mode == "arrest"]
    assert arrest.modality != "asserted"


def test_a_cause_after_due_to_is_no_future() -> None:
    (inaction,) = _events("the riots had spread due to police inaction.")[-1:]
    assert inaction.modality == "asserted" and inaction.negated and _police(inaction)


@pytest.mark.parametrize(
    "text",
    [
        "yet this station with 50 armed policemen could do little to stop the mob.",
        "the railway and state police's inaction has come into sharper focus.",
        "even the police allowed the mob to have its way.",
        "the police turned a blind eye to the looting.",
    ],
)
def test_more_police_inaction(text: str) -> None:
    assert any(_police(e) and e.negated for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "the police failed to book the culprits.",
        "the police watched as the mob set the houses on fire.",
        "the police refused to help the victims.",
        "policemen joined the mob in looting shops.",
        "the police did not bother to record their statements.",
        "the police were mute bystanders as the houses burned.",
        "policemen encouraged the mob to loot the shops.",
        "the police were slow to act when the violence began.",
    ],
)
def test_any_duty_the_police_failed_in_is_their_inaction(text: str) -> None:
    assert any(_police(e) and e.negated for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "the railway police (grp) failed to protect passengers.",
        "guarding the trains is the task of the rpf, but it failed to guard the train.",
        "the police had acted in a manner that did little to help the situation.",
    ],
)
def test_the_force_of_an_inaction_may_be_named_outside_its_clause(text: str) -> None:
    assert [e for e in _events(text) if e.type == "COERCE" and e.mode == "repression" and e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "the police did not come to their rescue.",
        "the police arrived two hours after the mob had left.",
        "the police are yet to arrest the accused.",
        "the police made no attempt to stop the mob.",
        "the policemen on duty fled when the mob attacked.",
        "the police were conspicuous by their absence.",
        "the police dragged their feet on the case.",
        "the police, instead of stopping the mob, joined the looting.",
        "he accused the police of remaining inactive while people were being killed.",
        "the killings took place right under the nose of the police.",
    ],
)
def test_help_not_come_or_come_late_and_calls_ignored_are_police_inaction(text: str) -> None:
    assert any(_police(e) and e.negated for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "none of the accused has been arrested so far.",
        "no arrests have been made so far in the case.",
        "the mob was allowed to go on a rampage.",
        "the rioters had a free run for hours.",
        "no policeman came to help them.",
        "repeated calls to the police control room went unanswered.",
        "the police station refused to accept their complaint.",
        "the victims were left at the mercy of the mob.",
        "no police protection was given to the victims.",
    ],
)
def test_arrests_not_made_and_a_free_run_are_inaction_by_no_one(text: str) -> None:
    inaction = [e for e in _events(text) if e.type == "COERCE" and e.mode == "repression" and e.negated]
    assert inaction and all(e.source_sector in (None, "COP") for e in inaction)


@pytest.mark.parametrize(
    "text", ["the mobs were allowed to loot the shops.", "the rioters had a free run in the area."]
)
def test_the_crowd_an_inaction_names_is_not_its_source(text: str) -> None:
    (inaction,) = [e for e in _events(text) if e.mode == "repression"]
    assert inaction.negated and inaction.source is None


@pytest.mark.parametrize("officer", ["inspector", "sho"])
def test_an_officer_by_rank_is_the_force_an_inaction_needs(officer: str) -> None:
    events = _events(f"the {officer} made no attempt to stop the mob.")
    inaction = [e for e in events if e.mode == "repression"]
    assert inaction and inaction[0].negated
    assert not _events("the mob made no attempt to stop.")


def test_arrests_not_needed_are_no_inaction() -> None:
    events = _events("no arrests have been made for defying the orders.")
    assert not [e for e in events if e.mode == "repression"]


@pytest.mark.parametrize(
    "text",
    [
        "they threw burning rags inside when they failed to break in.",
        "she watched as he was taken away.",
        "the minister arrived two hours after the meeting began.",
        "the team dragged their feet in the second half.",
    ],
)
def test_a_failure_or_a_watching_without_police_is_no_inaction(text: str) -> None:
    assert not [e for e in _events(text) if e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "so far more than 432 arrests have been made in the city in connection with 80 cases.",
        "in combing operations in surat on tuesday evening, 50 persons were held.",
        "the municipal president was picked up by police in connection with the carnage.",
        "police apprehended three men near the station.",
    ],
)
def test_arrests_in_indian_english(text: str) -> None:
    assert any(e.type == "COERCE" and e.mode == "arrest" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "he once again demanded the arrest of leaders like ashok singhal.",
        "the petitioners said they apprehended a threat to the life of a local resident.",
        "the meeting was held at the police commissioner's office.",
        "he picked up the phone.",
    ],
)
def test_no_arrest(text: str) -> None:
    assert not any(e.mode == "arrest" for e in _events(text))


def test_a_hindi_arrest_not_made_is_negated() -> None:
    (arrest,) = extract("पुलिस ने दो लोगों को गिरफ्तार नहीं किया।").events
    assert arrest.mode == "arrest" and arrest.negated and _police(arrest)


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस मूकदर्शक बनी रही।",
        "पुलिस ने आरोपियों के खिलाफ कोई कार्रवाई नहीं की।",
        "पुलिस की लापरवाही से हिंसा फैली।",
    ],
)
def test_hindi_police_inaction_is_a_negated_police_event(text: str) -> None:
    assert any(_police(e) and e.negated for e in extract(text).events)


def _inaction(text: str) -> list[Event]:
    """The negated acts of keeping order (police inaction) of a text, by the police or by no one named."""
    events = [e for e in _events(text) if e.type == "COERCE" and e.mode == "repression" and e.negated]
    return [e for e in events if e.source_sector in (None, "COP")]


@pytest.mark.parametrize(
    "text",
    [
        "the police became a mute spectator.",
        "shops were set on fire as the police watched.",
        "the mob went on the rampage with the police watching.",
        "the local police expressed helplessness.",
        "residents alleged that the police did not help them.",
        "the cops went slow on the rioters.",
        "the police were biased against the minority community.",
        "the police abdicated their duty.",
        "the police turned away the victims.",
        "the police did not allow the victims to file complaints.",
        "the police delayed registering the fir.",
        "the police reached the spot after the mob had fled.",
        "the police have not yet registered an fir.",
        "there was no police bandobast in the area.",
        "the mob set fire to the shops in the presence of the police.",
        "police let the mob burn the shops.",
        "it took the police three hours to reach the spot.",
        "the police gave the rioters a free hand.",
        "the tardy police action allowed the violence to spread.",
        "the police are shielding the accused.",
        "they demanded action against the erring policemen.",
        "the victims blamed the police for not protecting them.",
        "had the police acted promptly, many lives would have been saved.",
        "none of the policemen intervened.",
        "the police were not there.",
        "the police did not reach in time.",
        "the police showed up only after the mob had gone.",
        "the police did not take any step to stop the violence.",
        "the police refused to enter the area.",
        "the police had failed in their duty.",
        "the mob was not stopped by the police.",
        "the police commissioner took time in following suit.",
        "we called the police many times but nobody came.",
        "there was no response from the police.",
        "the police said they had no orders to fire.",
        "the police could not do anything.",
        "the police did not take the complaint.",
        "the police are not registering complaints.",
    ],
)
def test_more_ways_of_telling_police_inaction(text: str) -> None:
    assert _inaction(text)


@pytest.mark.parametrize(
    "text",
    [
        "the police did not let the mob enter the village.",
        "the ceremony was held in the presence of the police.",
        "the team went slow in the first half.",
        "the referee gave the visitors a free hand.",
        "the board was biased against the proposal.",
        "the walled city remained quiet this time, the police commissioner said.",
        "nobody came to the meeting.",
    ],
)
def test_a_mob_kept_out_or_words_without_police_or_violence_are_no_inaction(text: str) -> None:
    assert not [e for e in _events(text) if e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "the mob went on the rampage for hours without any police intervention.",
        "how a mob could collect on the track and how the armed rpf and the grp failed to disperse them.",
    ],
)
def test_private_people_are_not_the_source_of_an_inaction(text: str) -> None:
    assert _inaction(text)
    assert not [e for e in _events(text) if e.negated and e.source_sector == "CVL"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the government has not helped the farmers.", "AID"),
        ("the army has not rescued the hostages.", "AID"),
        ("Germany did not help Greece.", "AID"),
        ("they refused to enter the area.", "REJECT"),
        ("they joined the looting.", "COERCE"),
        ("the foreign office had not visited him since his arrest.", "CONSULT"),
    ],
)
def test_a_word_of_inaction_without_police_hides_no_other_event(text: str, kind: str) -> None:
    assert [e for e in _events(text) if e.type == kind]


def test_an_incident_names_no_act_not_done() -> None:
    text = (
        "advani took a round of the areas, where many shops were burnt, and has sought explanation from"
        " police commissioner upendra singh in this regard. advani was unhappy at the incident on sunday."
    )
    events = _events(text)
    assert [e for e in events if e.negated]
    assert not [e for e in events if e.negated and any(t.text == "incident" for t in e.triggers)]


def test_a_stabbing_is_an_assault_with_its_injured() -> None:
    text = "कपासन कस्बे में मंगलवार को दो पक्षों में कहासुनी हुई। इस दौरान हुई चाकूबाजी में चार लोग घायल हो गए।"
    (event,) = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert any(t.text == "चाकूबाजी" for t in event.triggers)
    assert event.counts.get("injured") == 4
