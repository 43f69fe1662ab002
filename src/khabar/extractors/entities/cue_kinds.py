"""What points at a run of words (``Cue``), the sets of cues that say what the run may be, and the run
itself (``CuedRun``): shared by the steps that find runs (``cued``) and link them (``link``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from khabar.text.tokens import Token

PLACE_TYPE = frozenset(
    {"PLACE"}
)  # a place, not a country ("चीनी कंपनी" is any Chinese company), opens a body's name


class Cue(Enum):
    """What points at a run, and so what it may be."""

    TITLE = "title"  # a person's title before or after it
    OFFICE = "office"  # "X के प्रवक्ता": X is the office (a country or body)
    SUBJECT = "subject"  # opens a reported clause: a capital may stand for its state
    AGENT = "agent"  # an agent marker follows ("X ने")
    SPEAKER = "speaker"  # it speaks ("X ने कहा", "X कहते हैं", "X का कहना है"): an actor, a person if new
    PLACE = "place"  # a place cue word next to it, or listed with a place
    NEAR = "near"  # used as a location ("X में"): a place at home, if any
    GIVEN = "given"  # opened by a known given name
    SURNAME = "surname"  # ended by a known surname
    OPENER = "opener"  # after a word of respect ("महात्मा")
    INITIALS = "initials"  # after initials ("पी चिदंबरम")
    FOREIGN = "foreign"  # sounds like a common Latin given name opening it, or surname acting ("टाइसन ने")
    LISTED = "listed"  # listed with a person found ("अर्जुन , द्रोणाचार्य और गुरु गोविन्द सिंह"): a person
    MARKED = "marked"  # a listed given name or surname alone before a postposition ("आडवाणी की"): a person
    ORG = "org"  # ended by an organisation head word ("X आयोग", "X Party")
    CAPS = "caps"  # a capitalised Latin run
    ACRONYM = "acronym"  # an acronym: spelled in another script, or a Latin word in capitals ("OPCW", "Isis")
    TAGGED_PERSON = "tagged person"  # the name tagger marked it (``tagger``)
    NAMED = "named"  # a naming phrase or an apposition says it is a person's ("a volunteer named X", "X नाम के
    # एक छात्र", "X, a student": ``named_by``)
    LEANING_PERSON = "leaning person"  # the tagger leans to a person where another cue points: a person
    # unless a known body fits
    TAGGED_PLACE = "tagged place"
    TAGGED_ORG = "tagged org"


PERSON_CUES = frozenset(  # a person
    {
        Cue.TITLE,
        Cue.SURNAME,
        Cue.GIVEN,
        Cue.OPENER,
        Cue.INITIALS,
        Cue.FOREIGN,
        Cue.LISTED,
        Cue.MARKED,
        Cue.NAMED,
        Cue.TAGGED_PERSON,
        Cue.LEANING_PERSON,
    }
)
TAGGED = {"PERSON": Cue.TAGGED_PERSON, "PLACE": Cue.TAGGED_PLACE, "ORG": Cue.TAGGED_ORG}
# runs cut to no frequent word at either end (``trim_edges``)
PERSON_EDGES_CUES = PERSON_CUES | {Cue.AGENT, Cue.SPEAKER}
# cues that, with the tagger leaning to a person's name there, make the name a person's
LEANING_CUES = frozenset(
    {
        Cue.AGENT,
        Cue.SPEAKER,
        Cue.SUBJECT,
        Cue.TITLE,
        Cue.GIVEN,
        Cue.SURNAME,
        Cue.OPENER,
        Cue.INITIALS,
        Cue.NAMED,
    }
)
# cues that make a name of words the tagger left out
STANDALONE_CUES = frozenset(
    {
        Cue.TITLE,
        Cue.OFFICE,
        Cue.SUBJECT,
        Cue.AGENT,
        Cue.SPEAKER,
        Cue.ACRONYM,
        Cue.OPENER,
        Cue.INITIALS,
        Cue.FOREIGN,
        Cue.LISTED,
        Cue.MARKED,
        Cue.NAMED,
    }
)


@dataclass(frozen=True, slots=True)
class CuedRun:
    """A run of words, what points at it, and the place feature a place cue word implies."""

    tokens: list[Token]
    cue: Cue
    feature: str | None = None
    known_only: bool = False  # words the tagger surely left out: only a close knowledge match
