"""The actor a participle phrase qualifies, where markers follow nouns: a trigger closed by a participle
(``participles``: गए, पहुंचे, आए) with an actor right after it is a relative clause on that actor's
noun phrase, whose actor does the act ("पाकिस्तान के दौरे पर पहुंचे चीनी प्रधानमंत्री": China visits;
"दौरे पर गए पाकिस्तान के ... प्रमुख आलम सईद का हेलीकॉप्टर": Alam Saeed visits; "जाँच कर रही सीबीआई ने":
the CBI investigates), or, of a passive, undergoes it ("मारे गए लोगों"). The phrase's actor
is the last of a chain of genitives (an owner names whose the noun after it is), not a title's owner
("अमरीकी राष्ट्रपति बराक ओबामा": Obama), nor a place."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.owners import owns_title
from khabar.extractors.events.syntax import ArgCues

CHAIN_REACH = 8  # at most this many words between a genitive owner and the actor of the noun it owns


def qualified_actor(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The actor of the noun phrase right after a participle that closes the trigger (the trigger's own
    last word, "जाँच कर रही सीबीआई ने", or the word after it), else None."""
    tokens, hit = context.doc.tokens, mention.hit
    at = tokens.first_at(hit.end)
    own = tokens.between(hit.start, hit.end)
    if own and own[-1] in cues.participles:
        at -= 1  # the trigger's words end with the participle
    if not cues.participles or at + 1 >= len(tokens) or tokens[at].text not in cues.participles:
        return None
    if any(c in word_stops() for c in context.doc.text[tokens[at].end : tokens[at + 1].start]):
        return None
    actor = context.candidates.first_from(tokens[at].end)
    if actor is None or actor.start != tokens[at + 1].start:
        return None
    while owns_title(context, cues, actor) or _owner_of_next(context, cues, actor):
        actor = context.candidates.first_from(actor.end)
        if actor is None:
            return None
    return actor if actor.kind == "entity" and actor.entity_type != "PLACE" else None


def _owner_of_next(context: Context, cues: ArgCues, actor: Candidate) -> bool:
    """Is ``actor`` a genitive that owns a noun phrase naming another actor after it, only genitives
    and plain words between ("पाकिस्तान के राष्ट्रीय आपदा एजेंसी के प्रमुख आलम सईद")?"""
    if actor.role != "genitive":
        return False
    after = context.candidates.first_from(actor.end)
    if after is None or any(c in word_stops() for c in context.doc.text[actor.end : after.start]):
        return False
    words = context.doc.tokens.between(actor.end, after.start)
    mark = len(actor.mark or ())
    return len(words) <= CHAIN_REACH and all(
        w not in cues.marker_words or (w,) in cues.genitive for w in words[mark:]
    )


def participle_actor(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """Where markers precede nouns: the actor right after a trigger that is one participle qualifying
    that actor's noun, one modifier at most between ("territory vacated by retreating Islamic State
    militants", "the attacking forces", "the withdrawing Kurdish forces"), who does the act. The
    participle of a verb that takes an object qualifies a noun only after a determiner ("the attacking
    forces"; not "..., killing civilians")."""
    if cues.postpositional or not cues.progressive_suffixes:
        return None
    tokens, hit = context.doc.tokens, mention.hit
    own = tokens.between(hit.start, hit.end)
    if len(own) != 1 or not own[0].endswith(cues.progressive_suffixes):
        return None
    if not mention.trigger.intransitive:
        before = tokens.before(hit.start, 1, stops=word_stops())
        if not before or before[0] not in cues.determiners:
            return None
    actor = context.candidates.first_from(hit.end)
    if actor is None or not _modifier_at_most(context, cues, hit.end, actor.start):
        return None
    return actor if actor.kind == "entity" and actor.entity_type != "PLACE" else None


def _modifier_at_most(context: Context, cues: ArgCues, start: int, end: int) -> bool:
    """Is ``[start, end)`` only spaces, or one word that is no marker, determiner nor clause break
    ("the withdrawing Kurdish forces")?"""
    gap = context.doc.text[start:end]
    if not gap.strip(" "):
        return True
    words = context.doc.tokens.between(start, end)
    if len(words) != 1 or gap.strip(" ") != gap.strip() or len(gap.split()) != 1:
        return False
    word = words[0]
    return not (word in cues.marker_words or word in cues.determiners or word in cues.clause_breaks)
