"""Language data for layout and names: sentence rules, grammar cues, frequent words, name words and
their common spellings, places, demonyms, titles and institutions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, StrictStr, model_validator

from khabar.lang.models.base import Flag, Number, Strict, Topic, Word, Words

PlaceFeature = Literal["city", "admin1", "admin2"]
Position = Literal["before", "after", "both"]  # where the name stands relative to the cue
# What the language data says of a word, as the name tagger's features name it (in feature order)
TaggerCue = Literal[
    "freq",
    "stop",
    "given",
    "surname",
    "opener",
    "orghead",
    "placehead",
    "agent",
    "locative",
    "genitive",
    "conj",
    "comp",
    "placecue_after",
    "placecue_before",
]


class LanguageRules(Topic):
    """``language.yaml``: identification name and sentence rules."""

    FILE: ClassVar[str] = "language"
    lingua: Word | None = None  # the lingua-language-detector name
    sentence_terminators: Words = ()
    unspaced_terminators: Words = ()  # also end a sentence with no space after them
    abbreviations: Words = ()
    # function words only this language of its script uses often (postpositions, auxiliaries): a
    # segment whose words are these in ``marker_share`` (scripts.yaml) is in this language, however short
    marker_words: Words = ()


class Grammar(Topic):
    """``grammar.yaml``: function words and light grammar cues of the entity stage."""

    FILE: ClassVar[str] = "grammar"
    stopwords: Words = ()
    agent_markers: Words = ()
    subject_verbs: Words = ()  # verbs right after their subject where no marker shows it ("X said")
    subject_auxiliaries: Words = ()  # may stand between such a subject and its verb ("X had threatened")
    state_possessions: Words = ()  # what only a state has: its owner is one ("Washington's support")
    locative_markers: Words = ()
    apposed_locatives: Words = ()  # "X, in Uganda,": between commas after a name, make it a place there
    locative_suffixes: Words = ()  # hyphened after a place used as a location ("Sligo-based")
    complementizers: Words = ()
    genitive_markers: Words = ()
    conjunctions: Words = ()
    name_prefixes: Words = ()
    # marks that close a dateline opening a paragraph in a script without case ("ग्वालियर. ...")
    dateline_marks: Words = ()
    name_edges: Words = ()  # never open or end a person's name (beside the frequent words)
    name_breaks: Words = ()  # never inside any name: a tagged name is cut at one (pronouns)
    ordinal_endings: Words = ()  # end an ordinal number word ("बारहवीं"): no name opens with one
    izafat_endings: Words = ()  # end a word an izafat ties to the next of one name ("तहरीके")
    postpositions: Words = ()  # close a noun phrase: the word before one may end a name
    postpositional: Flag | None = None  # default: the language has agent markers
    # A person named in full is named again by the last word of the name alone; where news also
    # does so by the first word ("मुलायम") and a known organisation by its last word but a head word:
    first_names_alone: Flag = False
    organisation_words_alone: Flag = False
    # Generic actors: agent words that modify any content word after them ("military action"),
    # nouns any agent word before them modifies ("police station", "सेना प्रमुख"), endings of verbs
    # (a verb after a modifier word makes it the subject: "military invaded"), collective nouns an
    # agent word before them names ("opposition groups"), words that open an
    # apposition to a person ("Jamal, a Kurdish rebel"), and words before or after a place that make
    # it where forces serve rather than whose they are ("serving in", "में तैनात").
    modifiers: Words = ()
    noun_followers: Words = ()  # after a noun, no noun a modifier word modifies ("an official familiar with")
    modified_heads: Words = ()
    acts: Words = ()  # nouns of an act a modifier word before them does ("regime rocket fire")
    predicatives: Words = ()  # copular verbs after which an agent word is a quality ("जवान बना रहे")
    verb_endings: Words = ()
    collectives: Words = ()
    apposition_openers: Words = ()
    role_links: Words = ()  # tie a role in an apposition to its body ("X Y, director at", "the head of")
    deployed_before: Words = ()
    foreign: Words = ()  # right before an actor: of no country of the story ("foreign troops")
    deployed_after: Words = ()
    # Who speaks: the words right before an agent marker that a verb of saying follows within
    # ``SPEECH_REACH`` words ("सोनम ने कहा"), right before such a verb ("युवराज कहते हैं") or before a
    # genitive and a noun of saying ("ब्लैटर का कहना है") name a speaker (right before a verb: only the
    # ``unmarked_speech_verbs``), a person where no known body
    # fits; a word with a plural ending is none ("वैज्ञानिकों का कहना है").
    speech_verbs: Words = ()
    unmarked_speech_verbs: Words = ()
    speech_nouns: Words = ()
    plural_endings: Words = ()
    noun_determiners: Words = ()  # before one word, they make it a common noun, no speaker's name
    naming_markers: Words = ()  # before the words a verb of saying follows: what something is called


class Frequent(Topic):
    """``frequent.yaml`` (generated by ``python -m train frequent``): common words that are almost
    never a name, folded, most frequent first."""

    FILE: ClassVar[str] = "frequent"
    source: Word = ""
    words: Words = ()
    endings: Words = ()  # endings of many ordinary words and of no name: never a person's name's edge


class TaggerKnowledge(Topic):
    """``tagger_knowledge.yaml`` (generated by ``python -m train ner --refresh-knowledge``): the words of
    each knowledge cue, the folded gazetteer surfaces of each hit kind and the sizes of the one-word
    place names of the language's scripts that the name tagger reads as features, as they were when
    the shipped model was trained (``entities.tagger_knowledge``)."""

    FILE: ClassVar[str] = "tagger_knowledge"
    source: Word = ""
    cues: dict[TaggerCue, Words] = Field(default_factory=dict)
    hits: dict[Word, Words] = Field(default_factory=dict)  # hit kind ("country", "title") -> surfaces
    place_scripts: Words = ()  # scripts whose one-word place names ``place_sizes`` lists in full
    place_sizes: dict[Word, Number] = Field(default_factory=dict)  # name -> order of magnitude


class NameSounds(Topic):
    """``name_sounds.yaml`` (generated by ``python -m train latin-names``): ordinary words of the
    language, beyond the frequent ones, that sound like common Latin names (पत्ते: Patty), folded."""

    FILE: ClassVar[str] = "name_sounds"
    source: Word = ""
    words: Words = ()


class Names(Topic):
    """``names.yaml``: personal name words and organisation or place head words."""

    FILE: ClassVar[str] = "names"
    surnames: Words = ()
    given_names: Words = ()
    name_openers: Words = ()
    initials: Words = ()  # letter names written as initials before a name ("पी चिदंबरम")
    dotted_initials: Words = ()  # ... that are initials only with a full stop after them ("ए. राजा")
    honorifics: Words = ()  # words of respect after a name, no part of it ("महमूद साहब")
    name_nouns: Words = ()  # given names and surnames that are also common nouns: alone, no name
    org_heads: Words = ()
    facility_heads: Words = ()  # end a plant's, station's or project's name: no person's
    org_openers: Words = ()
    scheme_heads: Words = ()  # end a scheme's or campaign's name: no word of scope opens a body's name there
    place_heads: Words = ()
    local_place_heads: Words = ()  # heads of places inside one town (streets, buildings)
    lower_place_heads: Words = ()  # heads that make a place of the name before them in lower case too
    place_openers: Words = ()
    event_heads: Words = ()
    event_openers: Words = ()
    not_org_acronyms: Words = ()
    name_connectors: Words = ()
    name_particles: Words = ()
    group_words: Words = ()  # peoples, faiths, ideologies: a capitalised run holding one is no person
    # Titles of works in a list: a list of names closed by a likeness word and a noun of works ("कर्ज़,
    # हीरो, राम लखन और खलनायक जैसी फ़िल्में": films such as ...) lists titles, no people (``works``)
    likeness_words: Words = ()
    work_nouns: Words = ()
    title_marks: Word = ""  # marks set around titles of works: a new person only ever in them is a title
    # Naming a person by what they are (``named_by``): the phrases between a noun for a person and the
    # name ("a volunteer named X", "X नाम के एक छात्र"), on which side of them the name stands, the nouns
    # for a person with the role each gives, the words of an age before a name ("37 साल के X"), and the
    # relative pronouns that only a person takes after a comma ("Saratova, who was appointed")
    naming_words: Words = ()
    naming_position: Literal["before", "after"] = "after"
    person_nouns: dict[Word, Word] = Field(default_factory=dict)
    age_words: Words = ()
    person_relatives: Words = ()


LatinName = Annotated[StrictStr, Field(pattern=r"^[A-Za-z][A-Za-z' -]*$")]  # how English readers write it


class NameForms(Topic):
    """``name_forms.yaml``: the common Latin spelling of frequent name words (सिंह: Singh)."""

    FILE: ClassVar[str] = "name_forms"
    people: dict[Word, LatinName] = Field(default_factory=dict)
    places: dict[Word, LatinName] = Field(default_factory=dict)
    organisations: dict[Word, LatinName] = Field(default_factory=dict)

    def forms(self) -> Iterator[tuple[str, str]]:
        """Every ``(word, spelling)`` pair of the file."""
        for section in (self.people, self.places, self.organisations):
            yield from section.items()


class Region(Strict):
    """A region that GeoNames lacks or names differently, with its point and population."""

    name: Word
    country: Word = Field(pattern=r"^(?:[A-Z]{3})?$")  # ISO 3166-1 alpha-3; empty for a continent
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    population: Number = Field(ge=0)
    names: Words = ()
    demonyms: Words = ()  # its people and adjective ("European"): mentions of it that name it not
    geonames_id: int | None = None  # where GeoNames has the region (continents do)


class Places(Topic):
    """``places.yaml``: place cue words and the feature they imply, and regional names."""

    FILE: ClassVar[str] = "places"
    after: dict[Word, PlaceFeature] = Field(default_factory=dict)
    before: dict[Word, PlaceFeature] = Field(default_factory=dict)
    naming_after: Words = ()  # cue words after which an unknown word is a place's name
    name_endings: Words = ()  # endings of place names ("-पुर", "-नगर")
    not_shaped: Words = ()  # common nouns with a place name's ending ("रेगिस्तान")
    generic: Words = ()
    generic_foreign: Words = ()  # generic words of another language than English: no part of a shown name
    connectors: Words = ()
    not_places: Words = ()
    region_names: dict[Word, Words] = Field(default_factory=dict)  # ISO 3166-2 code -> names in this language
    region_demonyms: dict[Word, Words] = Field(default_factory=dict)  # ISO 3166-2 code -> its people's words
    regions: tuple[Region, ...] = ()
    home_countries: Words = ()
    # least population of a place whose name of several words (of one word) the name tagger left out
    # and knowledge reads
    untagged_population: Number | None = None
    untagged_word_population: Number | None = None


class Demonyms(Topic):
    """``demonyms.yaml``: ISO 3166-1 alpha-3 code -> demonyms and adjectives of the country."""

    FILE: ClassVar[str] = "demonyms"
    countries: dict[Word, Words] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _keyed_by_country(cls, data: Any) -> Any:
        if isinstance(data, dict) and set(data) != {"countries"}:
            return {"countries": data}
        return data

    @model_validator(mode="after")
    def _iso3(self) -> Demonyms:
        if bad := [code for code in self.countries if len(code) != 3 or not code.isupper()]:
            raise ValueError(f"not ISO 3166-1 alpha-3 codes: {bad}")
        return self


class TitleEntry(Strict):
    cue: Word
    role: Word
    sector: Word | None = None
    position: Position = "before"


class Honorific(Strict):
    cue: Word
    position: Position = "before"


class TitleOwner(Strict):
    """How a title is tied to its owner: "spokesperson of X" or "X's spokesperson"."""

    order: Literal["owner-first", "owner-last"]
    words: Words = ()
    possessive: Words = ()


class Titles(Topic):
    """``titles.yaml``: words written next to a person's name, with the role they name."""

    FILE: ClassVar[str] = "titles"
    titles: tuple[TitleEntry, ...] = ()
    honorifics: tuple[Honorific, ...] = ()
    of: TitleOwner | None = None


class InstitutionEntry(Strict):
    cue: Word
    name: Word
    sector: Word | None = None
    secondary: Word | None = None
    alone: Word | None = None  # id of the known actor (data/actors.yaml) the bare word names


class Institutions(Topic):
    """``institutions.yaml``: institution words that make an organisation with a country."""

    FILE: ClassVar[str] = "institutions"
    institutions: tuple[InstitutionEntry, ...] = ()
    of: Words = ()
