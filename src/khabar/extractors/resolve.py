"""Entities: find the names in an article, link each to one referent, and group the mentions.

There is no NER model offline for Hindi (nor a reliable one for English), so names are found
from knowledge and cues, in one pass over the folded text:

1. the gazetteer (one Aho-Corasick pass): country names and demonyms, known actors, and the
   title and institution cues of every language;
2. runs of free words that cues point at: after a title ("प्रवक्ता नेड प्राइस"), before an
   agent marker ("टोकायव ने"), before "X के <title>", next to a place cue ("मंगिस्टाऊ प्रांत"),
   coordinated with a known place ("अल्माटी, नूर सुल्तान और ..."), and capitalised runs in
   Latin script; acronyms spelled in another script (सीएसटीओ → CSTO);
3. exact place names (GeoNames alternate names, any script), kept when the place is large or
   the context says it is a place;
4. name words (``lang/<code>/names.yaml``): a known surname ends a person's name ("X वर्मा"), a
   known given name opens one, a word of respect ("महात्मा") precedes one, and an organisation
   head word ends an organisation's name ("X आयोग", "X Party"), and an unknown acronym spelled
   out in another script ("एनसीएलटी") is an organisation unless listed otherwise; a word used as a location
   ("X में") is looked up across scripts among the places of the language's home countries
   (``home_countries`` in ``places.yaml``): unqualified local places are what a paper names
   without a cue, and far-off matches of common words ("बात": Bath) are left out;
5. place names the gazetteer lacks: a capitalised Latin run that ends in a place head word
   (``place_heads`` in ``names.yaml``: "Royal Street", "Beverly Hills") or is followed by a
   capitalised place cue word ("Henry County") is a place without a point, rather than a person
   or a same-named town elsewhere. A name right before "(@handle)" (a tweet signature) is an
   account holder of unknown type and is left out unless the knowledge base links it.

Runs are linked to the knowledge base across scripts by romanising and comparing names
(``khabar.text.translit.NameIndex``). A surname alone links to a person already named in
full in the article, or to a known office-holder when a cue supports it. Everything else
becomes a new entity with a romanised name. Demonyms resolve to their country; a country
word followed by a named institution ("रूसी रक्षा मंत्रालय") makes an organisation; a
capital city that acts ("वाशिंगटन ने", "... कि वाशिंगटन") stands for its country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import NAME_TOKEN, TOKEN, after_complementizer, grammar, is_agent, is_locative
from khabar.knowledge import countries, places
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import Hit, Institution, Knowledge, Title, institutions, titles
from khabar.knowledge.places import Place
from khabar.lang import topic
from khabar.lang.models import Names, Places
from khabar.schema import Entity, Span, entity_id
from khabar.text.normalise import fold
from khabar.text.translit import acronym, phonetic_key, romanise, script_of, similarity

_acronym = lru_cache(maxsize=65_536)(acronym)
_similarity = lru_cache(maxsize=262_144)(similarity)
_romanise = lru_cache(maxsize=65_536)(romanise)
MAX_RUN = 4  # words in a name
CUED_THRESHOLD = 0.74  # when the cue also says what kind of referent it is
NEAR = 12  # characters between a country word and the institution it qualifies
NAME_THRESHOLD = 0.8  # cross-script link to a full name (wrong pairs score below 0.75)
SURNAME_THRESHOLD = 0.83  # a surname alone (scores at most 0.9), with a supporting cue
COREF_THRESHOLD = 0.84  # a surname to a person already named in this article
CUED_WORD_THRESHOLD = 0.9  # one word before a place cue word, which may also mean "sector", "area"
LOCATIVE_THRESHOLD = 0.93  # a word used as a location ("X में"), with no other cue: home places only
PERSON_CUES = ("title", "surname", "given", "opener")  # cues that say the run is a person
MIN_ORG_ACRONYM = 3  # letters of an unknown spelled-out acronym taken as an organisation
LARGE_PLACE = 100_000  # places this large are linked by name alone, without a cue
LARGE_HOME_PLACE = 15_000  # the same, for places in the language's home countries
_KIND_RANK = {"actor": 0, "country": 1, "institution": 2, "demonym": 3, "title": 4}
_JOINERS = re.compile(r"[\s\-‐]*")
_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")  # a tweet signature's account after its display name


@dataclass(slots=True)
class Token:
    fstart: int  # folded offsets
    fend: int
    text: str  # folded
    start: int  # original offsets
    end: int
    language: str | None
    latin: bool
    capitalised: bool
    stop: bool
    index: int = 0
    covered: bool = False
    cue: bool = False  # part of a title or institution cue (may still belong to a place name)
    joined: bool = False  # only spaces or hyphens between this word and the next


@dataclass(slots=True)
class Found:
    """One mention with its referent key and what the context said about it."""

    start: int
    end: int
    key: tuple[str, str]  # ("actor", id) | ("country", iso3) | ("place", id) | ("person"|"org", name)
    type: str
    role: str | None = None
    sector: str | None = None
    country: str | None = None
    place: Place | None = None
    actor: Actor | None = None
    name: str | None = None
    alternatives: list[Place] = field(default_factory=list)  # other places the name may mean
    cue: str | None = None  # the place feature a cue word implied


def find_entities(doc: Doc, kb: Knowledge) -> list[Entity]:
    """Entities of ``doc``, each with all its mentions, in order of first mention."""
    tokens = _tokens(doc)
    hits, nested = _gazetteer_hits(doc, kb)
    for start, end, hit in hits:
        _cover(tokens, start, end, cue=hit.kind in ("title", "institution"))
    found = [
        Found(start, end, ("country", hit.key), "COUNTRY", country=hit.key) for start, end, hit in nested
    ]
    titled: dict[int, Title] = {}  # original start of the name after a title -> title
    for start, end, hit in hits:
        found.extend(_from_hit(doc, kb, start, end, hit, hits, titled))
    context = {f.country for f in found if f.country}
    found.extend(_places_by_name(doc, tokens, context))
    for run, cue in _cued_runs(doc, tokens, hits, found):
        if (item := _link_run(doc, kb, tokens, run, cue, found)) is not None:
            found.append(item)
            _cover(tokens, item.start, item.end)
    _redisambiguate(doc, found)
    _place_unresolved(found)
    _apply_titles(doc, found, titled, hits)
    _metonymy(doc, found)
    return _assemble(doc, found)


# --- tokens and gazetteer -------------------------------------------------------------------


def _tokens(doc: Doc) -> list[Token]:
    """Words of the folded text with what later steps ask of them, computed once (the language
    and its stopwords are looked up once per segment, not per word)."""
    folded, text = doc.folded, doc.text
    identity = folded.kept is None
    segments = doc.segments
    seg = 0
    until = -1  # the language and stopwords below hold for words starting before this offset
    language: str | None = doc.language
    stopwords: frozenset[str] = frozenset()
    out: list[Token] = []
    previous: Token | None = None
    for m in NAME_TOKEN.finditer(folded.text):
        fstart, fend = m.span()
        start, end = (fstart, fend) if identity else folded.span(fstart, fend)
        if start >= until:
            while seg < len(segments) and segments[seg].end <= start:
                seg += 1
            if seg < len(segments) and segments[seg].start <= start:
                language, until = segments[seg].language or doc.language, segments[seg].end
            else:
                language = doc.language
                until = segments[seg].start if seg < len(segments) else len(text) + 1
            stopwords = grammar(language).stopwords
        word = m.group()
        if previous is not None:
            previous.joined = not text[previous.end : start].strip(" -‐")
        previous = Token(
            fstart,
            fend,
            word,
            start,
            end,
            language,
            word[0] < "\u0250",
            text[start].isupper(),
            word in stopwords or word.isdigit(),
            len(out),
        )
        out.append(previous)
    return out


def _cover(tokens: list[Token], start: int, end: int, *, cue: bool = False) -> None:
    i = bisect_left(tokens, start, key=lambda t: t.start)
    while i < len(tokens) and tokens[i].end <= end:
        if cue:
            tokens[i].cue = True
        else:
            tokens[i].covered = True
        i += 1


def _is_word_char(char: str) -> bool:
    return char != "'" and bool(TOKEN.match(char))  # "Bangladesh's" ends a name at the apostrophe


def _gazetteer_hits(doc: Doc, kb: Knowledge) -> tuple[list[tuple[int, int, Hit]], list[tuple[int, int, Hit]]]:
    """Non-overlapping gazetteer hits on word boundaries, longest first, in original offsets; and
    the country words nested inside a longer hit ("रूसी" in "रूसी रक्षा मंत्रालय"), which name
    that country too."""
    text = doc.folded.text
    candidates = []
    for fstart, fend, hits in kb.gazetteer.find(text):
        if (fstart > 0 and _is_word_char(text[fstart - 1])) or (
            fend < len(text) and _is_word_char(text[fend])
        ):
            continue
        start, end = doc.folded.span(fstart, fend)
        if start > 0 and doc.text[start - 1] == "@":  # a handle names the same actor
            start -= 1
        language = doc.language_at(start)
        usable = [h for h in hits if _hit_usable(doc, start, end, h, language)]
        if usable:
            best = min(usable, key=lambda h: _KIND_RANK[h.kind])
            candidates.append((start, end, best))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), _KIND_RANK[c[2].kind], c[0]))
    taken: list[tuple[int, int, Hit]] = []
    nested: list[tuple[int, int, Hit]] = []
    occupied = bytearray(len(doc.text) + 1)  # 1 where a taken hit lies: one C scan per overlap test
    for start, end, hit in candidates:
        if occupied.find(1, start, end) < 0:
            taken.append((start, end, hit))
            occupied[start:end] = b"\x01" * (end - start)
        elif (
            hit.kind in ("country", "demonym")
            and any(s <= start and end <= e and h.kind in ("actor", "institution") for s, e, h in taken)
            and all(end <= s or start >= e for s, e, _ in nested)
        ):
            nested.append((start, end, hit))
    return sorted(taken, key=lambda c: c[0]), nested


def _hit_usable(doc: Doc, start: int, end: int, hit: Hit, language: str | None) -> bool:
    surface = doc.text[start:end].lstrip("@")
    if hit.case_sensitive and surface[1:] == surface[1:].lower():  # "US", "LeT"; not "Us", "Let"
        return False
    if hit.kind in ("title", "institution"):
        return hit.language == language
    if hit.kind in ("country", "demonym", "actor") and script_of(surface) == "Latn":
        # Latin names are capitalised; lower-case matches are common words ("chad", "turkey")
        return surface[:1].isupper()
    return True


# --- hits to mentions ---------------------------------------------------------------------


def _from_hit(
    doc: Doc,
    kb: Knowledge,
    start: int,
    end: int,
    hit: Hit,
    hits: list[tuple[int, int, Hit]],
    titled: dict[int, Title],
) -> Iterator[Found]:
    if hit.kind in ("country", "demonym"):
        yield Found(start, end, ("country", hit.key), "COUNTRY", country=hit.key)
    elif hit.kind == "actor":
        actor = kb.actors.get(hit.key)
        if actor is not None:
            yield _actor_found(start, end, actor, doc.published)
    elif hit.kind == "institution":
        institution = institutions(hit.language or "en")[int(hit.key)]
        country = _country_next_to(doc, start, end, hits)
        if institution.named and country:
            yield _institution_found(doc, kb, start, end, institution, country)
        elif institution.named and (only := kb.body_named(institution.name)) is not None:
            yield _actor_found(start, end, only, doc.published)
        elif institution.named and institution.name[:1].isupper():  # a proper name: "Supreme Court"
            name = institution.name
            yield Found(start, end, ("org", name), "ORG", sector=institution.sector, name=name)
    elif hit.kind == "title":
        title = titles(hit.language or "en")[int(hit.key)]
        after = _next_word_start(doc, end) if title.position in ("before", "both") else None
        if after is not None:
            titled[after] = title


def _actor_found(start: int, end: int, actor: Actor, day: date | None) -> Found:
    if actor.type == "COUNTRY" and actor.country:
        return Found(start, end, ("country", actor.country), "COUNTRY", country=actor.country)
    role = actor.role_on(day)
    return Found(
        start,
        end,
        ("actor", actor.id),
        actor.type,
        role=role.role if role else None,
        sector=(role.sector if role else None) or actor.sector,
        country=(role.country if role else None) or actor.country,
        actor=actor,
    )


def _country_next_to(doc: Doc, start: int, end: int, hits: list[tuple[int, int, Hit]]) -> str | None:
    """The country named right before an institution ("रूसी रक्षा मंत्रालय") or after it with
    a genitive ("ministry of Russia")."""
    genitives = grammar(doc.language_at(start)).genitive_markers
    for s, e, hit in hits:
        if hit.kind not in ("country", "demonym") or s > end + NEAR or e < start - NEAR:
            continue
        if e <= start and not doc.text[e:start].strip():
            return hit.key
        if s >= end and [w for w in TOKEN.findall(fold(doc.text[end:s]))] in ([g] for g in genitives):
            return hit.key
    return None


def _institution_found(
    doc: Doc, kb: Knowledge, start: int, end: int, institution: Institution, iso3: str
) -> Found:
    """ "<Country> <institution>": a known actor if the registry has it, else a new organisation."""
    country = countries.by_iso3(iso3)
    for actor in kb.actors:
        if actor.type == "ORG" and actor.country == iso3 and _names_institution(actor, institution.name):
            return _actor_found(start, end, actor, doc.published)
    name = f"{institution.name} of {country.name if country else iso3}"
    return Found(start, end, ("org", name), "ORG", sector=institution.sector, country=iso3, name=name)


def _names_institution(actor: Actor, institution: str) -> bool:
    wanted = fold(institution)
    return any(wanted in fold(surface) for surface in (actor.name, *actor.aliases))


def _next_word_start(doc: Doc, end: int) -> int | None:
    m = _JOINERS.match(doc.text, end)
    return m.end() if m and m.end() < len(doc.text) else None


# --- places by exact name -----------------------------------------------------------------


def _places_by_name(doc: Doc, tokens: list[Token], context: set[str]) -> Iterator[Found]:
    """Exact GeoNames names (any script) over free word n-grams, kept when large or cued."""
    text = doc.folded.text
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if (
            first.covered
            or (first.stop and not _name_prefix(first))
            or (first.latin and not first.capitalised)
        ):
            i += 1
            continue
        best: tuple[int, Place, list[Place]] | None = None
        county: tuple[int, Found] | None = None
        for n in range(min(3, len(tokens) - i), 0, -1):
            run = tokens[i : i + n]
            if not _free_run(run):
                continue
            key = text[run[0].fstart : run[-1].fend]
            candidates = places.by_name(key) or ("-" in key and places.by_name(key.replace("-", " "))) or []
            if not candidates:
                continue
            cue = _place_cue_next(tokens, run)
            if cue == "admin1" and all(c.feature != "admin1" for c in candidates):
                continue  # "X प्रांत": a region, looked up among region names by the cued run
            if cue is None and _opens_person_name(tokens, run):
                continue
            place = places.disambiguate(candidates, context, cue=cue, prior=_home_countries(first.language))
            if cue == "admin2" and _names_with_next(doc, tokens, run):
                # "Henry County": a county, not the town "Henry" (the gazetteer has no counties), though
                # most likely in the town's country
                if place is not None:
                    found = _unresolved_place(doc, run[0].start, tokens[run[-1].index + 1].end)
                    found.country = place.country
                    county = (n + 1, found)
                break
            if place is not None and (_large(place, first.language) or _place_context(doc, tokens, run)):
                best = (n, place, candidates)
                break
        if county is not None:
            n, found = county
            for token in tokens[i : i + n]:
                token.covered = True
            yield found
            i += n
            continue
        if best is None:
            i += 1
            continue
        n, place, candidates = best
        run = tokens[i : i + n]
        for token in run:
            token.covered = True
        yield _place_found(run[0].start, run[-1].end, place, candidates)
        i += n


def _free_run(run: list[Token]) -> bool:
    """Words not yet claimed, not stopwords at the edges (a name prefix may open a longer run),
    capitalised in Latin script, joined by spaces."""
    opens = not run[0].stop or (len(run) > 1 and _name_prefix(run[0]))
    closes = not run[-1].stop or (len(run) > 1 and run[-1].latin and run[-1].capitalised)  # "Middle East"
    if not opens or not closes or any(t.covered for t in run):
        return False
    if run[0].latin and not all(t.capitalised for t in run):
        return False
    return all(t.joined for t in run[:-1])


def _large(place: Place, language: str | None) -> bool:
    """Large enough to be linked by its exact name alone: nationally, or at home (a local paper names
    its district towns without a cue)."""
    home = place.country in _home_countries(language)
    return place.population >= (LARGE_HOME_PLACE if home else LARGE_PLACE)


def _opens_person_name(tokens: list[Token], run: list[Token]) -> bool:
    """A given name followed by another capitalised word ("Mary Smith") opens a person's name."""
    following = run[-1].index + 1
    return (
        len(run) == 1
        and run[0].latin
        and run[0].joined
        and following < len(tokens)
        and tokens[following].capitalised
        and run[0].text in name_words(run[0].language).given_names
    )


