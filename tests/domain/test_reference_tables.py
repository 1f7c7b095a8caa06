"""The Python tables equal the shared reference data, row by row (SKP-REFERENCE data files).

The domain never reads these files (no I/O in domain/); this test keeps the literals honest.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from skpdesk.domain.berakhlak import BERAKHLAK
from skpdesk.domain.jabatan import JENJANG_JF, parse_jenjang
from skpdesk.domain.jabatan import label as jenjang_label
from skpdesk.domain.pangkat import GOLONGAN
from skpdesk.domain.predikat import PREDIKAT_MATRIX, Predikat, Rating

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "reference"


def _path(name: str) -> Path:
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"reference file not found: {path}")
    return path


def _csv(name: str) -> list[dict[str, str]]:
    with _path(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _json(name: str) -> Any:
    return json.loads(_path(name).read_text(encoding="utf-8"))


def test_pangkat_golongan() -> None:
    rows = _csv("pangkat_golongan.csv")
    assert len(rows) == len(GOLONGAN)
    for row, g in zip(rows, GOLONGAN, strict=True):
        assert (g.code, g.pangkat, g.rank) == (row["golongan"], row["pangkat"], int(row["urutan"]))


def test_jenjang_jf_angka_kredit() -> None:
    rows = _csv("jenjang_jf_angka_kredit.csv")
    assert len(rows) == len(JENJANG_JF)
    for row, jf in zip(rows, JENJANG_JF, strict=True):
        assert jf.kategori.value == row["kategori"]
        assert jenjang_label(jf.jenjang) == row["jenjang"]
        assert parse_jenjang(row["jenjang"]) is jf.jenjang
        assert (jf.golongan_awal, jf.golongan_akhir) == (row["golongan_awal"], row["golongan_akhir"])
        assert jf.koefisien_tahunan == Decimal(row["koefisien_tahunan"])
        assert jf.ak_kenaikan_pangkat == Decimal(row["ak_kenaikan_pangkat"])
        expected_jenjang = Decimal(row["ak_kenaikan_jenjang"]) if row["ak_kenaikan_jenjang"] else None
        assert jf.ak_kenaikan_jenjang == expected_jenjang
        assert jf.status == row["status"].split()[0]  # "P (koefisien one source)" -> "P"


def test_berakhlak() -> None:
    values = _json("berakhlak.json")["values"]
    assert len(values) == len(BERAKHLAK)
    for number, (row, info) in enumerate(zip(values, BERAKHLAK, strict=True), start=1):
        assert info.number == number
        assert info.name == row["value"]
        assert info.definisi == row["definisi"]
        assert list(info.panduan) == row["panduan"]


def test_predikat_matrix() -> None:
    rows = _csv("predikat_matrix.csv")
    expected = [
        (Rating[r["rating_hasil_kerja"]], Rating[r["rating_perilaku"]], Predikat[r["predikat"]]) for r in rows
    ]
    actual = [(hasil, perilaku, p) for (hasil, perilaku), p in PREDIKAT_MATRIX.items()]
    assert actual == expected  # same cells, same order
