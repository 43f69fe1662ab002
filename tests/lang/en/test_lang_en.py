"""English (``lang/en``): the data loads, its patterns compile, and a sentence per topic reads right."""

from __future__ import annotations

from datetime import date

from tests.helpers import make_doc
from tests.lang.checks import check_files_load, check_patterns_compile

from khabar import extract
from khabar.extractors.counts import find_counts
from khabar.extractors.dates import find_dates
from khabar.extractors.numbers import parse_number
from khabar.lang import topic
from khabar.lang.models import Events, Grammar
from khabar.schema import Entity

FRIDAY = date(2022, 1, 7)


def test_files_load() -> None:
    check_files_load("en")


def test_patterns_compile() -> None:
    check_patterns_compile("en")


def test_words_that_yaml_1_1_would_read_as_booleans_stay_words() -> None:
    assert {"no", "on", "yes"} <= set(topic("en", Grammar).stopwords)
    assert "on" in topic("en", Events).grammar.target_prepositions
    assert "no" in topic("en", Events).grammar.negation


def test_numbers() -> None:
    assert parse_number("two thousand", "en") == (2000, False)
    assert parse_number("half a million", "en") == (500_000, False)
    assert parse_number("300-400", "en") == (300, True)  # a range: its low end


def test_year_less_date_is_the_nearest_before_publication_unless_future() -> None:
    published = date(2018, 9, 12)
    past = make_doc("The town fell on 20 September.", "en", published)
    future = make_doc("Talks will be held on 20 September.", "en", published)
    assert [d.value for d in find_dates(past)] == ["2017-09-20"]
    assert [d.value for d in find_dates(future)] == ["2018-09-20"]


def test_dates() -> None:
    doc = make_doc("On 3 March the talks resumed.", "en", date(2022, 3, 10))
    assert [(d.text, d.value) for d in find_dates(doc)] == [("3 March", "2022-03-03")]


def test_counts() -> None:
    doc = make_doc("At least 20 people were killed in the blast.", "en")
    assert [(c.what, c.value, c.text) for c in find_counts(doc)] == [
        ("killed", 20, "At least 20 people were killed")
    ]
    [toll] = find_counts(make_doc("The war has killed 500,000 people.", "en"))
    assert (toll.value, toll.scope) == (500_000, "cumulative")


def test_event_with_subject_object_and_place() -> None:
    article = extract("Police arrested 12 students in Dhaka on Monday.", published=FRIDAY)
    [event] = article.events
    assert (event.type, event.negated) == ("COERCE", False)
    assert (event.source_text.text, event.target_text.text) == ("Police", "students")
    assert [(e.name, e.type, e.country, e.sector) for e in article.entities] == [
        ("police", "GROUP", "BGD", "COP"),
        ("students", "GROUP", None, "EDU"),  # where people are is not whose they are
        ("Dhaka", "PLACE", "BGD", None),
    ]


def test_no_arrests_is_a_negated_event() -> None:
    article = extract("Police made no arrests in Delhi on Monday.", published=FRIDAY)
    [event] = article.events
    assert (event.type, event.negated) == ("COERCE", True)


