"""Passive forms where markers follow nouns (Hindi). A by-phrase (द्वारा, के हाथों) names the actor of a
noun trigger before it with a participle between ("सेना द्वारा किए गए हमले": the army attacked), or right
after it, before the light verb ("पत्रकार की हत्या पुलिस के हाथों हुई": the police killed). A passive
infinitive ("इशरत जहां को मार दिए जाने के खिलाफ") is a noun clause: an unmarked actor before it is the
subject of the sentence's verb ("सिंघल ... के खिलाफ थे"), not whom the act is done to."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues

PARTICIPLE = 2  # words of a participle between a by-phrase and the noun it qualifies ("किए गए")


def by_reach(cues: ArgCues, candidate: Candidate) -> int:
    """How many more words than a genitive's may stand between a by-phrase and the noun trigger after
    it, where markers follow nouns: its marker's and a participle's ("द्वारा किए गए", "के हाथों की गई")."""
    if not cues.postpositional or candidate.role != "by":
        return 0
    return len(candidate.mark or ()) - 1 + PARTICIPLE


def by_after(context: Context, cues: ArgCues, mention: Mention, right: list[Candidate]) -> Candidate | None:
    """The by-phrase right after a noun trigger (no word between them), where markers follow nouns: the
    noun's actor ("X की हत्या पुलिस के हाथों की गई"); none for a verb, or across any word ("हमले के बाद
    सरकार द्वारा सम्मानित": honoured by the government)."""
    if not cues.postpositional or not mention.trigger.noun or not right:
        return None
    first = right[0]
    if first.role != "by" or context.doc.tokens.between(mention.hit.end, first.start):
        return None
    return first


def passive_infinitive(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Does a passive auxiliary in the infinitive follow the trigger within two words ("मार दिए जाने",
    "गिरफ़्तार किए जाने"), where markers follow nouns?"""
    if not cues.postpositional:
        return False
    after = context.doc.tokens.after(mention.hit.end, 2, limit=mention.clause.end, stops=word_stops())
    return any(w in cues.passive and w.endswith(cues.infinitive_suffixes) for w in after)
