"""``python -m eval <name|all> [--workers N] [--limit N]``: print the tables of one scorer, or all."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from eval import (
    disaster,
    events_attachment,
    events_case,
    events_disaster,
    events_petrarch,
    events_plover,
    events_police,
    events_seed,
    events_synthetic,
    exports,
    generic_actors,
    geo,
    ner,
    seed,
    sentences,
    stories,
    timex,
)
from eval.common import MissingData, Report

SCORERS: dict[str, Callable[[argparse.Namespace], list[Report]]] = {
    "seed": lambda args: seed.run(),
    "ner": lambda args: ner.run(workers=args.workers, limit=args.limit),
    "geo": lambda args: geo.run(workers=args.workers, limit=args.limit),
    "timex": lambda args: timex.run(workers=args.workers, limit=args.limit),
    "disaster": lambda args: disaster.run(workers=args.workers, limit=args.limit),
    "exports": lambda args: exports.run(),
    "stories": lambda args: stories.run(),
    "sentences": lambda args: sentences.run(limit=args.limit),
    "attachment": lambda args: events_attachment.run(workers=args.workers, limit=args.limit),
    "synthetic": lambda args: events_synthetic.run(workers=args.workers, limit=args.limit),
    "generic": lambda args: generic_actors.run(workers=args.workers, limit=args.limit),
    "events": lambda args: [
        *events_seed.run(),
        *(
            report
            for scorer in (events_plover, events_petrarch, events_case, events_police, events_disaster)
            for report in scorer.run(workers=args.workers, limit=args.limit)
        ),
    ],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    parser.add_argument("name", choices=[*SCORERS, "all"])
    parser.add_argument("--workers", type=int, default=2, help="processes for khabar.extract (default 2)")
    parser.add_argument(
        "--limit", type=int, default=None, help="at most N units per set and split (spread evenly)"
    )
    args = parser.parse_args(argv)
    names = list(SCORERS) if args.name == "all" else [args.name]
    for name in names:
        try:
            reports = SCORERS[name](args)
        except MissingData as missing:
            print(f"## {name}: skipped, {missing}\n")
            continue
        for report in reports:
            print(report.render(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
