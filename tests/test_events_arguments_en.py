"""English event arguments read on real Guardian phrasing: the genitive of a noun of kin after a verb
is no target of it, what is to be prevented or what one is urged to do is not asserted, and a verb's
form after an article is a noun whose by-phrase names who acts; "we" stands for its quotation's speaker;
what a protector wards off is not its act ("defend X against attacks"); seeking to do is no request;
"they" is no country one of whose people was named ("her husband, a Macedonian"); "its" with no subject in
its clause stands for its sentence's; a gerund after a preposition is its main clause subject's act; who
announces cooperation or aid does it, and is no mere speaker."""

from __future__ import annotations

import pytest

from helpers import argument_texts
from khabar import extract
from khabar.extractors.events.candidates import find_candidates
from khabar.pipeline import prepare
from khabar.schema import Event


def _events(text: str) -> list[Event]:
    return extract(text, language="en").events


def test_the_genitive_of_kin_after_a_verb_is_no_target() -> None:
    (event,) = _events("Islamic State fighters fired on the wives of fighters in Syria.")
    assert event.type == "ASSAULT"
    assert argument_texts(event) == ("Islamic State fighters", None)


def test_a_genitive_right_after_the_verb_and_a_group_of_members_are_targets() -> None:
    (event,) = _events("Kurdish forces captured members of Islamic State in Syria.")
    assert event.type == "COERCE" and argument_texts(event)[1] == "Islamic State"
    rejection = next(e for e in _events("Iran refused the demands of Russia.") if e.type == "REJECT")
    assert argument_texts(rejection) == ("Iran", "Russia")
    (event,) = _events("Russian troops killed a number of soldiers near the border.")
    assert event.type == "ASSAULT" and argument_texts(event)[1] == "soldiers"


@pytest.mark.parametrize(
    "text",
    [
        "The hotline is used to prevent a direct clash between US and Russian troops.",
        "The United States and Russia are talking to avert a military clash in Syria.",
        "“Let them fight Isis.",
    ],
)
def test_what_is_prevented_or_urged_is_not_asserted(text: str) -> None:
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert events and all(e.modality == "possible" for e in events)


def test_an_act_prevented_is_asserted_without_the_cue() -> None:
    (event,) = _events("US and Russian troops clashed in Syria.")
    assert event.modality == "asserted"


def test_a_verb_form_after_an_article_takes_its_actor_from_the_by_phrase() -> None:
    text = "Civilians in Ghouta are living under a blockade imposed by forces loyal to the Syrian president."
    (event,) = _events(text)
    assert event.type == "PROTEST" and argument_texts(event)[0] == "forces"
    (event,) = _events("Egypt imposed a blockade on Qatar.")
    assert argument_texts(event) == ("Egypt", "Qatar")


def test_we_in_a_quotation_is_its_speaker_and_outside_one_no_one() -> None:
    (event,) = _events("“We have rejected false overtures from Iran,” Mike Pompeo said.")
    assert event.type == "REJECT" and argument_texts(event)[0] == "Mike Pompeo"
    events = _events("Russia sent troops to the border. We rejected the plan of Iran.")
    assert [e.source is None for e in events if e.type == "REJECT"] == [True]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Thousands fled after the Soviet Union’s invasion of Afghanistan in 1979.", "Soviet Union"),
        ("Kurdish leaders fear Turkey's military offensive in Syria.", "Turkey"),
        ("Erdoğan said that Turkey would stall its offensive in Syria.", "Turkey"),
    ],
)
def test_a_possessive_names_who_acts(text: str, source: str) -> None:
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert [argument_texts(e)[0] for e in events] == [source]


def test_the_owner_of_an_act_done_to_someone_is_its_victim() -> None:
    (event,) = _events("Andrew Brunson's detention in Turkey angered the United States.")
    assert event.type == "COERCE" and event.source is None
    (event,) = _events("Turkey's detention of Andrew Brunson angered the United States.")
    assert argument_texts(event) == ("Turkey", "Andrew Brunson")


