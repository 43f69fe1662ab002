"""Speakers next to a cue: an entity whose mention touches it, a title, or a pronoun.

A title alone names the latest person whose role matches it, else the last person in this or the
previous paragraph; a pronoun names the later of the last speaker and the last person subject (marked
as one, or a name that opens its sentence with no postposition after it) in this or the previous
paragraph. Anything else gives no speaker; a place never speaks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.doc import Doc
from khabar.extractors.cues import after_preposition, grammar
from khabar.extractors.entities.named_by import naming, person_role
from khabar.extractors.quotes.config import PUNCT, Config, config_for
from khabar.schema import Entity
from khabar.text.normalise import fold

Found = tuple[str | None, int]  # speaker (entity id), and the folded far edge of its phrase
INDEFINITE_WORDS = 3  # words before a title that may hold its indefinite article ("a senior UN official")
INDEFINITE_CHARS = 60  # text before a title run those words are read from
APPOSITIVE_WORDS = 8  # words of an aside between a speaker and the cue ("X, now at Y University, said")
ASIDES = 2  # asides between a speaker and the cue ("X, 38, from London, told")
RELATIVE_WORDS = 16  # words of a relative clause about the speaker in such an aside ("X, who …, said")
NAMED_CHARS = 40  # text between a person's name and the noun for a person that gives its role ("X नाम के एक")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # folded
    end: int
    entity: Entity
    demonym: bool = False  # "British": a speaker only when no person it describes follows


class Attributor:
    """Speaker resolution over one document: mentions by folded position, speakers so far."""

    def __init__(
        self,
        doc: Doc,
        entities: Sequence[Entity],
        bounds: list[tuple[int, int]],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        self.f = doc.folded.text
        self.segment_starts = [start for start, _ in bounds]
        index = doc.folded.folded_index
        self.sentence_starts = [index(sentence.start) for sentence in doc.sentences]
        self.quote_opens = [open_ for open_, _ in quoted]  # folded spans of quoted text, in order
        self.quote_closes = [close for _, close in quoted]
        mentions = sorted(  # a place speaks for no one: a capital that speaks is its country already
            (
                _Mention(index(m.start), index(m.end), e, m.kind == "demonym")
                for e in entities
                if e.type != "PLACE"
                for m in e.mentions
            ),
            key=lambda m: (m.end, m.start),
        )
        self.ends_at = {m.end: m for m in reversed(mentions)}  # the longest mention wins a tie
        self.starts_at = {m.start: m for m in sorted(mentions, key=lambda m: m.end - m.start)}
        self.persons = [m for m in mentions if m.entity.type == "PERSON"]
        self.person_ends = [m.end for m in self.persons]
        self.roles = {e.id: fold(e.role) for e in entities if e.role}
        self.titled: dict[tuple[str, ...], list[int]] = {}
        self.speakers: list[tuple[int, str]] = []  # (folded position of the attribution, entity id)

    def window_start(self, pos: int) -> int:
        """Start of the paragraph before the one holding ``pos``: how far back a reference looks."""
        i = bisect_right(self.segment_starts, pos) - 1
        return self.segment_starts[max(i - 1, 0)] if self.segment_starts else 0

    def persons_between(self, start: int, end: int) -> set[str | None]:
        """The persons with a mention within folded ``start`` to ``end``."""
        last = bisect_right(self.person_ends, end)
        return {
            m.entity.id for m in self.persons[bisect_left(self.person_ends, start) : last] if m.start >= start
        }

    def _quoted(self, pos: int) -> bool:
        i = bisect_right(self.quote_opens, pos) - 1
        return i >= 0 and pos < self.quote_closes[i]

    def _last_person(self, pos: int, subject: bool) -> _Mention | None:
        """The last person before ``pos`` in this or the previous paragraph, outside quoted text; a
        ``subject``: marked as one where the language marks subjects (``ने``), else the first person
        named in its sentence."""
        floor = self.window_start(pos)
        for k in range(bisect_right(self.person_ends, pos) - 1, -1, -1):
            mention = self.persons[k]
            if mention.start < floor:
                return None
            if self._quoted(mention.start):
                continue
            if not subject:
                return mention
            language = self.doc.language_at(self.doc.folded.offset(mention.start))
            marker = config_for(language).subject_marker
            if marker is not None and marker.match(self.f, mention.end):
                return mention
            if self._opens_sentence(k) and (marker is None or self._unmarked(mention, language)):
                return mention
        return None

    def _sentence_start(self, pos: int) -> int:
        """Folded start of the sentence (the paragraph, where there are no sentences) holding ``pos``."""
        starts = self.sentence_starts or self.segment_starts
        i = bisect_right(starts, pos) - 1
        return starts[i] if i >= 0 else 0

    def _unmarked(self, mention: _Mention, language: str | None) -> bool:
        """Whether a name that opens its sentence is its subject where subjects may go unmarked: no
        postposition or conjunction follows it and no complementizer precedes it in the sentence
        ("उज्जवल निकम जब पत्रकारों से बात करने पहुँचे", not "... ने बताया कि उनके पिता अनिल कपूर")."""
        cues = grammar(language)
        before = self.f[self._sentence_start(mention.start) : mention.start].split()
        if any(word.strip(PUNCT) in cues.complementizers for word in before):
            return False
        after = self.f[mention.end : mention.end + 40].split(maxsplit=1)
        word = after[0].strip(PUNCT) if after else ""
        return bool(word) and word not in cues.postpositions and word not in cues.conjunctions

    def _opens_sentence(self, k: int) -> bool:
        """Whether no other person outside quotes is named before the ``k``-th person mention in its
        sentence (its paragraph, where there are no sentences)."""
        mention = self.persons[k]
        sentence_start = self._sentence_start(mention.start)
        for j in range(k - 1, -1, -1):
            other = self.persons[j]
            if other.start < sentence_start:
                return True
            if other.entity.id != mention.entity.id and not self._quoted(other.start):
                return False
        return True

    def by_title(self, title: str, pos: int, config: Config) -> str | None:
        """The latest person before ``pos`` whose role matches ``title``, else the last person."""
        keys = config.titles[" ".join(title.split())]
        if keys not in self.titled:  # the persons whose role matches, by their place in ``persons``
            self.titled[keys] = [
                i
                for i, mention in enumerate(self.persons)
                if (role := self.roles.get(mention.entity.id)) and any(key in role for key in keys)
            ]
        titled = self.titled[keys]
        before = bisect_left(titled, bisect_right(self.person_ends, pos))
        if before:
            return self.persons[titled[before - 1]].entity.id
        last = self._last_person(pos, subject=False)
        return last.entity.id if last else None

    def by_pronoun(self, pos: int) -> str | None:
        """The later of the last speaker and the last person subject before ``pos``."""
        floor = self.window_start(pos)
        speaker = next(((p, s) for p, s in reversed(self.speakers) if p < pos), None)
        if speaker and speaker[0] < floor:
            speaker = None
        person = self._last_person(pos, subject=True)
        if person and (speaker is None or person.start > speaker[0]):
            return person.entity.id
        return speaker[1] if speaker else None

    def _last_title(self, run: str, config: Config) -> str | None:
        if config.title_word is None:
            return None
        titles = config.title_word.findall(run)
        return titles[-1] if titles else None

    def _rstrip(self, lo: int, pos: int) -> int:
        while pos > lo and (self.f[pos - 1].isspace() or self.f[pos - 1] == ","):
            pos -= 1
        return pos

    def _lstrip(self, pos: int, hi: int) -> int:
        while pos < hi and (self.f[pos].isspace() or self.f[pos] in ",:"):
            pos += 1
        return pos

    def before(self, cue: int, lo: int, config: Config) -> Found | None:
        """Speaker whose subject phrase ends at ``cue`` (not before ``lo``), and where that phrase starts."""
        end = self._rstrip(lo, cue)
        if mention := self._before_aside(lo, cue, config) or self.ends_at.get(end):
            if self._governed(mention):
                return None
            return (mention.entity.id, mention.start) if mention.start >= lo else None
        if mention := self._named_before(lo, end, config):
            return mention.entity.id, mention.start
        tail = config.title_tail.search(self.f[lo:end]) if config.title_tail else None
        if tail:
            run_start = lo + tail.start()
            if (mention := self.ends_at.get(self._rstrip(lo, run_start))) and mention.start >= lo:
                return mention.entity.id, mention.start
            if title := self._last_title(tail.group(), config):
                if self._indefinite(lo, run_start, tail.group(), config):
                    return None, run_start
                return self.by_title(title, cue, config), run_start
            end = self._rstrip(lo, run_start)
        stops = PUNCT + config.sentence_end
        word_end = end
        if end == cue:  # the cue starts inside a word: a fused pronoun such as उन्होंने
            while word_end < len(self.f) and not self.f[word_end].isspace():
                word_end += 1
        word_start = end  # a sentence end may stand right before the word, with no space ("है.वो कहते हैं")
        while word_start > lo and not (self.f[word_start - 1].isspace() or self.f[word_start - 1] in stops):
            word_start -= 1
        if self.f[word_start:word_end].strip(PUNCT) in config.pronouns:
            return self.by_pronoun(word_start), word_start
        return None

    def _indefinite(self, lo: int, run_start: int, run: str, config: Config) -> bool:
        """Whether an indefinite word opens a title run or stands in the few words before it ("a
        government spokesman said"): the title names someone not named before."""
        before = self.f[max(lo, run_start - INDEFINITE_CHARS) : run_start].split()[-INDEFINITE_WORDS:]
        return any(word in config.indefinites for word in (*before, *run.split()[:1]))

    def _before_aside(self, lo: int, cue: int, config: Config) -> _Mention | None:
        """The mention right before one or two comma-closed asides that end at ``cue`` ("Phillips, now at
        Columbia University, said", "Aladdin Sinayic, 38, from London, told"), if each is short (a relative
        clause about a person may be longer: "Alexandra Shiva, who was in the city for a screening this
        week, said") and holds no sentence end."""
        close = cue
        while close > lo and self.f[close - 1].isspace():
            close -= 1
        for _ in range(ASIDES):
            if close <= lo or self.f[close - 1] != ",":
                return None
            open_ = self.f.rfind(",", lo, close - 1)
            aside = self.f[open_ + 1 : close - 1].split()
            language = self.doc.language_at(self.doc.folded.offset(close - 1))
            relative = bool(aside) and aside[0] in naming(language).relatives
            if open_ < 0 or any(c in word for word in aside for c in config.sentence_end):
                return None
            if len(aside) > (RELATIVE_WORDS if relative else APPOSITIVE_WORDS):
                return None
            if mention := self.ends_at.get(self._rstrip(lo, open_)):
                return mention
            close = open_ + 1
        return None

    def opening(self, start: int, hi: int) -> Found | None:
        """The person or body named first in the sentence that starts at ``start``, before ``hi``."""
        mention = self.starts_at.get(self._lstrip(start, hi))
        return (mention.entity.id, mention.start) if mention and mention.end <= hi else None

    def _named_before(self, lo: int, end: int, config: Config) -> _Mention | None:
        """The person right before the noun for a person that ends at ``end`` and gives the person's role,
        with no punctuation between ("हनीन नाम के एक स्वयंसेवक का कहना है")."""
        start = self.f.rfind(" ", lo, end) + 1 or lo
        language = self.doc.language_at(self.doc.folded.offset(start))
        role = person_role(self.f[start:end], language)
        if role is None:
            return None
        k = bisect_right(self.person_ends, start) - 1
        while k >= 0 and (mention := self.persons[k]).end > start - NAMED_CHARS and mention.start >= lo:
            if any(c in PUNCT + config.sentence_end for c in self.f[mention.end : start]):
                return None
            if self.roles.get(mention.entity.id) == fold(role):
                return mention
            k -= 1
        return None

    def _governed(self, mention: _Mention) -> bool:
        """Whether a mention is no subject: a part of a longer word ("UNA-UK"), or the object of the
        locative preposition right before it ("the Russian embassy in London said")."""
        if mention.start > 0 and (self.f[mention.start - 1].isalnum() or self.f[mention.start - 1] in "-‐"):
            return True
        return after_preposition(self.doc, self.doc.folded.offset(mention.start))

    def after(self, cue_end: int, hi: int, config: Config, described: int = 0) -> Found | None:
        """Speaker whose subject phrase starts at ``cue_end`` (before ``hi``), and where that phrase ends;
        ``described``: words of description that may precede a person's name ("said the activist X")."""
        start = self._lstrip(cue_end, hi)
        mention = self.starts_at.get(start)
        if mention and mention.end <= hi and not mention.demonym:
            return mention.entity.id, mention.end
        if described and (person := self._described_person(start, hi, described, config)):
            return person.entity.id, person.end  # "said (British Maj Gen) Christopher Ghika"
        if mention and mention.end <= hi:
            return mention.entity.id, mention.end
        run = config.title_run.match(self.f, start, hi) if config.title_run else None
        if run:
            after_run = self._lstrip(run.end(), hi)
            if (mention := self.starts_at.get(after_run)) and mention.end <= hi:
                return mention.entity.id, mention.end
            if title := self._last_title(run.group(), config):
                return self.by_title(title, start, config), run.end()
        word_end = start
        while word_end < hi and not self.f[word_end].isspace() and self.f[word_end] not in PUNCT:
            word_end += 1
        if self.f[start:word_end] in config.pronouns:
            return self.by_pronoun(start), word_end
        return None

    def _described_person(self, start: int, hi: int, words: int, config: Config) -> _Mention | None:
        """A person whose mention starts after at most ``words`` plain words from ``start``, with no
        punctuation between and no function word right before it ("the Syrian activist Raed Srewel",
        not "a friend of Aksoy")."""
        pos = start
        for _ in range(words):
            word_start = pos
            while pos < hi and not self.f[pos].isspace():
                if self.f[pos] in PUNCT and self.f[pos] != "-":  # "the 21-year-old student X"
                    return None
                pos += 1
            if self.f[word_start:pos] in config.stopwords and word_start > start:
                return None
            pos = self._lstrip(pos, hi) if pos < hi and self.f[pos] != "," else hi
            mention = self.starts_at.get(pos)
            if mention is not None and mention.end <= hi and mention.entity.type == "PERSON":
                return mention
        return None

    def heard(self, pos: int, speaker: str | None) -> None:
        """Remember that ``speaker`` spoke at folded ``pos`` (for later pronouns)."""
        if speaker:
            self.speakers.append((pos, speaker))
