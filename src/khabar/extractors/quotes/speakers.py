"""Speakers next to a cue: an entity whose mention touches it, a title, or a pronoun.

The subject phrase before a cue or after it is read for a mention that ends or starts at its edge (past
short asides and descriptions), a person named before a noun giving the role, a title run, or a pronoun;
titles and pronouns are resolved by ``referents.Referents``. Anything else gives no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from khabar.extractors.cues import after_preposition
from khabar.extractors.entities.named_by import naming, person_role
from khabar.extractors.quotes.config import PUNCT, Config
from khabar.extractors.quotes.referents import Mention, Referents
from khabar.text.normalise import fold
from khabar.text.tokens import QUOTE_MARKS

Found = tuple[str | None, int]  # speaker (entity id), and the folded far edge of its phrase
INDEFINITE_WORDS = 3  # words before a title that may hold its indefinite article ("a senior UN official")
INDEFINITE_CHARS = 60  # text before a title run those words are read from
APPOSITIVE_WORDS = 8  # words of an aside between a speaker and the cue ("X, now at Y University, said")
ASIDES = 2  # asides between a speaker and the cue ("X, 38, from London, told")
RELATIVE_WORDS = 16  # words of a relative clause about the speaker in such an aside ("X, who …, said")
DESCRIBING_WORDS = 3  # plain words describing a person named after them ("New York-based film-maker X")
_BRACKETED = re.compile(r"\([^()]*\)")  # a bracket in an aside, restating a name ("(ICSR)")
NAMED_CHARS = 40  # text between a person's name and the noun for a person that gives its role ("X नाम के एक")


class Attributor(Referents):
    """Speaker resolution over one document: the subject phrases next to cues."""

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
        if mention := self._before_aside(lo, cue, config) or self._touching(lo, end, cue):
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
            return self.by_pronoun(word_start, cue), word_start
        return None

    def _touching(self, lo: int, end: int, cue: int) -> Mention | None:
        """The mention that ends at ``end``, right before ``cue``; where a comma parts the two, only a
        name that makes up the whole comma-set phrase ("Turkey's president, Recep Tayyip Erdoğan, said"),
        not a name closing a longer aside ("X, echoing concerns over strikes against Syria, reiterated")."""
        mention = self.ends_at.get(end)
        if mention is None or "," not in self.f[end:cue]:
            return mention
        comma = self.f.rfind(",", lo, mention.start)
        return mention if comma >= 0 and not self.f[comma + 1 : mention.start].strip() else None

    def _indefinite(self, lo: int, run_start: int, run: str, config: Config) -> bool:
        """Whether an indefinite word opens a title run or stands in the few words before it ("a
        government spokesman said"): the title names someone not named before."""
        before = self.f[max(lo, run_start - INDEFINITE_CHARS) : run_start].split()[-INDEFINITE_WORDS:]
        return any(word in config.indefinites for word in (*before, *run.split()[:1]))

    def _before_aside(self, lo: int, cue: int, config: Config) -> Mention | None:
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
            if self._words(open_ + 1, close - 1) > (RELATIVE_WORDS if relative else APPOSITIVE_WORDS):
                return None
            if mention := self.ends_at.get(self._rstrip(lo, open_)):
                return mention
            close = open_ + 1
        return None

    def _words(self, lo: int, hi: int) -> int:
        """Words in folded ``[lo, hi)``, a name of a person or body counted as one word and a bracket that
        restates it as none ("director at the International Centre for the Study of Radicalisation and
        Political Violence (ICSR)": four)."""
        pieces, pos, plain = [], lo, lo
        while pos < hi:
            mention = self.starts_at.get(pos)
            if mention is not None and mention.end <= hi:
                pieces += [self.f[plain:pos], "N"]
                pos = plain = mention.end
            else:
                pos += 1
        return len(_BRACKETED.sub(" ", "".join([*pieces, self.f[plain:hi]])).split())

    def opening(self, start: int, hi: int, config: Config) -> Found | None:
        """The person or body named first in the sentence that starts at ``start``, before ``hi``, past
        a title run ("President Trump stepped back …")."""
        pos = self._lstrip(start, hi)
        run = config.title_run.match(self.f, pos, hi) if config.title_run else None
        mention = self.starts_at.get(pos) or (
            self.starts_at.get(self._lstrip(run.end(), hi)) if run else None
        )
        return (mention.entity.id, mention.start) if mention and mention.end <= hi else None

    def _named_before(self, lo: int, end: int, config: Config) -> Mention | None:
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

    def _governed(self, mention: Mention) -> bool:
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
        if mention and mention.end <= hi and (owned := self._owned(mention, hi, config)):
            return owned.entity.id, owned.end
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
        if described and (group := self._described_person(start, hi, described, config, kinds=("GROUP",))):
            return group.entity.id, group.end  # "said a senior western diplomat": one of the diplomats
        return None

    def _owned(self, owner: Mention, hi: int, config: Config) -> Mention | None:
        """The person named in the phrase that ``owner``'s possessive opens, before ``hi`` and within
        ``APPOSITIVE_WORDS`` words, with no sentence end or quote mark between ("Unicef's regional director
        for the Middle East, Geert Cappelaere"): that person, not the owner, is the speaker."""
        marker = self._lstrip(owner.end, hi)
        word = self.f[marker:hi].split(maxsplit=1)
        if not word or word[0].rstrip(PUNCT) not in config.possessives:
            return None
        phrase = marker + len(word[0].rstrip(PUNCT))
        k = bisect_right(self.person_ends, phrase)
        while k < len(self.persons) and (person := self.persons[k]).end <= hi:
            between = self.f[phrase : max(phrase, person.start)]
            if (
                any(c in config.sentence_end or c in QUOTE_MARKS for c in between)  # nor across a quote mark
                or len(between.split()) > APPOSITIVE_WORDS
            ):
                return None
            if person.start >= phrase:
                return person
            k += 1
        return None

    def described(self, start: int, name: int, config: Config) -> bool:
        """Whether only a few plain words describing the person named at folded ``name`` stand between
        ``start`` and the name ("New York-based film-maker Alexandra Shiva")."""
        person = self._described_person(self._lstrip(start, name), len(self.f), DESCRIBING_WORDS, config)
        return person is not None and person.start == name

    def _described_person(
        self, start: int, hi: int, words: int, config: Config, kinds: tuple[str, ...] = ("PERSON",)
    ) -> Mention | None:
        """A person (or an actor of ``kinds``) whose mention starts after at most ``words`` plain words from
        ``start``, with no punctuation between and no function word right before it ("the Syrian activist
        Raed Srewel", not "a friend of Aksoy")."""
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
            if mention is not None and mention.end <= hi and mention.entity.type in kinds:
                return mention
        return None
