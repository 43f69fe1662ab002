"""Train the name tagger of a language (``lang/<code>/ner.crfsuite``) from its IL-NER train split.

Each training sentence is joined with spaces and read by khabar up to the gazetteer
(``khabar.pipeline.prepare``), so the tagger learns from the same words and knowledge features it
sees at run time (``khabar.extractors.entities.features``). Gold labels come from the gold spans by
character overlap with khabar's words. Training is deterministic (L-BFGS, fixed feature order):
the same data gives a byte-identical model. ``python -m train ner [--language hi]`` prints the
tagger's own scores on the dev and test splits; the pipeline's scores are ``python -m eval ner``.
``--extra FILE`` adds the sentences of more labelled files (``token<TAB>tag``, tags of IL-NER, HiNER
or CoNLL: NEP / PERSON / PER ...) that no evaluation set holds, read from where they lie: such data
stays out of the repository until its licence is vetted and it is copied to ``../shared/train``.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pycrfsuite
from eval.ner import HINER_TYPES, ILNER_TYPES, Sentence, read_conll, to_sentence

from khabar.extractors.entities.features import hit_labels, sentence_features
from khabar.extractors.entities.tagger import MODEL_FILE, spans_of
from khabar.extractors.entities.tagger_knowledge import live_cue_words, live_hit_surfaces, live_place_sizes
from khabar.knowledge.base import default_knowledge
from khabar.knowledge.data import load_yaml
from khabar.lang.models import TaggerKnowledge
from khabar.pipeline import prepare
from train.common import ILNER_TRAIN, LANG_ROOT, SHARED_EVAL, require

ILNER_EVAL = SHARED_EVAL / "hindi_ner_ilner"
SPLITS = {"hi": {"dev": ILNER_EVAL / "Hindi-dev.txt", "test": ILNER_EVAL / "Hindi-test.txt"}}
PARAMS = {
    "c1": 0.05,  # L1: drops features that do not help, keeping the model small
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}

# the tags of an extra file: IL-NER's, HiNER's and CoNLL's (WikiANN, Naamapadam)
EXTRA_TYPES = {**ILNER_TYPES, **HINER_TYPES, "PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
HELD_OUT = (*SPLITS["hi"].values(), SHARED_EVAL / "hindi_ner_hiner" / "collapsed_validation.conll")

Example = tuple[list[list[str]], list[str]]


def sentences_of(path: Path, types: dict[str, str] = ILNER_TYPES) -> list[Sentence]:
    """The sentences of a ``token<TAB>tag`` file with their gold spans."""
    return [to_sentence(tagged, types) for tagged in read_conll(require(path))]


def unseen(sentences: Sequence[Sentence], held: frozenset[str]) -> tuple[list[Sentence], int]:
    """The sentences whose text no evaluation set holds (``held``), and how many were dropped."""
    kept = [s for s in sentences if s.text not in held]
    return kept, len(sentences) - len(kept)


def examples(sentences: Iterable[Sentence], language: str) -> Iterator[tuple[Example, Sentence, list]]:
    """Features and gold labels of each sentence (and the sentence and its words, for scoring)."""
    for sentence in sentences:
        doc = prepare(sentence.text, until="gazetteer_hits", given_language=language)
        tokens = list(doc.tokens)
        if not tokens:
            continue
        features = sentence_features(doc, tokens, [language] * len(tokens), hit_labels(doc, language))
        yield (features, labels(tokens, sentence)), sentence, tokens


def labels(tokens: list, sentence: Sentence) -> list[str]:
    """BIO label of each word from the gold spans it overlaps."""
    out = []
    opened: set[int] = set()
    for token in tokens:
        label = "O"
        for n, (start, end, kind) in enumerate(sentence.gold):
            if token.start < end and start < token.end:
                label = f"{'I' if n in opened else 'B'}-{kind}"
                opened.add(n)
                break
        out.append(label)
    return out


def train(language: str, model: Path, limit: int | None = None, extra: Sequence[Path] = ()) -> None:
    """Train on the language's train split (its first ``limit`` sentences) and the sentences of the
    ``extra`` files that no evaluation set holds, and write ``model``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = sentences_of(ILNER_TRAIN[language])[:limit]
    if extra:
        held = frozenset(s.text for path in HELD_OUT for s in sentences_of(path, EXTRA_TYPES))
        for path in extra:
            kept, dropped = unseen(sentences_of(path, EXTRA_TYPES), held)
            print(f"{path}: {len(kept)} sentences, {dropped} dropped as in an evaluation set")
            sentences += kept
    n = 0
    for (features, gold), _, _ in examples(sentences, language):
        trainer.append(features, gold)
        n += 1
    trainer.set_params(PARAMS)
    began = time.perf_counter()
    trainer.train(str(model))
    print(f"{language}: trained on {n} sentences in {time.perf_counter() - began:.0f} s -> {model}")