def _name_prefix(token: Token) -> bool:
    return token.text in grammar(token.language).name_prefixes


def _place_context(doc: Doc, tokens: list[Token], run: list[Token]) -> bool:
    return is_locative(doc, run[0].start, run[-1].end) or _place_cue_next(tokens, run) is not None


@cache
def _place_cues(language: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Folded place cue words that follow and precede a name, with the feature each implies."""
    cues = topic(language, Places)
    after = {fold(w): f for w, f in cues.after.items()}
    before = {fold(w): f for w, f in cues.before.items()}
    return after, before


@cache
def _home_countries(language: str | None) -> frozenset[str]:
    """Countries the news of ``language`` is mostly about (``home_countries`` in ``places.yaml``)."""
    return frozenset(topic(language, Places).home_countries)


def _place_cue_next(tokens: list[Token], run: list[Token]) -> str | None:
    """The feature a place cue next to the run implies ("X प्रांत" → admin1), if any."""
    after, before = _place_cues(run[0].language)
    following = run[-1].index + 1
    if following < len(tokens) and (feature := after.get(tokens[following].text)):
        return feature
    if run[0].index > 0 and (feature := before.get(tokens[run[0].index - 1].text)):
        return feature
    return None


def _place_found(
    start: int, end: int, place: Place, alternatives: list[Place] | None = None, cue: str | None = None
) -> Found:
    key = ("place", str(place.geonames_id or place.name))
    return Found(
        start, end, key, "PLACE", country=place.country, place=place, alternatives=alternatives or [], cue=cue
    )


def _redisambiguate(doc: Doc, found: list[Found]) -> None:
    """Choose again among same-named places, now that the whole article's countries are known."""
    prior = _home_countries(doc.language)
    for item in found:
        if item.place is None or len(item.alternatives) < 2:
            continue
        context = {f.country for f in found if f is not item and f.country and _one_country(f)}
        place = places.disambiguate(item.alternatives, context, cue=item.cue, prior=prior)
        if place is not None and place != item.place:
            item.place, item.country = place, place.country
            item.key = ("place", str(place.geonames_id or place.name))


def _place_unresolved(found: list[Found]) -> None:
    """A place with no point ("Henry County") lies in the country the article names most often."""
    unplaced = [f for f in found if f.type == "PLACE" and f.place is None and f.country is None]
    if not unplaced:
        return
    counted = Counter(f.country for f in found if f.country)
    if counted:
        country = counted.most_common(1)[0][0]
        for item in unplaced:
            item.country = country


def _one_country(item: Found) -> bool:
    """Is the mention's country certain: all the places its name may mean lie in one country?"""
    return len({place.country for place in item.alternatives}) <= 1


# --- runs that cues point at ----------------------------------------------------------------


def _cued_runs(
    doc: Doc, tokens: list[Token], hits: list[tuple[int, int, Hit]], found: list[Found]
) -> Iterator[tuple[list[Token], str]]:
    """Runs of free words that a cue marks as a name, with the cue's kind, in text order."""
    by_start = {t.start: i for i, t in enumerate(tokens)}
    by_end = {t.end: i for i, t in enumerate(tokens)}
    seen: set[tuple[int, int, str]] = set()

    def emit(run: list[Token], cue: str) -> Iterator[tuple[list[Token], str]]:
        if run and (run[0].start, run[-1].end, cue) not in seen:
            seen.add((run[0].start, run[-1].end, cue))
            yield run, cue

    for start, end, hit in hits:
        if hit.kind == "title":
            title = titles(hit.language or "en")[int(hit.key)]
            i = by_start.get(_next_word_start(doc, end) or -1)
            if i is not None and title.position in ("before", "both"):
                yield from emit(_run_forward(doc, tokens, i), "title")
            j = _word_before(doc, tokens, by_end, start)
            if j is not None and title.position in ("after", "both"):
                yield from emit(_run_backward(doc, tokens, j), "title")
            j = _word_before(doc, tokens, by_end, start)  # "X के प्रवक्ता": X is the office
            if j is not None and tokens[j].text in grammar(doc.language_at(start)).genitive_markers:
                k = _word_before(doc, tokens, by_end, tokens[j].start)
                if k is not None:
                    yield from emit(_run_backward(doc, tokens, k), "office")
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if token.covered:
            continue
        before, after, own = _cue_words(token.language)
        if not (
            token.text in own
            or (i > 0 and tokens[i - 1].text in before)
            or (i < last and tokens[i + 1].text in after)
        ):
            continue  # no cue next to the word and no name word: none of the checks below can fire
        if _may_name(token) and i > 0 and tokens[i - 1].text in grammar(token.language).complementizers:
            yield from emit([token], "subject")  # "... कि वाशिंगटन ...": a capital standing for its state
        if _agent_follows(tokens, i) and is_agent(doc, token.start, token.end):
            yield from emit(_run_backward(doc, tokens, i), "agent")
        elif (feature := _place_cue_next(tokens, [token])) and not _is_place_cue(token):
            yield from emit(_run_backward(doc, tokens, i), f"place:{feature}")
        elif (
            not token.stop
            and _locative_follows(tokens, i)
            and _home_countries(token.language)
            and not _is_place_cue(token)
        ):
            yield from emit(_run_backward(doc, tokens, i), "near")
        yield from _name_word_runs(doc, tokens, i, emit)
    places_at = [f for f in found if f.type == "PLACE"]
    for place in places_at:  # "A, B और C": words coordinated with a place are places
        for i in _coordinated(doc, tokens, by_start, place.end):
            yield from emit(_run_forward(doc, tokens, i, cues=True), "place")
    for i, token in enumerate(tokens):
        if token.covered or token.stop:
            continue
        if token.capitalised and token.latin:
            run = _run_forward(doc, tokens, i)
            if run and run[0] is token:
                yield from emit(run, "caps")
        elif not token.latin and _acronym(doc.text[token.start : token.end]):
            yield from emit([token], "acronym")


@dataclass(frozen=True, slots=True)
class NameWords:
    """Name words of one language (``lang/<code>/names.yaml``), folded."""

    surnames: frozenset[str]
    given_names: frozenset[str]
    openers: frozenset[str]
    org_heads: frozenset[str]
    place_heads: frozenset[str]  # words that end a place's name ("X Street", "X Hills")
    not_orgs: frozenset[str]  # acronyms (Latin capitals) that name no organisation: GDP, FIR


@cache
def name_words(language: str | None) -> NameWords:
    data = topic(language, Names)

    def words(items: tuple[str, ...]) -> frozenset[str]:
        return frozenset(fold(word).rstrip(".") for word in items)

    return NameWords(
        words(data.surnames),
        words(data.given_names),
        words(data.name_openers),
        words(data.org_heads),
        words(data.place_heads),
        frozenset(word.upper() for word in data.not_org_acronyms),
    )


def _name_word_runs(
    doc: Doc,
    tokens: list[Token],
    i: int,
    emit: Callable[[list[Token], str], Iterator[tuple[list[Token], str]]],
) -> Iterator[tuple[list[Token], str]]:
    """Runs that a name word marks: "<given> X", "X <surname>", "<respect> X", "X <org head>"."""
    token = tokens[i]
    words = name_words(token.language)
    if token.covered:
        return
    if token.text in words.given_names and not token.stop:
        yield from emit(_run_forward(doc, tokens, i), "given")
    if token.text in words.surnames and not token.stop and i > 0:
        yield from emit(_run_backward(doc, tokens, i), "surname")
    if token.text in words.openers and token.joined and i + 1 < len(tokens):
        following = _run_forward(doc, tokens, i + 1)
        if following:
            yield from emit([token, *following], "opener")
    if (
        token.text in words.org_heads
        and i > 0
        and tokens[i - 1].joined
        and (token.capitalised or not token.latin)
    ):
        before = _run_backward(doc, tokens, i - 1)
        if before:
            yield from emit([*before, token], "org")


@cache
def _cue_words(language: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that make a word worth the cue checks of ``_cued_runs``: as the word before it
    (complementizers, place cues before a name), as the word after it (agent and locative
    marker starts, place cues after a name), or as the word itself (name words)."""
    after_cues, before_cues = _place_cues(language)
    agent, locative = _marker_starts(language)
    words = name_words(language)
    return (
        frozenset(grammar(language).complementizers) | frozenset(before_cues),
        agent | locative | frozenset(after_cues),
        words.given_names | words.surnames | words.openers | words.org_heads,
    )


@cache
def _marker_starts(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """First words of the agent markers ("ने") and, in a postpositional language, of the locative
    markers ("में", "से"): set lookups that stand in for the full checks on every word."""
    g = grammar(language)
    locative = frozenset(marker[0] for marker in g.locative_markers) if g.postpositional else frozenset()
    return frozenset(marker[0] for marker in g.agent_markers), locative


def _locative_follows(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text in _marker_starts(tokens[i].language)[1]


def _may_name(token: Token) -> bool:
    """Can the word be (the start of) a name: not a stopword, capitalised where the script has case?"""
    return not token.stop and (token.capitalised or not token.latin)


def _agent_follows(tokens: list[Token], i: int) -> bool:
    """Cheap pre-check for ``is_agent``: does the next word start an agent marker?"""
    return i + 1 < len(tokens) and tokens[i + 1].text in _marker_starts(tokens[i].language)[0]


def _is_place_cue(token: Token) -> bool:
    after, before = _place_cues(token.language)
    return token.text in after or token.text in before


def _word_before(doc: Doc, tokens: list[Token], by_end: dict[int, int], start: int) -> int | None:
    m = re.search(r"[\s]*$", doc.text[max(0, start - 5) : start])
    gap = len(m.group()) if m else 0
    return by_end.get(start - gap)


def _usable(token: Token, latin: bool, cues: bool = False) -> bool:
    return (
        not token.covered and (cues or not token.cue) and not token.stop and (token.capitalised or not latin)
    )


def _run_forward(doc: Doc, tokens: list[Token], i: int, *, cues: bool = False) -> list[Token]:
    latin = tokens[i].latin
    run: list[Token] = []
    for token in tokens[i : i + MAX_RUN]:
        if not _usable(token, latin, cues) or (run and not run[-1].joined):
            break
        run.append(token)
    return run


def _run_backward(doc: Doc, tokens: list[Token], i: int) -> list[Token]:
    latin = tokens[i].latin
    run: list[Token] = []
    for token in reversed(tokens[max(0, i - MAX_RUN + 1) : i + 1]):
        if not _usable(token, latin) or (run and not token.joined):
            break
        run.insert(0, token)
    return run


def _coordinated(doc: Doc, tokens: list[Token], by_start: dict[int, int], end: int) -> Iterator[int]:
    """Token indexes that start the next members of a list after a place ("A, B और C")."""
    g = grammar(doc.language_at(end))
    position = end
    for _ in range(4):
        m = re.match(r"\s*(,|\S+)\s*", doc.text[position:])
        if not m or (m.group(1) != "," and fold(m.group(1)) not in g.conjunctions):
            return
        i = by_start.get(position + m.end())
        if i is None:
            return
        yield i
        run = _run_forward(doc, tokens, i, cues=True)
        if not run:
            return
        position = run[-1].end


def _link_run(
    doc: Doc, kb: Knowledge, tokens: list[Token], run: list[Token], cue: str, found: list[Found]
) -> Found | None:
    """Link a cued run to a referent, or make a new entity when the cue is strong enough."""
    run = [t for t in run if not t.covered]
    if not run:
        return None
    start, end = run[0].start, run[-1].end
    surface = doc.text[start:end]
    if cue == "near":
        home = _home_place(surface, run[0].language)
        return _place_found(start, end, home, [home]) if home else None
    if cue == "acronym":
        letters = _acronym(surface)
        actors = kb.acronyms.get(letters or "", [])
        if actors:
            return _actor_found(start, end, actors[0], doc.published)
        if (
            letters
            and len(letters) >= MIN_ORG_ACRONYM
            and letters not in name_words(run[0].language).not_orgs
        ):
            return Found(start, end, ("org", letters), "ORG", name=letters)  # "एनसीएलटी": most are bodies
        return None
    if (coref := _coreferent(surface, found)) is not None:
        return Found(
            start,
            end,
            coref.key,
            coref.type,
            actor=coref.actor,
            place=coref.place,
            name=coref.name,
            country=coref.country,
            role=coref.role,
            sector=coref.sector,
        )
    single = len(run) == 1
    cue, _, feature = cue.partition(":")
    threshold = CUED_THRESHOLD if cue in ("office", "place") else NAME_THRESHOLD
    if feature and single:
        threshold = CUED_WORD_THRESHOLD
    only_actors = run[0].latin or cue in (*PERSON_CUES, "org")  # only people and bodies fit these cues
    matches = kb.match_name(surface, threshold, actors_only=only_actors)
    if feature:  # "X प्रांत": a region of that name before a city of that name
        matches.sort(key=lambda m: -m.score - (0.1 if getattr(m.value[1], "feature", None) == feature else 0))
    for match in matches:
        kind, value = match.value
        if not _fits(kind, value, cue) or (kind == "place" and run[0].latin):
            # Latin place names are found by exact name; fuzzy Latin matches are mostly other words
            continue
        if match.surname_only and not (cue in (*PERSON_CUES, "agent") and match.score >= SURNAME_THRESHOLD):
            continue
        if kind == "actor":
            if match.surname_only and not _holds_office(value, doc.published):
                continue
            return _actor_found(start, end, value, doc.published)
        if kind == "country":
            return Found(start, end, ("country", value), "COUNTRY", country=value)
        if cue == "subject":
            iso3 = _capital_of(value)
            return Found(start, end, ("country", iso3), "COUNTRY", country=iso3)
        if kind == "place" and (not single or cue == "place" or match.score >= 0.95):
            alternatives = [
                m.value[1] for m in matches if m.value[0] == "place" and m.score >= match.score - 0.02
            ]
            context = {f.country for f in found if f.country}
            prior = _home_countries(run[0].language)
            value = places.disambiguate(alternatives, context, cue=feature or None, prior=prior) or value
            if feature and value.feature == feature:  # the cue word is part of the name
                end = tokens[run[-1].index + 1].end
            return _place_found(start, end, value, alternatives, feature or None)
    if _HANDLE_AFTER.match(doc.text, end):
        return None  # "— Example Newsroom (@ExampleNews)": an account holder, person or body
    words = name_words(run[0].language)
    if cue in (*PERSON_CUES, "caps") and run[0].latin:
        if _names_with_next(doc, tokens, run):  # "Henry County", "Quezon City": a place the gazetteer lacks
            end = tokens[run[-1].index + 1].end
            return _unresolved_place(doc, start, end)
        if len(run) >= 2 and run[-1].text in words.place_heads:  # "Royal Street", "Beverly Hills"
            return _unresolved_place(doc, start, end)
    heads = words.org_heads
    if cue == "org" or (cue in (*PERSON_CUES, "caps") and len(run) >= 2 and run[-1].text in heads):
        name = _display_name(surface)
        return Found(start, end, ("org", name), "ORG", name=name)
    if cue in (*PERSON_CUES, "caps") and (
        len(run) >= 2 or (cue in ("title", "opener") and is_agent(doc, start, end))
    ):
        name = _display_name(surface)
        return Found(start, end, ("person", name), "PERSON", name=name)
    return None


def _names_with_next(doc: Doc, tokens: list[Token], run: list[Token]) -> bool:
    """Is the word after a Latin run a capitalised place cue word one space on, and so part of its
    name ("Henry County"; not "Inter-State")?"""
    following = run[-1].index + 1
    if following >= len(tokens) or not run[0].latin or not tokens[following].capitalised:
        return False
    return (
        doc.text[run[-1].end : tokens[following].start] == " "
        and tokens[following].text in _place_cues(run[0].language)[0]
    )


def _unresolved_place(doc: Doc, start: int, end: int) -> Found:
    """A place by its name alone, with no point: better than a same-named town elsewhere."""
    name = doc.text[start:end]
    return Found(start, end, ("place", name), "PLACE", name=name)


def _joined_key(latin: str) -> str:
    return phonetic_key(latin).replace(" ", "")


@cache
def _home_places(language: str | None) -> dict[str, list[Place]]:
    """Places of the language's home countries by phonetic key, for names used as a location."""
    table: dict[str, list[Place]] = {}
    for name, place in places.latin_names_in(_home_countries(language)):
        table.setdefault(_joined_key(name), []).append(place)
    return table


@lru_cache(maxsize=65_536)
def _home_place(surface: str, language: str | None) -> Place | None:
    """The home-country place a word used as a location ("X में") names, by a close romanised match:
    a key lookup, then a similarity check, rather than a fuzzy search of every place in the world
    (remembered: the same words recur as locations)."""
    try:
        latin = surface if script_of(surface) == "Latn" else _romanise(surface)
        candidates = _home_places(language).get(_joined_key(latin), ())
        close = [p for p in candidates if _similarity(surface, p.name) >= LOCATIVE_THRESHOLD]
    except KeyError:  # a letter the romanisation tables lack (e.g. a nukta on श)
        return None
    return max(close, key=lambda p: p.population, default=None)


def _fits(kind: str, value: object, cue: str) -> bool:
    """Does a referent of this kind suit what the cue says the run is?"""
    if cue in PERSON_CUES:
        return kind == "actor" and getattr(value, "type", None) == "PERSON"
    if cue == "org":
        return kind == "actor" and getattr(value, "type", None) == "ORG"
    if cue == "office":
        return kind == "country" or (kind == "actor" and getattr(value, "type", None) == "ORG")
    if cue == "place":
        return kind in ("place", "country")
    if cue == "subject":
        return kind == "place" and _capital_of(value) is not None
    return True


def _holds_office(actor: Actor, day: date | None) -> bool:
    return (
        any(r.dated for r in actor.roles)
        and actor.role_on(day) is not None
        and (day is None or any(r.valid_on(day) for r in actor.roles))
    )


def _coreferent(surface: str, found: list[Found]) -> Found | None:
    """A person already named in full whose surname this single word is."""
    if len(surface.split()) != 1:
        return None
    people = {f.key: f for f in found if f.type == "PERSON"}
    best: tuple[float, Found] | None = None
    for item in people.values():
        full = item.actor.name if item.actor else item.name or ""
        score = _similarity(surface, full)
        if score >= COREF_THRESHOLD and (best is None or score > best[0]):
            best = (score, item)
    return best[1] if best else None


def _display_name(surface: str) -> str:
    """A romanised, title-cased name for a person the knowledge base lacks."""
    latin = surface if script_of(surface) == "Latn" else romanise(surface)
    return " ".join(part[:1].upper() + part[1:] for part in latin.split())


# --- context: titles, metonymy ----------------------------------------------------------


def _apply_titles(
    doc: Doc, found: list[Found], titled: dict[int, Title], hits: list[tuple[int, int, Hit]]
) -> None:
    """A title right before a person's name gives the role; a country or office before the
    title ("रूसी राष्ट्रपति के प्रवक्ता X", "White House press secretary X") gives the country."""
    for item in found:
        title = titled.get(item.start)
        if title is None or item.type != "PERSON":
            continue
        item.role = item.role or title.role
        item.sector = item.sector or title.sector
        if item.country is None:
            item.country = _country_before(doc, item.start, found)


def _country_before(doc: Doc, start: int, found: list[Found]) -> str | None:
    """The country of the nearest country/organisation mention in the same clause before ``start``."""
    sentence = doc.sentence_at(start)
    floor = sentence.start if sentence else 0
    candidates = [
        f for f in found if floor <= f.start and f.end <= start and f.country and f.type != "PERSON"
    ]
    if not candidates:
        return None
    nearest = max(candidates, key=lambda f: f.end)
    return nearest.country if start - nearest.end <= 40 else None


def _capital_of(place: object) -> str | None:
    """The ISO3 code of the country whose capital ``place`` is, if it is one."""
    if not isinstance(place, Place) or place.feature != "city":
        return None
    country = countries.by_iso3(place.country)
    return country.iso3 if country and fold(country.capital or "") == fold(place.name) else None


def _metonymy(doc: Doc, found: list[Found]) -> None:
    """A national capital that acts ("वाशिंगटन ने", "... that Washington will") is its country."""
    for item in found:
        iso3 = _capital_of(item.place)
        if iso3 and (is_agent(doc, item.start, item.end) or after_complementizer(doc, item.start)):
            item.key, item.type, item.place, item.alternatives = ("country", iso3), "COUNTRY", None, []


# --- assembly -------------------------------------------------------------------------


def _assemble(doc: Doc, found: list[Found]) -> list[Entity]:
    groups: dict[tuple[str, str], list[Found]] = {}
    for item in sorted(found, key=lambda f: f.start):
        groups.setdefault(item.key, []).append(item)
    entities = []
    for index, items in enumerate(groups.values()):
        entities.append(_entity(doc, entity_id(doc.article_id, index), items))
    return entities


def _entity(doc: Doc, ident: str, items: list[Found]) -> Entity:
    first = items[0]
    mentions = sorted({(f.start, f.end) for f in items})
    role = next((f.role for f in items if f.role), None)
    sector = next((f.sector for f in items if f.sector), None)
    country = next((f.country for f in items if f.country), None)
    spans = [Span(start=s, end=e, text=doc.text[s:e]) for s, e in mentions]
    base = {
        "id": ident,
        "type": first.type,
        "role": role,
        "sector": sector,
        "country": country,
        "mentions": spans,
    }
    if first.type == "COUNTRY":
        info = countries.by_iso3(first.key[1])
        return Entity(
            name=info.name if info else first.key[1],
            lat=info.lat if info else None,
            lon=info.lon if info else None,
            precision="country",
            **base,
        )
    if first.place is not None:
        p = first.place
        return Entity(
            name=p.name,
            lat=p.lat,
            lon=p.lon,
            geonames_id=p.geonames_id,
            precision="admin1" if p.feature == "admin1" else "city",
            **base,
        )
    if first.actor is not None:
        return Entity(name=first.actor.name, kb_id=first.actor.id, **base)
    return Entity(name=first.name or doc.text[first.start : first.end], **base)
