"""Pangkat and golongan ruang of PNS; golongan of PPPK.

SKP-REFERENCE R-PANGKAT.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from skpdesk.domain.errors import Code, SkpError


@dataclass(frozen=True)
class Golongan:
    """A golongan ruang ("III/a") with its pangkat name and its rank (1 = I/a ... 17 = IV/e)."""

    code: str
    pangkat: str
    rank: int


# SKP-REFERENCE R-PANGKAT [V] S29 (read down the first pair of columns, then the second).
GOLONGAN: Final[tuple[Golongan, ...]] = (
    Golongan("I/a", "Juru Muda", 1),
    Golongan("I/b", "Juru Muda Tingkat I", 2),
    Golongan("I/c", "Juru", 3),
    Golongan("I/d", "Juru Tingkat I", 4),
    Golongan("II/a", "Pengatur Muda", 5),
    Golongan("II/b", "Pengatur Muda Tingkat I", 6),
    Golongan("II/c", "Pengatur", 7),
    Golongan("II/d", "Pengatur Tingkat I", 8),
    Golongan("III/a", "Penata Muda", 9),
    Golongan("III/b", "Penata Muda Tingkat I", 10),
    Golongan("III/c", "Penata", 11),
    Golongan("III/d", "Penata Tingkat I", 12),
    Golongan("IV/a", "Pembina", 13),
    Golongan("IV/b", "Pembina Tingkat I", 14),
    Golongan("IV/c", "Pembina Utama Muda", 15),
    Golongan("IV/d", "Pembina Utama Madya", 16),
    Golongan("IV/e", "Pembina Utama", 17),
)

GOLONGAN_BY_CODE: Final[Mapping[str, Golongan]] = {g.code: g for g in GOLONGAN}

# SKP-REFERENCE R-PANGKAT [U]: PPPK golongan are Roman numerals I-XVII without pangkat names.
# The list is not confirmed in the sources; kept as one constant so it can be changed in one place.
PPPK_GOLONGAN: Final[tuple[str, ...]] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
)

_ROMAN_GROUP: Final[Mapping[str, str]] = {
    "i": "I",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
    "1": "I",
    "2": "II",
    "3": "III",
    "4": "IV",
}
_PREFIX: Final = r"(?:gol(?:ongan)?\.?\s*(?:ruang\s*)?)?"
_CODE_RE: Final = re.compile(
    rf"^{_PREFIX}(?P<group>iv|i{{1,3}}|[1-4])\s*[/\-.\s]?\s*(?P<ruang>[a-e])$",
    re.IGNORECASE,
)
# Forms with both a pangkat name and a code; the code then needs its "/" ("III/b").
_EMBEDDED_CODE: Final = r"(?P<code>\b(?:iv|i{1,3})\s*/\s*[a-e])"
_COMBINED_RES: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"^(?P<name>.+?)\s*\((?P<code>[^()]+)\)$", re.IGNORECASE),
    re.compile(rf"^{_EMBEDDED_CODE}\s*[-–,;:]?\s*(?P<name>.+)$", re.IGNORECASE),
    re.compile(rf"^(?P<name>.+?)\s*[-–,;:]?\s*{_EMBEDDED_CODE}$", re.IGNORECASE),
)
_TINGKAT_RE: Final = re.compile(r"\b(?:tingkat|tkt|tk)\s*(?:i|1)\b")
_PPPK_RE: Final = re.compile(r"^(?:gol(?:ongan)?\.?\s*)?(?P<value>[ivx]+|[0-9]{1,2})$", re.IGNORECASE)


def _name_key(text: str) -> str:
    """ "Penata Muda Tk. I" / "penata muda tk.i" / "Penata Muda Tingkat I" -> one key."""
    s = re.sub(r"[.,]", " ", text.casefold())
    s = _TINGKAT_RE.sub("tingkat i", s)
    return " ".join(s.split())


_BY_NAME_KEY: Final[Mapping[str, Golongan]] = {_name_key(g.pangkat): g for g in GOLONGAN}


def _from_code(text: str) -> Golongan | None:
    match = _CODE_RE.match(text.strip())
    if match is None:
        return None
    code = f"{_ROMAN_GROUP[match['group'].lower()]}/{match['ruang'].lower()}"
    return GOLONGAN_BY_CODE.get(code)


def _from_name(text: str) -> Golongan | None:
    return _BY_NAME_KEY.get(_name_key(text))


def parse_golongan(text: str) -> Golongan:
    """Read a golongan ruang written as a code, a pangkat name, or both.

    Accepted: "III/a", "III/A", "III a", "IIIa", "III-a", "3a", "3/a", "Gol. III/a";
    "Penata Muda Tingkat I", "Penata Muda Tk. I", "penata muda tk.i";
    "Penata Muda Tk. I (III/b)", "III/b - Penata Muda Tingkat I". A name and a code that disagree
    are refused.
    """
    found = _from_code(text) or _from_name(text)
    if found is not None:
        return found
    stripped = " ".join(text.split())
    for pattern in _COMBINED_RES:
        match = pattern.match(stripped)
        if match is None:
            continue
        by_code = _from_code(match["code"])
        by_name = _from_name(match["name"])
        if by_code is not None and by_name is not None:
            if by_code != by_name:
                raise SkpError(Code.UNKNOWN_GOLONGAN, value=text, reason="name-code-mismatch")
            return by_code
    raise SkpError(Code.UNKNOWN_GOLONGAN, value=text)


def golongan_between(code: str, low: str, high: str) -> bool:
    """True when golongan ``code`` lies within ``low``..``high`` (inclusive, by rank)."""
    rank = parse_golongan(code).rank
    return parse_golongan(low).rank <= rank <= parse_golongan(high).rank


def parse_pppk_golongan(text: str) -> str:
    """Read a PPPK golongan ("IX", "ix", "9", "Gol. IX") as its Roman numeral."""
    match = _PPPK_RE.match(text.strip())
    if match is not None:
        value = match["value"].upper()
        if value.isdigit():
            number = int(value)
            if 1 <= number <= len(PPPK_GOLONGAN):
                return PPPK_GOLONGAN[number - 1]
        elif value in PPPK_GOLONGAN:
            return value
    raise SkpError(Code.UNKNOWN_GOLONGAN, value=text, system="pppk", allowed=PPPK_GOLONGAN)
