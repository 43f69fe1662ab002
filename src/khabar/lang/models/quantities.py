"""Language data for numbers, dates, counts and quoted speech."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from khabar.lang.models.base import Flag, Number, Strict, Topic, Word, Words
from khabar.schema import CountKind


class Ranges(Strict):
    """Two quantities read as one range ("300-400", "300 to 400", "between 300 and 400")."""

    joiners: Words = ()  # between the two quantities
    between: Words = ()  # before the first, when ``between_joiners`` join them ("between ... and")
    between_joiners: Words = ()
    not_after: Words = ()  # before the first: a change, not a range ("rose from 20 to 35")


class Numbers(Topic):
    """``numbers.yaml``: number words, multipliers, fractions, vague quantities, approximators, ranges."""

    FILE: ClassVar[str] = "numbers"
    units: dict[Word, Number] = Field(default_factory=dict)
    multipliers: dict[Word, Number] = Field(default_factory=dict)
    fractions: dict[Word, float] = Field(default_factory=dict)
    fraction_modifiers: dict[Word, float] = Field(default_factory=dict)
    article_one: Words = ()  # "a hundred": one, only before a multiplier
    vague: dict[Word, Number] = Field(default_factory=dict)  # "dozens": the conservative value
    connectors: Words = ()
    approx_before: Words = ()
    approx_after: Words = ()
    ranges: Ranges = Ranges()


class DateModifiers(Strict):
    last: Words = ()
    this: Words = ()
    next: Words = ()


class DateUnits(Strict):
    day: Words = ()
    week: Words = ()
    month: Words = ()
    year: Words = ()


class Tense(Strict):
    """Words that place a clause in the future or the past, for year-less dates."""

    clause_breaks: Words = ()
    future_words: Words = ()
    future_endings: Words = ()
    past_words: Words = ()
    past_endings: Words = ()
    future_void_before: Words = ()  # a future word right after one of these is a noun ("their will")
    past_void_before: Words = ()  # a past word right after one of these is a participle ("will be held")
    past_void_after: Words = ()  # ... or right before one of these ("किया जाएगा")


class Dates(Topic):
    """``dates.yaml``: month and weekday names, relative days, periods and tense cues."""

    FILE: ClassVar[str] = "dates"
    months: dict[Number, Words] = Field(default_factory=dict)
    month_abbreviations: dict[Number, Words] = Field(
        default_factory=dict
    )  # only next to a day number or a year
    weekdays: dict[Number, Words] = Field(default_factory=dict)  # ISO weekday number
    capitalised: Flag = False  # month names count only when capitalised
    numeric_order: Literal["dmy", "mdy", "ymd"] = "dmy"
    day_suffixes: Words = ()
    month_cues_before: Words = ()
    month_cues_after: Words = ()
    year_cues_before: Words = ()
    year_cues_after: Words = ()
    days: dict[Word, Number] = Field(default_factory=dict)  # relative day words -> offset from publication
    tense_sensitive: Words = ()  # day words whose offset depends on tense (Hindi कल)
    modifiers: DateModifiers = DateModifiers()
    units: DateUnits = DateUnits()
    ago: Words = ()
    ago_blockers: Words = ()
    tense: Tense = Tense()
    # words that make a date the bound of a period ("since 2016", "2016 तक"): no event's day
    period_before: Words = ()
    period_after: Words = ()
    # words that open a clause bounding a period ("since the war began in 2013"): no date in it dates
    # an act told before it
    period_clauses: Words = ()
    # words that make a date an attribute of the noun after it ("a 2013 attack", "2013 के हमले"):
    # that noun's day only
    attribute_before: Words = ()
    attribute_after: Words = ()


class Outcome(Strict):
    follows: Words = ()  # cues after the quantity ("20 people were killed")
    precedes: Words = ()  # cues before it ("death toll rose to 35")
    leads: Words = ()  # participles right before it, its people noun after it ("मारे गए 48 लोगों")


class NotCounts(Strict):
    before: Words = ()
    after: Words = ()
    # acts counted ("at least 12 airstrikes killed 30"): no count right before one, though one may follow
    # a count ("killed 30 in airstrikes"), unlike ``after``
    acts: Words = ()


class Cumulative(Strict):
    """What makes a count a war's or a period's toll rather than one happening's."""

    cues: Words = ()  # patterns (``khabar.text.patterns``) near the count: "since", "six-year war"
    void_before: Words = ()  # a cue right after one of these is none ("the deadliest since")
    year_before: Words = ()  # before a year: "between 1997 and ...", "from 2011"
    year_after: Words = ()  # after a year: "2011 से"
    max_words: Number = Field(default=12, ge=0)  # how far from the count a cue may stand


