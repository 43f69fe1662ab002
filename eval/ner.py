"""Hindi NER: IL-NER (``Hindi-dev.txt`` = dev, ``Hindi-test.txt`` = test) and HiNER (collapsed validation,
split by sentence index).

Each sentence is rebuilt by joining its tokens with single spaces (token offsets kept), run through
khabar on its own, and the entity mentions are compared with the gold BIO spans, exactly and by overlap,
per type (PERSON, PLACE, ORG; khabar's COUNTRY counts as PLACE) and micro-averaged. Punctuation at
either end of a span is not part of the name: HiNER's tokens carry it ("दिल्ली,"), so gold and
predicted spans are both read without it.

Demonyms (``Mention.kind == "demonym"``: "भारतीय", which khabar records as a mention of India) are
no names, and neither gold set marks them: they are left out of the scores, and each split's micro
row is also given with them ("+demonyms"), as khabar's records hold them.

A flat reading (row "flat", micro only) reads khabar's records as the flat BIO gold can hold them,
which is fairer to both sets: a generic actor (``GROUP``) that names its country or place inside its
span ("भारत सरकार", "ब्रितानी सरकार", "श्रीलंका सरकार": the government) is the body both sets mark as an
organisation, and a mention inside a longer one ("भारत" in "भारत सरकार", "दिल्ली" in "दिल्ली
विश्वविद्यालय") is left out, as flat gold cannot mark a name inside a name. The headline rows stay as
they were; the flat row says how much of the gap is the schema, not the names.

Each split is also scored on a subset that a set's quirks would otherwise dominate:
- HiNER without its Wikipedia village stubs: one-line articles whose clause ends "… एक गाँव है।"
  ("X, Y तहसील में भारत के Z राज्य के … जिले का एक गाँव है।", "… is a village"; also "… एक गाँव।" and
  Nepal's "… एक गांव विकास समिति है।"). They are about a quarter of its sentences and hold half its
  mentions, nearly all place names in a fixed frame.
- IL-NER test without the sentences that also occur in its dev file (59 of them) and, for a tagger
  trained on ``Hindi-train.txt``, without those in the training file as well ("unseen").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.common import (
    PRF,
    Extractor,
    MissingData,
    Report,
    Split,
    Timer,
    exact_prf,
    khabar_extract,
    overlap_prf,
    pct,
    require,
    split_of,
    subsample,
    with_articles,
)
from khabar.schema import Article

ILNER_TYPES = {"NEP": "PERSON", "NEL": "PLACE", "NEO": "ORG"}
HINER_TYPES = {"PERSON": "PERSON", "LOCATION": "PLACE", "ORGANIZATION": "ORG"}
KHABAR_TYPES = {"PERSON": "PERSON", "PLACE": "PLACE", "COUNTRY": "PLACE", "ORG": "ORG"}
TYPES = ("PERSON", "PLACE", "ORG")

VILLAGE_STUB = re.compile(r"एक गा[ँं]व(?: विकास समिति)?(?: है)?\s*।")  # "… is a village." (Wikipedia stubs)

Mention = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    gold: tuple[Mention, ...]


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``token<TAB>tag`` lines, blank-line separated (a missing tag reads as ``O``)."""
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentences[-1]:
                sentences.append([])
            continue
        token, _, tag = line.partition("\t")
        sentences[-1].append((token.strip(), tag.strip()))
    return [s for s in sentences if s]


def clean_tag(tag: str, types: dict[str, str]) -> tuple[str, str | None]:
    """``(prefix, type)`` of a tag; malformed cells ('-', '-NEN') are repaired, unknown types become O."""
    prefix, _, name = tag.rpartition("-")
    if not name or name == "O" or name not in types:
        return "O", None
    return (prefix if prefix in ("B", "I") else "I"), types[name]


