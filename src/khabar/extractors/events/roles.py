"""Learned argument roles: a linear-chain CRF labels each candidate of a verbal predicate's sentence, in
text order, ``source``, ``target`` or ``none``. It is trained by ``python -m train roles`` on open UD
treebanks (``lang/<code>/roles.md``) from features khabar reads at run time, never gold parts of
speech: the marker next to the candidate and its role, its side of the predicate, its distance in
words and rank, the clause breaks, punctuation, claims and triggers between them, whether it is in the
predicate's clause, the clause's opener, a passive verb, the words around it. A language without a
model file keeps the hand rules (``arguments``)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

import pycrfsuite

from khabar.doc import Doc
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import Clause, Cuts, breaks, in_aside, outside_asides, sentence_bounds
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.predicates import Predicate
from khabar.extractors.events.syntax import ArgCues, arg_cues
from khabar.extractors.events.targets import compounded, kin_genitive
from khabar.extractors.events.triggers import Hit
from khabar.lang import LANG_ROOT

MODEL_FILE = "roles.crfsuite"
USED_FILE = "roles.txt"  # the roles the model gives: those where it beat the rules on held-out pairs
ROLES = ("source", "target")
LABELS = (*ROLES, "none")


@cache
def _model(language: str | None) -> tuple[pycrfsuite.Tagger, frozenset[str]] | None:
    """The language's role model and the roles it gives, if it ships one."""
    folder = LANG_ROOT / (language or "_")
    if not language or not (folder / MODEL_FILE).exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(folder / MODEL_FILE))
    used = folder / USED_FILE
    return tagger, frozenset(used.read_text(encoding="utf-8").split() if used.exists() else ())


Pair = tuple[Candidate | None, Candidate | None]


def learned_roles(
    context: Context, mention: Mention, source: Candidate | None, target: Candidate | None
) -> Pair:
    """``source`` and ``target`` of an active verbal mention, the one left empty filled with the candidate
    of its sentence the model gives that role (the most probable), for the roles the model is used for
    (``roles.txt``); unchanged where the language has no model, and of a passive (whose agent only "by"
    marks, as the rules read it)."""
    model = _model(mention.hit.language)
    if model is None or mention.predicate.passive:
        return source, target
    tagger, used = model
    doc, hit = context.doc, mention.hit
    sentence = sentence_bounds(doc, hit.start)
    clause = mention.clause
    within = outside_asides(clause, context.within(*sentence))
    candidates = [a for a in within if a.end <= hit.start or a.start >= hit.end]
    if not candidates:
        return source, target
    features = pair_features(doc, mention.predicate, candidates)
    labels = decode(tagger, features, eligible(doc, hit, clause, candidates))
    chosen = dict((label, a) for a, label in zip(candidates, labels, strict=True) if label in used)
    cues = arg_cues(hit.language)
    picked = chosen.get("source")
    if picked is not None and picked.entity_type == "PLACE":
        del chosen["source"]  # a place is where, not who (as in the rules)
    elif (
        picked is not None
        and not cues.postpositional
        and (picked.start >= hit.end or _governed(cues, picked))
    ):
        # an active verb's subject stands before it, bare, where markers precede nouns
        del chosen["source"]
    if (picked := chosen.get("target")) is not None and (
        _oblique(cues, mention, picked)
        or kin_genitive(context, cues, mention, picked)
        or compounded(context, cues, picked)
    ):
        del chosen["target"]  # "British soldier arrested in Turkey", "in Ethiopia and Libya": not what
        # the act is done to
    if source is None and chosen.get("source") is not target:
        source = chosen.get("source")
    if target is None and not mention.trigger.intransitive and chosen.get("target") is not source:
        target = chosen.get("target")
    return source, target


def _governed(cues: ArgCues, candidate: Candidate) -> bool:
    """Is ``candidate`` the object of a preposition ("attacks on Kurds", "talks with Russia"), not a
    genitive's ("the leader of Isis" may act) nor after a clause break that is one too ("after Israel
    struck")?"""
    mark = candidate.mark
    return mark is not None and mark not in cues.genitive and " ".join(mark) not in cues.clause_breaks


def _oblique(cues: ArgCues, mention: Mention, candidate: Candidate) -> bool:
    """Is ``candidate`` marked by an oblique preposition or postposition that does not aim an act at
    it ("in Turkey", "amid protests"; not "against X", "the arrest of X", "X से मुलाकात")?"""
    mark = candidate.mark
    return (
        candidate.role in ("oblique", "locative")
        and mark not in cues.genitive
        and mark not in cues.target_prepositions
        and mark not in mention.trigger.target_markers
    )


