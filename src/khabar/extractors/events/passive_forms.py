"""Passive forms where markers follow nouns (Hindi). A by-phrase (द्वारा, के हाथों) names the actor of a
noun trigger before it with a participle between ("सेना द्वारा किए गए हमले": the army attacked), or right
after it, before the light verb ("पत्रकार की हत्या पुलिस के हाथों हुई": the police killed). A passive
infinitive ("इशरत जहां को मार दिए जाने के खिलाफ") is a noun clause: an unmarked actor before it is the
subject of the sentence's verb ("सिंघल ... के खिलाफ थे"), not whom the act is done to. A noun with a
light verb of happening ("हमला हुआ") is that verb's subject: no agent acts in its clause, and a genitive
actor next to it is its subject as of the noun alone ("छात्रों का प्रदर्शन हुआ"). The dative subject
(को) of an infinitive before a verb of compulsion does the act ("थरूर को इस्तीफा देना पड़ा") or, with a
light verb of happening, undergoes it ("X को गिरफ्तार होना पड़ा")."""

from __future__ import annotations

from itertools import pairwise

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.targets import free_words
from khabar.text.tokens import ends_in

PARTICIPLE = 2  # words of a participle between a by-phrase and the noun it qualifies ("किए गए")
CONJUNCT = 3  # words before a genitive where a conjunction makes it a conjunct ("X और उजागर सिंह की")


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


def happening(context: Context, cues: ArgCues, mention: Mention, source: Candidate) -> bool:
    """Is ``source`` no actor of a noun whose light verb (bridges aside) is one of happening, where
    markers follow nouns: an unmarked actor before it ("भारतीय दूतावास पर हमला हुआ") or an agent (ने) of
    another clause ("जिस तरह उन्होंने ... , उनकी तारीफ़ हुई"), but not one right before the noun ("अमरीकी
    हवाई हमले हुए": one done to someone aside: "दो लोग गिरफ्तार हुए") nor a conjunct ("X और Y की बातचीत हुई")?"""
    hit, tokens = mention.hit, context.doc.tokens
    if not cues.happening or not mention.trigger.noun or source.role not in (None, "agent"):
        return False
    if source.end > hit.start or not (
        tokens.between(source.end, hit.start) or mention.trigger.patient_genitive
    ):
        return False
    if source.role == "agent" and "," not in context.doc.text[source.end : hit.start]:
        return False  # (in its own clause, written so: "भीड़ ने ... वाहनों में तोड़फोड़ हुई")
    following = tokens.after(source.end, 1, stops=word_stops())
    if following and following[0] in grammar(hit.language).conjunctions:
        return False
    return _happens(context, cues, mention)


def _happens(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is the word after the trigger, bridges aside, a light verb of happening ("हमला हुआ")?"""
    after = context.doc.tokens.after(mention.hit.end, 3, limit=mention.clause.end, stops=word_stops())
    while after and (after[0],) in cues.bridges:
        after = after[1:]
    return bool(after) and after[0] in cues.happening


def genitive_subject(context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate]) -> bool:
    """Is the mention a noun that happens with a genitive actor next to it, who is its subject as of the
    noun alone ("छात्रों का प्रदर्शन हुआ", "परिजनों का समझौता हुआ": they protest, they agree; the light
    verb has no agent to make the genitive an object of), unless the noun's genitive is whom it is
    done to ("उनकी तारीफ़ हुई"), or it closes a pair of conjuncts ("X और Y की बातचीत हुई": each with the
    other)?"""
    trigger = mention.trigger
    if not cues.happening or not trigger.noun or trigger.patient_genitive or not nearest:
        return False
    closest = nearest[0]
    if closest.mark not in cues.genitive or closest.kind != "entity":
        return False
    tokens, floor = context.doc.tokens, mention.clause.start
    before = tokens.before(closest.start, CONJUNCT, floor=floor, stops=word_stops())
    if grammar(mention.hit.language).conjunctions.intersection(before):
        return False
    gap = free_words(context, cues, closest.end, mention.hit.start)
    return gap is not None and gap <= 1 and _happens(context, cues, mention)


def compelled_roles(
    context: Context,
    cues: ArgCues,
    mention: Mention,
    nearest: list[Candidate],
    source: Candidate | None,
    target: Candidate | None,
) -> tuple[Candidate | None, Candidate | None]:
    """The roles of an infinitive before a verb of compulsion: its first object (को) is its subject, the
    source ("थरूर को इस्तीफा देना पड़ा"), or the target where its light verb is one of happening ("X को
    गिरफ्तार होना पड़ा"); an agent or by-phrase keeps its role. An object before a nonfinite clause
    between it and the trigger is that clause's where another object follows it ("भीड़ को नियंत्रित करने के
    लिए पुलिस को ... पड़ा"); the last is the subject whatever stands between ("सरकार को बड़े पैमाने पर ...
    करनी पड़ी": a noun that ends as an oblique infinitive does)."""
    *earlier, last = [a for a in reversed(nearest) if a.role == "object"] or [None]
    subject = next((a for a in earlier if not _nonfinite_after(context, cues, mention, a)), last)
    if subject is None or (source is not None and source.role in ("agent", "by")):
        return source, target
    after = context.doc.tokens.after(mention.hit.end, 1, limit=mention.clause.end, stops=word_stops())
    if after and after[0] in cues.happening:
        return None, subject
    return subject, None


def _nonfinite_after(context: Context, cues: ArgCues, mention: Mention, candidate: Candidate) -> bool:
    """Is there an oblique infinitive before a postposition ("रोकने के") between the candidate and the
    trigger?"""
    postpositions = grammar(mention.hit.language).postpositions
    words = context.doc.tokens.between(candidate.end, mention.hit.start)
    endings = cues.oblique_infinitive_suffixes
    return any(after in postpositions and ends_in(word, endings) for word, after in pairwise(words))
