"""English names in capitalised runs (``extractors/entities/capitals``, ``capital_words``): acronyms,
connectors, particles, sentence-initial ordinary words, hyphenated country words, titles, and how close a
Latin link must be."""

from __future__ import annotations

from datetime import date

from khabar import extract
from khabar.extractors.entities.capital_words import acronym, after_hyphen, initial, opens, ordinary
from khabar.extractors.entities.words import Words
from khabar.pipeline import prepare
from khabar.schema import Entity

DAY = date(2019, 3, 1)
FILLER = " The report was published by the monitoring group on Monday after weeks of fighting in the region."


def _entities(text: str) -> list[Entity]:
    return extract(text + FILLER, published=DAY).entities


def _by_mention(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's surface -> (entity type, entity name)."""
    return {m.text: (e.type, e.name) for e in _entities(text) for m in e.mentions}


def test_one_word_of_a_run_is_told_an_acronym_an_initial_ordinary_opening_or_after_a_hyphen() -> None:
    text = "Officials said the OPCW and Nato met P. Chidambaram. Like US-Led forces, WAR IN SYRIA is no ABC."
    doc = prepare(text, until="sentences", given_language="en")
    words = Words.of(doc)
    at = {doc.text[t.start : t.end]: i for i, t in enumerate(words.tokens)}
    assert [w for w, i in at.items() if acronym(doc, words, i)] == ["OPCW", "Nato", "ABC"]  # not US, WAR
    assert [w for w, i in at.items() if initial(doc, words.tokens[i])] == ["P"]
    assert [w for w, i in at.items() if opens(doc, words, i)] == ["Officials", "Like"]
    assert [w for w, i in at.items() if i and after_hyphen(doc, words, i)] == ["Led"]
    assert ordinary(words, at["Like"]) and not ordinary(words, at["Chidambaram"])


def test_a_known_acronym_in_mixed_case_is_that_body() -> None:
    found = _by_mention("Isis fighters fled the town as Nato troops arrived and Unicef sent food.")
    assert found["Isis"] == ("ORG", "Islamic State")
    assert found["Nato"] == ("ORG", "North Atlantic Treaty Organization")


def test_an_unknown_word_in_capitals_is_an_organisation_unless_listed_otherwise() -> None:
    found = _by_mention("Inspectors from the OPCW said the GDP of the country had fallen.")
    assert found["OPCW"] == ("ORG", "OPCW")
    assert "GDP" not in found


def test_an_ordinary_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = _by_mention("Like Isis, the militias film themselves. Send the Hummer to the front, he said.")
    assert found["Isis"] == ("ORG", "Islamic State")
    assert "Like Isis" not in found and "Send" not in found


def test_an_ordinary_word_opening_a_sentence_stays_in_a_headed_name() -> None:
    found = _by_mention("Main Street will be closed through the afternoon for the parade.")
    assert found["Main Street"][0] == "PLACE"


def test_connectors_join_a_body_name_after_its_head_word() -> None:
    found = _by_mention(
        "The Syrian Observatory for Human Rights and the Organisation for the Prohibition of Chemical "
        "Weapons said the Bank of England and the Department of Health and Social Care were told."
    )
    assert found["Syrian Observatory for Human Rights"][0] == "ORG"
    assert found["Organisation for the Prohibition of Chemical Weapons"][0] == "ORG"
    assert found["Bank of England"][0] == "ORG"
    assert found["Department of Health and Social Care"][0] == "ORG"
    named = {e.name: e for e in _entities("The Syrian Observatory for Human Rights said 12 died.")}
    assert named["Syrian Observatory for Human Rights"].country == "SYR"
    assert [m.text for m in named["Syria"].mentions] == ["Syrian"]  # the country word stays a mention


def test_a_conjunction_joins_no_two_names_and_no_place_goes_on_a_body() -> None:
    found = _by_mention(
        "Kotey and Elsheikh were questioned. The Kurdish Red Crescent and the International Centre for "
        "the Study of Radicalisation spoke. He worked at the Ridgeway National Laboratory on Long Island."
    )
    assert "Kotey and Elsheikh" not in found
    assert found["Kurdish Red Crescent"][0] == "ORG"
    assert found["International Centre for the Study of Radicalisation"][0] == "ORG"
    assert found["Ridgeway National Laboratory"][0] == "ORG"


def test_particles_stay_inside_a_persons_name() -> None:
    found = _by_mention("Hamza bin Laden met Abu Huzaifa al-Kanadi and Alex de Waal in the camp.")
    assert found["Hamza bin Laden"] == ("PERSON", "Hamza bin Laden")
    assert found["Abu Huzaifa al-Kanadi"][0] == "PERSON"
    assert found["Alex de Waal"][0] == "PERSON"


def test_a_known_name_takes_the_particle_before_it_and_a_surname_does_not() -> None:
    found = _by_mention("Bashar al-Assad broke with al-Qaida in 2014, and al-Assad said so.")
    assert found["al-Qaida"] == ("ORG", "al-Qaeda")
    assert found["Assad"] == ("PERSON", "Bashar al-Assad")


def test_arabic_opening_words_make_bodies_and_places() -> None:
    found = _by_mention("Jaish al-Islam fighters left Ain Issa and Tel Rifaat after the deal.")
    assert found["Jaish al-Islam"][0] == "ORG"
    assert found["Ain Issa"][0] == "PLACE"
    assert found["Tel Rifaat"][0] == "PLACE"


def test_ordinary_words_events_and_acronyms_make_no_person() -> None:
    found = _by_mention(
        "The Chemical Weapons Convention dates from the Cold War, and the OPCW Salisbury report said so. "
        "Speaking on BBC Radio 4, she said so. Clearly Shamima Begum wanted to return."
    )
    people = {surface for surface, (kind, _) in found.items() if kind == "PERSON"}
    assert people == {"Shamima Begum"}


def test_a_hyphenated_country_word_is_the_country_and_the_rest_no_name() -> None:
    found = _by_mention("US-Led Forces struck the town, and the Saudi-led coalition struck the port.")
    assert found["US"] == ("COUNTRY", "United States")
    assert found["Saudi"] == ("COUNTRY", "Saudi Arabia")
    assert not any("Led" in surface for surface in found)


def test_a_title_before_a_name_and_a_possessive_after_it_are_not_in_it() -> None:
    found = _by_mention("Gen Dmitri Valko and Maj Gen Karl Osmani said Lt Col Ahmed Saleh's forces advanced.")
    assert found["Dmitri Valko"] == ("PERSON", "Dmitri Valko")
    assert found["Karl Osmani"] == ("PERSON", "Karl Osmani")
    assert found["Ahmed Saleh"] == ("PERSON", "Ahmed Saleh")


def test_a_latin_name_links_only_to_a_close_spelling() -> None:
    found = _by_mention("Peter and Hamish said the ImageSat International report was right near Sinjar.")
    assert found.get("Peter", ("", ""))[1] != "Gustavo Petro"
    assert found.get("Hamish", ("", ""))[1] != "Hamas"
    assert found["ImageSat International"] == ("ORG", "ImageSat International")
    assert found.get("Sinjar", ("", ""))[1] != "Yahya Sinwar"


def test_a_latin_name_links_to_a_known_person_it_is_part_of() -> None:
    found = _by_mention("Bin Salman spoke to reporters, but Ali Akbar Velayati did not.")
    assert found["Bin Salman"] == ("PERSON", "Mohammed bin Salman")
    assert found["Ali Akbar Velayati"] == ("PERSON", "Ali Akbar Velayati")


def test_a_military_unit_is_a_body() -> None:
    found = _by_mention("He served in the French Foreign Legion and later in the Parachute Regiment.")
    assert found["French Foreign Legion"][0] == "ORG" and found["Parachute Regiment"][0] == "ORG"


def test_a_common_given_name_before_a_common_surname_is_a_person_not_a_place() -> None:
    found = _by_mention("The Conservative MP Brandon Lewis met Dallas Walker in Austin.")
    assert found["Brandon Lewis"] == ("PERSON", "Brandon Lewis")
    assert found["Dallas Walker"][0] == "PERSON"
    assert found["Austin"][0] == "PLACE"  # a given name alone is still the place


def test_a_word_after_a_name_and_an_initial_is_a_surname_not_a_place() -> None:
    found = _by_mention("He criticised George W Bush over Iraq, as John F Kennedy had been criticised.")
    assert found["George W Bush"] == ("PERSON", "George W Bush")
    assert found["John F Kennedy"][0] == "PERSON"
    assert "Bush" not in found and "Kennedy" not in found


def test_peoples_and_faiths_are_no_towns() -> None:
    found = _by_mention("Arab allies and Jewish leaders met in Jerusalem.")
    assert "Arab" not in found and "Jewish" not in found
    assert found["Jerusalem"][0] == "PLACE"


def test_a_run_of_peoples_faiths_or_creeds_is_no_person() -> None:
    found = _by_mention(
        "The group recruited Sunni Muslims and preached Bin Ladenism. Kurdish leader Salih Muslim spoke."
    )
    assert "Sunni Muslims" not in found and "Bin Ladenism" not in found
    assert found["Salih Muslim"][0] == "PERSON"