def score(language: str, model: Path, split: str) -> None:
    """The tagger's own span scores on a split of the evaluation set (exact and overlap, per type)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts: Counter[tuple[str, str]] = Counter()
    for (features, _), sentence, tokens in examples(sentences_of(SPLITS[language][split]), language):
        predicted = {(n.start, n.end, n.type) for n in spans_of(tokens, tagger.tag(features))}
        gold = set(sentence.gold)
        for kind in ("PERSON", "PLACE", "ORG"):
            g = {s for s in gold if s[2] == kind}
            p = {s for s in predicted if s[2] == kind}
            counts[kind, "gold"] += len(g)
            counts[kind, "pred"] += len(p)
            counts[kind, "exact"] += len(g & p)
            counts[kind, "overlap_gold"] += sum(any(_overlap(a, b) for b in p) for a in g)
            counts[kind, "overlap_pred"] += sum(any(_overlap(a, b) for b in g) for a in p)
    print(f"{language} {split}: the tagger alone")
    print(f"{'type':8} {'gold':>5} {'pred':>5} {'exact F1':>8} {'overlap P':>9} {'R':>5} {'F1':>5}")
    for kind in ("PERSON", "PLACE", "ORG", "micro"):
        kinds = ("PERSON", "PLACE", "ORG") if kind == "micro" else (kind,)
        total = {
            k: sum(counts[t, k] for t in kinds)
            for k in ("gold", "pred", "exact", "overlap_gold", "overlap_pred")
        }
        exact = 2 * total["exact"] / max(1, total["gold"] + total["pred"])
        p = total["overlap_pred"] / max(1, total["pred"])
        r = total["overlap_gold"] / max(1, total["gold"])
        f = 2 * p * r / max(1e-9, p + r)
        print(f"{kind:8} {total['gold']:5} {total['pred']:5} {exact:8.3f} {p:9.3f} {r:5.3f} {f:5.3f}")


def _overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def write_knowledge(language: str) -> None:
    """Freeze the language data the tagger reads (``lang/<code>/tagger_knowledge.yaml``) as it is now."""
    path = LANG_ROOT / language / f"{TaggerKnowledge.FILE}.yaml"
    source = "the language data and the gazetteer"
    lines = [
        "# What the name tagger knows of words: the words of each knowledge cue, the folded gazetteer",
        "# surfaces of each hit kind and the sizes of one-word place names in the language's scripts,",
        "# as when the shipped ner.crfsuite was trained.",
        f"# Generated by `python -m train ner --refresh-knowledge` from {source}. Do not edit by hand.",
        f"source: {_scalar(source)}",
        "cues:",
    ]
    for name, words in live_cue_words(language).items():
        lines.extend(_listed(name, sorted(words)))
    lines.append("hits:")
    for kind, surfaces in live_hit_surfaces(default_knowledge()).items():
        lines.extend(_listed(kind, surfaces))
    scripts = own_scripts(language)
    lines.append(f"place_scripts: [{', '.join(scripts)}]")
    lines.append("place_sizes:")
    lines.extend(f"  {_scalar(name)}: {size}" for name, size in sorted(live_place_sizes(scripts).items()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{language}: tagger knowledge -> {path}")


def own_scripts(language: str) -> tuple[str, ...]:
    """The scripts whose default language is ``language`` (``data/scripts.yaml``): the tagger knowledge
    lists the one-word place names written in them in full."""
    scripts = load_yaml("scripts.yaml")["scripts"]
    return tuple(name for name, script in scripts.items() if script.get("default") == language)


def _listed(key: str, words: list[str]) -> list[str]:
    """A key of the file and its words, one a line."""
    if not words:
        return [f"  {_scalar(key)}: []"]
    return [f"  {_scalar(key)}:", *(f"    - {_scalar(w)}" for w in words)]


def _scalar(word: str) -> str:
    """A word as a double-quoted YAML scalar, escaped where it holds a quote or a backslash."""
    return json.dumps(word, ensure_ascii=False)


def main(
    language: str = "hi", evaluate: bool = True, refresh_knowledge: bool = False, extra: Sequence[Path] = ()
) -> None:
    if refresh_knowledge:
        write_knowledge(language)
    model = LANG_ROOT / language / MODEL_FILE
    train(language, model, extra=extra)
    for split in SPLITS.get(language, {}) if evaluate else ():
        score(language, model, split)
