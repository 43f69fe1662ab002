"""An actor that acts through its own people. Where markers follow nouns, a noun of a body's people or
units (``grammar.owned_subjects``: "टीमें", "कार्यकर्ता", "समर्थक") after an actor and its genitive, with no
marker of its own after it, is its clause's unmarked subject in the present, progressive, future or an
intransitive (no ने), and the owner acts through it: "एनडीआरएफ की टीमें लोगों की मदद कर रही हैं" (the NDRF
helps), as "एनडीआरएफ की टीम ने" (``grammar.agent``) in the past. Not where the noun has its own marker ("X की
टीम को": an object; "X के कार्यकर्ता पर हमला": X is attacked) or ends its clause, nor for a place (its people
are not the place), nor for a pronoun (its genitive is fused: "उनके"). A title before its holder's name
("कांग्रेस के नेता राहुल गांधी") is one candidate already (``titled``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from khabar.doc import Doc
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.syntax import arg_cues

if TYPE_CHECKING:  # candidates reads this module
    from khabar.extractors.events.candidates import Candidate


def owner_as_subject(doc: Doc, candidate: Candidate) -> Candidate:
    """``candidate`` unmarked (no role) where it owns the unmarked subject of its clause (see the module),
    else as it is."""
    if candidate.kind != "entity" or candidate.role != "genitive" or candidate.entity_type == "PLACE":
        return candidate
    cues = arg_cues(doc.language_at(candidate.start))
    size = len(candidate.mark)
    words = doc.tokens.after(candidate.end, size + 1 + cues.longest_marker, stops=word_stops())
    if len(words) < size + 2 or words[size] not in cues.owned_subjects:
        return candidate
    rest = words[size + 1 :]
    if any(tuple(rest[:n]) in cues.markers for n in range(1, len(rest) + 1)):
        return candidate  # the noun's own marker: its role, not the subject's
    return replace(candidate, mark=None, role=None)