def groups(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """The generic actors of ``text``: name, country, sector and mentions."""
    article = extract(text, published=FRIDAY)
    return [
        (e.name, e.country, e.sector, [m.text for m in e.mentions])
        for e in article.entities
        if e.type == "GROUP"
    ]


def test_generic_actors_take_the_country_named_before_them() -> None:
    assert groups("Turkish forces shelled Kurdish positions on Monday.") == [
        ("forces", "TUR", "MIL", ["Turkish forces"])
    ]
    assert groups("Israeli police arrested three men.") == [("police", "ISR", "COP", ["Israeli police"])]
    assert groups("Russia's army moved in.") == [("army", "RUS", "MIL", ["Russia's army"])]
    assert groups("The army of Pakistan moved in, Afghan officials said.") == [
        ("army", "PAK", "MIL", ["army"]),
        ("officials", "AFG", "GOV", ["Afghan officials"]),
    ]


def test_state_actors_take_the_country_of_their_sentence_or_article_or_none() -> None:
    assert groups("Police in Almaty killed dozens of rioters.") == [
        ("police", "KAZ", "COP", ["Police"]),
        ("rioters", None, "CVL", ["rioters"]),  # not a state's: only its phrase gives a country
    ]
    assert groups("Fans were searched by police at a Sydney stadium before the Syria match.") == [
        ("police", None, "COP", ["police"])  # the sentence names two countries: unclear
    ]
    assert groups("Fans were searched by police at a Sydney stadium.") == [
        ("police", "AUS", "COP", ["police"])
    ]
    assert groups("Police said the roads were closed.") == [("police", None, "COP", ["Police"])]
    # the article's own country is that of its places too: Syria's fans at a match in Sydney
    article = (
        "Syria played Australia in Sydney. Syria's fans cheered. A Free Syria flag was banned by police."
    )
    assert groups(article) == [("police", None, "COP", ["police"])]
    assert groups(article.replace(" in Sydney", "")) == [("police", "SYR", "COP", ["police"])]
    # where troops serve is not whose they are
    assert groups("The Afghan election was held. Troops serving in Afghanistan voted.") == [
        ("troops", None, "MIL", ["Troops"])
    ]
    assert groups("Kurdish forces and US-backed forces entered Raqqa in Syria.") == [
        ("forces", None, "MIL", ["forces", "forces"])  # qualified by words that name no country
    ]
    # an organisation of no country says whose the militants are, and gives none
    assert groups("Islamic State militants attacked the town.") == [
        ("militants", None, "REB", ["Islamic State militants"])
    ]
    # a state's leader says whose its government is
    assert groups("He blamed the Assad regime for the attack.") == [("regime", "SYR", "GOV", ["regime"])]


def test_the_story_country_is_that_of_its_lead_and_bare_institutions_take_it() -> None:
    # three mentions of Colombia in a recalled case do not make a Venezuelan story Colombian
    recalled = "In 2003 Colombia's army found cash in Colombia, Colombia said."
    story = f"Smugglers were held in Venezuela. Police said the cash was found. {recalled}"
    assert ("police", None, "COP", ["Police"]) in groups(story)
    assert ("police", "VEN", "COP", ["Police"]) in groups(
        story.replace("Colombia's army", "Venezuela's army").replace("Colombia said", "Venezuela said")
    )
    article = extract(
        "The Interior Ministry said police in Kabul arrested two men. Afghanistan was calm. "
        "Pakistan denied a role in it, the Interior Ministry said.",
        published=FRIDAY,
    )
    [ministry] = [e for e in article.entities if e.type == "ORG"]
    assert (ministry.name, ministry.country, len(ministry.mentions)) == (
        "Ministry of Interior of Afghanistan",
        "AFG",
        2,  # told once, the same ministry in a sentence that names another country
    )
    article = extract(
        f"The Interior Ministry said the cash was found in Venezuela. {recalled}", published=FRIDAY
    )
    assert [(e.name, e.country) for e in article.entities if e.type == "ORG"] == [
        ("Ministry of Interior", None)
    ]


def test_modifiers_and_roles_of_people_are_no_generic_actor() -> None:
    assert groups("Military analysts said a military offensive would need police stations.") == []
    article = extract("Turkey launched a military offensive, the army chief said.", published=FRIDAY)
    assert [e.type for e in article.entities] == ["COUNTRY"]
    [event] = article.events  # the state launched it, not a "military" of no country
    assert (event.type, event.source_text.text) == ("ASSAULT", "Turkey")
    assert groups("The guerrilla war went on; the military has said nothing.") == [
        ("military", None, "MIL", ["military"])
    ]
    # a modified actor word takes its modifiers, a collective noun the word before it
    assert groups(
        "Regime forces shelled opposition groups in Idlib, a former British army soldier said."
    ) == [
        ("forces", None, "MIL", ["Regime forces"]),  # Syria's or Britain's: the sentence names both
        ("opposition", None, "OPP", ["opposition groups"]),
        ("soldiers", "GBR", "MIL", ["British army soldier"]),
    ]
    assert groups("An Azerbaijani opposition activist has been detained.") == [
        # a role that names nobody, of the sector of the agent word that modifies it
        ("activists", "AZE", "OPP", ["Azerbaijani opposition activist"])
    ]
    article = extract("Alexei Navalny, an opposition activist, met Yahya Abu Yahya, a doctor in Idlib.")
    assert [(e.name, e.type, e.sector) for e in article.entities if e.type in ("GROUP", "PERSON")] == [
        ("Alexei Navalny", "PERSON", "OPP"),
        ("Yahya Abu Yahya", "PERSON", "HLH"),  # the role is the person's
    ]


def test_words_of_a_name_or_a_compound_are_no_generic_actor() -> None:
    assert groups("The Police Federation said officers were exhausted.") == []
    assert groups("The Syrian Democratic Forces captured the town.") == []
    assert groups("Rebel-held towns were shelled, pro-government media said.") == [
        ("media", None, "JRN", ["media"])
    ]
    assert groups("The video spread on social media.") == []


def test_a_rebel_groups_army_keeps_the_groups_sector() -> None:
    assert groups("The deal with the Farc guerrilla army was signed in Havana.") == [
        ("army", "COL", "REB", ["Farc guerrilla army"])
    ]
    assert groups("The army of Pakistan moved in.") == [("army", "PAK", "MIL", ["army"])]
    assert groups("Isis suspects were held.") == [("suspects", None, "CVL", ["Isis suspects"])]  # no forces


def test_the_office_of_a_country_is_an_actor_of_its_government() -> None:
    text = "While Kenyans queued for food, the president of Sierra Leone called for urgent help."
    assert groups(text) == [("president", "SLE", "GOV", ["president"])]
    article = extract(text, published=FRIDAY)
    names = {e.id: e.name for e in article.entities}
    [event] = article.events
    assert (names[event.source or ""], event.source_country, event.source_sector) == (
        "president",
        "SLE",
        "GOV",
    )
    # held by a person of the sentence: the person, no second actor
    assert groups("Ashraf Ghani, the president of Afghanistan, met the prime minister of India.") == [
        ("prime minister", "IND", "GOV", ["prime minister"])
    ]
    assert groups("The president said the talks would go on.") == []


def test_generic_actors_act_in_events() -> None:
    article = extract("Gunmen attacked a checkpoint in Kabul.", published=FRIDAY)
    names = {e.id: e.name for e in article.entities}
    [event] = article.events
    assert (names[event.source or ""], event.source_country, event.source_sector) == ("gunmen", None, "REB")
    article = extract("Turkish forces shelled Kurdish positions in Syria.", published=FRIDAY)
    names = {e.id: e.name for e in article.entities}
    [event] = article.events  # a state's forces, named with their country, act for it
    assert (names[event.source or ""], event.source_sector, event.source_text.text) == (
        "Turkey",
        "MIL",
        "Turkish forces",
    )


def _places(text: str) -> dict[str, Entity]:
    return {m.text: e for e in extract(text).entities if e.type in ("PLACE", "COUNTRY") for m in e.mentions}


def test_a_name_apposed_to_in_and_a_country_is_a_place_there() -> None:
    place = _places("Bidi Bidi, in Uganda, welcomed 800,000 people.")["Bidi Bidi"]
    assert (place.type, place.country) == ("PLACE", "UGA")
    assert "Bidi Bidi" not in _places("Bidi Bidi welcomed 800,000 people.")
    assert "Catherine Byaruhanga" not in _places("Catherine Byaruhanga, in Uganda, reports on the floods.")


def test_an_accent_the_demonym_lacks_makes_no_demonym() -> None:
    assert "Thaís" not in _places("Thaís, 34, said the water had reached her door.")
    assert _places("Thais queued for water.")["Thais"].country == "THA"


def test_a_country_has_no_point() -> None:
    syria = _places("Syria closed the border.")["Syria"]
    assert (syria.precision, syria.lat, syria.lon, syria.geonames_id) == ("country", None, None, 163843)


def test_a_frequent_word_alone_is_no_place() -> None:
    assert "Reading" not in _places("Reading is fun, and the town hall agrees.")


def test_a_place_by_an_alternate_name_only_is_not_guessed() -> None:
    """GeoNames lists "Tremont" among Boston's names; the American towns of that name are small:
    no place in a story about nowhere in particular, a Tremont in an American one."""
    assert not _places("Officials in Tremont said the plan would fail.")
    tremont = _places("US officials in Tremont said the plan would fail.")["Tremont"]
    assert (tremont.type, tremont.name, tremont.country) == ("PLACE", "Tremont", "USA")


def test_weak_evidence_keeps_a_place_without_a_point() -> None:
    springfield = _places("The meeting in Springfield ended early.")["Springfield"]
    assert (springfield.country, springfield.precision, springfield.lat) == ("USA", "country", None)


def test_a_multi_word_name_beats_the_country_inside_it() -> None:
    places = _places("The fire spread across New Mexico.")
    assert (places["New Mexico"].name, places["New Mexico"].type) == ("New Mexico", "PLACE")
    assert "Mexico" not in places


def test_a_country_word_hyphened_to_a_word_before_it_opens_no_place_name() -> None:
    places = _places("The anti-Iran Gulf states met in Riyadh on Monday.")
    assert "Iran Gulf" not in places
    assert (places["Iran"].type, places["Gulf"].name) == ("COUNTRY", "Persian Gulf")


def test_a_particle_hyphened_to_a_place_name_opens_it() -> None:
    """GeoNames has "Al Hawl" (no population given): a place without a point, in Syria."""
    hawl = _places("Thousands of women were moved to the al-Hawl camp in Syria.")["al-Hawl"]
    assert (hawl.type, hawl.country, hawl.lat) == ("PLACE", "SYR", None)


def test_a_continents_adjective_is_its_demonym_not_its_name() -> None:
    article = extract("European leaders and African ministers met in Brussels. Europe is calm.")
    europe, africa = (next(e for e in article.entities if e.name == n) for n in ("Europe", "Africa"))
    assert [(m.text, m.kind) for m in europe.mentions] == [("European", "demonym"), ("Europe", "name")]
    assert [(m.text, m.kind) for m in africa.mentions] == [("African", "demonym")]


def test_the_people_of_a_region_are_its_demonym() -> None:
    """Admin-1 regions (``region_demonyms``) and named regions have words for their people."""
    places = _places("Ohioans and Dagestani fighters met South Ossetian leaders in South Ossetia.")
    found = {m.text: (e.name, e.country, m.kind) for e in places.values() for m in e.mentions}
    assert found["Ohioans"] == ("Ohio", "USA", "demonym")
    assert found["Dagestani"][1:] == ("RUS", "demonym")
    assert found["South Ossetian"] == ("South Ossetia", "GEO", "demonym")
    assert found["South Ossetia"] == ("South Ossetia", "GEO", "name")


def test_a_connector_joins_the_words_of_a_place_name() -> None:
    rio = _places("He flew from Rio de Janeiro to Lima.")["Rio de Janeiro"]
    assert (rio.name, rio.country) == ("Rio de Janeiro", "BRA")


def test_a_word_after_a_name_and_a_particle_is_a_surname() -> None:
    """Mandeville is a town in Louisiana (12,000 people) and a surname."""
    text = "It was the plantation of Bernard de Marigny de Mandeville, in Louisiana, near Mandeville."
    assert [m.text for m in _places(text)["Mandeville"].mentions] == ["Mandeville"]


def test_town_and_abbreviated_state() -> None:
    places = _places("PLEASANTON, Calif. -- DeltaTrak, a maker of cold chain tools, said on Monday.")
    assert (places["PLEASANTON"].name, places["PLEASANTON"].country) == ("Pleasanton", "USA")
    assert places["Calif."].name == "California"


def test_town_and_abbreviated_canadian_province() -> None:
    """Canadian Press datelines abbreviate provinces ("Barrie, Ont."); one with an inner period is
    found alone ("In B.C., snow is expected")."""
    places = _places("Homes in Gatineau, Que., and Barrie, Ont., were sold. In B.C., snow is expected.")
    assert [places[n].country for n in ("Gatineau", "Que.", "Barrie", "Ont.", "B.C.")] == ["CAN"] * 5
    assert (places["Ont."].name, places["B.C."].name) == ("Ontario", "British Columbia")


def test_a_capitalised_acronym_is_no_place() -> None:
    assert "WA" not in _places("Wastewater in WA is diluted before it reaches the sea.")


def test_a_place_word_before_a_place_head_names_the_street() -> None:
    places = _places("They were caught on Hampton Avenue last night.")
    assert places["Hampton Avenue"].lat is None


def test_a_place_without_a_point_takes_the_point_of_the_storys_town() -> None:
    places = _places("A fire on Royal Street in New Orleans spread overnight.")
    street, town = places["Royal Street"], places["New Orleans"]
    assert (street.country, street.precision, street.lat, street.lon) == ("USA", "city", town.lat, town.lon)
    apart = _places("A fire on Royal Street in New Orleans spread. Crews came from Chicago and Dallas.")
    assert apart["Royal Street"].lat is None  # no town holds most of the story


def test_only_a_place_inside_a_town_takes_the_point_of_the_storys_town() -> None:
    text = "Jets struck Idlib and Afrin on Monday. Idlib was hit again. Fighting reached {} and Manbij Road."
    places = _places(text.format("Tal Abyad"))
    assert places["Tal Abyad"].lat is None  # a name the gazetteer lacks is no part of the story's town
    assert places["Manbij Road"].lat == places["Idlib"].lat
    river = _places("A fire on Royal Street in New Orleans spread to boats on the Pearl River.")
    assert river["Pearl River"].lat is None


def test_a_hyphened_particle_inside_a_place_name_is_part_of_it() -> None:
    for name in ("Deir ez-Zor", "Deir al-Zor"):
        place = _places(f"Fighting went on in {name} on Monday.")[name]
        assert (place.country, place.precision) == ("SYR", "city")


def test_a_countrys_name_in_a_story_placed_in_a_country_with_a_region_of_that_name_is_the_region() -> None:
    state = _places("The team from Atlanta joined the Georgia National Guard in Savannah.")["Georgia"]
    assert (state.type, state.country, state.precision) == ("PLACE", "USA", "admin1")
    assert _places("Russian troops entered Georgia near Tbilisi.")["Georgia"].type == "COUNTRY"
    assert _places("Georgia and Armenia signed a deal in Washington.")["Georgia"].type == "COUNTRY"


def test_a_name_ending_in_a_place_head_word_is_a_place() -> None:
    places = _places("The parade left the Christopher Inn and ended at the Marigny Plantation.")
    assert {places[n].type for n in ("Christopher Inn", "Marigny Plantation")} == {"PLACE"}


def test_a_word_that_ends_a_persons_name_is_the_person() -> None:
    """Trapani is a town in Sicily (70,000 people) and a surname."""
    text = "Andrew Trapani is a producer. The idea for the film came to Trapani after a documentary."
    assert "Trapani" not in _places(text)


def test_a_place_inside_a_longer_name_is_the_one_the_article_names_elsewhere() -> None:
    """Riverdale (16,000 people) inside a shop's name is taken where the article names it on its own."""
    text = "The winning ticket was sold in Riverdale, New Jersey. Cashiers at Riverdale Lukoil South cheered."
    assert [m.text for m in _places(text)["Riverdale"].mentions] == ["Riverdale", "Riverdale"]
    assert "Riverdale" not in _places("Cashiers at Riverdale Lukoil South cheered.")


def test_a_large_place_inside_a_name_must_suit_the_story() -> None:
    """Kaya (120,000 people, Burkina Faso) opens a Turkish name; Venice (51,000) opens a body's."""
    assert "Kaya" not in _places("Turkish journalist Kaya Sertkaya was detained in Istanbul.")
    venice = _places("Ukraine acted in line with recommendations by the Venice Commission.")["Venice"]
    assert (venice.type, venice.country) == ("PLACE", "ITA")


def test_a_one_word_name_that_speaks_is_a_person() -> None:
    """Kaya is a town of 120,000 in Burkina Faso; Moscow, a capital, may stand for its government."""
    assert "Kaya" not in _places("Kaya said the talks failed.")
    assert "Moscow" in _places("Moscow said it would respond.")


def test_a_place_word_that_opens_or_ends_a_named_speaker_is_no_place() -> None:
    """Bali and Amed end persons' names before an apposition or after "said"; Freeland's apposition
    is a title ("U.S. Trade Representative"), not the country a town lies in."""
    text = "Mustafa Bali, a spokesman, and Ciyager Amed, an SDF leader, said Isis fighters surrendered."
    assert {"Bali", "Amed"}.isdisjoint(_places(text))
    assert "Riad" not in _places('"We have no idea," said Nash Riad.')
    assert "Freeland" not in _places("Freeland, U.S. Trade Representative Robert Lighthizer and he met.")
    assert "Bali" in _places("Tourists flew to Bali, a resort island.")
    assert "Vladimir" not in _places('"We tested weapons," said Vladimir Shamanov, head of the committee.')
    assert "Shiraz" not in _places('"They need a plan," Shiraz Maher, director at the centre, said.')
    assert "Shiraz" in _places("Shiraz, capital of the province, was quiet.")


def test_a_place_word_that_is_the_surname_of_a_person_named_before_is_that_person() -> None:
    text = "Mustafa Bali, an SDF spokesman, spoke. “They have no options,” Bali said. Tourists flew to Bali."
    article = extract(text, language="en")
    bali = next(e for e in article.entities if e.name == "Mustafa Bali")
    assert [m.text for m in bali.mentions] == ["Mustafa Bali", "Bali"]
    assert [q.speaker for q in article.quotes] == [bali.id]
    assert "Bali" in {e.name for e in article.entities if e.type == "PLACE"}  # "to Bali": the island


def test_a_capital_that_acts_stands_for_its_state_and_a_capital_one_goes_to_stays_a_place() -> None:
    acting = extract("Three days after the call, Ankara pledged $3.5bn to buy missiles.", language="en")
    (turkey,) = acting.entities
    assert (turkey.type, turkey.name, turkey.mentions[0].text) == ("COUNTRY", "Turkey", "Ankara")
    assert next((e.type, e.source) for e in acting.events) == ("AGREE", turkey.id)
    visited = extract("He moved to Ankara in 2010 and pledged to stay.", language="en")
    assert [(e.type, e.name) for e in visited.entities] == [("PLACE", "Ankara")]


def test_an_auxiliary_between_a_capital_and_its_verb_keeps_it_the_subject() -> None:
    article = extract("Damascus had threatened to shoot down Turkish jets.", language="en")
    syria = next(e for e in article.entities if e.name == "Syria")
    assert (syria.type, syria.mentions[0].text) == ("COUNTRY", "Damascus")
    assert next((e.type, e.source) for e in article.events) == ("THREATEN", syria.id)
    passive = extract("He said Damascus was warned about the jets.", language="en")
    assert "Syria" not in {e.name for e in passive.entities}


def test_two_capitals_that_act_and_one_that_owns_what_a_state_has_stand_for_their_states() -> None:
    article = extract("Moscow and Damascus seek to expand their influence.", language="en")
    assert {(e.type, e.name) for e in article.entities} >= {("COUNTRY", "Russia"), ("COUNTRY", "Syria")}
    article = extract("Erdoğan was assured of Moscow’s full support.", language="en")
    russia = next(e for e in article.entities if e.name == "Russia")
    assert russia.type == "COUNTRY" and russia.mentions[0].text == "Moscow"
    assert ("SUPPORT", russia.id) in {(e.type, e.source) for e in article.events}
    suburbs = extract("Damascus’s eastern suburbs were shelled.", language="en")
    assert "Syria" not in {e.name for e in suburbs.entities}


def test_mount_lake_and_cape_open_a_place_name() -> None:
    article = extract("Thousands of Yazidis fled to Mount Sinjar in 2014.", language="en")
    assert [(e.type, e.name) for e in article.entities if e.type != "GROUP"] == [("PLACE", "Mount Sinjar")]
