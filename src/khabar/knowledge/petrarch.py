"""The PETRARCH/TABARI actor dictionary format, as used by the Phoenix dictionaries.

Written here because no maintained Python package reads that format (petrarch2 is
unmaintained Python 2 code that loads into globals). The format, as read here::

    PRIMARY_PHRASE  [CODE]          # comment
    +SYNONYM_PHRASE                 # same actor, same codes
        [CODE YYMMDD-YYMMDD]        # tab-indented: code valid in that interval
        [CODE >YYMMDD]              # from that day on
        [CODE <YYMMDD]              # before that day

Lines starting with ``#`` or ``<`` are comments, ``#`` starts a comment anywhere, and
``---STOP---`` ends the file. Several bracketed codes may share one line. A bracket
without a date is the actor's default code. Dates are ``YYMMDD`` (years 00-30 are
20YY, others 19YY, as in PETRARCH) or ``YYYYMMDD``; an unreadable date drops that code.
Codes are read into a country and a sector by ``khabar.knowledge.cameo``.

An entry is typed COUNTRY when a code is a bare country and none has a sector, PERSON
when any code carries a date restriction or the ELI (elite) sector, and ORG otherwise:
the format does not say, so undated individuals come out as ORG.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from khabar.knowledge.actors import Actor, Role, recency
from khabar.knowledge.cameo import cameo_country_sector
from khabar.text.normalise import fold

_BRACKET = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^\s*(?P<code>[^\s<>\d][^\s<>]*?)?\s*"
    r"(?:(?P<op>[<>])\s*(?P<day>\d{6,8})|(?P<first>\d{6,8})\s*-\s*(?P<last>\d{6,8}))?\s*$"
)
_SLUG = re.compile(r"[^0-9a-z]+")


def _parse_cameo_day(digits: str) -> date:
    """PETRARCH dates: ``YYMMDD`` (00-30 -> 20YY, else 19YY) or ``YYYYMMDD``."""
    if len(digits) <= 7:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(digits[2:4]), int(digits[4:6]))
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _cameo_role(inside: str) -> Role | None:
    """A ``Role`` from the inside of one ``[...]``; ``None`` when it cannot be read."""
    match = _RESTRICTION.match(inside)
    if not match or not (code := match["code"] or ""):
        return None
    try:
        if match["op"] == "<":
            start, end = None, _parse_cameo_day(match["day"])
        elif match["op"] == ">":
            start, end = _parse_cameo_day(match["day"]), None
        elif match["first"]:
            start, end = _parse_cameo_day(match["first"]), _parse_cameo_day(match["last"])
        else:
            start = end = None
    except ValueError:
        return None
    if start and end and end < start:
        return None
    country, sector = cameo_country_sector(code)
    return Role(role=None, country=country, sector=sector, start=start, end=end, cameo=code)


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _display_name(phrase: str) -> str:
    """``KASSYM-JOMART_TOKAYEV`` -> ``Kassym-Jomart Tokayev``; dotted words (``U.N.``) kept."""
    return " ".join(
        word if "." in word else "-".join(part.capitalize() for part in word.split("-"))
        for word in phrase.split(" ")
    )


def slug(text: str) -> str:
    """``text`` folded to lower-case letters and digits joined by ``-`` (``actor`` when none)."""
    return _SLUG.sub("-", fold(text)).strip("-") or "actor"


@dataclass(slots=True)
class _Block:
    phrases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def _petrarch_actor(block: _Block, actor_id: str) -> Actor:
    defaults = [r for r in block.roles if not r.dated]
    main = defaults[0] if defaults else max(block.roles, key=recency, default=None)
    bare_country = any(r.country and len(r.cameo or "") == 3 for r in block.roles)
    if bare_country and not any(r.sector for r in block.roles):
        kind = "COUNTRY"
    elif any(r.dated or r.sector == "ELI" for r in block.roles):
        kind = "PERSON"
    else:
        kind = "ORG"
    return Actor(
        id=actor_id,
        name=_display_name(block.phrases[0]),
        type=kind,
        aliases=tuple(dict.fromkeys(block.phrases[1:])),
        country=main.country if main else None,
        sector=main.sector if main else None,
        roles=tuple(block.roles),
        cameo=main.cameo if main else None,
    )


def load_petrarch_actors(text: str, prefix: str) -> list[Actor]:
    """The actors of a PETRARCH dictionary's ``text``, with ids ``<prefix>:<phrase slug>``
    (numbered when repeated)."""
    blocks: list[_Block] = []
    for raw_line in text.splitlines():
        if "---STOP---" in raw_line:
            break
        if not raw_line.strip() or raw_line[0] in "#<":
            continue
        line = raw_line.split("#", 1)[0]
        head = line.split("[", 1)[0].strip()
        roles = [role for inside in _BRACKET.findall(line) if (role := _cameo_role(inside))]
        if head.startswith("+"):
            if blocks and (synonym := _phrase(head[1:])):
                blocks[-1].phrases.append(synonym)
        elif head and not line[0].isspace():
            blocks.append(_Block([_phrase(head)]))
        if blocks:
            blocks[-1].roles.extend(roles)
    seen: dict[str, int] = {}
    actors = []
    for block in blocks:
        key = slug(block.phrases[0])
        seen[key] = seen.get(key, 0) + 1
        suffix = f"-{seen[key]}" if seen[key] > 1 else ""
        actors.append(_petrarch_actor(block, f"{prefix}:{key}{suffix}"))
    return actors
