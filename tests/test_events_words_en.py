"""English event words read from the NGEC synthetic dev leads' error classes: a word's other forms,
and a word whose sense its actors tell."""

from __future__ import annotations

import pytest

from khabar import extract


def first_type(text: str) -> str | None:
    events = sorted(extract(text).events, key=lambda e: e.start)
    return events[0].type if events else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an act begun is the act, whatever the form of "begin"
        ("The Iranian military have begun to withdraw troops from the border.", "RETREAT"),
        ("The workers said they are going on strike on Monday.", "PROTEST"),
        ("The federation of trade unions has called a one-day work stoppage on Friday.", "PROTEST"),
        ("Czech forces have been ordered out of Slovakia.", "RETREAT"),
        ("The government imposed a state of martial law on Monday.", "COERCE"),
        ("Former leader Aleksandar Vucic is facing charges of corruption in Serbia.", "ACCUSE"),
        ("A commander was killed in an unmanned aerial strike in Sierra Leone on Wednesday.", "ASSAULT"),
        ("Ten people were killed in sectarian clashes in Baghdad on Wednesday.", "ASSAULT"),
    ],
)
def test_word_forms_and_phrases(sentence: str, expected: str) -> None:
    assert first_type(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armed militiamen stormed a synagogue in Jerusalem, killing 14.", "ASSAULT"),
        ("Masked gunmen stormed a school in Maiduguri on Sunday.", "ASSAULT"),
        ("Protesters stormed the parliament building in Colombo.", "PROTEST"),
    ],
)
def test_a_place_stormed_by_armed_men_is_an_attack_by_protesters_a_riot(sentence: str, expected: str) -> None:
    assert first_type(sentence) == expected


def types(text: str) -> set[str]:
    return {e.type for e in extract(text).events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a journey is a visit (CONSULT) only by one who represents someone
        ("The Iranian president, Hassan Rouhani, travelled to Baghdad on Monday.", True),
        ("Shamima Begum travelled to Syria in 2015.", False),
        ("As many as 4,000 Russian citizens traveled to Syria and Iraq.", False),
        ("Letts, a Muslim convert from Oxford, left for Syria in 2014.", False),
        # ... of no known source, it is one where its clause names someone who represents others
        ("A delegation from Human Rights Watch has traveled to Istanbul to meet the opposition.", True),
        ("Anyone who has travelled to these areas is putting themselves in danger.", False),
        # a visit by police to a home is routine, a visiting fellow holds a post
        ("She faced regular interrogations and police visits in her native Dagestan.", False),
        ("Ranj Alaaldin is a visiting fellow at the Brookings Institution in Doha.", False),
        ("Turkish president Recep Tayyip Erdogan visited Cairo in September 2011.", True),
    ],
)
def test_a_private_journey_is_no_visit(sentence: str, expected: bool) -> None:
    assert ("CONSULT" in types(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the speaker's own side that must act is asked of no one; a question is no request
        ("“We need to hurry or there won’t be anyone left to return,” she said.", False),
        ("Asked about the tweet, the Kremlin spokesman Dmitry Peskov said the line was active.", False),
        ("Trump asked the same question of his national security adviser, John Bolton.", False),
        ("“Turkey should withdraw its troops from Syria,” the Russian foreign minister said.", True),
        ("Trump asked Britain to take back 800 Isis fighters.", True),
    ],
)
def test_an_opinion_or_question_is_no_request(sentence: str, expected: bool) -> None:
    assert ("REQUEST" in types(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Not everyone agrees. Officials say the women pose a threat.", False),
        ("Russia and Turkey agreed to set up a demilitarised zone in Idlib.", True),
    ],
)
def test_a_crowd_of_opinion_agrees_to_nothing(sentence: str, expected: bool) -> None:
    assert ("AGREE" in types(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # hosting guests is a meeting; hosting refugees or another's bases involves no one, nor does an urge
        ("Putin hosted the leaders of Iran and Turkey in Sochi on Wednesday.", "CONSULT", True),
        ("Cyprus had hosted the United Kingdom’s sovereign base areas since 1960.", "CONSULT", False),
        ("The urge to find a cause worth fighting for lies deep in the human soul.", "REQUEST", False),
        ("Turkey sought UN backing for its plan on Monday.", "REQUEST", True),
    ],
)
def test_hosting_things_and_an_urge_involve_no_one(sentence: str, kind: str, expected: bool) -> None:
    assert (kind in types(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # "back" alone is an adverb or a noun but where it is a verb; recognising is support of an actor only;
        # meeting a test and the opposing sides of a war are no meeting and no rejection
        ("Trump told the EU it must take back its fighters captured in Syria.", "SUPPORT", False),
        ("Ken Clarke said he would back targeted strikes against Syria.", "SUPPORT", True),
        ("Baltimore has long recognized the benefit of immigrant communities.", "SUPPORT", False),
        ("Russia recognised Abkhazia in 2008.", "SUPPORT", True),
        ("The UNA does not believe military strikes would meet the tests of the law.", "CONSULT", False),
        ("Putin met Erdogan in Sochi on Wednesday.", "CONSULT", True),
        ("World powers have moved to support opposing factions in Syria.", "REJECT", False),
        ("Turkey opposed the plan on Monday.", "REJECT", True),
        # settling a text and talking rashly are no beating and no shooting
        ("Two summits this week will thrash out a new constitution for Syria.", "ASSAULT", False),
        ("Police thrashed the protesters in Patna on Monday.", "ASSAULT", True),
        ("Trump should think before he shoots off his mouth again.", "ASSAULT", False),
        ("Gunmen shot three villagers in Kaduna on Monday.", "ASSAULT", True),
        # executing a warrant or a plan is carrying it out
        ("Police executed 20 search warrants in Leeds on Monday.", "ASSAULT", False),
        ("Militants executed 12 soldiers in Raqqa on Monday.", "ASSAULT", True),
        ("Iran executed 12 prisoners on the orders of the court in Tehran on Monday.", "ASSAULT", True),
        ("The army executed the order in Raqqa on Monday.", "ASSAULT", False),
    ],
)
def test_adverbs_tests_and_sides_are_no_acts(sentence: str, kind: str, expected: bool) -> None:
    assert (kind in types(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # en-noise3: aid qualifying a budget or a trade, the media investigating a question and defending
        # oneself are no aid, no accusation and no support
        ("Six countries hit the 0.7% UN aid spending target in 2017.", "AID", False),
        ("Britain sent aid to Somalia on Monday.", "AID", True),
        ("Our podcast investigated how you solve half a century of bloodshed in Colombia.", "ACCUSE", False),
        ("Police investigated the killing of a pastor in Lagos.", "ACCUSE", True),
        ("“We are going to defend ourselves,” the commander said.", "SUPPORT", False),
        ("“We are going to defend ourselves,” the commander said.", "AGREE", False),
        ("Russia defended Syria at the UN on Monday.", "SUPPORT", True),
        # ... nor help asked for, nor ammunition given to critics
        ("Kurds appealed to the Assad regime for help in the face of the US withdrawal.", "AID", False),
        ("Russia helped the Syrian government in 2015.", "AID", True),
        ("The incident gave fresh ammunition to critics of Trump's decision.", "AID", False),
    ],
)
def test_aid_budgets_media_inquiries_and_self_defence(sentence: str, kind: str, expected: bool) -> None:
    assert (kind in types(sentence)) is expected
