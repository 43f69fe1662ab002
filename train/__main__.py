"""``python -m train frequent`` | ``python -m train ner [--language hi]``."""

from __future__ import annotations

import argparse

from train import frequent


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m train", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("frequent", help="frequent ordinary words per language")
    args = parser.parse_args()
    if args.command == "frequent":
        frequent.main()


if __name__ == "__main__":
    main()