def test_he_stands_for_a_person_not_the_country_before_the_title() -> None:
    text = (
        "Turkey’s president Recep Tayyip Erdoğan appears to be trying to avert an escalation of the conflict "
        "in Syria. He has already spoken to Trump and is planning to talk to Putin."
    )
    article = extract(text, language="en")
    names = {e.id: e.name for e in article.entities}
    talks = [e for e in article.events if e.type == "CONSULT"]
    assert talks and all(names.get(e.source or "") == "Recep Tayyip Erdoğan" for e in talks)
    text = "Russia’s ambassador said the talks were over, but he did not rule out a deal with Iran."
    (event,) = _events(text)
    assert event.source is None  # no person named: not Russia


def test_the_actor_right_before_a_noun_in_the_passive_does_it() -> None:
    (event,) = _events("US sanctions were imposed on Iran in May.")
    assert event.type == "SANCTION" and argument_texts(event) == ("US", None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ten civilians were killed in a Saudi-led airstrike on Monday.", "Saudi", "civilians"),
        ("Neil Prakash was killed in a US-led bombing in 2016.", "US", "Neil Prakash"),
    ],
)
def test_the_actor_leading_a_noun_act_does_it_and_is_not_where(text: str, source: str, target: str) -> None:
    (event,) = _events(text)
    assert argument_texts(event) == (source, target) and event.location is None  # the victims did not do it


def test_a_country_before_place_nouns_that_modify_people_acts() -> None:
    (arrest,) = _events("US border agents arrested 20 migrants on Monday.")
    assert arrest.source_text is not None and arrest.source_text.text == "US"


def test_a_separate_attack_is_another() -> None:
    text = (
        "A suicide bomber blew himself up in Kabul on Monday, killing five. "
        "In a separate attack, a suicide bomber blew himself up in Kabul, killing three."
    )
    assert [e.type for e in _events(text)] == ["ASSAULT", "ASSAULT"]


def test_an_invasion_is_of_the_country_invaded() -> None:
    (invasion,) = _events("Russia's invasion of Ukraine continued on Monday.")
    assert argument_texts(invasion) == ("Russia", "Ukraine")


def test_a_country_before_a_place_noun_names_where_and_no_actor() -> None:
    assert all(
        argument_texts(e)[1] != "Turkish"
        for e in _events("He was freed after his detention on the Turkish border.")
    )
    (bombing,) = _events("Troops shelled the Syrian border town of Tal Abyad on Monday.")
    assert argument_texts(bombing)[1] != "Syrian"  # the town is shelled, not Syria
    (siege,) = _events("Forces attacked the Iraqi city of Mosul on Monday.")
    assert argument_texts(siege) == ("Forces", "Mosul")
    record = extract(
        "Militants swept into the northern Syrian city of Afrin, seizing control.", language="en"
    )
    names = {e.id: e.name for e in record.entities}
    assert [names.get(e.location or "") for e in record.events] == ["Afrin"]  # the preposition is the city's


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops shelled Syria. Border guards fled.",
        "Turkish troops shelled Syria, border guards said.",
    ],
)
def test_a_place_noun_past_a_stop_makes_no_country_a_place(text: str) -> None:
    doc = prepare(text, given_language="en")
    types = {
        doc.text[c.start : c.end]: c.entity_type for c in find_candidates(doc, doc.event_hits, doc.entities)
    }
    assert types["Syria"] == "COUNTRY"


def test_a_hyphenated_modifier_between_a_possessive_and_its_noun_is_one_word() -> None:
    events = _events("Relations soured over Turkey’s two-year-long detention of a US citizen.")
    (event,) = [e for e in events if e.type == "COERCE"]
    assert argument_texts(event) == ("Turkey", "US citizen")


