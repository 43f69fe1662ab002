"""CAMEO actor codes read as a country and a sector.

CAMEO actor codes are runs of 3-letter parts, read as follows:

* the first part is the country when it is an ISO 3166-1 (or, for former states,
  ISO 3166-3) alpha-3 code, after ``CAMEO_COUNTRY_ALIASES`` (old CAMEO spellings such
  as ``TMP`` for Timor-Leste); regional and international parts (``IGO``, ``NGO``,
  ``MNC``, ``AFR``, ``MEA`` ...) give no country;
* the sector is the first part that ``CAMEO_SECTORS`` knows: most CAMEO role codes
  (GOV, MIL, COP, JUD, LEG, OPP, REB, PTY, ...) are kept as they are, a few are
  renamed (``CIV`` -> CVL, ``MNC`` -> BUS, ``IMG`` -> REB, ``NGM`` -> NGO) and the
  religion codes (``CHR``, ``MOS``, ``HIN`` ...) become REL;
* ``---`` (PETRARCH's "recognised, not coded") gives neither.
"""

from __future__ import annotations

from functools import cache

from khabar.knowledge.actors import SECTORS

_RELIGION_CODES = (
    "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "ITR", "JAN", "JEW", "MOS", "SHI", "SIK", "SUN", "TAO", "ZRO",
)  # fmt: skip
CAMEO_SECTORS: dict[str, str] = {
    **{code: code for code in SECTORS},
    "CIV": "CVL",
    "MNC": "BUS",
    "IMG": "REB",
    "NGM": "NGO",
    **dict.fromkeys(_RELIGION_CODES, "REL"),
}
CAMEO_COUNTRY_ALIASES: dict[str, str] = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "USR": "SUN"}
_NO_COUNTRY = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "---"})


@cache
def _country_codes() -> frozenset[str]:
    import pycountry  # only needed for CAMEO codes; loaded on first use

    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    return frozenset(codes | set(CAMEO_COUNTRY_ALIASES.values()))


def cameo_country_sector(code: str) -> tuple[str | None, str | None]:
    """``(ISO3 country, sector)`` of a CAMEO actor code, e.g. ``USAGOV`` -> ``(USA, GOV)``."""
    parts = [code[i : i + 3].upper() for i in range(0, len(code) - 2, 3)]
    if not parts:
        return None, None
    first = CAMEO_COUNTRY_ALIASES.get(parts[0], parts[0])
    country = first if first not in _NO_COUNTRY and first in _country_codes() else None
    rest = parts[1:] if country else parts
    sector = next((CAMEO_SECTORS[p] for p in rest if p in CAMEO_SECTORS), None)
    return country, sector
