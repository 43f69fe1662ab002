"""Typed models of the language data: one model per topic file of ``lang/<code>/``.

Every model rejects unknown keys and takes words only as strings, so a misspelt key or a word
that YAML read as something else fails at load time, naming the file, the key and the reason.
"""

from khabar.lang.models.agents import Agents
from khabar.lang.models.base import Topic, Words
from khabar.lang.models.entities import (
    Demonyms,
    Frequent,
    Grammar,
    Institutions,
    LanguageRules,
    NameForms,
    Names,
    NameSounds,
    Places,
    TaggerKnowledge,
    Titles,
)
from khabar.lang.models.events import Events
from khabar.lang.models.quantities import Counts, Dates, Numbers, Quotes

TOPICS: tuple[type[Topic], ...] = (
    LanguageRules,
    Grammar,
    Frequent,
    TaggerKnowledge,
    NameSounds,
    Names,
    NameForms,
    Places,
    Demonyms,
    Titles,
    Institutions,
    Agents,
    Numbers,
    Dates,
    Counts,
    Quotes,
    Events,
)

__all__ = [
    "TOPICS",
    "Agents",
    "Counts",
    "Dates",
    "Demonyms",
    "Events",
    "Frequent",
    "Grammar",
    "Institutions",
    "LanguageRules",
    "NameForms",
    "NameSounds",
    "Names",
    "Numbers",
    "Places",
    "Quotes",
    "TaggerKnowledge",
    "Titles",
    "Topic",
    "Words",
]