def test_what_a_protector_wards_off_is_not_its_act() -> None:
    text = "“We will continue to defend Afrin against rabid external attacks,” the authority said."
    (attack,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attack.source is None and attack.source_text is None
    (attack,) = _events("Police attacked protesters from Delhi on Monday.")
    assert argument_texts(attack) == ("Police", "protesters")


def test_seeking_to_do_something_is_no_request() -> None:
    text = "Kurdish forces allied with a government that Washington had sought to unseat for years."
    assert "REQUEST" not in [e.type for e in _events(text)]
    (request,) = _events("India sought the extradition of Nirav Modi from Britain on Monday.")
    assert request.type == "REQUEST"


def test_a_verbal_clash_is_no_armed_one() -> None:
    events = _events("Erdoğan and Putin clashed in public over a ceasefire in Idlib on Monday.")
    assert "ASSAULT" not in [e.type for e in events]
    assert [e.type for e in _events("Russia and Ukraine clashed near Donetsk on Monday.")] == ["ASSAULT"]
    assert "ASSAULT" in [e.type for e in _events("Activists and police clashed over a procession in Delhi.")]


def test_defending_a_place_is_no_verbal_support() -> None:
    types = [e.type for e in _events("The Kurdish militia said it will defend Aleppo against attacks.")]
    assert "SUPPORT" not in types and "AGREE" not in types
    (event,) = _events("India defended Russia at the United Nations on Monday.")
    assert event.type == "SUPPORT"


def test_names_in_a_compound_or_past_a_quotation_mark_are_no_target() -> None:
    text = "Putin said the sides had agreed to resume traffic along the Aleppo-Latakia highway."
    (event,) = [e for e in _events(text) if e.type == "AGREE"]
    assert event.target is None
    text = "Putin said the sides had agreed to “resume traffic, at the initiative of the Turkish side”."
    (event,) = [e for e in _events(text) if e.type == "AGREE"]
    assert event.target is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia will attack Ukraine next week.", "Russia", "Ukraine"),
        ("He said Russia would not attack Ukraine.", "Russia", "Ukraine"),
        ("Russia plans to attack Ukraine.", "Russia", "Ukraine"),
    ],
)
def test_a_form_listed_as_a_noun_after_a_modal_is_the_verb(text: str, source: str, target: str) -> None:
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks and argument_texts(attacks[0]) == (source, target)


def test_a_plural_after_to_is_a_noun() -> None:
    events = _events("He compared the bombing in Manchester to airstrikes by Russia.")
    assert all(e.source_text is None or e.source_text.text != "He" for e in events)


def test_a_weapon_used_is_an_attack_by_its_user_and_where_is_no_target() -> None:
    (event,) = _events("Italy used mustard gas in Ethiopia and Libya.")
    assert (event.type, *argument_texts(event)) == ("ASSAULT", "Italy", None)
    (event,) = _events("Russia used chemical weapons in eastern Ukraine.")
    assert argument_texts(event) == ("Russia", None)


def test_it_after_a_clause_opener_stands_for_the_actor_there() -> None:
    text = "The offensive came after a US announcement that it would train an army."
    (event,) = [e for e in _events(text) if e.type == "COOPERATE"]
    assert argument_texts(event)[0] is not None and event.source_country == "USA"


def test_a_participle_after_a_comma_acts_with_the_subject_of_its_clause() -> None:
    text = "Police opened fire to disperse demonstrators in Delhi, killing one person and arresting 12."
    arrest = next(e for e in _events(text) if e.type == "COERCE")
    assert argument_texts(arrest)[0] == "Police"


def test_they_stands_for_no_country_named_by_one_of_its_people() -> None:
    lead = "She and her fourth husband, {}, decided it was time to leave. They surrendered to Kurdish forces."
    (event,) = [e for e in _events(lead.format("a Macedonian")) if e.type == "RETREAT"]
    assert event.source is None
    # a country named as an actor still stands behind "they"
    (event,) = [e for e in _events(lead.format("the Macedonian government")) if e.type == "RETREAT"]
    assert event.source_country == "MKD"


def test_they_stands_for_a_country_named_as_the_adjective_of_a_thing() -> None:
    text = "A Swedish draft resolution was circulated. It would ask Antonio Guterres to submit proposals."
    (event,) = [e for e in _events(text) if e.type == "REQUEST"]
    assert event.source_country == "SWE"


