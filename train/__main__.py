"""``python -m train frequent`` | ``python -m train agents`` | ``python -m train ner [--language hi]``."""

from __future__ import annotations

import argparse

from train import agents, frequent


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m train", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("frequent", help="frequent ordinary words per language")
    commands.add_parser("agents", help="English generic actors from the PLOVER agents dictionary")
    args = parser.parse_args()
    if args.command == "frequent":
        frequent.main()
    elif args.command == "agents":
        agents.main()


if __name__ == "__main__":
    main()
