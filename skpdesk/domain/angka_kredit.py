"""Angka kredit of a jabatan fungsional from the predikat kinerja (SKP-REFERENCE R-AK, R-PERIODIC).

``AK = (bulan / 12) × persen(predikat) × koefisien_tahunan(jenjang)`` [V] S10, S13.

Values are exact: a ``Fraction`` (2 months of Baik for Ahli Pertama is 25/12, which no decimal
writes exactly); ``.value`` gives it as a ``Decimal`` (28 significant digits) and ``.display`` rounds
half up to 2 decimals the way BKN shows it (2.08). SKP-REFERENCE R-AK note 5 [P]: BKN shows 2
decimals, some apps keep 3 (9.375) — store exact, round only for display. Sums (the periods of a
year, the AK collected in a jenjang) add the exact values, never the rounded ones.

The jenjang table is ``skpdesk.domain.jabatan.JENJANG_JF`` (kategori, pangkat range, koefisien,
AK kumulatif for kenaikan pangkat and jenjang, None where the reference has "—").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import Final

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.jabatan import JENJANG_JF, Jenjang, JenjangJF, jenjang_jf, parse_jenjang
from skpdesk.domain.predikat import Predikat, parse_predikat

# SKP-REFERENCE R-AK [V] S10, S13, S14: persen of the annual koefisien per predikat.
PERSEN: Final[Mapping[Predikat, Decimal]] = {
    Predikat.SANGAT_BAIK: Decimal(150),
    Predikat.BAIK: Decimal(100),
    Predikat.BUTUH_PERBAIKAN: Decimal(75),
    Predikat.KURANG_MISCONDUCT: Decimal(50),
    Predikat.SANGAT_KURANG: Decimal(25),
}
# SKP-REFERENCE R-AK [V] S10: the koefisien is per year; a period counts its months.
BULAN_SETAHUN: Final = 12
# SKP-REFERENCE R-AK note 5 [P]: BKN shows 2 decimals (2.08).
DISPLAY_DECIMALS: Final = 2

AkAmount = Fraction | Decimal | int


def to_decimal(value: AkAmount) -> Decimal:
    """A Decimal of the value: exact when it has a finite decimal form, else 28 significant digits."""
    if isinstance(value, Decimal):
        return value
    value = Fraction(value)
    with localcontext() as ctx:
        ctx.prec = 28
        return Decimal(value.numerator) / Decimal(value.denominator)


def for_display(value: AkAmount, decimals: int = DISPLAY_DECIMALS) -> Decimal:
    """Rounded half up from the exact value: 25/12 → 2.08, 9.375 → 9.38 (R-AK note 5)."""
    exact = Fraction(value)
    scale = 10**decimals
    scaled = exact * scale
    whole = math.floor(abs(scaled) + Fraction(1, 2))
    signed = whole if scaled >= 0 else -whole
    return (Decimal(signed) / Decimal(scale)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


# --- reading the inputs --------------------------------------------------------------------------


def parse_jenjang_jf(value: Jenjang | str) -> JenjangJF:
    """The R-AK row of a JF jenjang ("Ahli Pertama", "ahli-pertama", "AHLI_PERTAMA", Jenjang).

    An unknown jenjang, or one without angka kredit (JPT, JA), raises
    ``SkpError(Code.AK_JENJANG)``.
    """
    if isinstance(value, Jenjang):
        jenjang = value
    else:
        try:
            jenjang = parse_jenjang(str(value))
        except SkpError:
            raise SkpError(Code.AK_JENJANG, value=str(value)) from None
    row = jenjang_jf(jenjang)
    if row is None:
        raise SkpError(Code.AK_JENJANG, value=str(value))
    return row


def parse_predikat_ak(value: Predikat | str) -> Predikat:
    """A predikat kinerja pegawai ("Baik", "sangat-baik", "Cukup"); ``SkpError(Code.CALC_PREDIKAT)``."""
    if isinstance(value, Predikat):
        return value
    try:
        return parse_predikat(str(value))
    except SkpError:
        raise SkpError(Code.CALC_PREDIKAT, value=str(value)) from None


def parse_bulan(value: int | str) -> int:
    """Months a predikat covers: a whole number 1..12 (an int or its digits); ``Code.AK_MONTHS``."""
    if isinstance(value, bool):
        raise SkpError(Code.AK_MONTHS, value=str(value))
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        months = int(value)
    elif isinstance(value, int):
        months = value
    else:
        raise SkpError(Code.AK_MONTHS, value=str(value))
    if not 1 <= months <= BULAN_SETAHUN:
        raise SkpError(Code.AK_MONTHS, value=str(value))
    return months


def parse_ak(value: AkAmount | str) -> Fraction:
    """An amount of angka kredit ≥ 0 ("37.5", "37,5", Decimal, int); ``SkpError(Code.AK_VALUE)``."""
    if isinstance(value, bool):
        raise SkpError(Code.AK_VALUE, value=str(value))
    if isinstance(value, Fraction | int):
        amount = Fraction(value)
    else:
        text = str(value).strip().replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            raise SkpError(Code.AK_VALUE, value=str(value))
        try:
            amount = Fraction(Decimal(text))
        except (InvalidOperation, ValueError):  # pragma: no cover - the pattern above rules it out
            raise SkpError(Code.AK_VALUE, value=str(value)) from None
    if amount < 0:
        raise SkpError(Code.AK_VALUE, value=str(value))
    return amount


# --- the formula ---------------------------------------------------------------------------------


def persen(predikat: Predikat | str) -> Decimal:
    """150, 100, 75, 50 or 25 (R-AK)."""
    return PERSEN[parse_predikat_ak(predikat)]


def koefisien(jenjang: Jenjang | str) -> Decimal:
    """Koefisien tahunan of a JF jenjang (R-AK), e.g. 12.5 for Ahli Pertama."""
    return parse_jenjang_jf(jenjang).koefisien_tahunan


@dataclass(frozen=True)
class AngkaKredit:
    """The AK of one predikat over some months in one jenjang."""

    jenjang: JenjangJF
    predikat: Predikat
    bulan: int
    persen: Decimal
    """As in the table: 150 for Sangat Baik."""
    exact: Fraction

    @property
    def koefisien(self) -> Decimal:
        return self.jenjang.koefisien_tahunan

    @property
    def value(self) -> Decimal:
        return to_decimal(self.exact)

    @property
    def display(self) -> Decimal:
        return for_display(self.exact)


def calculate(
    jenjang: Jenjang | str, predikat: Predikat | str, bulan: int | str = BULAN_SETAHUN
) -> AngkaKredit:
    """AK = (bulan/12) × persen(predikat) × koefisien(jenjang) (SKP-REFERENCE R-AK [V] S10, S13).

    Ahli Pertama, Sangat Baik, 12 months → 18.75; Ahli Pertama, Baik, 2 months → 25/12 (2.08).
    Raises ``SkpError`` AK_JENJANG, CALC_PREDIKAT or AK_MONTHS for bad input.
    """
    row = parse_jenjang_jf(jenjang)
    p = parse_predikat_ak(predikat)
    months = parse_bulan(bulan)
    pct = PERSEN[p]
    exact = Fraction(months, BULAN_SETAHUN) * Fraction(pct) / 100 * Fraction(row.koefisien_tahunan)
    return AngkaKredit(row, p, months, pct, exact)


def angka_kredit(
    jenjang: Jenjang | str, predikat: Predikat | str, bulan: int | str = BULAN_SETAHUN
) -> Decimal:
    """``calculate(...).value``: the AK as a Decimal (exact when it has a finite decimal form)."""
    return calculate(jenjang, predikat, bulan).value


@dataclass(frozen=True)
class AkPeriods:
    """The AK of several periods of one year in one jenjang: the year is their sum (R-AK note 8)."""

    jenjang: JenjangJF
    periods: tuple[AngkaKredit, ...]
    bulan: int
    """Months covered by the periods together (at most 12)."""
    exact: Fraction

    @property
    def value(self) -> Decimal:
        return to_decimal(self.exact)

    @property
    def display(self) -> Decimal:
        return for_display(self.exact)


def sum_periods(jenjang: Jenjang | str, periods: Iterable[tuple[int | str, Predikat | str]]) -> AkPeriods:
    """AK of a year from its evaluated periods, each ``(bulan, predikat)`` counting its months.

    SKP-REFERENCE R-PERIODIC, R-AK note 8 [V] S10: each period converts on its own with months as
    weight; the periodic predikat are never averaged. More than 12 months in total raises
    ``SkpError(Code.AK_MONTHS_TOTAL)``.
    """
    row = parse_jenjang_jf(jenjang)
    items = tuple(calculate(row.jenjang, predikat, bulan) for bulan, predikat in periods)
    months = sum(item.bulan for item in items)
    if months > BULAN_SETAHUN:
        raise SkpError(Code.AK_MONTHS_TOTAL, total=months)
    return AkPeriods(row, items, months, sum((item.exact for item in items), Fraction(0)))


@dataclass(frozen=True)
class AkProgress:
    """AK collected in a jenjang against what kenaikan pangkat and kenaikan jenjang need (R-AK)."""

    jenjang: JenjangJF
    total: Fraction
    kebutuhan_pangkat: Decimal
    kurang_pangkat: Fraction
    """Still needed for kenaikan pangkat (0 when reached)."""
    pangkat_reached: bool
    kebutuhan_jenjang: Decimal | None
    """None at the top jenjang of the kategori (the reference's "—")."""
    kurang_jenjang: Fraction | None
    jenjang_reached: bool | None


def progress(
    jenjang: Jenjang | str,
    amounts: Iterable[AngkaKredit | AkPeriods | AkAmount | str],
    *,
    kebutuhan_jenjang: Decimal | None = None,
) -> AkProgress:
    """Cumulative AK in a jenjang and what is still needed for the next pangkat / jenjang.

    SKP-REFERENCE R-AK note 6 [P] S11: AK accumulates within the jenjang; a jenjang promotion
    starts a new count, so pass only the amounts earned in this jenjang. ``kebutuhan_jenjang``
    overrides the table's figure where the instansi applies a proportional requirement
    (note 2, [P]/[L]). Amounts may be results, exact values or typed text ("37,5").
    """
    row = parse_jenjang_jf(jenjang)
    total = Fraction(0)
    for amount in amounts:
        total += amount.exact if isinstance(amount, AngkaKredit | AkPeriods) else parse_ak(amount)
    need_jenjang = row.ak_kenaikan_jenjang if kebutuhan_jenjang is None else kebutuhan_jenjang
    kurang_pangkat = max(Fraction(0), Fraction(row.ak_kenaikan_pangkat) - total)
    kurang_jenjang = None if need_jenjang is None else max(Fraction(0), Fraction(need_jenjang) - total)
    return AkProgress(
        jenjang=row,
        total=total,
        kebutuhan_pangkat=row.ak_kenaikan_pangkat,
        kurang_pangkat=kurang_pangkat,
        pangkat_reached=kurang_pangkat == 0,
        kebutuhan_jenjang=need_jenjang,
        kurang_jenjang=kurang_jenjang,
        jenjang_reached=None if kurang_jenjang is None else kurang_jenjang == 0,
    )


def jenjang_table() -> tuple[JenjangJF, ...]:
    """The R-AK jenjang rows in the reference's order (keahlian, then keterampilan)."""
    return JENJANG_JF
