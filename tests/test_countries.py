from collections import defaultdict
from datetime import date

import pytest

from khabar import extract
from khabar.knowledge import countries
from khabar.knowledge.data import load_yaml
from khabar.lang import topic
from khabar.lang.models import Demonyms
from khabar.text.normalise import fold


@pytest.fixture(scope="module")
def hindi_forms() -> dict[str, set[tuple[str, str]]]:
    """Folded surface -> {(iso3, kind)} for Hindi and English."""
    forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for surface, iso3, kind in countries.surface_forms(["hi"]):
        forms[fold(surface)].add((iso3, kind))
    return forms


def test_by_iso3_gives_canonical_names_points_and_capitals() -> None:
    kazakhstan = countries.by_iso3("kaz")
    assert kazakhstan is not None
    assert (kazakhstan.name, kazakhstan.iso2, kazakhstan.capital) == ("Kazakhstan", "KZ", "Astana")
    assert abs(kazakhstan.lat - 48) < 3 and abs(kazakhstan.lon - 68) < 5
    assert countries.by_iso3("USA").name == "United States"
    assert countries.by_iso3("RUS").name == "Russia"
    assert countries.by_iso3("NLD").name == "Netherlands"
    assert countries.by_iso3("XXX") is None
    assert countries.by_iso2("kz") is kazakhstan


def test_every_country_has_a_valid_point_and_no_dissolved_ones() -> None:
    every = countries.all_countries()
    assert len(every) >= 245
    codes = {country.iso3 for country in every}
    assert {"ANT", "SCG"}.isdisjoint(codes)
    assert "XKX" in codes
    for country in every:
        assert len(country.iso3) == 3 and country.iso3.isupper()
        assert -90 <= country.lat <= 90 and -180 <= country.lon <= 180


def test_data_files_name_only_known_countries() -> None:
    known = {country.iso3 for country in countries.all_countries()}
    assert set(load_yaml("countries.yaml")) <= known | {"ANT", "SCG"}
    for language in ("hi", "en"):
        assert set(topic(language, Demonyms).countries) <= known


def test_hindi_country_names_match_after_folding(hindi_forms: dict) -> None:
    for surface in ("कज़ाख़स्तान", "कजाखस्तान", "कजाकिस्तान"):
        assert ("KAZ", "name") in hindi_forms[fold(surface)], surface
    assert ("AFG", "name") in hindi_forms[fold("अफगानिस्तान")]
    assert ("USA", "name") in hindi_forms[fold("अमेरिका")]
    assert ("RUS", "name") in hindi_forms[fold("रूस")]


def test_demonyms(hindi_forms: dict) -> None:
    assert ("RUS", "demonym") in hindi_forms[fold("रूसी")]
    for surface in ("कज़ाख", "कजाख", "कजाखों"):
        assert ("KAZ", "demonym") in hindi_forms[fold(surface)], surface
    assert ("ARM", "demonym") in hindi_forms[fold("अर्मेनियाई")]
    assert ("RUS", "demonym") in hindi_forms[fold("Russian")]
    assert ("KAZ", "demonym") in hindi_forms[fold("Kazakhs")]


def test_english_names_and_aliases(hindi_forms: dict) -> None:
    assert ("USA", "name") in hindi_forms[fold("America")]
    assert ("GBR", "name") in hindi_forms[fold("UK")]
    assert ("RUS", "name") in hindi_forms[fold("Russia")]
    assert ("RUS", "name") in hindi_forms[fold("Russian Federation")]
    assert ("COD", "name") in hindi_forms[fold("DRC")]


def test_only_the_languages_asked_for_plus_english() -> None:
    surfaces = {surface for surface, _, _ in countries.surface_forms([])}
    assert "Kazakhstan" in surfaces
    assert "Russian" in surfaces
    assert "अमेरिका" not in surfaces and "रूसी" not in surfaces


def test_surface_forms_are_unique_triples() -> None:
    triples = list(countries.surface_forms(["hi", "en"]))
    assert len(triples) == len(set(triples))


def test_no_folded_surface_names_two_countries(hindi_forms: dict) -> None:
    ambiguous = {}
    for surface, pairs in hindi_forms.items():
        for kind in ("name", "demonym"):
            codes = {iso3 for iso3, k in pairs if k == kind}
            if len(codes) > 1:
                ambiguous[surface] = codes
    assert ambiguous == {}


def test_demonym_coverage() -> None:
    assert len(topic("en", Demonyms).countries) >= 150
    assert len(topic("hi", Demonyms).countries) >= 100
    for language in ("en", "hi"):
        for forms in topic(language, Demonyms).countries.values():
            assert forms and all(isinstance(form, str) and form.strip() == form for form in forms)


def test_unknown_language_is_skipped() -> None:
    english = set(countries.surface_forms([]))
    assert set(countries.surface_forms(["zz"])) == english


@pytest.mark.parametrize(
    ("name", "iso3"), [("Turkey", "TUR"), ("Ivory Coast", "CIV"), ("Palestine", "PSE"), ("Burma", "MMR")]
)
def test_common_english_names_that_cldr_renamed(name: str, iso3: str) -> None:
    """CLDR and ISO now say Türkiye, Côte d'Ivoire, Myanmar: news still says the older names."""
    article = extract(f"The army of {name} moved in.", published=date(2018, 1, 22))
    assert [(e.type, e.country) for e in article.entities] == [("GROUP", iso3), ("COUNTRY", iso3)]