def to_sentence(tokens: Sequence[tuple[str, str]], types: dict[str, str]) -> Sentence:
    """Join the tokens with spaces and turn the BIO tags into ``(start, end, type)`` spans."""
    spans: list[list] = []
    offset, previous = 0, None
    for token, tag in tokens:
        prefix, kind = clean_tag(tag, types)
        end = offset + len(token)
        if kind is not None and prefix == "I" and previous == kind:
            spans[-1][1] = end
        elif kind is not None:
            spans.append([offset, end, kind])
        previous = kind
        offset = end + 1
    text = " ".join(t for t, _ in tokens)
    return Sentence(text, tuple(m for s, e, k in spans if (m := trimmed(text, s, e, k))))


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PZ"


def trimmed(text: str, start: int, end: int, kind: str) -> Mention | None:
    """The span without punctuation or spaces at its ends ("दिल्ली," -> "दिल्ली"); None when nothing is left."""
    while start < end and _punctuation(text[start]):
        start += 1
    while end > start and _punctuation(text[end - 1]):
        end -= 1
    return (start, end, kind) if start < end else None


def predicted(article: Article, demonyms: bool = False) -> list[Mention]:
    """The article's mentions of people, places and bodies (``demonyms``: and of countries' demonyms)."""
    return [
        mention
        for e in article.entities
        if e.type in KHABAR_TYPES
        for m in e.mentions
        if (demonyms or m.kind != "demonym")
        and (mention := trimmed(article.text, m.start, m.end, KHABAR_TYPES[e.type]))
    ]


def flat(article: Article) -> list[Mention]:
    """The article's mentions as flat gold reads them (see the module docstring): a generic actor that
    names its country or place inside its span as an organisation, and no mention inside a longer one."""
    named = [(m.start, m.end) for e in article.entities if e.type in ("COUNTRY", "PLACE") for m in e.mentions]
    bodies = [
        mention
        for e in article.entities
        if e.type == "GROUP"
        for m in e.mentions
        if any(m.start <= s and e_ <= m.end and (s, e_) != (m.start, m.end) for s, e_ in named)
        and (mention := trimmed(article.text, m.start, m.end, "ORG"))
    ]
    spans = [*predicted(article), *bodies]
    return [
        a
        for a in spans
        if not any(b[0] <= a[0] and a[1] <= b[1] and (a[0], a[1]) != (b[0], b[1]) for b in spans)
    ]


def score_sentences(
    name: str, sentences: Sequence[Sentence], extract: Extractor = khabar_extract, workers: int = 1
) -> list[list[str]]:
    """Rows per type, micro and untyped: gold, pred, exact P/R/F1, overlap P/R/F1."""
    return score_pairs(name, list(with_articles(sentences, extract, workers)))


def score_pairs(
    name: str,
    pairs: Sequence[tuple[Sentence, Article]],
    demonyms: bool = False,
    reading: Callable[[Article], list[Mention]] | None = None,
) -> list[list[str]]:
    """``score_sentences`` of sentences already extracted (``demonyms``: counting demonyms as names;
    ``reading``: another reading of the records, such as ``flat``)."""
    exact = {t: PRF() for t in TYPES}
    overlap = {t: PRF() for t in TYPES}
    untyped = PRF()
    for sentence, article in pairs:
        pred = reading(article) if reading is not None else predicted(article, demonyms)
        for kind in TYPES:
            gold_k = [g for g in sentence.gold if g[2] == kind]
            pred_k = [p for p in pred if p[2] == kind]
            exact[kind] += exact_prf(gold_k, pred_k)
            overlap[kind] += overlap_prf(gold_k, pred_k)
        untyped += overlap_prf(sentence.gold, pred, typed=False)
    rows = [_row(name, kind, exact[kind], overlap[kind]) for kind in TYPES]
    rows.append(_row(name, "micro", sum(exact.values(), PRF()), sum(overlap.values(), PRF())))
    rows.append(_row(name, "any type", None, untyped))
    return rows


