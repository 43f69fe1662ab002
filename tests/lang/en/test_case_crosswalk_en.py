"""English: the ACLED sub-event types told by a clause (the CASE 2021 block of ``events.yaml``)."""

from __future__ import annotations

import pytest

from khabar import extract


def acled_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.mode, e.acled_sub_event_type) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels fired shells filled with poison gas at the town.",
            ("ASSAULT", "unconventional", "Chemical weapon"),
        ),
        (
            "Helicopters dropped containers of toxic gas on the town.",
            ("ASSAULT", "unconventional", "Chemical weapon"),
        ),
        (
            "The rally turned violent as protesters smashed shop windows.",
            ("PROTEST", "riot", "Violent demonstration"),
        ),
        ("Syrian warplanes destroyed an arms depot in Homs.", ("COERCE", "destroy", "Air/drone strike")),
        (
            "Two suicide bombers blow themselves up in a mosque in Kabul.",
            ("ASSAULT", "suicide-attack", "Suicide bomb"),
        ),
        ("The army captured two rebel camps in Abra.", ("COERCE", "seize", "Government regains territory")),
        ("The government and the rebels agreed to a ceasefire.", ("AGREE", None, "Agreement")),
        ("A suspected thief was set ablaze by an angry mob.", ("PROTEST", "riot", "Mob violence")),
        ("Rallies and sit-ins were held across the country.", ("PROTEST", "demo", "Peaceful protest")),
        (
            "Special groups of troops have been formed in four regions.",
            ("MOBILIZE", "troops", "Change to group/activity"),
        ),
        (
            "Islamic State militants gained ground in the north.",
            ("COERCE", "seize", "Non-state actor overtakes territory"),
        ),
        # a named place seized is territory, not goods looted
        (
            "Islamic State militants seized Mosul on Tuesday.",
            ("COERCE", "seize", "Non-state actor overtakes territory"),
        ),
        # ground taken by a side left unnamed from rebels or insurgents: the government's
        (
            "The Al-Nusra Front terrorists were pushed back from their strongholds in Aleppo province.",
            ("COERCE", "seize", "Government regains territory"),
        ),
        (
            "The coalition forces handed control of the military camp back to Iraqi Security Forces.",
            ("RETREAT", "withdraw", "Non-violent transfer of territory"),
        ),
        (
            "Thousands of protesters gathered in the capital demanding the resignation of the premier.",
            ("PROTEST", "demo", "Peaceful protest"),
        ),
        ("The two sides carried out an exchange of prisoners.", ("RETREAT", "release", "Agreement")),
        ("The guerrillas started peace talks with the government.", ("CONSULT", None, "Agreement")),
        ("Protesters were throwing bottles at the police.", ("PROTEST", "riot", "Violent demonstration")),
        ("Demonstrators chanting slogans filled the square.", ("PROTEST", "demo", "Peaceful protest")),
        ("The Saudi-led bombing campaign went on.", ("ASSAULT", "aerial", "Air/drone strike")),
        (
            "The attacks on properties of its members had a serious impact on the economy.",
            ("ASSAULT", None, "Looting/property destruction"),
        ),
        (
            "Turkish forces have set up a new observation post near Idlib.",
            ("MOBILIZE", "militia", "Headquarters or base established"),
        ),
    ],
)
def test_clause_tells_the_sub_event_type(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in acled_of(text)


def test_a_pledge_is_no_acled_agreement() -> None:
    assert acled_of("The minister vowed to help the farmers.") == [("AGREE", None, None)]


def test_talks_between_states_and_crowds_without_protesters_stay_as_they_were() -> None:
    assert acled_of("Crowds gathered at the stadium to watch the final.") == []
    assert ("CONSULT", None, None) in acled_of("The foreign ministers of India and China held talks.")
