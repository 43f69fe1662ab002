"""English generic actors (agents) with their sectors, curated from the PLOVER agents dictionary.

Reads ``ngec_synthetic/PLOVER_agents.txt`` (NGEC, MIT; the CAMEO/KEDS agents dictionary in PETRARCH
format: ``PHRASE {PLURAL} [~CODE]``, ``!SET!`` substitutions, regular plurals left implicit) and keeps
the agents that news text uses: phrases (singular or plural) seen at least ``min_count`` times in lower
case in NGEC's synthetic news stories, whose code maps to a khabar sector, that are no title or
organisation cue of ``lang/en`` and not listed in ``drop``; then adds the hand-written agents of
``add``. The curation choices (code to sector, minimum count, dropped and added words, sectors set
by hand) are in
``train/agents_curation.yaml``. Each agent is named by its most frequent form in the stories.

Writes ``src/khabar/lang/en/agents.yaml``. ``python -m train agents``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick_rs
import yaml

from khabar.lang import topic
from khabar.lang.models import Institutions, Titles
from khabar.text.normalise import fold
from train.common import AGENTS_DICTIONARY, LANG_ROOT, SYNTHETIC_STORIES, quoted, require

CURATION = Path(__file__).with_name("agents_curation.yaml")
_ENTRY = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
_SET = re.compile(r"^(?P<name>![A-Z]+!)\s*=\s*(?P<forms>.+)$")
_WORD_EDGE = re.compile(r"\w")


@dataclass
class Agent:
    """One dictionary phrase (or hand-added agent): its written forms and sectors."""

    forms: list[str]
    sector: str | None  # none: the actor's phrase gives it ("a police spokesman")
    secondary: str | None = None
    label: str | None = None  # the name given by hand, for an added agent
    seen: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        """The given name, else the form most often seen."""
        return self.label or max(self.forms, key=lambda form: (self.seen[form], -self.forms.index(form)))


def plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word (PETRARCH leaves these implicit)."""
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith(("s", "x", "z", "ch", "sh")):
        return phrase + "es"
    return phrase + "s"


def _clean(raw: str) -> str:
    return " ".join(raw.replace("_", " ").lower().split())


def read_dictionary(path: Path, sectors: dict[str, str], no_plural: set[str]) -> list[Agent]:
    """The agents of entries whose first code part maps to a sector. A phrase already read (or the
    plural of one) adds to that agent: a second sector becomes its secondary."""
    sets: dict[str, list[str]] = {}
    by_form: dict[str, Agent] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        if (subset := _SET.match(line)) is not None:
            sets[subset["name"]] = [_clean(f) for f in subset["forms"].split(",")]
            continue
        if (entry := _ENTRY.match(line)) is None:
            continue
        parts = [sectors.get(entry["code"][i : i + 3]) for i in range(0, len(entry["code"]), 3)]
        if parts[0] is None:
            continue
        secondary = next((p for p in parts[1:] if p and p != parts[0]), None)
        for phrase in _substituted(entry["phrase"], sets):
            forms = [phrase]
            if not _plural_already(phrase, no_plural):
                forms.append(plural(phrase))
            if entry["plural"]:
                forms.append(_clean(entry["plural"]))
            known = next((by_form[form] for form in forms if form in by_form), None)
            if known is None:
                known = Agent([], parts[0], secondary)
            elif known.sector != parts[0] and known.secondary is None:
                known.secondary = parts[0]
            known.forms = list(dict.fromkeys([*known.forms, *forms]))
            for form in forms:
                by_form.setdefault(form, known)
    return list({id(agent): agent for agent in by_form.values()}.values())


def _plural_already(phrase: str, no_plural: set[str]) -> bool:
    """A phrase whose last word is plural already or has no plural ("armed men", "police")."""
    last = phrase.split()[-1]
    return last in no_plural or last.endswith("men") or (last.endswith("s") and not last.endswith("ss"))


def _substituted(raw: str, sets: dict[str, list[str]]) -> list[str]:
    """The phrases of one entry, with a ``!SET!`` replaced by each of its forms."""
    phrases = [raw]
    for name, forms in sets.items():
        phrases = [p.replace(name, form) for p in phrases for form in forms] if name in raw else phrases
    return [_clean(p) for p in phrases if "!" not in p and _clean(p)]


