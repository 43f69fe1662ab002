"""English passives read past their auxiliary: a participle joined by a conjunction or a comma to the
passive verb right before it shares its auxiliary ("have been tortured and murdered"); a capitalised
word between the auxiliary and the verb makes the verb's form a noun, not a passive ("it was Russian
vetoes that blocked")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.events.syntax import ArgCues, arg_cues
from khabar.extractors.events.triggers import Hit

if TYPE_CHECKING:
    from khabar.extractors.events.predicates import Predicate


def participle_after(doc: Doc, before: Predicate, predicate: Predicate) -> bool:
    """Is the predicate one active verb word with a participle ending of its language ("murdered",
    "detained"), after ``before`` in the same clause, where it may qualify a noun or share a passive's
    auxiliary?"""
    cues, hit = arg_cues(predicate.hit.language), predicate.hit
    if before.clause != predicate.clause or before.hit.end >= hit.start:
        return False
    own = doc.tokens.between(hit.start, hit.end)
    if not (cues.participle_suffixes and predicate.verbal and not predicate.passive and len(own) == 1):
        return False
    return own[0].endswith(cues.participle_suffixes) and not predicate.trigger.noun


def coordinated_passive(doc: Doc, before: Predicate, predicate: Predicate) -> bool:
    """Is an active verb a participle joined to the passive verb right before it by a conjunction or a
    comma only ("have been tortured and murdered", "beaten, tortured and killed")? It shares that
    verb's auxiliary: its subject undergoes it too. An auxiliary of its own ("were arrested and have
    confessed") makes it a verb of its own."""
    hit = predicate.hit
    if not before.passive or not participle_after(doc, before, predicate):
        return False
    between = doc.tokens.between(before.hit.end, hit.start)
    gap = doc.text[before.hit.end : hit.start]
    conjunctions = grammar(hit.language).conjunctions
    return all(w in conjunctions for w in between) and all(
        c.isspace() or c == "," for c in gap if not c.isalpha()
    )


def named_after_auxiliary(doc: Doc, cues: ArgCues, hit: Hit, before: list[str]) -> bool:
    """Is the word between a passive auxiliary and the verb a capitalised one, a name or demonym that
    makes the verb's form a noun ("it was Russian vetoes that blocked": Russia vetoed), where markers
    precede nouns? An adverb there leaves it passive ("was reportedly killed")."""
    if cues.postpositional or len(before) < 2 or before[-1] in cues.passive:
        return False
    at = doc.tokens.first_at(hit.start) - 1
    return at >= 0 and doc.tokens[at].capitalised
