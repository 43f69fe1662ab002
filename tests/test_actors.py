"""Tests for the actor knowledge base, its PETRARCH reader and the title/institution cues."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pycountry
import pytest

from khabar.knowledge.actor_registry import ActorRegistry, load_actor_file
from khabar.knowledge.actors import SECTORS, actor_from_entry, builtin_actors
from khabar.knowledge.base import agent_words
from khabar.knowledge.cameo import cameo_country_sector
from khabar.knowledge.petrarch import load_petrarch_actors, slug
from khabar.lang import topic
from khabar.lang.models import Institutions, Titles
from khabar.text.normalise import fold

DATA = Path(__file__).parent / "data" / "actors"
SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
PHOENIX = SHARED_EVAL / "cameo_phoenix_dictionaries"
PETR_VALIDATE = SHARED_EVAL / "petrarch_validation" / "PETR.Validate.actors.txt"


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def by_id(actor_id: str):
    return next(a for a in builtin_actors() if a.id == actor_id)


# ------------------------------------------------------------- built-in YAML


def test_builtin_actors_are_many_and_ids_unique() -> None:
    actors = builtin_actors()
    assert len(actors) >= 400
    ids = [a.id for a in actors]
    assert len(ids) == len(set(ids))


def test_builtin_actors_have_valid_types_sectors_countries_and_dates() -> None:
    for actor in builtin_actors():
        assert actor.type in {"PERSON", "ORG"}, actor.id
        assert actor.sector in SECTORS, actor.id
        assert actor.name and actor.id == actor.id.lower(), actor.id
        for role in actor.roles:
            assert role.role, actor.id
            assert role.sector is None or role.sector in SECTORS, actor.id
            assert role.start is None or role.end is None or role.start <= role.end, actor.id
            assert role.start is None or isinstance(role.start, date), actor.id
        for country in {actor.country, *(r.country for r in actor.roles)} - {None}:
            assert pycountry.countries.get(alpha_3=country), (actor.id, country)


def test_builtin_covers_required_organisations(registry: ActorRegistry) -> None:
    for acronym in ["UN", "UNSC", "UNHCR", "WHO", "IMF", "NATO", "EU", "CSTO", "SCO", "SAARC", "OSCE", "ICC"]:
        assert registry.lookup(fold(acronym)), acronym
    assert registry.lookup(fold("संयुक्त राष्ट्र"))[0].id == "united-nations"
    assert registry.lookup(fold("सामूहिक सुरक्षा संधि संगठन"))[0].acronyms == ("CSTO", "ODKB")


def test_lookup_finds_spelling_variants(registry: ActorRegistry) -> None:
    tokayev = registry.lookup("tokaev")
    assert [a.id for a in tokayev] == ["kassym-jomart-tokayev"]
    assert registry.lookup(fold("Erdoğan")) == registry.lookup("erdogan")
    assert registry.lookup("no such actor") == []


def test_surfaces_cover_name_aliases_and_acronyms(registry: ActorRegistry) -> None:
    surfaces = {s for s, a in registry.surfaces() if a.id == "collective-security-treaty-organization"}
    assert {"Collective Security Treaty Organization", "CSTO", "सामूहिक सुरक्षा संधि संगठन"} <= surfaces
    assert len(list(registry)) == len(registry)


def test_role_on_before_during_and_after_a_term() -> None:
    tokayev = by_id("kassym-jomart-tokayev")
    assert tokayev.role_on(date(2015, 6, 1)).role == "chairman of the Senate"
    assert tokayev.role_on(date(2022, 1, 7)).role == "president"
    assert tokayev.role_on(date(2005, 1, 1)) is None
    assert tokayev.role_on(None).role == "president"
    trump = by_id("donald-trump")
    assert trump.role_on(date(2018, 1, 1)).role == "president"
    assert trump.role_on(date(2023, 1, 1)) is None
    assert trump.role_on(date(2025, 6, 1)).start == date(2025, 1, 20)


def test_role_defaults_to_actor_country_and_can_be_overridden() -> None:
    guterres = by_id("antonio-guterres")
    assert guterres.country == "PRT"
    secretary = guterres.role_on(date(2020, 1, 1))
    assert (secretary.role, secretary.country, secretary.sector) == ("secretary-general", None, "IGO")
    assert guterres.role_on(date(2000, 1, 1)).country == "PRT"


def test_yaml_entries_are_validated(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="sector"):
        actor_from_entry({"id": "x", "name": "X", "type": "ORG", "sector": "ZZZ"})
    with pytest.raises(ValueError, match="type"):
        actor_from_entry({"id": "x", "name": "X", "type": "ROBOT"})
    with pytest.raises(ValueError, match="date"):
        actor_from_entry({"id": "x", "name": "X", "roles": [{"role": "r", "start": "2020-13-01"}]})
    with pytest.raises(ValueError, match="alpha-3"):
        actor_from_entry({"id": "x", "name": "X", "country": "Kazakhstan"})
    path = tmp_path / "extra.yaml"
    path.write_text("- {id: ada, name: Ada, type: PERSON, country: GBR, sector: GOV}\n", encoding="utf-8")
    assert [a.id for a in ActorRegistry.load(path)][-1] == "ada"
    assert load_actor_file(path)[0].country == "GBR"


# --------------------------------------------------------- PETRARCH format


@pytest.fixture(scope="module")
def sample() -> dict[str, object]:
    return {a.id.split(":", 1)[1]: a for a in load_actor_file(DATA / "sample.actors.txt")}


def test_petrarch_blocks_synonyms_and_comments(sample: dict) -> None:
    assert "after-stop" not in sample
    assert sample["freedonia"].aliases == ("FREEDONIAN", "FREEDONIANS")
    assert sample["freedonia"].cameo == "FRD"
    state = sample["united-states-department-of-state"]
    assert (state.type, state.country, state.sector, state.aliases) == (
        "ORG",
        "USA",
        "GOV",
        ("STATE DEPARTMENT",),
    )
    assert sample["kassym-jomart-tokayev"].name == "Kassym-Jomart Tokayev"
    assert all(a.id.startswith("sample-actors:") for a in sample.values())


def test_petrarch_date_restrictions(sample: dict) -> None:
    firefly = sample["rufus-t-firefly"]
    assert firefly.type == "PERSON"
    assert firefly.role_on(date(1932, 1, 1)).cameo == "USAELI"
    assert firefly.role_on(date(1934, 1, 1)).sector == "GOV"  # dated code beats the default
    assert firefly.role_on(date(1950, 1, 1)).start is None  # only the default is left
    tokayev = sample["kassym-jomart-tokayev"]
    assert tokayev.role_on(date(2000, 6, 1)).start == date(1999, 1, 1)  # YYMMDD: 99 -> 1999
    assert tokayev.role_on(date(2022, 1, 7)).start == date(2019, 3, 20)  # YYYYMMDD
    assert tokayev.role_on(None).start == date(2019, 3, 20)
    soviet = sample["soviet-union"]
    assert (soviet.type, soviet.country, soviet.roles[0].end) == ("COUNTRY", "SUN", date(1991, 12, 26))


def test_petrarch_several_codes_on_a_line_and_bad_dates(sample: dict) -> None:
    old = sample["old-pattern-actor"]
    assert [r.cameo for r in old.roles] == ["IGOUNOKID", "NGO"]
    assert old.role_on(date(2000, 1, 1)).sector == "IGO"
    assert old.role_on(date(2010, 1, 1)).sector == "NGO"
    assert [r.cameo for r in sample["bad-date-actor"].roles] == ["RUSELI"]


def test_petrarch_text_ids_are_numbered_slugs_and_stop_ends_the_file() -> None:
    text = "ÉMILE_ZOLA [FRAELI]\n# a comment\nEMILE_ZOLA [FRAMED]\n---STOP---\nLATER_ACTOR [USAGOV]\n"
    actors = load_petrarch_actors(text, "toy")
    assert [a.id for a in actors] == ["toy:emile-zola", "toy:emile-zola-2"]
    assert [a.type for a in actors] == ["PERSON", "ORG"]
    assert slug("---") == "actor"


def test_registry_merges_builtin_and_petrarch_files() -> None:
    registry = ActorRegistry.load(DATA / "sample.actors.txt")
    ids = [a.id for a in registry.lookup("csto")]
    assert ids == [
        "collective-security-treaty-organization",
        "sample-actors:collective-security-treaty-organization",
    ]
    assert registry.get("sample-actors:freedonia").name == "Freedonia"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", "GOV")),
        ("AFGMIL", ("AFG", "MIL")),
        ("PSEREBHMS", ("PSE", "REB")),
        ("IGOUNOKID", (None, "IGO")),
        ("IMGMOSALQ", (None, "REB")),
        ("NGO", (None, "NGO")),
        ("MNC", (None, "BUS")),
        ("TMP", ("TLS", None)),
        ("KSVGOV", ("XKX", "GOV")),
        ("RUSCIV", ("RUS", "CVL")),
        ("IRQMOSSHI", ("IRQ", "REL")),
        ("MEAREB", (None, "REB")),
        ("---", (None, None)),
    ],
)
def test_cameo_country_sector(code: str, expected: tuple[str | None, str | None]) -> None:
    assert cameo_country_sector(code) == expected


@pytest.mark.skipif(not PHOENIX.exists(), reason="shared Phoenix dictionaries not present")
def test_real_phoenix_dictionaries_load() -> None:
    countries = load_actor_file(PHOENIX / "Phoenix.Countries.actors.txt")
    assert 15_000 < len(countries) < 25_000
    assert sum(a.type == "COUNTRY" for a in countries) > 150
    karzai = next(a for a in countries if a.name == "Hamid Karzai")
    assert karzai.role_on(date(2010, 1, 1)).cameo == "AFGGOV"
    international = load_actor_file(PHOENIX / "Phoenix.International.actors.txt")
    assert len(international) > 5_000
    assert sum(a.sector == "IGO" for a in international) > 300
    registry = ActorRegistry(countries + international)
    assert any(a.country == "AFG" for a in registry.lookup("kabul"))


@pytest.mark.skipif(not PETR_VALIDATE.exists(), reason="shared PETRARCH validation files not present")
def test_real_petrarch_validation_dictionary() -> None:
    actors = {a.name: a for a in load_actor_file(PETR_VALIDATE)}
    assert 100 < len(actors) < 200
    gollum = actors["Gollum"]
    assert gollum.aliases == ("SMEAGOL", "SLINKER", "STINKER")
    assert gollum.role_on(date(1997, 1, 1)).cameo == "HOBGOV"
    assert actors["United States"].aliases == ("USA", "U.S.")
    assert actors["Sam Gamgee"].role_on(date(2010, 1, 10)).cameo == "ORCHOB"


# ------------------------------------------------------- title and institution cues


@pytest.mark.parametrize("language", ["hi", "en"])
def test_title_cues_are_well_formed(language: str) -> None:
    titles = topic(language, Titles)
    assert len(titles.titles) > 50
    for entry in titles.titles:
        assert entry.cue and entry.role, entry
        assert entry.sector is None or entry.sector in SECTORS, entry
    cues = [e.cue for e in (*titles.titles, *titles.honorifics)]
    assert len(cues) == len(set(cues))


def test_hindi_title_cues_name_roles() -> None:
    roles = {e.cue: (e.role, e.sector) for e in topic("hi", Titles).titles}
    assert roles["राष्ट्रपति"] == ("president", "GOV")
    assert roles["प्रवक्ता"] == ("spokesperson", "GOV")
    assert roles["प्रेस सचिव"] == ("press secretary", "GOV")
    assert roles["पुलिस अधीक्षक"] == ("superintendent of police", "COP")
    assert roles["जनरल"][1] == "MIL"
    assert "श्री" in {e.cue for e in topic("hi", Titles).honorifics}


@pytest.mark.parametrize("language", ["hi", "en"])
def test_institution_cues_are_well_formed(language: str) -> None:
    data = topic(language, Institutions)
    cues = [e.cue for e in data.institutions]
    assert len(cues) == len(set(cues))
    for entry in data.institutions:
        assert entry.sector in SECTORS and (entry.secondary or "GOV") in SECTORS, entry
        assert entry.name, entry


def test_institution_cues_map_to_actors() -> None:
    hindi = {e.cue: e for e in topic("hi", Institutions).institutions}
    assert hindi["रक्षा मंत्रालय"].name == "Ministry of Defence"
    assert hindi["विदेश विभाग"].name == "Department of State"
    english = {e.cue: e for e in topic("en", Institutions).institutions}
    assert english["defence ministry"].name == english["ministry of defence"].name


@pytest.mark.parametrize("language", ["en", "hi"])
def test_no_named_actor_is_known_by_a_generic_actor_word(language: str) -> None:
    """ "Maoists" and नक्सली are generic actors (one entity in every form), not the CPI (Maoist)."""
    generic = agent_words(language)
    assert not [(a.name, s) for a in builtin_actors() for s in a.surfaces() if fold(s) in generic]


def test_agent_words_name_the_same_actor_in_both_languages() -> None:
    hindi, english = agent_words("hi"), agent_words("en")
    assert (hindi["पुलिस"].name, hindi["पुलिस"].sector) == (english["police"].name, "COP")
    assert hindi[fold("जवानों")].name == english["soldiers"].name == english["jawans"].name
    assert hindi["प्रदर्शनकारियों"].sector == english["protesters"].sector == "CVL"
    assert english["troops"].sector == "MIL" and english["doctors"].sector == "HLH"
    assert not {"police", "army", "state", "city"} & set(hindi)  # each language its own words
    assert english["official"].name == english["officials"].name  # not in "official figures": a modifier
    peoples = (english["kurds"].sector, english["tribesmen"].sector, english["zealots"].sector)
    assert peoples == ("CVL", "CVL", "REB")
    assert "kurdish" not in english  # an adjective ("Kurdish-led forces"), not the people