def count_in_stories(agents: list[Agent]) -> None:
    """How often each form appears, written in lower case on word boundaries, in the stories."""
    csv.field_size_limit(sys.maxsize)
    forms = sorted({form for agent in agents for form in agent.forms})
    automaton = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    counts: Counter[str] = Counter()
    with require(SYNTHETIC_STORIES).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = row["text"]
            for index, start, end in automaton.find_matches_as_indexes(text):
                before, after = text[start - 1 : start], text[end : end + 1]
                if not _WORD_EDGE.match(before) and not _WORD_EDGE.match(after):
                    counts[forms[index]] += 1
    for agent in agents:
        agent.seen = Counter({form: counts[form] for form in agent.forms})


def title_words() -> list[str]:
    """English title cues: an agent form ending in one ("government spokesman") would hide the title
    before a person's name."""
    return [fold(t.cue) for t in topic("en", Titles).titles]


def _ends_in(form: str, cues: list[str]) -> bool:
    return any(form == cue or form.endswith(f" {cue}") for cue in cues)


def curate(rules: dict) -> tuple[list[Agent], int]:
    """The kept agents (by sector, most frequent first) and how many dictionary phrases were read."""
    agents = read_dictionary(require(AGENTS_DICTIONARY), rules["sectors"], set(rules["no_plural"]))
    dropped, titles = set(rules["drop"]), title_words()
    organisations = {fold(i.cue) for i in topic("en", Institutions).institutions}
    kept = []
    for agent in agents:
        agent.forms = [form for form in agent.forms if form not in dropped and not _ends_in(form, titles)]
        if agent.forms and organisations.isdisjoint(agent.forms):
            kept.append(agent)
    for agent in kept:
        if (sector := rules["sector_of"].get(agent.forms[0])) is not None and sector != agent.sector:
            agent.sector, agent.secondary = sector, agent.sector
    count_in_stories(kept)
    kept = [agent for agent in kept if agent.seen.total() >= rules["min_count"]]
    taken = {form for agent in kept for form in agent.forms}
    added = [
        Agent(words, extra.get("sector"), extra.get("secondary"), extra["name"])
        for extra in rules["add"]
        if (words := [w for w in extra["words"] if w not in taken])
    ]
    count_in_stories(added)
    kept = sorted(kept + added, key=lambda a: (a.sector or "", -a.seen.total(), a.name))
    return kept, len(agents)


def write(agents: list[Agent], read: int, min_count: int, not_agents: list[str]) -> Path:
    source = "PLOVER_agents.txt of NGEC (Halterman), CAMEO agents dictionary, MIT licence"
    lines = [
        "# Generic actors (English): words for actors known by what they are, not by name, with their",
        "# PLOVER/CAMEO sector (and a second one, as CAMEO's CVLOPP).",
        f"# Generated by `python -m train agents` from {source}",
        "# (Copyright (c) 2014 Open Event Data Alliance; Computational Event Data System Project; NGEC,",
        f"# github.com/ahalterman/NGEC): of its {read} phrases, those seen at least {min_count} times",
        "# in lower case in NGEC's synthetic news stories, with the codes mapped to khabar's sectors, and",
        "# the agents train/agents_curation.yaml adds. Do not edit by hand: change the curation and rebuild.",
        f"source: {source!r}",
        "agents:",
    ]
    for agent in agents:
        secondary = f", secondary: {agent.secondary}" if agent.secondary else ""
        sector = f", sector: {agent.sector}" if agent.sector else ""
        words = ", ".join(quoted(w) for w in agent.forms)
        lines.append(f"  - {{name: {quoted(agent.name)}{sector}{secondary}, words: [{words}]}}")
    lines.append(f"not_agents: [{', '.join(quoted(p) for p in not_agents)}]")
    path = LANG_ROOT / "en" / "agents.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    rules = yaml.safe_load(CURATION.read_text(encoding="utf-8"))
    agents, read = curate(rules)
    print(f"en: {len(agents)} agents -> {write(agents, read, rules['min_count'], rules['not_agents'])}")
