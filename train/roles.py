"""Train the argument-role model of a language (``lang/<code>/roles.crfsuite``) from open UD treebanks,
and score it and the hand rules of ``arguments`` on the same held-out pairs.

Each treebank sentence is joined as its ``SpaceAfter`` says and read by khabar up to the event cues,
so features come from khabar's own words and language data (``extractors/events/roles.py``), never
from gold parts of speech. Predicates are the verbs, with a noun joined to one by ``compound:lvc``
("हमला किया") or the object of a light verb of ``events.yaml`` ("launched an attack") as a noun trigger.
Candidates are the heads of nominals (nouns, proper nouns, personal pronouns, capitalised adjectives)
with their compound and name parts. A candidate's gold label is that of the noun phrase it names an
actor in (itself, or the noun it is the possessor, modifier, apposition or conjunct of): ``source``
for ``nsubj`` and ``obl:agent`` of the predicate (or of the verb it is coordinated with or the
complement of, when it has no subject of its own; or the noun its relative clause hangs on),
``target`` for ``obj``, ``iobj``, ``nsubj:pass`` and an ``obl`` (of a noun trigger, an ``nmod``) marked
as an object (को) or by a target preposition ("against"), else ``none`` (``train/treebank.py``).
Training is deterministic (L-BFGS, fixed order): the same treebanks give a byte-identical model.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from khabar.doc import Doc
from khabar.extractors.events.arguments import attach
from khabar.extractors.events.candidates import Candidate, marked
from khabar.extractors.events.clauses import breaks, clause_at, in_aside, padded_words, sentence_bounds
from khabar.extractors.events.lexicon import Coding, Trigger
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.predicates import Predicate, read_predicate
from khabar.extractors.events.roles import MODEL_FILE, ROLES, USED_FILE, decode, eligible, pair_features
from khabar.extractors.events.syntax import arg_cues
from khabar.extractors.events.triggers import Hit
from khabar.pipeline import COMPONENTS
from khabar.text.ranges import ByStart
from train.common import LANG_ROOT
from train.treebank import NOMINAL, TREEBANKS, Word, argument, conllu, predicates, role_of, words

PARTS = {"compound", "flat", "flat:name"}  # words of one name or compound with their head
READ = ("embeds", "segments", "language", "sentences", "event_hits")  # the layers the features read
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
_EVENT = Coding("ASSAULT", None, None, ())


@dataclass(frozen=True, slots=True)
class Pairs:
    """One predicate of one sentence: its candidates' features, gold labels and the rules' labels."""

    features: list[list[str]]
    gold: list[str]
    rules: list[str]
    passive: bool
    allowed: list[bool]  # the candidates that may take a role (``roles.eligible``)


def _doc(text: str, language: str) -> Doc:
    doc = Doc.of(text, given_language=language)
    for component in COMPONENTS:
        if component.name in READ:
            doc.set_layer(component.writes, component.run(doc))
    return doc


def _candidates(doc: Doc, sentence: list[Word]) -> dict[int, Candidate]:
    """The nominal heads by word id, each spanning its compound and name parts, with its marker."""
    out = {}
    for w in sentence:
        named_adjective = w.upos == "ADJ" and w.deprel == "amod" and w.form[:1].isupper()  # "Israeli"
        if (w.upos not in NOMINAL and not named_adjective) or w.deprel in PARTS or w.deprel == "compound:lvc":
            continue
        if w.upos == "PRON" and "PronType=Prs" not in w.feats:
            continue
        parts = [p for p in sentence if p.head == w.id and p.deprel in PARTS and abs(p.id - w.id) <= 3]
        start, end = min([w.start, *(p.start for p in parts)]), max([w.end, *(p.end for p in parts)])
        kind = "pronoun" if w.upos == "PRON" else "entity"
        out[w.id] = marked(doc, Candidate(start, end, kind, entity=str(w.id)))
    return out


def pairs(language: str) -> Iterator[tuple[str, Pairs]]:
    """The (split, pairs) of each predicate of the language's treebank sentences."""
    cues = arg_cues(language)
    for _, split, block in conllu(language):
        text, sentence = words(block)
        doc = _doc(text, language)
        candidates = _candidates(doc, sentence)
        cuts = breaks(doc)
        claims = ByStart(h for h in doc.event_hits if h.kind == "claim")
        for verb, anchor in predicates(sentence, cues):
            hit = Hit(anchor.start, anchor.end, "trigger", Trigger(_EVENT, noun=anchor is not verb), language)
            clause = clause_at(doc, hit.start, hit.end, cuts)
            predicate = read_predicate(doc, hit, clause, padded_words(doc, (clause.start, clause.end)), False)
            if not predicate.verbal:
                continue
            bounds = sentence_bounds(doc, hit.start)
            ids = [
                i
                for i, a in candidates.items()
                if bounds[0] <= a.start and a.end <= bounds[1] and (a.end <= hit.start or a.start >= hit.end)
                if not in_aside(clause, a.start, a.end)  # as ``learned_roles`` reads them
            ]
            if not ids:
                continue
            chosen = [candidates[i] for i in ids]
            gold = [role_of(sentence, verb, anchor, argument(sentence, sentence[i - 1]), cues) for i in ids]
            context = Context(
                doc, ByStart(chosen), {}, ByStart([]), ByStart([]), ByStart([]), claims, ByStart([])
            )
            rules = _rules(context, predicate, chosen, cues)
            allowed = eligible(doc, hit, clause, chosen)
            yield split, Pairs(pair_features(doc, predicate, chosen), gold, rules, predicate.passive, allowed)


