"""Step 4, when no known name fits a cued run: a new entity, if the cue is strong enough.

The new entity is named as readers spell it (``display_name``): a place the gazetteer lacks ("Henry
County", "Royal Street"), an organisation ("X Party"; in the country of a place opening its name:
"तेहरान यूनिवर्सिटी"), or a person (one who speaks too, "सोनम ने कहा", unless the words are plural, an
acronym or a common noun after a determiner or genitive: ``_speaker_named``).
A name right before "(@handle)" (a tweet signature) is an account holder of unknown type and is left
out unless the knowledge base links it.
"""

from __future__ import annotations

import re

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent
from khabar.extractors.entities.capitals import kind_by_words, leading_country, person_like
from khabar.extractors.entities.cue_kinds import PERSON_CUES, TAGGED, Cue
from khabar.extractors.entities.cued import spelled_acronym
from khabar.extractors.entities.foreign import common_latin_names, latin_spelling
from khabar.extractors.entities.found import Found, Seen, named_found, unresolved_place
from khabar.extractors.entities.initials import spaced_term
from khabar.extractors.entities.link_fit import ORG_CUES
from khabar.extractors.entities.link_places import body_country, place_head_after
from khabar.extractors.entities.named_by import naming
from khabar.extractors.entities.place_cue_words import (
    apposed_country,
    named_as_place,
    names_with_next,
    place_cue_before,
)
from khabar.extractors.entities.words import Words, name_words, ordinary_words
from khabar.text.tokens import Token
from khabar.text.translit import display_name

NAMING_CUES = PERSON_CUES | {Cue.CAPS, Cue.SPEAKER}  # cues under which a run may be a new name
# cues under which one word alone is a person's name
SURNAME_ALONE_CUES = frozenset(
    {Cue.TAGGED_PERSON, Cue.LEANING_PERSON, Cue.FOREIGN, Cue.SPEAKER, Cue.LISTED, Cue.MARKED, Cue.NAMED}
)
TAGGED_CUES = frozenset(TAGGED.values())
_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")  # a tweet signature's account after its display name
_MODEL_AFTER = re.compile(r"-\d")  # a model's number hyphened to the name ("मार्टिन एफ़-16", "Airbus A-320")


def _titled_alone(doc: Doc, words: Words, run: list[Token]) -> bool:
    """Is a word that a title points at a person's name though it acts as no agent: no ordinary word,
    and followed by a word of respect ("वाजपेयी जी", "हबीब साहब"; not "पिता जी") or by a comma, an
    item of a list of titled people ("सहायक सचिव सैटरफील्ड , सहायक सचिव लू ,")?"""
    last, language = run[-1], words.languages[run[-1].index]
    if len(run) != 1 or last.text in ordinary_words(language) or last.index + 1 >= len(words):
        return False
    following = words.tokens[last.index + 1]
    gap = doc.text[last.end : following.start].strip()
    honoured = following.text in name_words(language).honorifics
    return gap == "," or (not gap and honoured and not doc.text.startswith("-", following.end))  # not "जी-7"


def _speaker_named(words: Words, run: list[Token], language: str | None) -> bool:
    """Do the words before a verb of saying name the speaker: none ends as a plural ("वैज्ञानिकों का
    कहना है"), no naming marker precedes them ("फल की त्वचा को छिलका कहते हैं": what it is called), the
    last is no organisation head word ("कंपनी का कहना है", "स्वास्थ्य विभाग ने बताया": a body speaks), and
    one word alone is no acronym ("आईसीसी ने कहा": a body's) nor a common noun after a determiner or
    genitive ("दूसरे नौकर ने कहा", "गाँव के सरपंच का कहना है")?"""
    cues = grammar(language)
    before = words.tokens[run[0].index - 1].text if run[0].index > 0 else ""
    if (
        any(t.text.endswith(cues.plural_endings) for t in run)
        or before in cues.naming_markers
        or run[-1].text in name_words(language).org_heads
    ):
        return False
    if len(run) > 1:
        return True
    return (
        not spelled_acronym(run[0].text)
        and before not in cues.noun_determiners
        and before not in cues.genitive_markers
    )


def _noun_for_a_person(words: Words, token: Token) -> bool:
    """Is the word a noun for a person (``person_nouns``: मालिक, owner) that is no listed name word?"""
    listed = name_words(words.languages[token.index])
    return (
        naming(words.languages[token.index]).person_nouns.get(token.text) is not None
        and token.text not in listed.given_names
        and token.text not in listed.surnames
    )


