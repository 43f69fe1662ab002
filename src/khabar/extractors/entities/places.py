"""Step 3: places by exact name (GeoNames alternate names, any script).

The longest run of free words that is a place's exact name is the name there: a multi-word name
beats its parts ("New South Wales", "New Mexico", "दक्षिण अमेरिका"), and may hold a country word
("New Mexico" is no mention of Mexico). Its candidates are then chosen among (``geocode``) with what
the whole article says, and the name is kept when the place is large, the context says it is a place
(a locative, a place cue word, "Town, Region"), or the article's other places put it in its area.

Words shaped as no place here (an ordinary word, a surname, a speaker, an acronym, a part of a
longer name) are left out or taken only when large (``place_guards``). "Town, Region" ("Paris,
Tenn.", "Paris, France") keeps only the candidates in that region or country (``regions``); a name
the gazetteer lacks before a region's abbreviation is a town there without a point ("CAMP MURRAY,
Wash.").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from khabar.doc import Doc
from khabar.extractors.cues import is_locative
from khabar.extractors.entities.capital_words import acronym as capitalised_acronym
from khabar.extractors.entities.found import Found
from khabar.extractors.entities.geocode import NameOfPlace, located
from khabar.extractors.entities.place_cue_words import names_with_next, place_cue_next, place_cues
from khabar.extractors.entities.place_guards import (
    acronym,
    article_surnames,
    connector,
    headed,
    inside_longer_name,
    opens_body,
    ordinary,
    person_word,
    speaks,
)
from khabar.extractors.entities.regions import (
    Apposition,
    abbreviated_region,
    apposition,
    before_abbreviated_region,
)
from khabar.extractors.entities.sounded import with_latin_namesakes
from khabar.extractors.entities.untagged_places import written_places
from khabar.extractors.entities.words import Taken, Words, name_prefix, name_words
from khabar.knowledge.places import CueFeature, Place
from khabar.text.normalise import fold
from khabar.text.ranges import ByStart
from khabar.text.tokens import Token

MAX_PLACE_WORDS = 4
MAX_ABBREVIATED = 3  # letters of a word that a period may follow inside a name ("St. Louis")


def places_by_name(doc: Doc, words: Words, taken: Taken, found: list[Found]) -> list[Found]:
    """Exact GeoNames names (any script) over free word n-grams, placed with the article's evidence;
    the country words and known people's names in ``found`` may lie inside a longer name."""
    countries = [f for f in found if f.type == "COUNTRY"]
    people = [f for f in found if f.type == "PERSON" and f.actor is not None]  # "Trump Tower"
    inner = {t.index: (f.start, f.end) for f in countries + people for t in doc.tokens.within(f.start, f.end)}
    starts = {f.start: (f.country, f.end) for f in countries if f.country}
    surnames, apposed = article_surnames(doc, words)
    names = [
        replace(n, embedded=True, context=False, opens_body=False)
        if n.cue is None and n.key in surnames
        else n
        for n in _names(doc, _Scan(words, taken, inner, starts))
        if n.cue is not None or n.start not in apposed
    ]
    return located(doc, names, found)


