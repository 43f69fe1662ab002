"""Attribution of each quote, in order: a cue before it, else a cue after it that no later quote
claims, else (with no cue at all) the previous quote's speaker when the two are contiguous."""

from __future__ import annotations

import re
from collections.abc import Iterator

from khabar.extractors.quotes.config import PUNCT, Config, Cue
from khabar.extractors.quotes.spans import Candidate, word_count
from khabar.extractors.quotes.speakers import Attributor, Found
from khabar.text.tokens import words

CLOSING_MARKS = "\"'\u201d\u2019\u00bb"  # quote marks that may close a quote before a sentence ends
TITLE_MODIFIERS = 2  # words that may qualify a title between a quote and its speaker
SPEAKER_TO_QUOTE = 2  # words between a speaker named after its cue and the quote ("said X on Monday: “…”")

CueMatch = tuple[re.Match[str], Cue]


def _matches(cue: Cue, f: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Every match of ``cue`` in ``f[lo:hi]``, overlapping ones included: a cue that may start inside
    a word ("मिलने पर X ने कहा") must not hide the nearer one that starts at the speaker ("ने कहा")."""
    pos = lo
    while (match := cue.pattern.search(f, pos, hi)) is not None:
        yield match
        pos = match.start() + 1


def preposed(f: str, quote: Candidate, config: Config) -> list[CueMatch]:
    """Cues that end close enough before the opening mark, nearest first (the shorter of two that end
    together first)."""
    limit = config.max_words_between if quote.words >= config.min_words else 0
    anchored = []
    for cue in config.cues:
        for match in _matches(cue, f, quote.lo, quote.open_f):
            between = f[match.end() : quote.open_f]
            if not any(c in between for c in config.sentence_end) and word_count(between) <= limit:
                anchored.append((match, cue))
    return sorted(anchored, key=lambda pair: (-pair[0].end(), -pair[0].start()))


def attribute_preposed(
    attributor: Attributor, quote: Candidate, cues: list[CueMatch], config: Config
) -> None:
    """Take the speaker of the nearest cue before ``quote`` that has one; any such cue marks it cued."""
    for match, cue in cues:
        quote.cued = True
        found = attributor.before(match.start(), quote.lo, config) if cue.speaker != "after" else None
        if found is None and cue.unmarked:
            found = unmarked_subject(attributor, match.start(), quote.lo, config)
        if found is None and cue.speaker != "before":
            found = attributor.after(match.end(), quote.open_f, config)
            if found is not None and word_count(attributor.f[found[1] : quote.open_f]) > SPEAKER_TO_QUOTE:
                found = None  # a clause goes on after it: "says Turkey is part of a “…”"
        if found is not None:
            quote.speaker = found[0]
            attributor.heard(match.start(), quote.speaker)
            return


def unmarked_subject(attributor: Attributor, cue: int, lo: int, config: Config) -> Found | None:
    """The unmarked subject of a verb of saying a few words (``gap_words``) before it in its clause: the
    nearest person, or subject pronoun, that no postposition or conjunction follows ("लिलिपुट फिर भी यही
    कहते हैं", "वो आगे बताती हैं", "X अपनी किताब में Y को कहते हुए बताती हैं"); none across punctuation
    or a complementizer."""
    f, stops = attributor.f, PUNCT + config.sentence_end
    pos, after = cue, ""  # where the words before are read back from, and the word after them
    for _ in range(config.gap_words + 1):
        end = pos
        while end > lo and f[end - 1].isspace():
            end -= 1
        if end == lo or f[end - 1] in stops:
            return None
        mention = attributor.ends_at.get(end)
        if mention is not None and mention.entity.type == "PERSON" and mention.start >= lo:
            if after not in config.marking:
                return mention.entity.id, mention.start
            pos, after = mention.start, f[mention.start : end].split()[0]
            continue
        start = end
        while start > lo and not f[start - 1].isspace() and f[start - 1] not in stops:
            start -= 1
        word = f[start:end]
        if word in config.subject_pronouns and after not in config.marking:
            return attributor.by_pronoun(start, cue), start
        if word in config.complementizers:
            return None
        pos, after = start, word
    return None


def attribute_postposed(
    attributor: Attributor, quote: Candidate, claimed: set[tuple[int, int]], config: Config
) -> None:
    """Take the speaker of the first unclaimed cue right after ``quote``'s closing mark."""
    f = attributor.f
    start, hi = quote.close_f, quote.hi
    matches = sorted(
        ((match, cue) for cue in config.cues for match in _matches(cue, f, start, hi)),
        key=lambda pair: pair[0].start(),
    )
    for match, cue in matches:
        if match.span() not in claimed:
            if cue.speaker != "after" and not _reports_own(f, (start, hi), match, match.end(), config):
                found = attributor.before(match.start(), start, config)
                if found and _only_titles(
                    f[start : found[1]], config, _titled(attributor, start, found[1], config)
                ):
                    quote.speaker, quote.cued, quote.attribution_end = found[0], True, match.end()
                    attributor.heard(match.start(), quote.speaker)
                    return
            if cue.speaker != "before" and not words(f[start : match.start()]):
                found = attributor.after(match.end(), hi, config, described=TITLE_MODIFIERS + 1)
                if found and not _reports_own(f, (start, hi), match, found[1], config):
                    quote.speaker, quote.cued, quote.attribution_end = found[0], True, found[1]
                    attributor.heard(match.start(), quote.speaker)
                    return


def _reports_own(f: str, window: tuple[int, int], match: re.Match[str], said: int, config: Config) -> bool:
    """Whether the cue ``match`` opens a sentence after the quote's sentence has ended and goes on, past
    ``said`` (the cue's end, or its speaker's after it), to report something of its own ("… “earn
    [money]”. Peskov said the Kremlin had no information", "“… in 2017.” According to the IOM, more than
    …"): it attributes that report, not the quote before it."""
    close, hi = window
    ended = close >= 2 and f[close - 2] == "."  # “… here.” X said he …: a full stop inside the marks ends it
    if not ended and not any(c in f[close : match.start()] for c in config.sentence_end):
        return False
    rest = f[said:hi]
    ends = [i for c in config.sentence_end if (i := rest.find(c)) >= 0]
    return bool(words(rest[: min(ends, default=len(rest))]))


def _only_titles(text: str, config: Config, titled: bool = False) -> bool:
    """Whether ``text`` holds nothing but punctuation, titles and skip words, after at most
    ``TITLE_MODIFIERS`` words that qualify the title ("union secretary", "senior party leader"), or
    a noun for a person after as many ("friend Aladdin Sinayic, 38, told"); where a title follows
    ``text`` (``titled``), those words alone may stand before it ("the health minister told")."""
    text = text.strip(PUNCT + " \t\n")
    if not text:
        return True
    parts = text.split()
    if titled and len(parts) <= TITLE_MODIFIERS and not any(c in PUNCT for c in text):
        return True
    if parts[-1] in config.person_nouns and len(parts) <= TITLE_MODIFIERS + 1:
        return True
    if config.title_run is None:
        return False
    return any(
        config.title_run.fullmatch(" ".join(parts[skip:]))
        for skip in range(min(TITLE_MODIFIERS, len(parts) - 1) + 1)
    )


def _titled(attributor: Attributor, start: int, title: int, config: Config) -> bool:
    """Whether a title run, or an actor known by what it is (a GROUP: "a senior diplomat"), starts at
    folded ``title`` and no person or body is named from ``start`` up to it: the words before it only
    qualify it ("the health minister", not "Russia's minister")."""
    generic = (mention := attributor.starts_at.get(title)) is not None and mention.entity.type == "GROUP"
    if not generic and (config.title_run is None or not config.title_run.match(attributor.f, title)):
        return False
    return not any(pos in attributor.starts_at for pos in range(start, title))


def contiguous(attributor: Attributor, prev: Candidate, quote: Candidate, config: Config) -> bool:
    """Whether only punctuation stands between two quotes, or only the previous quote's attribution
    and the rest of its sentence ("“…,” X said after the talks. “…”": no other cue, no other person)."""
    f = attributor.f
    between = f[prev.close_f : quote.open_f]
    if not words(between):
        return True
    if not prev.cued or _last_sentence_start(between, config):
        return False
    rest = prev.attribution_end or prev.close_f
    if any(True for cue in config.cues for _ in _matches(cue, f, rest, quote.open_f)):
        return False
    return attributor.persons_between(prev.close_f, quote.open_f) <= {prev.speaker}


def _last_sentence_start(text: str, config: Config) -> int:
    """Where the last sentence of ``text`` starts: after its last sentence end that is not the
    sentence end at its close."""
    body = text.rstrip(PUNCT + " \t\n")
    return max((body.rfind(end) + 1 for end in config.sentence_end), default=0)


def attribute_reported(attributor: Attributor, quote: Candidate, config: Config) -> None:
    """Take the speaker of the sentence right before ``quote`` when it closes with its attribution
    ("… said Khush. “…”", "… the minister said. “…”"), else when it opens with its speaker (after an
    introductory phrase and its comma, if any, or a few words describing the speaker) and a verb of
    saying that reports what the speaker said ("Speaking on the radio, Khan said she was concerned about
    …. “…”", "New York-based film-maker Alexandra Shiva said she was drawn to …. “…”")."""
    f = attributor.f
    close = len(f[quote.lo : quote.open_f].rstrip(" \t\n")) + quote.lo
    if close == quote.lo or f[close - 1] not in config.sentence_end:
        return
    end = close - 1
    start = quote.lo + _last_sentence_start(f[quote.lo : end], config)
    matches = sorted(
        ((match, cue) for cue in config.cues for match in _matches(cue, f, start, end)),
        key=lambda pair: -pair[0].start(),
    )
    for match, cue in matches:
        found = None
        if cue.speaker != "before":
            found = attributor.after(match.end(), end, config, described=TITLE_MODIFIERS + 1)
            found = found if found and not words(f[found[1] : end]) else None
        if found is None and cue.speaker != "after" and not words(f[match.end() : end]):
            found = attributor.before(match.start(), start, config)
        if found is not None and found[0] is not None:
            quote.speaker = found[0]
            attributor.heard(quote.open_f, quote.speaker)
            return
    opening = sorted(
        ((match, cue) for cue in config.reporting for match in _matches(cue, f, start, end)),
        key=lambda pair: pair[0].start(),
    )
    if opening and _seen_whole(f, quote.lo, start, config) and not _cued_after(f, quote, config):
        match, cue = opening[0]
        found = attributor.before(match.start(), start, config) if cue.speaker != "after" else None
        lead = f[start : found[1]].rstrip() if found is not None else ""
        if (
            found is not None
            and found[0] is not None
            and (not words(lead) or lead.endswith(",") or attributor.described(start, found[1], config))
        ):
            quote.speaker = found[0]
            attributor.heard(quote.open_f, quote.speaker)


def _seen_whole(f: str, lo: int, start: int, config: Config) -> bool:
    """Whether the sentence starting at ``start`` starts there, not before the window that starts at
    ``lo`` (where a quote or the reach ends: its subject would be unseen); a quote that closes on a
    sentence end ends its sentence (“… beliefs.” Speaking on …)."""
    head = f[:lo].rstrip().rstrip(CLOSING_MARKS)
    return start > lo or not head or head[-1] in config.sentence_end


def _cued_after(f: str, quote: Candidate, config: Config) -> bool:
    """Whether a cue follows the quote in its sentence ("“…,” the YPG branch in Afrin said"), though it
    named no speaker: the quote is attributed there, to someone unnamed."""
    if quote.close_f >= 2 and f[quote.close_f - 2] == ".":
        return False
    rest = f[quote.close_f : quote.hi]
    end = min((i for c in config.sentence_end if (i := rest.find(c)) >= 0), default=len(rest))
    hi = quote.close_f + end
    return any(True for cue in config.cues for _ in _matches(cue, f, quote.close_f, hi))


def attribute_parenthetical(attributor: Attributor, quote: Candidate, config: Config) -> None:
    """Take the speaker of an attribution set off by a comma later in the quote's own sentence, after
    which the sentence ends or a comma stands: the whole sentence reports its speaker's words, the quote
    set inside them too ("The US would “use diplomacy …” from Syria and bolster efforts …, he said.",
    "Turkey has the “strength to neutralise” Isis on its own, Çavuşoğlu said."); a pronoun there never
    names a person named earlier in that sentence ("Trump's policies left America “isolated”, he said")."""
    f = attributor.f
    if quote.close_f >= 2 and f[quote.close_f - 2] in config.sentence_end:
        return  # “… here.” closes its sentence
    end = attributor.sentence_end(quote.close_f)
    matches = ((match, cue) for cue in config.cues for match in _matches(cue, f, quote.close_f, end))
    for match, cue in sorted(matches, key=lambda pair: pair[0].start()):
        comma = f.rfind(",", quote.close_f, match.start())
        after = f[match.end() : end].strip().rstrip(config.sentence_end + CLOSING_MARKS)
        if cue.speaker == "after" or comma < 0 or attributor.quoted(match.start()) or after[:1] not in ",":
            continue
        found = attributor.before(match.start(), comma + 1, config)
        if found is None or found[0] is None or words(f[comma + 1 : found[1]]):
            continue
        if found[1] not in attributor.starts_at:  # a pronoun names no one named in its own sentence
            named = attributor.persons_between(attributor.sentence_start(quote.open_f), match.start())
            if found[0] in named:
                return
        quote.speaker = found[0]
        attributor.heard(match.start(), quote.speaker)
        return


def attribute_in_sentence(attributor: Attributor, quote: Candidate, config: Config) -> None:
    """Take the speaker of the nearest verb of saying before ``quote`` in its own sentence (past a bare
    colon) whose subject stands right before it: a quote set inside what a speaker is reported to have
    said is the speaker's words ("Diane Abbott, the shadow home secretary, said the death … was a “stain
    on the conscience of this government”", "Begum has said she had not wanted to become a poster girl
    for the group: “…”"); a verb after a conjunction, or a participle after a comma, shares the subject
    that opens the sentence ("X expressed regret … and said: “…”", "X took …, saying she was “…”")."""
    f = attributor.f
    before = f[quote.lo : quote.open_f]
    start = quote.lo + max((before.rfind(end) + 1 for end in config.sentence_end), default=0)
    if not _seen_whole(f, quote.lo, start, config) or _cued_after(f, quote, config):
        return
    matches = ((match, cue) for cue in config.reporting for match in _matches(cue, f, start, quote.open_f))
    for match, cue in sorted(matches, key=lambda pair: -pair[0].start()):
        shared = _conjoined(f, start, match.start(), config) or (
            cue.participle and f[start : match.start()].rstrip().endswith(",")
        )
        found = None
        if cue.speaker != "after" and not (cue.participle and shared):
            found = attributor.before(match.start(), start, config)
        if found is None and shared:  # "X expressed regret … and said: “…”", "X took …, saying “…”"
            found = attributor.opening(start, match.start(), config)
        if found is not None:
            quote.speaker = found[0]
            attributor.heard(match.start(), quote.speaker)
        if found is not None or words(match.group()):
            return  # the nearest verb of saying decides, even naming no one ("गाँव के लोग कहते हैं")


def _conjoined(f: str, start: int, cue: int, config: Config) -> bool:
    """Whether a conjunction stands right before the cue, its verb sharing the sentence's subject."""
    before = f[start:cue].split()
    return bool(before) and before[-1] in config.conjunctions
