"""Language data for layout and names: sentence rules, grammar cues, name words and their common
spellings, places, demonyms, titles and institutions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, StrictStr, model_validator

from khabar.lang.models.base import Flag, Number, Strict, Topic, Word, Words

PlaceFeature = Literal["city", "admin1", "admin2"]
Position = Literal["before", "after", "both"]  # where the name stands relative to the cue


class LanguageRules(Topic):
    """``language.yaml``: identification name and sentence rules."""

    FILE: ClassVar[str] = "language"
    lingua: Word | None = None  # the lingua-language-detector name
    sentence_terminators: Words = ()
    unspaced_terminators: Words = ()  # also end a sentence with no space after them
    abbreviations: Words = ()


class Grammar(Topic):
    """``grammar.yaml``: function words and light grammar cues of the entity stage."""

    FILE: ClassVar[str] = "grammar"
    stopwords: Words = ()
    agent_markers: Words = ()
    locative_markers: Words = ()
    complementizers: Words = ()
    genitive_markers: Words = ()
    conjunctions: Words = ()
    name_prefixes: Words = ()
    postpositional: Flag | None = None  # default: the language has agent markers


class Names(Topic):
    """``names.yaml``: personal name words and organisation or place head words."""

    FILE: ClassVar[str] = "names"
    surnames: Words = ()
    given_names: Words = ()
    name_openers: Words = ()
    org_heads: Words = ()
    place_heads: Words = ()
    not_org_acronyms: Words = ()


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


class Places(Topic):
    """``places.yaml``: place cue words and the feature they imply, and regional names."""

    FILE: ClassVar[str] = "places"
    after: dict[Word, PlaceFeature] = Field(default_factory=dict)
    before: dict[Word, PlaceFeature] = Field(default_factory=dict)
    generic: Words = ()
    connectors: Words = ()
    not_places: Words = ()
    region_names: dict[Word, Words] = Field(default_factory=dict)  # ISO 3166-2 code -> names in this language
    regions: tuple[Region, ...] = ()
    home_countries: Words = ()


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
    kind: Literal["org", "group"] = "group"


class Institutions(Topic):
    """``institutions.yaml``: institution words that make an actor with a country."""

    FILE: ClassVar[str] = "institutions"
    institutions: tuple[InstitutionEntry, ...] = ()
    of: Words = ()