@pytest.mark.parametrize(
    "text",
    [
        # a person after a word that opens a clause is a subject
        "Weeks after Donald Trump said the group had been defeated, he announced he was withdrawing troops.",
        # the sentences of a quotation spend none of the reach
        "Donald Trump said: “The group is defeated. There are no winners. But we must go on.” He urged "
        "Turkey to act.",
        # nor does a chain of the same pronoun ("..., he said. He ...")
        "Donald Trump visited Ankara. “It was good,” he said. Talks were long, he said. The talks ended. "
        "He urged Turkey to act.",
    ],
)
def test_he_reaches_a_subject_after_a_clause_word_over_quotations_and_a_chain(text: str) -> None:
    article = extract(text, language="en")
    names = {e.id: e.name for e in article.entities}
    acts = [e for e in article.events if e.type in ("RETREAT", "REQUEST")]
    assert acts and all(names.get(e.source or "") == "Donald Trump" for e in acts)


def test_he_reaches_no_further_than_the_sentences_before_without_a_chain() -> None:
    text = "Donald Trump visited Ankara. The visit was long. Talks ended. He urged Turkey to act."
    (event,) = [e for e in _events(text) if e.type == "REQUEST"]
    assert event.source is None


def test_a_title_after_a_demonstrative_stands_for_the_last_person_of_that_role() -> None:
    text = (
        "Donald Trump spoke to Recep Tayyip Erdoğan. The Turkish president later attacked Afrin. "
        "The US president then criticised the Turkish president."
    )
    article = extract(text, language="en")
    names = {e.id: e.name for e in article.entities}
    (attack,) = [e for e in article.events if e.type == "ASSAULT"]
    assert names.get(attack.source or "") == "Recep Tayyip Erdoğan"
    (blame,) = [e for e in article.events if e.type == "ACCUSE"]
    assert (names.get(blame.source or ""), names.get(blame.target or "")) == (
        "Donald Trump",
        "Recep Tayyip Erdoğan",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke. The Syrian president attacked Idlib.",  # not of that country
        "Donald Trump spoke. The president, Bashar al-Assad, attacked Idlib.",  # its holder is named
        "Donald Trump spoke. The president of Syria attacked Idlib.",
    ],
)
def test_a_title_that_names_its_own_holder_stands_for_no_one_before(text: str) -> None:
    article = extract(text, language="en")
    names = {e.id: e.name for e in article.entities}
    (attack,) = [e for e in article.events if e.type == "ASSAULT"]
    assert names.get(attack.source or "") != "Donald Trump"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Syrian government did not comment, but has condemned Turkey’s intervention.",
            "Syrian government",
        ),
        (
            "Iran does not admit its role in Yemen, but is widely believed to be supporting the Houthis.",
            "Iran",
        ),
    ],
)
def test_a_coordinated_verb_with_no_subject_shares_the_one_before(text: str, source: str) -> None:
    (event,) = _events(text)
    assert argument_texts(event)[0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Each country must repatriate its own citizens, and prosecute them at home.",
            None,
        ),  # an object first
        # the owner of the title is not the subject; its person is
        (
            "The UK’s former intelligence chief Sir John Sawers spoke, but criticised Donald Trump.",
            "John Sawers",
        ),
    ],
)
def test_a_coordinated_verb_shares_no_object_nor_owner(text: str, source: str | None) -> None:
    (event,) = [e for e in _events(text) if e.type == "ACCUSE"]
    assert argument_texts(event)[0] == source


def test_it_reaches_over_a_sentence_that_names_no_one() -> None:
    text = (
        "Amnesty International said the strikes were unlawful. Ending the war is crucial. "
        "However, it urged Turkey to act."
    )
    article = extract(text, language="en")
    names = {e.id: e.name for e in article.entities}
    (event,) = [e for e in article.events if e.type == "REQUEST"]
    assert names.get(event.source or "") == "Amnesty International"


def test_the_actor_before_whose_owns_the_act_after_it_but_not_one_done_to_it() -> None:
    (event,) = _events("It alarmed Turkish officials, whose crackdown on the Kurds intensified.")
    assert argument_texts(event)[0] == "Turkish officials"
    text = "Turkey protected the YPG, whose members helped a US-led coalition push Isis out of Syria."
    (helped,) = [e for e in _events(text) if e.type == "AID"]
    assert argument_texts(helped)[0] == "YPG"
    events = _events("Yemen mourned Ali Abdullah Saleh, whose killing by Houthi rebels shocked Sana'a.")
    assert all(argument_texts(e)[0] != "Ali Abdullah Saleh" for e in events)