def new_found(doc: Doc, words: Words, run: list[Token], cue: Cue, seen: Seen) -> Found | None:
    """A new place, organisation or person, when the cue says the run is a name."""
    start, end = run[0].start, run[-1].end
    if _HANDLE_AFTER.match(doc.text, end):
        return None  # "— Example Newsroom (@ExampleNews)": an account holder, person or body
    language = words.languages[run[0].index]
    listed = name_words(language)
    if (
        (cue in TAGGED_CUES or cue is Cue.SPEAKER)
        and len(run) == 1
        and run[0].text in ordinary_words(language)
    ):
        return None  # an ordinary word the knowledge base does not know: no name without a cue
    if cue is Cue.SPEAKER and not _speaker_named(words, run, language):
        return None
    caps = cue is Cue.CAPS and run[0].latin
    if caps and (kind := kind_by_words(words, run)) is not None:  # "Bank of England", "Deir Azzour"
        if kind == "PLACE":
            return unresolved_place(doc, start, end)
        return named_found(start, end, "ORG", doc.text[start:end], country=leading_country(seen, run))
    if cue in NAMING_CUES and run[0].latin and names_with_next(doc, words, run):
        # "Henry County", "Quezon City": a place the gazetteer lacks
        return unresolved_place(doc, start, words.tokens[run[-1].index + 1].end)
    # a shrine's head word and its epithet, "दरगाह शरीफ": two words, the second uncapitalised (a
    # capitalised one after a head word is a body's or a person's name: "County Manager Jim Baker")
    head_first = len(run) == 2 and run[0].text in listed.place_heads and not run[1].capitalised
    if cue in NAMING_CUES and len(run) >= 2 and (run[-1].text in listed.place_heads or head_first):
        # "Royal Street", "Beverly Hills", "बाबरी मस्जिद"
        return unresolved_place(doc, start, end)
    if cue in PERSON_CUES and len(run) >= 2 and _noun_for_a_person(words, run[-1]):
        return None  # "गोदाम मालिक": the warehouse owner, no one's name
    if cue in NAMING_CUES and (head := place_head_after(words, run, seen)) is not None:
        return unresolved_place(doc, start, head.end)  # "जगन्नाथ मंदिर": the shrine, not the god
    if cue is Cue.TAGGED_PLACE:
        return unresolved_place(doc, start, end)  # a place the gazetteer lacks: no point, rather than a guess
    if cue is Cue.PLACE and named_as_place(words, run):
        return unresolved_place(doc, start, end)  # "चौखुटिया तहसील", "नरपतगंज": a town the gazetteer lacks
    if cue is Cue.PLACE and run[0].capitalised and (feature := place_cue_before(words, run)):
        place = unresolved_place(doc, start, end)  # "the village of Baghuz"
        place.cue = feature
        return place
    if cue in ORG_CUES or (cue in NAMING_CUES and len(run) >= 2 and run[-1].text in listed.org_heads):
        if spaced_term(words, run[:-1]):
            return None  # "टी वी चैनल": a TV channel
        country = leading_country(seen, run) or body_country(doc, words, run, seen)
        return named_found(start, end, "ORG", display_name(doc.text[start:end]), country=country)
    # a given name opens a person's ("Catherine Byaruhanga, in Uganda, reports")
    given = run[0].text in listed.given_names or run[0].text in common_latin_names()["given"]
    if caps and not given and (country := apposed_country(doc, words, run, seen)) is not None:
        place = unresolved_place(doc, start, end)  # "Bidi Bidi, in Uganda, welcomed"
        place.country = country
        return place
    if caps and not person_like(doc, words, run):  # "Chemical Weapons", "OPCW Salisbury"
        return None
    if _MODEL_AFTER.match(doc.text, end):
        return None  # "लॉकहीड मार्टिन एफ़-16": a model (here a fighter), no one's name
    if cue in NAMING_CUES and (
        len(run) >= 2
        or cue in SURNAME_ALONE_CUES  # "टाइसन ने": a surname acting
        or (cue in (Cue.TITLE, Cue.OPENER) and (is_agent(doc, start, end) or _titled_alone(doc, words, run)))
    ):
        surface = doc.text[start:end]
        acting = cue in (Cue.FOREIGN, Cue.SPEAKER)
        foreign = latin_spelling(surface.split(), language, acting, opened=cue is Cue.FOREIGN)
        return named_found(start, end, "PERSON", foreign or display_name(surface))
    return None