def _rules(context: Context, predicate: Predicate, chosen: list[Candidate], cues) -> list[str]:
    """The labels the hand rules give the candidates (a pronoun source counts as chosen itself)."""
    mention = Mention(predicate, predicate.trigger.coding, predicate.modality, False)
    attach(context, mention, cues, learned=False)
    source = mention.source_via or mention.source
    return ["source" if a is source else "target" if a is mention.target else "none" for a in chosen]


def filled(item: Pairs, learned: list[str], used: tuple[str, ...]) -> list[str]:
    """The rules' labels with a ``used`` role they leave empty taken from the model, as ``arguments``
    does (active predicates only)."""
    labels = list(item.rules)
    for role in used:
        at = learned.index(role) if role in learned else -1
        if role not in labels and at >= 0 and not item.passive and labels[at] == "none":
            labels[at] = role
    return labels


def scores(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Pair accuracy and precision, recall, F1 of the source and target labels."""
    out = {"accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))}
    for label in ROLES:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        precision, recall = tp / max(1, predicted.count(label)), tp / max(1, gold.count(label))
        out[label] = 2 * precision * recall / max(1e-9, precision + recall)
        out[f"{label} P"], out[f"{label} R"] = precision, recall
    return out


def _train(items: list[Pairs], model: Path) -> pycrfsuite.Tagger:
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in items:
        trainer.append(item.features, item.gold)
    trainer.set_params(PARAMS)
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return tagger


def _compare(
    tagger: pycrfsuite.Tagger, held: list[Pairs], name: str, used: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    """Print the rules', the model's and the shipped combination's scores on ``held``; return the roles
    the model gives: ``used``, or where none are given, those where it beats the rules on ``held``."""
    gold = [label for item in held for label in item.gold]
    print(f"held out ({name}): {len(held)} predicates, {len(gold)} pairs ({dict(Counter(gold))})")
    learned = [decode(tagger, item.features, item.allowed) for item in held]
    rules = scores(gold, [x for item in held for x in item.rules])
    model = scores(gold, [x for labels in learned for x in labels])
    if used is None:
        used = tuple(role for role in ROLES if model[role] > rules[role])
    combined = [x for item, m in zip(held, learned, strict=True) for x in filled(item, m, used)]
    print(f"{'':22} {'accuracy':>8} {'source P/R/F1':>18} {'target P/R/F1':>18}")
    for row, s in (("rules", rules), ("model", model), ("rules, model fills", scores(gold, combined))):
        cells = (f"{100 * s[f'{r} P']:5.1f}/{100 * s[f'{r} R']:5.1f}/{100 * s[r]:5.1f}" for r in ROLES)
        print(f"{row:22} {100 * s['accuracy']:8.1f} " + " ".join(cells))
    return used


def main(language: str, dev: bool = False) -> None:
    """Train on the train part and compare with the rules on the dev part, which chooses the roles the
    model gives (``roles.txt``); then, unless ``dev``, train on train and dev and score on test."""
    examples: dict[str, list[Pairs]] = {"train": [], "dev": [], "test": []}
    for split, item in pairs(language):
        examples[split].append(item)
    if not examples["train"]:
        print(f"{language}: no treebank found under {TREEBANKS}; nothing trained")
        return
    with tempfile.TemporaryDirectory() as folder:
        used = _compare(_train(examples["train"], Path(folder) / MODEL_FILE), examples["dev"], "dev")
    if dev:
        return
    model = LANG_ROOT / language / MODEL_FILE
    _compare(_train(examples["train"] + examples["dev"], model), examples["test"], "test", used)
    (LANG_ROOT / language / USED_FILE).write_text("".join(f"{role}\n" for role in used), encoding="utf-8")
    size = len(examples["train"]) + len(examples["dev"])
    print(f"{language}: trained on {size} predicates -> {model}; it gives: {', '.join(used) or 'nothing'}")
