"""The cascading tree as its printed outputs read it (SKP-REFERENCE R-CASCADE): the order of the
rows, each row's path, and the words of the documents.

Shared by the pohon kinerja PDF (``reports.pohon_pdf``) and the Excel sheets
(``reports.cascade_xlsx``): both print the same rows in the same order. Pure functions of a
``CascadeTree``; nothing here imports reportlab, openpyxl, SQLAlchemy or Qt.

The documents are official Indonesian prints, like the Rencana SKP (``reports.rencana_pdf``): their
words stay Indonesian whatever the UI language, and numbers are written the Indonesian way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from skpdesk.domain.cascade import (
    Approach,
    CascadeChecks,
    CascadeIssue,
    CascadeNode,
    CascadeTree,
    IssueKind,
    Method,
    NodeIndicator,
    NodeKind,
    Porsi,
    split_indicator,
)
from skpdesk.formatting import format_number
from skpdesk.reports.plan_document import ASPEK_LABELS, STATUS_LABELS

PATH_SEPARATOR: Final = " › "

# The kinds of node as printed (R-CASCADE: sasaran strategis and IKU of the Renstra/PK, RHK).
KIND_LABELS: Final[dict[str, str]] = {
    "sasaran": "Sasaran Strategis",
    "iku": "IKU",
    "utama": "RHK Utama",
    "tambahan": "RHK Tambahan",
}
# R-CASCADE [V 8/2021] S1 p26, p28; SEED-BKN: the methods and approaches, as printed.
METHOD_LABELS: Final[dict[str, str]] = {
    Method.LANGSUNG.value: "Langsung",
    Method.TIDAK_LANGSUNG.value: "Tidak langsung",
}
APPROACH_LABELS: Final[dict[str, str]] = {
    Approach.ASPEK.value: "Aspek",
    Approach.WILAYAH.value: "Pembagian wilayah",
    Approach.BEBAN_TARGET.value: "Pembagian beban target",
    Approach.LAYANAN.value: "Layanan",
    Approach.OUTPUT_ANTARA.value: "Output antara",
}
# The checks (R-CASCADE; the checks panel's order): a long label for the summaries and a short
# word beside a node.
ISSUE_LABELS: Final[dict[IssueKind, str]] = {
    IssueKind.CYCLE: "Intervensi melingkar",
    IssueKind.NOT_ATASAN: "Mengintervensi RHK yang bukan milik atasan",
    IssueKind.ORPHAN: "RHK utama tanpa RHK yang diintervensi",
    IssueKind.PORSI: "Pembagian target tidak sesuai",
    IssueKind.UNCOVERED: "RHK atasan tanpa kontribusi bawahan",
    IssueKind.MISSING_PLAN: "Pegawai belum memiliki SKP",
}
ISSUE_WORDS: Final[dict[IssueKind, str]] = {
    IssueKind.CYCLE: "Melingkar",
    IssueKind.NOT_ATASAN: "Bukan RHK atasan",
    IssueKind.ORPHAN: "Tanpa intervensi",
    IssueKind.PORSI: "Porsi",
    IssueKind.UNCOVERED: "Belum diturunkan",
    IssueKind.MISSING_PLAN: "Belum ada SKP",
}
PORSI_WORDS: Final[dict[Porsi, str]] = {
    Porsi.COMPLETE: "Porsi lengkap",
    Porsi.UNDER: "Porsi kurang",
    Porsi.OVER: "Porsi lebih",
    Porsi.DIFFERENT_UNIT: "Satuan target berbeda",
}

_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


class Section(StrEnum):
    """The parts of the printed tree, in order."""

    TREE = "tree"  # the goals (and RHK of other units intervened here), from the roots down
    ORPHAN = "orphan"  # RHK utama of the unit that intervene nothing, with what hangs below them
    TAMBAHAN = "tambahan"  # RHK tambahan, listed apart at the end
    CYCLE = "cycle"  # RHK on (or under) a cycle of links: reached from no root


SECTION_TITLES: Final[dict[Section, str]] = {
    Section.TREE: "POHON KINERJA",
    Section.ORPHAN: "RHK UTAMA TANPA INTERVENSI (BELUM TERHUBUNG KE SASARAN ATAU RHK ATASAN)",
    Section.TAMBAHAN: "RHK TAMBAHAN",
    Section.CYCLE: "RHK DALAM INTERVENSI MELINGKAR",
}


@dataclass(frozen=True)
class Row:
    """One node as printed: its section, depth below its printed root, the node above it in the
    print (None for a printed root) and the ids from the printed root down to itself."""

    section: Section
    depth: int
    node: CascadeNode
    parent_id: str | None
    path: tuple[str, ...]


def rows(tree: CascadeTree) -> list[Row]:
    """Every node of ``tree`` exactly once, in display order: the tree from its goals and from the
    RHK of other units shown for context; then the unit's RHK utama that intervene nothing, each
    with what hangs below it (as ``CascadeTree.kids`` orders them); each RHK tambahan taken out of
    those to the end (with what hangs below it); then the nodes no root reaches (a cycle)."""
    out: list[Row] = []
    seen: set[str] = set()
    tambahan: list[str] = []

    def walk(section: Section, root: str) -> None:
        apart = section in {Section.TREE, Section.ORPHAN}
        stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
        while stack:
            node_id, above = stack.pop()
            if node_id in seen:
                continue
            seen.add(node_id)
            node = tree.nodes[node_id]
            path = (*above, node_id)
            out.append(Row(section, len(above), node, above[-1] if above else None, path))
            kids = [k for k in tree.kids(node_id) if k not in seen]
            if apart:
                tambahan.extend(k for k in kids if _is_tambahan(tree.nodes[k]))
                kids = [k for k in kids if not _is_tambahan(tree.nodes[k])]
            stack.extend((k, path) for k in reversed(kids))

    roots = tree.kids(None)
    tambahan += [r for r in roots if _is_tambahan(tree.nodes[r])]
    for root in roots:
        node = tree.nodes[root]
        if not node.is_result or node.external:
            walk(Section.TREE, root)
    for root in roots:
        node = tree.nodes[root]
        if node.is_result and not node.external and not _is_tambahan(node):
            walk(Section.ORPHAN, root)
    for node_id in sorted(tambahan, key=lambda i: _tambahan_order(tree.nodes[i])):
        walk(Section.TAMBAHAN, node_id)
    for node_id in sorted(set(tree.nodes) - seen, key=lambda i: _tambahan_order(tree.nodes[i])):
        walk(Section.CYCLE, node_id)
    return out


def _is_tambahan(node: CascadeNode) -> bool:
    return node.is_result and not node.is_utama


def _tambahan_order(node: CascadeNode) -> tuple[int, str, int, str]:
    return (node.level, node.owner_name, node.sort_order, node.id)


def kind_label(node: CascadeNode) -> str:
    if node.kind is NodeKind.RESULT:
        return KIND_LABELS["utama" if node.is_utama else "tambahan"]
    return KIND_LABELS[node.kind.value]


def number_text(value: str) -> str:
    """A stored number (a plain decimal with a dot) the Indonesian way: "1.500", "97,5"; any other
    text as it is."""
    value = value.strip()
    return format_number(value, None, "id") if _PLAIN_NUMBER.match(value) else value


def target_text(value: str, unit: str = "") -> str:
    """ "1.500 sertifikat", "80%": a target as printed."""
    shown = number_text(value)
    unit = unit.strip()
    if not unit:
        return shown
    if not shown:
        return unit
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def main_indicator(node: CascadeNode) -> NodeIndicator | None:
    """The IKI a box shows: the one a direct split divides (a kuantitas one with a number), else
    the first."""
    return split_indicator(node) or (node.indicators[0] if node.indicators else None)


def indicator_text(indicator: NodeIndicator) -> str:
    aspek = ASPEK_LABELS.get(indicator.aspek, indicator.aspek.capitalize())
    return f"{aspek}: {indicator.text}" if aspek else indicator.text


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.capitalize())


def issue_word(issue: CascadeIssue) -> str:
    """The short word beside a node: "Tanpa intervensi", "Porsi kurang (80 dari 100 dokumen)"."""
    if issue.kind is IssueKind.PORSI and issue.porsi is not None:
        word = PORSI_WORDS[issue.porsi]
        if issue.porsi is Porsi.DIFFERENT_UNIT:
            return word
        return f"{word} ({number_text(issue.total)} dari {target_text(issue.target, issue.unit)})"
    return ISSUE_WORDS[issue.kind]


def issue_words(issues: Iterable[CascadeIssue]) -> list[str]:
    return [issue_word(i) for i in issues]


def tree_path(tree: CascadeTree, node_id: str) -> tuple[str, ...]:
    """The ids from the node's root in the tree down to the node itself (an RHK tambahan printed
    apart keeps the path of what it intervenes; a cycle's chain stops before it repeats)."""
    return (*reversed(tree.ancestors(node_id)), node_id)


def path_text(tree: CascadeTree, path: Sequence[str]) -> str:
    """ "Sasaran › RHK kepala › RHK kabid": the texts of a path."""
    return PATH_SEPARATOR.join(" ".join(tree.nodes[i].text.split()) for i in path)


@dataclass(frozen=True)
class Totals:
    """What the summaries count."""

    sasaran: int
    iku: int
    utama: int
    tambahan: int
    external: int  # RHK of other units shown for context
    people: int


def totals(tree: CascadeTree) -> Totals:
    own = [n for n in tree.nodes.values() if not n.external]
    return Totals(
        sasaran=sum(1 for n in own if n.kind is NodeKind.SASARAN),
        iku=sum(1 for n in own if n.kind is NodeKind.IKU),
        utama=sum(1 for n in own if n.is_utama),
        tambahan=sum(1 for n in own if n.is_result and not n.is_utama),
        external=sum(1 for n in tree.nodes.values() if n.external and n.is_result),
        people=len({n.owner_id for n in own if n.is_result and n.owner_id}),
    )


def checks_of(tree: CascadeTree, checks: CascadeChecks | None) -> CascadeChecks:
    """The checks to print: those given (they must be of this tree), else computed."""
    return checks if checks is not None else CascadeChecks(tree)