def _row(name: str, kind: str, exact: PRF | None, overlap: PRF) -> list[str]:
    exact_cells = [pct(exact.precision), pct(exact.recall), pct(exact.f1)] if exact else ["", "", ""]
    return [
        name,
        kind,
        str(overlap.n_gold),
        str(overlap.n_pred),
        *exact_cells,
        pct(overlap.precision),
        pct(overlap.recall),
        pct(overlap.f1),
    ]


COLUMNS = ["set/split", "type", "gold", "pred", "exact P%", "R%", "F1%", "overlap P%", "R%", "F1%"]


def load_ilner() -> dict[Split, list[Sentence]]:
    folder = require("eval/hindi_ner_ilner")
    return {
        split: [to_sentence(s, ILNER_TYPES) for s in read_conll(folder / f"Hindi-{split}.txt")]
        for split in ("dev", "test")
    }


def load_hiner() -> dict[Split, list[Sentence]]:
    rows = read_conll(require("eval/hindi_ner_hiner/collapsed_validation.conll"))
    by_split: dict[Split, list[Sentence]] = {"dev": [], "test": []}
    for index, tokens in enumerate(rows):
        by_split[split_of(str(index))].append(to_sentence(tokens, HINER_TYPES))
    return by_split


def _texts(relative: str) -> frozenset[str] | None:
    """The sentence texts of a CoNLL file under ``../shared``, or None when it is absent."""
    try:
        path = require(relative)
    except MissingData:
        return None
    return frozenset(" ".join(token for token, _ in tokens) for tokens in read_conll(path))


Subset = tuple[str, Callable[[Sentence], bool]]  # a row label suffix and which sentences it keeps


def subsets(set_name: str, split: Split, sentences: dict[Split, list[Sentence]]) -> list[Subset]:
    """The subsets of a split scored beside it (see the module docstring)."""
    if set_name == "hiner":
        return [("-stubs", lambda s: not VILLAGE_STUB.search(s.text))]
    if set_name != "ilner" or split != "test":
        return []
    dev = frozenset(s.text for s in sentences["dev"])
    kept: list[Subset] = [("-dev", lambda s: s.text not in dev)]
    if (train := _texts("train/ilner/Hindi-train.txt")) is not None:
        kept.append(("unseen", lambda s: s.text not in dev and s.text not in train))
    return kept


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    report = Report("ner: Hindi entity mentions (khabar COUNTRY counted as PLACE)", COLUMNS)
    for set_name, loader in (("ilner", load_ilner), ("hiner", load_hiner)):
        by_split = loader()
        for split, sentences in by_split.items():
            chosen = subsample(sentences, limit)
            timer = Timer()
            pairs = list(with_articles(chosen, extract, workers))
            report.rows += score_pairs(f"{set_name}/{split}", pairs)
            report.rows += [
                r for r in score_pairs(f"{set_name}/{split} +demonyms", pairs, True) if r[1] == "micro"
            ]
            report.rows += [
                r for r in score_pairs(f"{set_name}/{split} flat", pairs, reading=flat) if r[1] == "micro"
            ]
            report.notes.append(
                f"{set_name}/{split}: {timer.rate(len(chosen))} of {len(sentences)} sentences"
            )
            for suffix, keep in subsets(set_name, split, by_split):
                kept = [(sentence, article) for sentence, article in pairs if keep(sentence)]
                report.rows += score_pairs(f"{set_name}/{split} {suffix}", kept)
                report.rows += [
                    r
                    for r in score_pairs(f"{set_name}/{split} {suffix} flat", kept, reading=flat)
                    if r[1] == "micro"
                ]
                mentions = sum(len(s.gold) for s, _ in kept), sum(len(s.gold) for s, _ in pairs)
                report.notes.append(
                    f"{set_name}/{split} {suffix}: {len(kept)} of {len(pairs)} sentences, "
                    f"{mentions[0]} of {mentions[1]} gold mentions"
                )
    return [report]
