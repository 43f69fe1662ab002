"""The persons and speakers of one document by folded position, and who a title or pronoun names.

A title alone names the latest person whose role matches it, else the last person in this or the
previous paragraph; a pronoun names the later of the last speaker and the last person subject (marked
as one, or a name that opens its sentence with no postposition after it, an owner's name before a
possessive aside) in this or the previous paragraph. Where the verb of saying after a pronoun agrees
in gender (``verb_genders``: "वो कहती हैं") and the one so named is known by such a verb to be of the
other, or is the last speaker and of no known gender, the pronoun names the latest speaker there known
to be of the verb's gender ("ऋतु नंदा बताती हैं, “…” ... उन्होंने कहा, “…” वो कहती हैं": Ritu Nanda
speaks again), else no one where the one named is of the other gender; a person named as subject
since the last speaker, of no known gender, stays (a new speaker: "अजय कहते हैं कि ... वो कहते हैं").
A place never speaks: its mentions are left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.quotes.config import PUNCT, Config, config_for
from khabar.lang.models.quantities import Gender
from khabar.schema import Entity
from khabar.text.normalise import fold

OWNED_WORDS = 4  # words after a possessive where a noun for an owned person stands ("X's own mother")


@dataclass(frozen=True, slots=True)
class Mention:
    """A person's or body's mention, by folded offsets."""

    start: int  # folded
    end: int
    entity: Entity
    demonym: bool = False  # "British": a speaker only when no person it describes follows


class Referents:
    """Mentions of one document by folded position, and the speakers so far."""

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
                Mention(index(m.start), index(m.end), e, m.kind == "demonym")
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
        self.genders: dict[str, Gender] = {}  # entity id: the gender of the verbs it spoke with

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

    def quoted(self, pos: int) -> bool:
        """Whether folded ``pos`` lies inside quoted text."""
        i = bisect_right(self.quote_opens, pos) - 1
        return i >= 0 and pos < self.quote_closes[i]

    def _last_person(self, pos: int, subject: bool) -> Mention | None:
        """The last person before ``pos`` in this or the previous paragraph, outside quoted text; a
        ``subject``: marked as one where the language marks subjects (``ने``), else the first person
        named in its sentence."""
        floor = self.window_start(pos)
        for k in range(bisect_right(self.person_ends, pos) - 1, -1, -1):
            mention = self.persons[k]
            if mention.start < floor:
                return None
            if self.quoted(mention.start):
                continue
            if not subject:
                return mention
            language = self.doc.language_at(self.doc.folded.offset(mention.start))
            if self._possessor(mention, language):  # an owner is no subject, unless of the person who is
                if self._owns_person(mention, language) and self._opens_sentence(k):
                    return mention
                continue
            marker = config_for(language).subject_marker
            if marker is not None and marker.match(self.f, mention.end):
                return mention
            if self._opens_sentence(k) and (marker is None or self._unmarked(mention, language)):
                return mention
        return None

    def sentence_start(self, pos: int) -> int:
        """Folded start of the sentence (the paragraph, where there are no sentences) holding ``pos``."""
        starts = self.sentence_starts or self.segment_starts
        i = bisect_right(starts, pos) - 1
        return starts[i] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        """Folded start of the sentence or paragraph after the one holding ``pos`` (the text's end)."""
        nexts = [
            starts[i]
            for starts in (self.sentence_starts, self.segment_starts)
            if (i := bisect_right(starts, pos)) < len(starts)
        ]
        return min(nexts, default=len(self.f))

    def _unmarked(self, mention: Mention, language: str | None) -> bool:
        """Whether a name that opens its sentence is its subject where subjects may go unmarked: no
        postposition or conjunction follows it and no complementizer precedes it in the sentence
        ("उज्जवल निकम जब पत्रकारों से बात करने पहुँचे", not "... ने बताया कि उनके पिता अनिल कपूर")."""
        cues = grammar(language)
        before = self.f[self.sentence_start(mention.start) : mention.start].split()
        if any(word.strip(PUNCT) in cues.complementizers for word in before):
            return False
        after = self.f[mention.end : mention.end + 40].split(maxsplit=1)
        word = after[0].strip(PUNCT) if after else ""
        return bool(word) and word not in cues.postpositions and word not in cues.conjunctions

    def _opens_sentence(self, k: int) -> bool:
        """Whether no other person outside quotes is named before the ``k``-th person mention in its
        sentence (its paragraph, where there are no sentences)."""
        mention = self.persons[k]
        sentence_start = self.sentence_start(mention.start)
        for j in range(k - 1, -1, -1):
            other = self.persons[j]
            if other.start < sentence_start:
                return True
            if (
                other.entity.id != mention.entity.id
                and not self.quoted(other.start)
                and not self._possessor(other, self.doc.language_at(self.doc.folded.offset(other.start)))
            ):
                return False
        return True

    def _possessor(self, mention: Mention, language: str | None) -> bool:
        """Whether a possessive follows the name ("Alan's body"): its owner, no subject of its sentence."""
        after = self.f[mention.end : mention.end + 4].split(maxsplit=1)
        return bool(after) and after[0].rstrip(PUNCT) in config_for(language).possessives

    def _owns_person(self, owner: Mention, language: str | None) -> bool:
        """Whether the name owns a person named by a noun within ``OWNED_WORDS`` words after the
        possessive, before any punctuation ("Robinson's mother, Sharon", "Campbell's father on her death")."""
        if not self._possessor(owner, language):
            return False
        for word in self.f[owner.end : owner.end + 80].split()[1 : OWNED_WORDS + 1]:
            if word.rstrip(PUNCT) in config_for(language).person_nouns:
                return True
            if any(c in PUNCT for c in word):
                return False
        return False

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

    def by_pronoun(self, pos: int, cue: int | None = None) -> str | None:
        """The later of the last speaker and the last person subject before ``pos``; no one where that
        subject is a person the name owns ("Robinson's mother said"); a gendered verb of saying at folded
        ``cue`` chooses by gender (see the module docstring)."""
        named, spoke = self._by_pronoun(pos)
        gender = None if cue is None else self._gender_at(cue)
        known = self.genders.get(named) if named else None
        if gender is None or known == gender or (known is None and not spoke):
            return named
        floor = self.window_start(pos)
        window = takewhile(
            lambda heard: heard[0] >= floor, (h for h in reversed(self.speakers) if h[0] < pos)
        )
        alike = (s for _, s in window if self.genders.get(s) == gender)  # (back to the window's floor only)
        return next(alike, named if known is None else None)

    def _gender_at(self, pos: int) -> Gender | None:
        """The gender of the verb of saying that is the first word at or after folded ``pos``, if any."""
        words = self.f[pos : pos + 40].split(maxsplit=1)
        if not words:
            return None
        config = config_for(self.doc.language_at(self.doc.folded.offset(pos)))
        return config.genders.get(words[0].rstrip(PUNCT))

    def _by_pronoun(self, pos: int) -> tuple[str | None, bool]:
        """``by_pronoun`` by recency alone, and whether the one named is the last speaker."""
        floor = self.window_start(pos)
        speaker = next(((p, s) for p, s in reversed(self.speakers) if p < pos), None)
        if speaker and speaker[0] < floor:
            speaker = None
        person = self._last_person(pos, subject=True)
        if person and (speaker is None or person.start > speaker[0]):
            # "Robinson's mother said": someone unnamed is the subject, not Robinson
            owner = self._owns_person(person, self.doc.language_at(self.doc.folded.offset(person.start)))
            return None if owner else person.entity.id, False
        return (speaker[1], True) if speaker else (None, False)

    def heard(self, pos: int, speaker: str | None) -> None:
        """Remember that ``speaker`` spoke at folded ``pos`` (for later pronouns), and the gender of the
        verb of saying there, if any (the first it is known by)."""
        if speaker:
            self.speakers.append((pos, speaker))
            if (gender := self._gender_at(pos)) is not None:
                self.genders.setdefault(speaker, gender)