def test_a_coordinated_noun_told_in_the_passive_shares_no_subject() -> None:
    text = "The police was present at the spot for two hours but no arrests have been made."
    assert all(e.source is None for e in _events(text) if e.type == "COERCE")


def test_a_participle_qualifying_an_actor_makes_it_the_actor() -> None:
    (attack,) = [
        e for e in _events("Harrigan said the attacking forces were hit by strikes.") if e.type == "ASSAULT"
    ]
    assert argument_texts(attack)[0] == "forces"
    (kill,) = [e for e in _events("The army bombed the town, killing 12 civilians.") if e.type == "ASSAULT"]
    assert argument_texts(kill) == ("army", "civilians")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # en-noise3: an ally named after "on the side of" or "alongside" is no target
        ("Harrigan said the attacking forces were fighting on the side of Bashar al-Assad's regime.", None),
        ("Hezbollah, which is fighting alongside the Assad regime, took prisoners.", None),
        ("British volunteers fought alongside US troops against Isis in Raqqa.", "Isis"),
    ],
)
def test_an_ally_is_no_target(text: str, target: str | None) -> None:
    (event,) = [e for e in _events(text) if any(t.text.startswith(("fight", "fought")) for t in e.triggers)]
    assert argument_texts(event)[1] == target


def test_an_act_after_an_ally_keeps_its_target() -> None:
    text = "A film-maker was killed while working alongside Kurdish forces fighting Islamic State in Syria."
    (event,) = [e for e in _events(text) if e.triggers[0].text == "fighting"]
    assert argument_texts(event)[1] == "Islamic State"


def test_a_fronted_visit_is_the_main_clauses_subjects() -> None:
    events = _events("On a visit to Mogadishu, Priti Patel announced new aid for Somalia.")
    assert {(e.type, argument_texts(e)[0]) for e in events} == {
        ("CONSULT", "Priti Patel"),
        ("AID", "Priti Patel"),
    }
    visits = [
        e
        for e in _events("After a visit by the prime minister, police arrested three men.")
        if e.type == "CONSULT"
    ]
    assert all(argument_texts(e)[0] != "police" for e in visits)  # a by-phrase names the visitor


def test_a_place_before_a_noun_of_attack_is_where_not_who() -> None:
    (event,) = _events("Rebels said the Idlib offensive had killed dozens of civilians.")
    assert event.type == "ASSAULT" and argument_texts(event)[0] is None
    (turkish,) = _events("The Turkish offensive killed 12 civilians.")
    assert argument_texts(turkish)[0] == "Turkish"


def test_a_possessive_determiner_with_no_subject_in_its_clause_stands_for_the_sentence_subject() -> None:
    text = "Israel rarely claims responsibility for its assaults. Many of its recent attacks hit bases."
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert events and all(argument_texts(e)[0] == "Israel" for e in events)
    text = (
        "Erdoğan met Putin on Monday. Then the Kurds, allies of the west in their fight against Isis, fled."
    )
    (fight,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert argument_texts(fight)[0] == "Kurds"  # "their" is no person's: the people's before it


def test_a_participle_after_a_determiner_and_its_noun_is_no_noun_act() -> None:
    events = _events("Thirty of them are banned from travelling, along with having their assets frozen.")
    assert all(e.source is None for e in events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Arab League is poised to re-admit Syria, seven years after expelling it.", "Arab League"),
        ("After expelling Syria, the Arab League changed its mind.", "Arab League"),
        ("Britain voted to join the US in bombing Syria in 2015.", "Britain"),
        ("Trump said the US would leave while continuing to fight ISIS.", "US"),
    ],
)
def test_a_gerund_after_a_preposition_is_its_main_clause_subjects(text: str, source: str) -> None:
    events = [e for e in _events(text) if e.type in ("SANCTION", "ASSAULT")]
    assert [argument_texts(e)[0] for e in events] == [source]


def test_a_gerund_that_is_its_clauses_subject_takes_no_main_clause_actor() -> None:
    (event,) = [
        e for e in _events("Turkey closed the border after fighting erupted in Idlib.") if e.type == "ASSAULT"
    ]
    assert event.source is None