def eligible(doc: Doc, hit: Hit, clause: Clause, candidates: list[Candidate]) -> list[bool]:
    """Which candidates may take a role, as in the rules: none with a claim verb between it and the
    trigger ("police said gunmen attacked"; not one in an aside of the trigger's clause), none right
    before a claim verb after it (", officials said")."""
    claims, tokens = _marks(doc).claims, doc.tokens
    out = []
    for a in candidates:
        lo, hi = (a.end, hit.start) if a.end <= hit.start else (hit.end, a.start)
        after = bisect_left(claims, a.end)
        speaks = after < len(claims) and tokens.first_at(claims[after]) - tokens.first_at(a.end) <= 1
        between = claims[bisect_left(claims, lo) : bisect_left(claims, hi)]
        said = any(not in_aside(clause, c, c + 1) for c in between)
        out.append(not said and not (a.start >= hit.end and speaks))
    return out


def decode(tagger: pycrfsuite.Tagger, features: list[list[str]], allowed: list[bool]) -> list[str]:
    """The model's labels, with at most one source and one target (the most probable of each among the
    ``allowed`` candidates)."""
    labels = tagger.tag(features)
    for label in ("source", "target"):
        scored = [(tagger.marginal(label, i), i) for i, name in enumerate(labels) if name == label]
        best = max(((p, i) for p, i in scored if allowed[i]), default=None)
        for p, i in scored:
            if (p, i) != best:
                labels[i] = "none"
    return labels


@dataclass(frozen=True, slots=True)
class _Marks:
    """What lies between a candidate and its predicate, found once per document: clause breaks and
    clause punctuation, and the starts of claim verbs and of triggers."""

    cuts: Cuts
    claims: list[int]
    triggers: list[int]


@lru_cache(maxsize=4)
def _memo(text: str) -> dict[str, _Marks]:
    """The marks of one of the texts read last, found once."""
    return {}


def _marks(doc: Doc) -> _Marks:
    memo = _memo(doc.text)
    if "marks" not in memo:
        hits = doc.event_hits
        claims = [h.start for h in hits if h.kind == "claim"]
        memo["marks"] = _Marks(breaks(doc), claims, [h.start for h in hits if h.kind == "trigger"])
    return memo["marks"]


def _between(starts: list[int], lo: int, hi: int) -> int:
    return bisect_left(starts, hi) - bisect_left(starts, lo)


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-7" if n < 8 else "8+"


def pair_features(doc: Doc, predicate: Predicate, candidates: list[Candidate]) -> list[list[str]]:
    """The features of each candidate (in text order, none overlapping the trigger) for ``predicate``."""
    hit, clause, tokens, marks = predicate.hit, predicate.clause, doc.tokens, _marks(doc)
    cuts, claims, triggers = marks.cuts, marks.claims, marks.triggers
    at_hit, at_end = tokens.first_at(hit.start), tokens.first_at(hit.end)
    opener = "none" if clause.opener is None else clause.opener
    verb = "passive" if predicate.passive else "noun" if predicate.trigger.noun else "active"
    left = [a for a in candidates if a.end <= hit.start]
    rank = {id(a): n for n, a in enumerate(reversed(left))}
    rank.update((id(a), n) for n, a in enumerate(a for a in candidates if a.start >= hit.end))
    unmarked = [a for a in candidates if a.role is None and a.start >= clause.start]
    first_unmarked = unmarked[0] if unmarked else None
    out = []
    for a in candidates:
        side = "L" if a.end <= hit.start else "R"
        lo, hi = (a.end, hit.start) if side == "L" else (hit.end, a.start)
        gap = _bucket(at_hit - tokens.first_at(a.end) if side == "L" else tokens.first_at(a.start) - at_end)
        role, mark = a.role or "-", " ".join(a.mark or ()) or "-"
        inside = "in" if clause.start <= a.start and a.end <= clause.end else "out"
        cut = _between(cuts.starts, lo, hi) + _between(cuts.punctuation, lo, hi)
        first = tokens.first_at(a.start)
        before = tokens[first - 1].text if first > 0 else "^"
        after_at = tokens.first_at(a.end)
        after = tokens[after_at].text if after_at < len(tokens) else "$"
        n = min(rank[id(a)], 3)
        out.append(
            [
                "bias",
                f"side={side}",
                f"gap={side}{gap}",
                f"rank={side}{n}",
                f"role={side}{role}",
                f"mark={side}{mark}",
                f"verb_mark={verb}{side}{mark}",
                f"role_rank={side}{role}{n}",
                f"verb_role={verb}{side}{role}",
                f"verb_rank={verb}{side}{n}",
                f"clause={inside}{side}",
                f"cuts={side}{min(cut, 2)}",
                f"claims={side}{min(_between(claims, lo, hi), 1)}",
                f"triggers={side}{min(_between(triggers, lo, hi), 1)}",
                f"opener={opener}{side}{n}",
                f"first_unmarked={a is first_unmarked}{side}",
                f"kind={a.kind}{side}",
                f"before={side}{before}",
                f"after={side}{after}",
            ]
        )
    return out
