"""How ``khabar.extract`` time grows with one article's length: ``python -m bench.scaling``.

Two kinds of text: real news joined together (the raw articles under ``../shared/eval``, generated
paragraphs when they are absent) and event-dense text, a long generated list of incidents in Hindi
and English (every line an event with actors, a place, a date and a count). Each is timed at 10k,
100k, 400k and 1M characters: the longest text whole, each shorter length as the mean over up to
ten consecutive pieces of it (cut at line breaks), so that every length reads the same mix of text.
Prints CPU and wall seconds and the ratio of CPU time to the 100k time; linear extraction gives a
ratio near the ratio of lengths. ``--budget N`` then extracts N characters of news (4M by default)
under the default per-article budget and shows what the record says was cut off.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from collections.abc import Sequence
from datetime import date

from bench.throughput import generated_articles, real_articles

LENGTHS = (10_000, 100_000, 400_000, 1_000_000)
BASE = 100_000
WARM_UP = 100_000  # characters extracted first, untimed
PIECES = 10  # a shorter length is timed on up to this many consecutive pieces of the longest text
PUBLISHED = date(2022, 1, 7)

_ACTORS = [
    "Police",
    "Protesters",
    "Soldiers",
    "Rebels",
    "Narendra Modi",
    "Joe Biden",
    "Kassym-Jomart Tokayev",
    "पुलिस",
    "सेना",
    "प्रदर्शनकारियों",
    "राहुल गांधी",
]
_PLACES = ["Delhi", "Mumbai", "Almaty", "Moscow", "Dhaka", "Kabul", "पटना", "लखनऊ", "कोलकाता", "जयपुर"]
_DAYS = ["on Monday", "on 3 March", "yesterday", "last week", "on Friday"]
_HINDI_DAYS = ["सोमवार को", "3 मार्च को", "कल", "पिछले हफ्ते", "शुक्रवार को"]
_INCIDENTS = [
    "{actor} arrested {n} students in {place} {day}.",
    "{n} people were killed when {actor} fired on a crowd in {place} {day}.",
    "{actor} attacked a police post in {place} {day}, injuring {n} officers.",
    "Thousands of workers protested in {place} {day} against {actor}.",
    "{actor} met the governor of {place} {day} and promised aid to {n} families.",
    "{place} में {hday} {actor} ने {n} लोगों को गिरफ्तार किया।",
    "{place} में {hday} हुई हिंसा में {n} लोगों की मौत हो गई।",
    "{actor} ने {hday} {place} में प्रदर्शन किया और {n} वाहनों में आग लगा दी।",
]


def incidents(length: int, seed: int = 11) -> str:
    """At least ``length`` characters of generated incident reports, one per line."""
    rng = random.Random(seed)
    lines: list[str] = []
    total = 0
    while total < length:
        line = rng.choice(_INCIDENTS).format(
            actor=rng.choice(_ACTORS),
            place=rng.choice(_PLACES),
            day=rng.choice(_DAYS),
            hday=rng.choice(_HINDI_DAYS),
            n=rng.randint(2, 900),
        )
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def real_news(length: int) -> str:
    """At least ``length`` characters of real articles joined by blank lines (cycled if need be)."""
    articles = [text for _, text, _ in real_articles()] or [text for _, text, _ in generated_articles(200)]
    random.Random(0).shuffle(articles)
    parts: list[str] = []
    total, i = 0, 0
    while total < length:
        parts.append(articles[i % len(articles)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)


def pieces(text: str, length: int, most: int = PIECES) -> list[str]:
    """Up to ``most`` consecutive pieces of ``text`` of about ``length`` characters, each cut at a line
    break (the whole of a shorter text when there is no break)."""
    out: list[str] = []
    start = 0
    while len(out) < most and start < len(text):
        end = text.rfind("\n", start, start + length + 1) if start + length < len(text) else len(text)
        end = end if end > start else min(len(text), start + length)
        out.append(text[start:end])
        start = end + 1
    return out


def timed(text: str) -> tuple[float, float]:
    """Wall and CPU seconds ``extract`` takes on ``text``."""
    from khabar import extract

    wall, cpu = time.perf_counter(), time.process_time()
    extract(text, published=PUBLISHED)
    return time.perf_counter() - wall, time.process_time() - cpu


def _time_pieces(text: str, length: int) -> tuple[int, float, float]:
    """Pieces timed, and their mean wall and CPU seconds."""
    runs = [timed(piece) for piece in pieces(text, length, max(1, min(PIECES, len(text) // length)))]
    return len(runs), sum(w for w, _ in runs) / len(runs), sum(c for _, c in runs) / len(runs)


def series(name: str, text: str, lengths: Sequence[int]) -> dict[int, float]:
    """CPU seconds per length: the mean over consecutive pieces of ``text`` of that length, each
    length in a process forked from this one (warmed up, but with no cache filled from ``text``).
    Printed with wall seconds and the ratio to the ``BASE`` length."""
    seconds: dict[int, float] = {}
    for length in lengths:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            count, wall, seconds[length] = pool.apply(_time_pieces, (text, length))
        ratio = (
            f"  {seconds[length] / seconds[BASE]:5.1f}x the {BASE // 1000}k time" if BASE in seconds else ""
        )
        print(
            f"{name:12} {length / 1000:7.0f}k chars  cpu {seconds[length]:7.2f} s  wall {wall:7.2f} s"
            f"  (mean of {count}){ratio}",
            flush=True,
        )
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lengths", type=int, nargs="+", default=list(LENGTHS), help="text lengths in characters"
    )
    parser.add_argument(
        "--budget", type=int, default=4_000_000, help="characters of the over-budget run (0: none)"
    )
    args = parser.parse_args(argv)
    longest = max(args.lengths)
    news, dense = real_news(longest + WARM_UP), incidents(longest + WARM_UP)
    timed(news[longest:])  # warm-up on text not timed: knowledge loaded, caches as in a long run
    timed(dense[longest:])
    series("real news", news[:longest], sorted(args.lengths))
    series("event-dense", dense[:longest], sorted(args.lengths))
    if args.budget:
        from khabar import extract

        text = real_news(args.budget)
        started = time.perf_counter()
        article = extract(text, published=PUBLISHED)
        took = time.perf_counter() - started
        flags = [f.message for f in article.flags if f.kind == "truncated"]
        print(f"{'over budget':12} {len(text) / 1000:7.0f}k chars  wall {took:7.2f} s  {flags}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
