"""The phrasing coach (SKP-REFERENCE R-PHRASING) against the labelled sentences in
``tests/data/rhk_sentences.csv``: precision and recall of "not a result" (aktivitas + kategori),
and the median time to check one sentence.

Baselines: precision and recall against the target value 0.9 (ratio = value / 0.9); the speed
against a trivial ``str.split()`` + ``lower()`` over the same sentences, measured in the same run.
"""

from __future__ import annotations

import csv
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.figure import Figure

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "rhk_sentences.csv"
TARGET = 0.9
MEDIAN_MS_TARGET = 2.0
ROUNDS = 5


def load(path: Path = DATA) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["sentence"], row["label"]) for row in csv.DictReader(handle)]


def confusion(rows: list[tuple[str, str]]) -> tuple[int, int, int, int]:
    """(true positives, false positives, false negatives, true negatives) for "not a result"."""
    from skpdesk.domain.phrasing import is_result

    tp = fp = fn = tn = 0
    for sentence, label in rows:
        predicted = not is_result(sentence)
        actual = label != "hasil"
        if predicted and actual:
            tp += 1
        elif predicted:
            fp += 1
        elif actual:
            fn += 1
        else:
            tn += 1
    return tp, fp, fn, tn


def _median_ms(work: Callable[[str], object], sentences: list[str]) -> float:
    times = []
    for _ in range(ROUNDS):
        for sentence in sentences:
            started = time.perf_counter()
            work(sentence)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _trivial(sentence: str) -> list[str]:
    return sentence.lower().split()


def figures(kabupaten: Path, provinsi: Path) -> list[Figure]:
    """The workspaces are not needed: the coach is a pure function of the sentence."""
    from skpdesk.domain.phrasing import check_result_text

    rows = load()
    tp, fp, fn, tn = confusion(rows)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    counts = f"{len(rows)} sentences; TP {tp}, FP {fp}, FN {fn}, TN {tn} (positive = aktivitas or kategori)"
    sentences = [s for s, _label in rows]
    for sentence in sentences[:50]:  # warm the regex caches and the interpreter
        check_result_text(sentence)
    ours = _median_ms(check_result_text, sentences)
    trivial = _median_ms(_trivial, sentences)
    return [
        Figure(
            "phrasing coach precision (not a result)",
            round(precision, 3),
            "fraction",
            TARGET,
            "target",
            round(precision / TARGET, 3),
            ">= 0.9",
            precision >= TARGET,
            counts,
        ),
        Figure(
            "phrasing coach recall (not a result)",
            round(recall, 3),
            "fraction",
            TARGET,
            "target",
            round(recall / TARGET, 3),
            ">= 0.9",
            recall >= TARGET,
            counts,
        ),
        Figure(
            "phrasing coach median time per sentence",
            round(ours, 4),
            "ms",
            round(trivial, 5),
            "ms (str.lower().split() on the same sentences)",
            round(ours / trivial, 1) if trivial else 0.0,
            "value <= 2 ms",
            ours <= MEDIAN_MS_TARGET,
            f"check_result_text over {len(sentences)} sentences x {ROUNDS} rounds",
        ),
    ]