def without_parts(found: list[Found], longer: list[Found]) -> list[Found]:
    """``found`` without the mentions that lie inside a longer place name."""
    spans = ByStart(longer)
    return [f for f in found if not any(f.end <= p.end for p in spans.holding(f.start))]


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the scan for names reads: the words, those claimed, the country words a longer name may
    hold (word index -> the country mention's span), and where country mentions start."""

    words: Words
    taken: Taken
    inner: dict[int, tuple[int, int]]
    country_at: dict[int, tuple[str, int]]


def _names(doc: Doc, scan: _Scan) -> Iterator[NameOfPlace]:
    words, i = scan.words, 0
    while i < len(words):
        first = words.tokens[i]
        abbreviated = first.latin and first.capitalised and doc.text[first.end : first.end + 1] == "."
        if abbreviated and (region := abbreviated_region(doc, first.start)):
            yield region
            i = doc.tokens.first_at(region.end)
            continue
        if (
            (i in scan.taken.covered and i not in scan.inner)
            or (words.stops[i] and not name_prefix(words, i))
            or (first.latin and not first.capitalised and not _particle(doc, words, i))
        ):
            i += 1
            continue
        name = _name_at(doc, scan, i) or _named_after_country(doc, scan, i) or _dateline_town(doc, scan, i)
        if name is None:
            i += 1
            continue
        yield name
        i = doc.tokens.first_at(name.end)


def _name_at(doc: Doc, scan: _Scan, i: int) -> NameOfPlace | None:
    """The place name that is the longest run of free words from ``i``, if any."""
    words = scan.words
    for n in range(_reach(doc, scan, i), 0, -1):
        run = words.tokens[i : i + n]
        if not _free_run(scan, run):
            continue
        key = doc.folded.text[run[0].fstart : run[-1].fend]
        candidates = written_places(key, run[0].latin)
        if not candidates:
            continue
        cue = place_cue_next(words, run) or _own_cue(candidates)
        if cue == "admin1" and all(c.feature != "admin1" for c in candidates):
            continue  # "X प्रांत": a region, looked up among region names by the cued run
        candidates = with_latin_namesakes(doc.text[run[0].start : run[-1].end], candidates)
        apposed = apposition(doc, scan.country_at, run[-1].end)
        if cue is None and apposed is None and (person_word(words, run) or ordinary(words, run)):
            continue
        if cue is None and apposed is None and speaks(doc, words, run, candidates):
            return None
        if acronym(doc, run) or (cue is None and headed(words, run) and not opens_body(words, run)):
            return None
        if capitalised_acronym(doc, words, i) and all(fold(c.name) != key for c in candidates):
            return None  # "Irna news agency": the known IRNA, not Salerno by an old name of it
        return _named_run(doc, words, run, key, candidates, cue, apposed)
    return None


def _own_cue(candidates: list[Place]) -> CueFeature | None:
    """Admin-2 regions are indexed only by names that end in a cue word ("Henry County"): the name is
    its own cue."""
    return "admin2" if all(c.feature == "admin2" for c in candidates) else None


def _named_after_country(doc: Doc, scan: _Scan, i: int) -> NameOfPlace | None:
    """A country word or a known person's name that a capitalised place cue or head word follows names
    a place without a point ("Guernsey County", "Frenchmen Street", "Trump Tower"), not the country or
    person; not one hyphened to a word before it ("anti-Iran Gulf states"), nor a cue word of a known
    body's name ("US State Department")."""
    span = scan.inner.get(i)
    words = scan.words
    if span is None or words.tokens[i].end != span[1] or i + 1 >= len(words) or _hyphened(doc, span[0]):
        return None
    following = words.tokens[i + 1]
    listed = (
        following.text in place_cues(words.languages[i])[0]
        or following.text in name_words(words.languages[i]).place_heads
    )
    if not (following.capitalised and listed and doc.text[span[1] : following.start] == " ") or (
        following.index in scan.taken.covered and following.index not in scan.inner
    ):
        return None
    return NameOfPlace(span[0], following.end, "", [], None, True, True, point=False)


def _dateline_town(doc: Doc, scan: _Scan, i: int) -> NameOfPlace | None:
    """A capitalised name the gazetteer lacks before a comma and a region's abbreviation is a town of
    that region, without a point ("CAMP MURRAY, Wash.")."""
    run = scan.words.tokens[i : i + _reach(doc, scan, i)]
    if not run or not all(t.latin and t.capitalised for t in run) or not _free_run(scan, run):
        return None
    if not before_abbreviated_region(doc, run[-1].end) or ordinary(scan.words, run):
        return None
    key = doc.folded.text[run[0].fstart : run[-1].fend]
    return NameOfPlace(run[0].start, run[-1].end, key, [], "city", True, True, point=False)


def _named_run(
    doc: Doc,
    words: Words,
    run: list[Token],
    key: str,
    candidates: list[Place],
    cue: str | None,
    apposed: Apposition | None,
) -> NameOfPlace | None:
    start, end, point = run[0].start, run[-1].end, True
    capitalised = run[0].capitalised or _particle(doc, words, run[0].index)
    if cue == "admin2" and names_with_next(doc, words, run):
        end, point = words.tokens[run[-1].index + 1].end, False  # "Henry County", not the town "Henry"
    if apposed is None:
        context = cue is not None or is_locative(doc, start, end)
        embedded = cue is None and inside_longer_name(words, run)
        body = embedded and opens_body(words, run)
        return NameOfPlace(start, end, key, candidates, cue, context, capitalised, embedded, point, body)  # type: ignore[arg-type]
    held = [c for c in candidates if apposed.holds(c)]
    if not held:  # a list of places ("Texas, Arizona and New Mexico")
        return _named_run(doc, words, run, key, candidates, cue, None)
    return NameOfPlace(start, end, key, held, cue or "city", True, capitalised, point=point)  # type: ignore[arg-type]


def _reach(doc: Doc, scan: _Scan, i: int) -> int:
    """How many words from ``i`` on may make one name: unclaimed (or country words), capitalised in
    Latin script (or a connector between two such: "Rio de Janeiro", or a particle hyphened to one:
    "Deir ez-Zor"), joined by spaces or by the period of a short word ("St. Louis")."""
    words = scan.words
    latin = words.tokens[i].latin
    n = 0
    while n < MAX_PLACE_WORDS and i + n < len(words):
        token = words.tokens[i + n]
        lower = latin and not token.capitalised
        if (token.index in scan.taken.covered and token.index not in scan.inner) or (
            lower and not (_particle(doc, words, i + n) or (n > 0 and connector(words, i + n)))
        ):
            break
        n += 1
        if not (token.joined or _abbreviated(doc, token)):
            break
    return n


def _free_run(scan: _Scan, run: list[Token]) -> bool:
    """Not stopwords at the edges (a name prefix may open a longer run), and holding country words
    only whole and beside other words."""
    words, first, last = scan.words, run[0].index, run[-1].index
    opens = not words.stops[first] or (len(run) > 1 and name_prefix(words, first))
    closes = not words.stops[last] or (
        len(run) > 1 and run[-1].latin and run[-1].capitalised
    )  # "Middle East"
    if not opens or not closes:
        return False
    held = [scan.inner[t.index] for t in run if t.index in scan.inner]
    return not held or (len(held) < len(run) and all(s >= run[0].start and e <= run[-1].end for s, e in held))


def _particle(doc: Doc, words: Words, i: int) -> bool:
    """Is word ``i`` a lower-case name particle hyphened to a capitalised word ("al-Hawl")?"""
    token = words.tokens[i]
    return (
        i + 1 < len(words)
        and token.text in name_words(words.languages[i]).particles
        and doc.text[token.end : words.tokens[i + 1].start] == "-"
        and words.tokens[i + 1].capitalised
    )


def _hyphened(doc: Doc, start: int) -> bool:
    """Is a word hyphened to the word before ``start`` ("anti-Iran", "pro-Russia")?"""
    return start > 1 and doc.text[start - 1] in "-‐" and doc.text[start - 2].isalpha()


def _abbreviated(doc: Doc, token: Token) -> bool:
    """Is the word a short capitalised one followed by a period and one space ("St. Louis")?"""
    return (
        token.capitalised
        and token.end - token.start <= MAX_ABBREVIATED
        and doc.text[token.end : token.end + 2] == ". "
    )