def test_a_participle_before_a_modifier_and_its_actor_qualifies_that_actor() -> None:
    (event,) = _events("The withdrawing Kurdish forces framed their exit as a move to spare civilians.")
    assert event.type == "RETREAT" and argument_texts(event)[0] == "forces"


def test_a_by_phrase_before_a_verb_of_saying_is_no_speaker_and_its_participle_no_far_target() -> None:
    text = "US-backed fighters besieging territory occupied by Islamic State said they had pushed further."
    (event,) = [e for e in _events(text) if e.type == "COERCE"]
    assert argument_texts(event) == ("Islamic State", None)
    (event,) = [
        e for e in _events("The village was attacked by Russia, officials said.") if e.type == "ASSAULT"
    ]
    assert argument_texts(event)[0] == "Russia"


def test_the_object_of_an_infinitive_before_a_verb_is_not_its_subject() -> None:
    text = "In Anbar province, Sunni tribesmen armed to fight Isis now refuse to surrender their weapons."
    (refusal,) = [e for e in _events(text) if e.type == "REJECT"]
    assert argument_texts(refusal)[0] == "tribesmen"  # not Isis
    events = _events("Russia decided to help Syria and attacked the rebels.")
    assert [argument_texts(e) for e in events if e.type == "ASSAULT"] == [("Russia", "rebels")]
    (invasion,) = _events("In 2003 Turkey refused to back the US-led invasion of Iraq.")[1:]
    assert argument_texts(invasion) == ("US", "Iraq")


def test_it_stands_for_its_subject_where_a_people_of_it_is_a_later_object() -> None:
    text = (
        "The UK said that it cannot help its citizens, although this year it attempted to extradite two "
        "surviving British members of the cell to the US."
    )
    (event,) = [e for e in _events(text) if e.type == "COOPERATE"]
    assert argument_texts(event)[0] == "UK"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The town was destroyed by retreating militants.", "militants"),
        ("The village was shelled by advancing Turkish troops.", "Turkish troops"),
    ],
)
def test_a_participle_between_by_and_the_actor_of_a_passive(text: str, source: str) -> None:
    (event,) = [e for e in _events(text) if e.type in ("COERCE", "ASSAULT")]
    assert argument_texts(event)[0] == source


def test_a_possessive_determiner_deep_in_its_sentence_reaches_no_earlier_one() -> None:
    text = "Police arrested the protesters on Monday. “I refused to entertain their demand,” he said."
    (demand,) = [e for e in _events(text) if e.type == "REQUEST"]
    assert demand.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "France said the Syrian regime was responsible for Saturday’s chemical attack in Douma.",
            "Syrian regime",
        ),
        (
            "Turkey initially blamed the Syrian regime for last Saturday’s chemical weapons attack.",
            "Syrian regime",
        ),
        ("AFP has more on Syria’s responsibility for the chemical attack on Douma last weekend.", "Syria"),
        ("Officials believe the Taliban were behind the bombing in Kabul.", "Taliban"),
        ("Jeremy Fleming has accused Russia of being behind the nerve agent attack in Salisbury.", "Russia"),
    ],
)
def test_an_act_laid_at_an_actor_is_its_act(text: str, source: str) -> None:
    (attack,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert argument_texts(attack)[0] == source


def test_an_actor_that_denies_responsibility_is_not_laid_the_act() -> None:
    text = "Russia denied responsibility for Saturday’s chemical attack in Douma."
    assert all(e.source is None for e in _events(text) if e.type == "ASSAULT")
    text = "Israel rarely claims responsibility for its assaults into Syria."
    assert [argument_texts(e)[0] for e in _events(text) if e.type == "ASSAULT"] == ["Israel"]


def test_the_source_of_an_according_to_phrase_is_no_actor_of_what_follows() -> None:
    text = (
        "According to expert Hamish de Bretton-Gordon, the use of chemical weapons may encourage their use."
    )
    (request,) = [e for e in _events(text) if e.type == "REQUEST"]
    assert request.source is None
    (attack,) = _events("According to police, the militants attacked the village.")
    assert argument_texts(attack)[0] == "militants"


def test_a_place_its_subject_comes_from_is_not_where_the_act_is() -> None:
    text = "One person was killed after a missile from Syria struck the Turkish bordertown of Reyhanli."
    (strike,) = [e for e in extract(text, language="en").events if e.type == "ASSAULT"]
    assert strike.location is None
    article = extract("US troops withdrew from Syria.", language="en")
    names = {e.id: e.name for e in article.entities}
    assert [names.get(e.location or "") for e in article.events] == ["Syria"]


def test_an_explicit_by_agent_outranks_the_actor_an_act_is_laid_at() -> None:
    text = "The UN said the US was responsible for the attack by Kurdish forces on Raqqa."
    (attack,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert argument_texts(attack)[0] == "forces"  # (the Kurdish forces)


def test_an_according_to_aside_cites_no_actor_inside_a_sentence() -> None:
    (attack,) = _events("Syrian forces, according to Amnesty International, attacked Homs.")
    assert argument_texts(attack)[0] != "Amnesty International"


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("India announced closer cooperation with Japan.", "COOPERATE", "India"),
        ("Mike Pompeo announced the summit, jointly hosted with Poland.", "CONSULT", "Mike Pompeo"),
        ("Japan will send $10 million in aid to Haiti.", "AID", "Japan"),
    ],
)
def test_who_announces_an_act_that_needs_an_actor_does_it(text: str, kind: str, source: str) -> None:
    events = [e for e in _events(text) if e.type == kind]
    assert [argument_texts(e)[0] for e in events] == [source]