class Counts(Topic):
    """``counts.yaml``: casualty and crowd cues, people nouns, and what makes a number no count."""

    FILE: ClassVar[str] = "counts"
    outcomes: dict[CountKind, Outcome] = Field(default_factory=dict)
    people: dict[Word, Words] = Field(default_factory=dict)
    unspecified: Words = ()
    needs_noun: Words = ()
    max_words_to_noun: Number = Field(default=2, ge=0)
    max_words_to_cue: Number = Field(default=4, ge=0)
    max_words_without_noun: Number = Field(default=2, ge=0)
    bridge_words: Words = ()
    max_bridge_words: Number = Field(default=3, ge=0)
    conjunctions: Words = ()
    partitive: Words = ()  # between a whole and its part of one kind: "मारे गए 48 लोगों में से 16 की मौत"
    clause_marks: Words = ()
    # a list of tolls by place sharing one cue ("केरल में 126, गुजरात में 52 और असम में 34 लोगों की जान गई",
    # "139 in Maharashtra and 34 in Assam have died"): the place's marker, and words a place may have
    place_markers: Words = ()
    max_place_words: Number = Field(default=4, ge=0)
    negations: Words = ()
    hypothetical: Words = ()
    negation_words_after_cue: Number = Field(default=2, ge=0)
    not_counts: NotCounts = NotCounts()
    cumulative: Cumulative = Cumulative()


Side = Literal["before", "after", "either"]  # where a quote cue's speaker stands
Gender = Literal["feminine", "masculine"]  # the grammatical gender a verb of saying agrees in


class QuoteCue(Strict):
    speaker: Side
    pattern: Word
    unmarked: bool = False  # its speaker, unmarked, may stand a few words before it ("वो आगे बताती हैं")
    # it only reports what was said, and a quote set inside the reported clause is its speaker's ("vowed
    # the US would “expel …”"); no cue of a quote next to it ("urged Turkey to “de-escalate”")
    reports_only: bool = False
    # a participle after a comma: its subject is the one that opens the sentence ("Begum took full
    # responsibility …, saying she alone was “…”")
    participle: bool = False


class Quotes(Topic):
    """``quotes.yaml``: verbs of saying around a quotation and the titles that name speakers."""

    FILE: ClassVar[str] = "quotes"
    min_words: Number = Field(default=3, ge=0)
    min_words_single_marks: Number | None = Field(default=None, ge=0)  # None: ``min_words``
    max_words_between: Number = Field(default=4, ge=0)
    gap_words: Number = Field(default=4, ge=0)  # words that a gap ("...") in a cue pattern stands for
    sentence_end: Word = ".!?"
    cues: tuple[QuoteCue, ...] = ()
    titles: dict[Word, Words] = Field(default_factory=dict)
    skip: Words = ()
    indefinites: Words = ()  # before a title, it names someone not named before ("a spokesman said")
    pronouns: Words = ()
    subject_pronouns: Words = ()  # pronouns that may be an unmarked cue's speaker a few words before it
    subject_markers: Words = ()
    # after a body's name, it makes the body the owner of the speaker named next ("said Unicef's regional
    # director for the Middle East, Geert Cappelaere")
    possessives: Words = ()
    # verbs of saying that agree with their subject's gender ("वो कहती हैं": a woman speaks): a pronoun
    # before one names the latest speaker of that gender, never one of the other
    verb_genders: dict[Gender, Words] = Field(default_factory=dict)
