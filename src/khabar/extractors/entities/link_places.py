"""Step 4 for places: the place a cued run names, chosen among the knowledge base's matches or the
places it sounds like (``sounded``), as a mention that takes in a place cue word after it when the
place is of that kind ("X प्रांत"); and the country a body's name takes from the place it opens with
("कराची यूनिवर्सिटी"); and the place head word right after a run ("जगन्नाथ मंदिर": the shrine)."""

from __future__ import annotations

from khabar.doc import Doc
from khabar.extractors.entities.found import Found, PlaceKey, Seen, place_found
from khabar.extractors.entities.geocode import LARGE_PLACE
from khabar.extractors.entities.place_cue_words import home_countries, place_cues
from khabar.extractors.entities.sounded import (
    SOUND_THRESHOLD,
    by_other_name_afar,
    by_own_name,
    place_by_sound,
)
from khabar.extractors.entities.words import Words, name_words
from khabar.knowledge import places
from khabar.knowledge.base import Referent
from khabar.knowledge.place_choice import Evidence, choose
from khabar.knowledge.place_names import place_words
from khabar.knowledge.places import Place
from khabar.text.normalise import fold
from khabar.text.tokens import Token
from khabar.text.translit import NameMatch

SAME_PLACE = 0.02  # places scoring this close to the best one are alternatives to it


def place_match(
    words: Words,
    run: list[Token],
    feature: str | None,
    match: NameMatch[Referent],
    matches: list[NameMatch[Referent]],
    seen: Seen,
) -> Found | None:
    """The place among those matching about as well, chosen with the article's countries so far; none
    when it is in no country the story is about and small (कोका कोला in an Indian story is no Koka,
    Japan, and Koło, Poland), only sounds somewhat like it (तिरंगा, the flag, is no Tirana) or like
    none but an alternate name of it (``by_own_name``: कोतवाली is no Rangpur), nor, when small, by an
    alternate name alone in a state the article names nothing in (``by_other_name_afar``)."""
    alternatives = [
        m.value[1] for m in matches if m.value[0] == "place" and m.score >= match.score - SAME_PLACE
    ]
    evidence = seen.evidence(home_countries(words.languages[run[0].index]))
    choice = choose(alternatives, evidence, cue=feature)  # type: ignore[arg-type]
    place = choice.place if choice is not None and choice.place else match.value[1]
    surface = " ".join(t.text for t in run)
    large = place.population >= LARGE_PLACE and match.score >= SOUND_THRESHOLD and by_own_name(surface, place)
    if not (large or not place.country or _local(place.country, evidence)):
        return None
    if by_other_name_afar(surface, place, evidence):
        return None
    return _mention(words, run, feature, place, alternatives)


def _local(country: str, evidence: Evidence) -> bool:
    """Is ``country`` one the article names, places in, or a home country of its language?"""
    return any(country in c for c in (evidence.named, evidence.implied, evidence.home))


def sounded_found(
    doc: Doc, words: Words, run: list[Token], seen: Seen, feature: str | None, *, said: bool
) -> Found | None:
    """The place the run names by sound (``sounded``), if one suits the story; none for a word listed as
    no place's name (``not_places``: पटरी, the rail track, is no Pathri)."""
    evidence = seen.evidence(home_countries(words.languages[run[0].index]))
    surface = doc.text[run[0].start : run[-1].end]
    if fold(surface) in place_words("not_places"):
        return None
    sounded = place_by_sound(surface, evidence, feature, said=said)  # type: ignore[arg-type]
    if sounded is None:
        return None
    if sounded.place is None:  # a place without a point, in the country its candidates share
        key, start, end = PlaceKey(fold(surface)), run[0].start, run[-1].end
        return Found(
            start,
            end,
            key,
            "PLACE",
            country=sounded.country,
            name=surface,
            alternatives=sounded.alternatives,
            cue=feature,
        )
    return _mention(words, run, feature, sounded.place, sounded.alternatives)


def _mention(
    words: Words, run: list[Token], feature: str | None, place: Place, alternatives: list[Place]
) -> Found:
    end = run[-1].end
    following = run[-1].index + 1
    if (
        feature
        and place.feature == feature
        and following < len(words)
        and words.tokens[following].text in place_cues(words.languages[following])[0]
    ):  # the cue word after the name is part of it ("X प्रांत"); one before it ("प्रांत X") is not
        end = words.tokens[following].end
    return place_found(run[0].start, end, place, alternatives, feature)


def body_country(doc: Doc, words: Words, run: list[Token], seen: Seen) -> str | None:
    """The country of the place the words before a body's head word name, when sure ("कराची
    यूनिवर्सिटी", a name the tagger read whole)."""
    if len(run) < 2 or run[-1].text not in name_words(words.languages[run[-1].index]).org_heads:
        return None
    key = doc.folded.text[run[0].fstart : run[-2].fend]
    evidence = seen.evidence(home_countries(words.languages[run[0].index]))
    choice = choose(places.by_name(key), evidence, None, key)
    return choice.country if choice is not None and choice.enough else None


def place_head_after(words: Words, run: list[Token], seen: Seen) -> Token | None:
    """The place head word right after a run, a space apart and in no name found, if any: in a script
    without case ("जगन्नाथ मंदिर", "कृष्ण मंदिर"), or one of the heads that name a place in lower case
    too after a Latin run that ends in no word of a people or a faith ("Cauvery river"; not "a Kurdish
    prison"; a capitalised Latin head is inside the run)."""
    following = run[-1].index + 1
    if following >= len(words) or not run[-1].joined:
        return None
    head = words.tokens[following]
    listed = name_words(words.languages[following])
    if head.latin != run[-1].latin or seen.opening(head.start):
        return None
    if head.latin and (head.capitalised or run[-1].text in listed.group_words):
        return None  # "a Kurdish prison", "a Sunni mosque": a people's, no name ("Hindu Kush mountains" is)
    heads = listed.lower_place_heads if head.latin else listed.place_heads
    return head if head.text in heads else None