def test_who_announces_an_attack_only_speaks() -> None:
    events = _events("Police announced that militants attacked a convoy in Kabul.")
    assert [(e.type, argument_texts(e)[0]) for e in events] == [("ASSAULT", "militants")]


def test_an_amount_without_its_verb_gives_no_actor() -> None:
    events = _events("Haiti, Japan said, needs $10 million in aid.")
    assert all(argument_texts(e)[0] != "Japan" for e in events if e.type == "AID")


def test_the_kin_of_a_person_speaks_for_themselves() -> None:
    text = "Joe Robinson was held. Robinson's mother, Sharon, said the Foreign Office had not visited him."
    record = extract(text, language="en")
    (visit,) = [e for e in record.events if e.type == "CONSULT"]
    assert visit.attributed_to is None  # his mother said so, not Robinson


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("She insisted that the attack on Douma cannot go unchallenged.", None),  # inside its subject
        ("The UN insisted that Syria must allow inspectors.", "Syria"),  # the complement's subject
    ],
)
def test_a_verb_ending_in_that_takes_only_its_complements_subject(text: str, target: str | None) -> None:
    request = next(e for e in extract(text).events if e.type == "REQUEST")
    assert getattr(request.target_text, "text", None) == target


@pytest.mark.parametrize(
    "text",
    [
        "Russia conducted at least 12 aerial strikes on Idlib on Monday.",
        "The army launched more than 20 raids on Monday.",
    ],
)
def test_a_quantity_between_a_light_verb_and_its_noun_reads_as_one_word(text: str) -> None:
    (event,) = extract(text).events
    assert event.source_text is not None and event.source_text.text in ("Russia", "army")


@pytest.mark.parametrize(
    ("text", "target", "speaker"),
    [
        ("Rebels attacked the army, officials said.", "army", "officials"),
        ("Rebels attacked the army, said officials.", "army", "officials"),
        ("Rebels attacked the town, said the army.", None, "army"),
    ],
)
def test_a_speaker_after_a_comma_is_neither_target_nor_other_actor(
    text: str, target: str | None, speaker: str
) -> None:
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    (event,) = record.events
    assert getattr(event.target_text, "text", None) == target
    assert names[event.attributed_to or ""] == speaker


def test_whom_a_claim_is_told_to_is_no_speaker() -> None:
    record = extract("“We will fight,” a police officer told reporters.")
    reporters = {e.id for e in record.entities if e.name == "reporters"}
    assert all(e.source not in reporters and e.attributed_to not in reporters for e in record.events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Joe Robinson, a British national, was arrested in Turkey.", "Joe Robinson"),
        ("Police arrested Ali, a student, in Delhi.", "Ali"),
    ],
)
def test_an_indefinite_apposition_is_an_aside(text: str, target: str) -> None:
    (event,) = extract(text).events
    assert getattr(event.target_text, "text", None) == target
