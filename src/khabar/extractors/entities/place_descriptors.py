"""A descriptor before a place's name is no part of it: "दक्षिण-पश्चिमी प्रांत | सिचुआन" (the
south-western province of Sichuan), "राजधानी | काबुल". A name the tagger marked as a place that opens
with a place cue word that precedes names (``before`` in ``places.yaml``), after nothing or after
direction words only (``name_prefixes`` in ``grammar.yaml``, hyphened or not), is cut to the words after
that cue word; "उत्तर प्रदेश" keeps its direction word (प्रदेश is no cue word before a name).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.place_cue_words import place_cues

if TYPE_CHECKING:
    from khabar.extractors.entities.tagger import TaggedName


def without_descriptors(doc: Doc, names: list[TaggedName], language: str | None) -> list[TaggedName]:
    """``names`` with the descriptor cut from the places' names that open with one."""
    return [_cut(doc, name, language) if name.type == "PLACE" else name for name in names]


def _cut(doc: Doc, name: TaggedName, language: str | None) -> TaggedName:
    tokens, cues, directions = doc.tokens, place_cues(language)[1], grammar(language).name_prefixes
    for i in range(name.first, name.last):
        if tokens[i].text in cues:
            return replace(name, start=tokens[i + 1].start, first=i + 1)
        if tokens[i].text not in directions:
            break
    return name
