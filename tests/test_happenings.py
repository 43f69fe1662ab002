"""Tests for khabar.extractors.events.happenings: words of happenings PLOVER codes no event for."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from khabar.extractors.events.happenings import happenings
from khabar.lang.models.events import Happening


def kinds(text: str) -> list[tuple[str, str]]:
    return [(hit.happening.kind, text[hit.start : hit.end]) for hit in happenings(text, "en")]


def test_disasters_crime_and_blame_are_found_with_their_spans() -> None:
    assert kinds("Floods and a LANDSLIDE hit the valley.") == [
        ("natural_disaster", "Floods"),
        ("natural_disaster", "LANDSLIDE"),
    ]
    assert kinds("A gas leak at a chemical plant.")[0] == ("man_made_disaster", "gas leak")
    assert kinds("Police broke up a smuggling ring.") == [("organised_crime", "smuggling")]
    assert kinds("The ministry rejected allegations that its jets struck the convoy.")[0] == (
        "attribution",
        "rejected allegations",
    )
    assert (
        kinds("Moscow dismissed accusations that its jets struck the convoy.")[0][1]
        == "dismissed accusations"
    )
    assert kinds("The group denied any role in the bombing.")[0][1] == "denied any role in"


def test_whole_words_only_and_no_language_no_hits() -> None:
    assert kinds("Police stormed the building and gangway.") == []
    assert happenings("Floods hit the valley.", None) == []


def test_a_happening_names_a_plover_context_and_acled_types() -> None:
    flood = Happening(kind="k", context="disaster", subsumes=("Attack",), words=("flood",))
    assert flood.context == "disaster"
    with pytest.raises(ValidationError):
        Happening(kind="k", context="weather", words=("flood",))
    with pytest.raises(ValidationError):
        Happening(kind="k", subsumes=("Bombing",), words=("flood",))


def test_a_claim_of_responsibility_is_attribution_unless_none_was_made() -> None:
    claimed = kinds("The Islamic State group claimed responsibility for the bombing in Kabul.")
    assert claimed == [("attribution", "claimed responsibility")]
    assert kinds("No group has claimed responsibility for the bombing in Kabul.") == []
    assert kinds("The Taliban have not yet claimed responsibility for the attack.") == []


def test_drugs_and_things_people_built_failing_are_happenings() -> None:
    assert kinds("Police seized 40 kg of heroin from a drug ring.")[0] == ("organised_crime", "heroin")
    assert kinds("A short circuit started the blaze.")[0] == ("man_made_disaster", "short circuit")


@pytest.mark.parametrize(
    ("text", "assaults"),
    [
        ("वाल मिल चलाने पर केबल में धमाका हो गया।", 0),  # an accident
        ("An explosion caused by a short circuit killed three workers.", 0),
        ("A bomb blast near the power plant killed three soldiers.", 1),
        ("बाज़ार में बम धमाका हुआ, तीन लोगों की मौत हो गई।", 1),
        # a fire told in the sentence before a blast that names no bomb: the fire's blast
        ("गोदाम जब जल रहा था। तब एक-एक कर तीन धमाके हुए।", 0),
        ("गोदाम में आग लग गई। इसके बाद तीन धमाके हुए।", 0),
        ("बाजार में तीन धमाके हुए। इसके बाद आग लग गई।", 1),  # the fire comes after
        ("दुकान में आग लग गई। तब बम धमाका हुआ।", 1),  # a bomb
        ("गोदाम में आग लग गई।\nबाजार में तीन धमाके हुए।", 1),  # another paragraph
    ],
)
def test_an_explosion_of_faulty_equipment_is_no_attack(text: str, assaults: int) -> None:
    from khabar import extract

    assert [e.type for e in extract(text).events].count("ASSAULT") == assaults


def test_a_fire_told_after_an_earlier_blast_is_the_blasts() -> None:
    """The trees caught fire from the blast: the blast named again after it is still the attack."""
    from khabar import extract

    fire = "विस्फोट इतना शक्तिशाली था कि पास के पेड़ों में आग लग गई।"
    killed = "इस विस्फोट में छह पुलिसकर्मी मारे गए।"
    text = f"शहर में जोरदार विस्फोट हुआ। {fire} {killed}"
    third = text.rindex("विस्फोट")
    assert third in [t.start for e in extract(text).events if e.type == "ASSAULT" for t in e.triggers]
    assert not extract(f"पास के पेड़ों में आग लग गई। {killed}").events  # the fire came first
