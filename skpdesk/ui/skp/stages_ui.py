"""The editors of the wizard's stages (R-STAGES): one widget per stage kind, built on the plan's
snapshot and bound to the services through the ``AutoSaver`` (every field saved as typed)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain import berakhlak, phrasing
from skpdesk.domain.plan import IndicatorSnapshot, PlanKind, PlanSnapshot, ResultSnapshot
from skpdesk.domain.stages import StageKind
from skpdesk.ui.skp.autosave import AutoSaver

if TYPE_CHECKING:
    from skpdesk.services.drafting import DraftingService, ParentOptions


translate = QCoreApplication.translate


ASPEK_LABELS = {
    "kuantitas": "Kuantitas",
    "kualitas": "Kualitas",
    "waktu": "Waktu",
    "biaya": "Biaya",
}
PERSPEKTIF_LABELS = {  # R-PERSPEKTIF, the form's words
    "penerima-layanan": "Penerima Layanan",
    "proses-bisnis": "Proses Bisnis",
    "penguatan-internal": "Penguatan Internal",
    "anggaran": "Anggaran",
}
ANNEX_LABELS = {
    "sumber-daya": "Dukungan sumber daya",
    "skema-pertanggungjawaban": "Skema pertanggungjawaban",
    "konsekuensi": "Konsekuensi",
}


def source_labels() -> dict[str, str]:
    return {
        "": translate("Wizard", "(not stated)"),
        "pk": translate("Wizard", "Perjanjian Kinerja (PK)"),
        "direktif": translate("Wizard", "Directive / assignment of the leader"),
        "inisiatif": translate("Wizard", "Own initiative"),
        "mph": translate("Wizard", "Matriks Pembagian Peran dan Hasil"),
        "pengembangan-diri": translate("Wizard", "Self-development commitment"),
        "kemasyarakatan": translate("Wizard", "Community involvement"),
    }


def compact(combo: QComboBox) -> QComboBox:
    """Long choices (the atasan's RHK) must not widen the form past the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet("color:#b3261e;")
    label.setVisible(False)
    return label


def text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(22 * lines + 12)
    return edit


class Context:
    """What every stage editor needs: the plan, the service, the saver, who may do what."""

    def __init__(
        self,
        service: DraftingService,
        saver: AutoSaver,
        snap: PlanSnapshot,
        *,
        editable: bool,
        may_set_ekspektasi: bool,
        parents: ParentOptions | None,
        notes: dict[tuple[str | None, str | None, str], list[str]],
    ) -> None:
        self.service = service
        self.saver = saver
        self.snap = snap
        self.editable = editable
        self.may_set_ekspektasi = may_set_ekspektasi
        self.parents = parents
        self.notes = notes  # (result id, indicator id, field) → open return notes

    def note_label(self, result_id: str | None, indicator_id: str | None, field: str) -> QLabel | None:
        texts = self.notes.get((result_id, indicator_id, field)) or []
        if not field:
            texts = texts + (self.notes.get((result_id, indicator_id, "")) or [])
        if not texts:
            return None
        label = QLabel(
            "<b>"
            + html.escape(translate("Wizard", "Reviewer's note:"))
            + "</b> "
            + html.escape(" · ".join(texts))
        )
        label.setWordWrap(True)
        label.setObjectName("returnNote")
        label.setStyleSheet("background:#fff4d6; border:1px solid #e0b64c; padding:4px;")
        return label


class StageEditor(QWidget):
    """Base: ``structure()`` says when the widget must be rebuilt (results / IKI added or
    removed); otherwise ``update_values`` refreshes the shown values in place."""

    select_result = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    @staticmethod
    def structure(snap: PlanSnapshot) -> tuple[Any, ...]:
        return tuple((r.id, r.jenis, tuple(i.id for i in r.indicators)) for r in snap.results)

    def update_values(self, snap: PlanSnapshot) -> None:
        self.ctx.snap = snap
        for r in snap.results:
            for name in ("text", "parent", "source", "perspektif", "ukuran_keberhasilan", "target_basis"):
                value = {
                    "text": r.text,
                    "parent": _parent_key(r),
                    "source": r.source,
                    "perspektif": r.perspektif,
                    "ukuran_keberhasilan": r.ukuran_keberhasilan,
                    "target_basis": r.target_basis,
                }[name]
                self.ctx.saver.refresh(("result", r.id, name), value)
            for i in r.indicators:
                for name, value in _indicator_fields(i).items():
                    self.ctx.saver.refresh(("indicator", i.id, name), value)

    def focus_result(self, result_id: str) -> None:
        """Show one RHK (a finding in the summary was clicked)."""


def _parent_key(r: ResultSnapshot) -> str:
    if r.parent_result_id:
        return f"result:{r.parent_result_id}"
    if r.parent_goal_id:
        return f"goal:{r.parent_goal_id}"
    return ""


def _indicator_fields(i: IndicatorSnapshot) -> dict[str, Any]:
    return {
        "text": i.text,
        "aspek": i.aspek,
        "target_value": i.target_value,
        "target_max": i.target_max,
        "target_unit": i.target_unit,
        "lower_is_better": i.lower_is_better,
        "manual_definition": i.manual_definition,
        "manual_formula": i.manual_formula,
        "manual_purpose": i.manual_purpose,
        "data_source": i.data_source,
        "collector": i.collector,
        "monitoring_schedule": i.monitoring_schedule,
        "levels": "\n".join(i.level_descriptions),
    }


# -- inputs: goals and the atasan's results ----------------------------------------------------------


class GoalsStage(StageEditor):
    """Stage 1: the organisation's sasaran / IKU and the atasan's RHK, to read before writing."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        parents = ctx.parents
        goals = [c for c in parents.choices if c.kind == "goal"] if parents else []
        results = [c for c in parents.choices if c.kind == "result"] if parents else []
        goal_box = QGroupBox(
            translate("Wizard", "Goals of the unit and the organisation (Renstra, Perjanjian Kinerja)")
        )
        goal_layout = QVBoxLayout(goal_box)
        goal_list = QListWidget()
        for g in goals:
            prefix = "IKU" if g.jenis == "iku" else translate("Wizard", "Sasaran")
            goal_list.addItem(f"{prefix} · {g.text}  —  {g.owner}")
        if not goals:
            goal_list.addItem(
                translate(
                    "Wizard",
                    "No goals recorded for this unit and year. Ask the pengelola kinerja to enter the PK.",
                )
            )
        goal_layout.addWidget(goal_list)
        self.layout_.addWidget(goal_box)
        if ctx.snap.kind is PlanKind.JA_JF:
            atasan_box = QGroupBox(
                translate("Wizard", "Results (RHK) of the atasan, {name}").format(
                    name=parents.atasan_name if parents else "-"
                )
            )
            atasan_layout = QVBoxLayout(atasan_box)
            if parents is not None and not parents.atasan_has_plan:
                warn = QLabel(
                    translate(
                        "Wizard",
                        "The atasan has no SKP for this year yet. Cascading goes top-down: ask the atasan "
                        "to draft first. Meanwhile you may link your results to the unit's goals above.",
                    )
                )
                warn.setWordWrap(True)
                warn.setObjectName("hint")
                atasan_layout.addWidget(warn)
            atasan_list = QListWidget()
            for r in results:
                tag = "A" if r.jenis == "utama" else "B"
                atasan_list.addItem(f"{tag} · {r.text}")
            atasan_layout.addWidget(atasan_list)
            self.layout_.addWidget(atasan_box, 1)


class MphStage(StageEditor):
    """JA/JF stage 2: the person's row of the Matriks Pembagian Peran dan Hasil — for each RHK of
    the atasan, the result(s) this person delivers (R-CASCADE)."""

    add_for_parent = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        parents = ctx.parents
        results = [c for c in parents.choices if c.kind == "result" and c.jenis == "utama"] if parents else []
        intro = QLabel(
            translate(
                "Wizard",
                "Each row is one result of your atasan. Beside it: your results that contribute to it. "
                "A row with nothing beside it is a result of the atasan you do not contribute to (that "
                "may be right: another colleague may deliver it).",
            )
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        if not results:
            empty = QLabel(
                translate(
                    "Wizard",
                    "The atasan has no results yet for this year, so there is no matrix row to fill. "
                    "Continue with the next stage and link your results later.",
                )
            )
            empty.setWordWrap(True)
            empty.setObjectName("hint")
            self.layout_.addWidget(empty)
        for choice in results:
            box = QGroupBox()
            row = QHBoxLayout(box)
            left = QLabel(choice.text)
            left.setWordWrap(True)
            row.addWidget(left, 1)
            mine = [r for r in ctx.snap.results if r.parent_result_id == choice.id]
            right = QLabel(
                "<br>".join("• " + html.escape(r.text) for r in mine)
                or "<i>" + html.escape(translate("Wizard", "(none yet)")) + "</i>"
            )
            right.setWordWrap(True)
            row.addWidget(right, 1)
            if ctx.editable:
                add = QPushButton(translate("Wizard", "Add my result for this"))
                add.clicked.connect(lambda _c=False, pid=choice.id: self.add_for_parent.emit(pid))
                row.addWidget(add)
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)


# -- results and their details -------------------------------------------------------------------------


class ResultsMasterDetail(StageEditor):
    """A list of the RHK on the left and the selected one's fields on the right."""

    add_result = Signal(str)  # jenis
    delete_result = Signal(str)
    move_result = Signal(str, int)
    add_indicator = Signal(str)
    delete_indicator = Signal(str)
    apply_suggestion = Signal(str, str)  # result id, text

    show_list_buttons = False

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("resultList")
        self.list.setWordWrap(True)
        left_layout.addWidget(self.list, 1)
        if self.show_list_buttons and ctx.editable:
            buttons = QHBoxLayout()
            self.add_utama = QPushButton(translate("Wizard", "+ RHK utama"))
            self.add_utama.clicked.connect(lambda: self.add_result.emit("utama"))
            self.add_tambahan = QPushButton(translate("Wizard", "+ RHK tambahan"))
            self.add_tambahan.clicked.connect(lambda: self.add_result.emit("tambahan"))
            buttons.addWidget(self.add_utama)
            buttons.addWidget(self.add_tambahan)
            left_layout.addLayout(buttons)
            more = QHBoxLayout()
            self.up = QPushButton(translate("Wizard", "Up"))
            self.down = QPushButton(translate("Wizard", "Down"))
            self.remove = QPushButton(translate("Wizard", "Delete"))
            self.up.clicked.connect(lambda: self._move(-1))
            self.down.clicked.connect(lambda: self._move(1))
            self.remove.clicked.connect(self._delete)
            for b in (self.up, self.down, self.remove):
                more.addWidget(b)
            left_layout.addLayout(more)
            # the same from the keyboard, on the list: Insert adds, Delete deletes, Alt+↑/↓ move
            for keys, slot in (
                ("Ins", lambda: self.add_result.emit("utama")),
                ("Del", self._delete),
                ("Alt+Up", lambda: self._move(-1)),
                ("Alt+Down", lambda: self._move(1)),
            ):
                shortcut = QShortcut(QKeySequence(keys), self.list)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
            self.up.setToolTip("Alt+↑")
            self.down.setToolTip("Alt+↓")
            self.remove.setToolTip("Del")
            self.add_utama.setToolTip("Ins")
        split.addWidget(left)
        self.detail_host = QWidget()
        self.detail_layout = QVBoxLayout(self.detail_host)
        self.detail_layout.setContentsMargins(8, 0, 0, 0)
        split.addWidget(self.detail_host)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.layout_.addWidget(split, 1)
        self._fill_list()
        self.list.currentRowChanged.connect(lambda _row: self._show_detail())
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show_detail()

    def _results(self) -> tuple[ResultSnapshot, ...]:
        return self.ctx.snap.utama() + self.ctx.snap.tambahan()

    def _fill_list(self) -> None:
        self.list.clear()
        utama = self.ctx.snap.utama()
        for n, r in enumerate(self._results()):
            group = "A" if r.jenis == "utama" else "B"
            number = n + 1 if r.jenis == "utama" else n + 1 - len(utama)
            item = QListWidgetItem(f"{group}.{number}  {r.text}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def focus_result(self, result_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == result_id:
                self.list.setCurrentRow(row)
                return

    def update_values(self, snap: PlanSnapshot) -> None:
        super().update_values(snap)
        current = self.list.currentRow()
        for n, r in enumerate(self._results()):
            item = self.list.item(n)
            if item is not None:
                text = item.text().split("  ", 1)[0] + "  " + r.text
                item.setText(text)
        self.list.setCurrentRow(current)

    def _move(self, step: int) -> None:
        rid = self.current_id()
        if rid is None:
            return
        ids = [r.id for r in self.ctx.snap.results]
        self.move_result.emit(rid, max(0, ids.index(rid) + step))

    def _delete(self) -> None:
        rid = self.current_id()
        if rid is not None:
            self.delete_result.emit(rid)

    def _show_detail(self) -> None:
        self.ctx.saver.flush()
        while self.detail_layout.count():
            item = self.detail_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        rid = self.current_id()
        result = next((r for r in self.ctx.snap.results if r.id == rid), None)
        if result is None:
            empty = QLabel(
                translate("Wizard", "No result yet. Add the first RHK utama with the button below the list.")
            )
            empty.setWordWrap(True)
            empty.setObjectName("hint")
            self.detail_layout.addWidget(empty)
            self.detail_layout.addStretch(1)
            return
        self.detail_layout.addWidget(self.build_detail(result), 1)

    def build_detail(self, result: ResultSnapshot) -> QWidget:  # subclasses
        return QWidget()

    # shared field builders
    def result_text_field(self, result: ResultSnapshot, *, editable: bool) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("Wizard", "Rencana hasil kerja (write the result, not the activity)"))
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        edit = text_edit(3)
        edit.setObjectName("rhkText")
        edit.setReadOnly(not editable)
        errors = error_label()
        layout.addWidget(edit)
        layout.addWidget(errors)
        note = self.ctx.note_label(result.id, None, "text")
        if note is not None:
            layout.addWidget(note)
        coach = CoachLine(jpt=self.ctx.snap.jpt)
        coach.apply.connect(lambda text, rid=result.id: self.apply_suggestion.emit(rid, text))
        layout.addWidget(coach)
        service = self.ctx.service
        self.ctx.saver.bind(
            edit,
            ("result", result.id, "text"),
            _result_saver(service, result.id, "text"),
            result.text,
            error_label=errors,
        )
        edit.textChanged.connect(lambda: coach.check(edit.toPlainText()))
        coach.check(result.text)
        return box

    def indicator_group(
        self, result: ResultSnapshot, ind: IndicatorSnapshot, fields: list[tuple[str, str, str]], number: int
    ) -> QGroupBox:
        """One IKI: ``fields`` = (field, label, widget kind line/text/combo-aspek/check)."""
        box = QGroupBox(translate("Wizard", "IKI {n}").format(n=number))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        service = self.ctx.service
        stored = _indicator_fields(ind)
        for name, label, kind in fields:
            widget: QWidget
            if kind == "text":
                widget = text_edit(2)
            elif kind == "levels":
                widget = text_edit(5)
            elif kind == "aspek":
                combo = QComboBox()
                combo.addItem(translate("Wizard", "(choose)"), "")
                for key, text in ASPEK_LABELS.items():
                    combo.addItem(text, key)
                widget = combo
            elif kind == "check":
                widget = QCheckBox(label)
            else:
                widget = QLineEdit()
            widget.setEnabled(self.ctx.editable)
            errors = error_label()
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(widget)
            holder_layout.addWidget(errors)
            note = self.ctx.note_label(result.id, ind.id, name)
            if note is not None:
                holder_layout.addWidget(note)
            form.addRow("" if kind == "check" else label, holder)
            self.ctx.saver.bind(
                widget,
                ("indicator", ind.id, name),
                _indicator_saver(service, ind.id, name),
                stored[name],
                error_label=errors,
            )
        if self.ctx.editable and fields and fields[0][0] == "text":
            remove = QPushButton(translate("Wizard", "Delete this IKI"))
            remove.clicked.connect(lambda _c=False, iid=ind.id: self.delete_indicator.emit(iid))
            form.addRow("", remove)
        return box


def _result_saver(service: DraftingService, result_id: str, name: str) -> Callable[[Any], object]:
    return lambda v: service.update_result(result_id, **{name: v})


def _ekspektasi_saver(service: DraftingService, plan_id: str, core_value: str) -> Callable[[Any], object]:
    return lambda v: service.set_ekspektasi(plan_id, core_value, str(v))


def _annex_saver(service: DraftingService, plan_id: str, kind: str) -> Callable[[Any], object]:
    return lambda v: service.set_annex(plan_id, kind, str(v).splitlines())


def _indicator_saver(service: DraftingService, indicator_id: str, name: str) -> Callable[[Any], object]:
    if name == "levels":
        return lambda v: service.update_indicator(
            indicator_id, level_descriptions=[x for x in str(v).splitlines() if x.strip()]
        )
    return lambda v: service.update_indicator(indicator_id, **{name: v})


class CoachLine(QFrame):
    """The phrasing coach under an RHK field: live findings with a suggested rewrite."""

    apply = Signal(str)

    def __init__(self, *, jpt: bool) -> None:
        super().__init__()
        self.jpt = jpt
        self.setObjectName("coachLine")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text, 1)
        self.use = QPushButton(translate("Wizard", "Use suggestion"))
        self.use.setVisible(False)
        self._suggestion: str = ""
        self.use.clicked.connect(lambda: self.apply.emit(self._suggestion))
        layout.addWidget(self.use)
        self._suggestion = ""
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run)

    def check(self, text: str) -> None:
        self._pending = text
        self._timer.start()

    def _run(self) -> None:
        from skpdesk.ui.skp.findings import finding_text

        text = self._pending
        if not text.strip():
            self.text.setText("")
            self.use.setVisible(False)
            return
        found = phrasing.check_result_text(text, jpt=self.jpt)
        if not found:
            self.text.setText(
                '<span style="color:#1b7f3b">✓ '
                + html.escape(translate("Wizard", "Reads as a result."))
                + "</span>"
            )
            self.use.setVisible(False)
            return
        lines = []
        for f in found:
            colour = "#b3261e" if f.severity is phrasing.Severity.ERROR else "#9a6700"
            lines.append(
                f'<span style="color:{colour}"><b>{f.rule}</b> {html.escape(finding_text(f))}</span>'
            )
        suggestion = next((f.suggestion for f in found if f.suggestion), "")
        if suggestion:
            lines.append("→ <i>" + html.escape(suggestion) + "</i>")
        self._suggestion = suggestion
        self.use.setVisible(bool(suggestion))
        self.text.setText("<br>".join(lines))


class ResultsStage(ResultsMasterDetail):
    """Rencana SKP: RHK utama and tambahan, their source and what they intervene."""

    show_list_buttons = True

    def __init__(self, ctx: Context, *, with_perspektif: bool, with_indicators: bool = False) -> None:
        self.with_perspektif = with_perspektif
        self.with_indicators = with_indicators
        super().__init__(ctx)

    def build_detail(self, result: ResultSnapshot) -> QWidget:
        ctx = self.ctx
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_text_field(result, editable=ctx.editable))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        service = ctx.service
        source = compact(QComboBox())
        for key, text in source_labels().items():
            source.addItem(text, key)
        source.setEnabled(ctx.editable)
        ctx.saver.bind(
            source,
            ("result", result.id, "source"),
            _result_saver(service, result.id, "source"),
            result.source,
        )
        form.addRow(translate("Wizard", "Source"), source)
        if ctx.snap.kind is PlanKind.JA_JF or result.parent_goal_id:
            parent = compact(QComboBox())
            parent.setObjectName("parentPicker")
            parent.addItem(translate("Wizard", "(choose what this result intervenes)"), "")
            for c in ctx.parents.choices if ctx.parents else ():
                prefix = (
                    translate("Wizard", "Atasan")
                    if c.kind == "result"
                    else ("IKU" if c.jenis == "iku" else translate("Wizard", "Sasaran"))
                )
                parent.addItem(f"{prefix}: {c.text}", f"{c.kind}:{c.id}")
            parent.setEnabled(ctx.editable)
            errors = error_label()

            def save_parent(value: str, rid: str = result.id) -> object:
                kind, _sep, pid = (value or "").partition(":")
                if kind == "result":
                    return service.update_result(rid, parent_result_id=pid)
                if kind == "goal":
                    return service.update_result(rid, parent_goal_id=pid)
                return service.update_result(rid, parent_result_id=None, parent_goal_id=None)

            ctx.saver.bind(
                parent, ("result", result.id, "parent"), save_parent, _parent_key(result), error_label=errors
            )
            holder = QWidget()
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            hl.addWidget(parent)
            hl.addWidget(errors)
            if ctx.parents is not None and not ctx.parents.atasan_has_plan:
                hint = QLabel(
                    translate(
                        "Wizard",
                        "The atasan has no SKP yet: only the organisation's goals can be chosen for now.",
                    )
                )
                hint.setWordWrap(True)
                hint.setObjectName("hint")
                hl.addWidget(hint)
            form.addRow(translate("Wizard", "RHK pimpinan yang diintervensi"), holder)
        if self.with_perspektif and ctx.snap.jpt and result.jenis == "utama":
            form.addRow(translate("Wizard", "Perspektif"), perspektif_combo(ctx, result))
        if not ctx.snap.kuantitatif:
            uk = text_edit(3)
            uk.setEnabled(ctx.editable)
            ctx.saver.bind(
                uk,
                ("result", result.id, "ukuran_keberhasilan"),
                _result_saver(service, result.id, "ukuran_keberhasilan"),
                result.ukuran_keberhasilan,
            )
            form.addRow(translate("Wizard", "Ukuran keberhasilan / IKI, dan target"), uk)
        if ctx.snap.jpt:
            basis = text_edit(2)
            basis.setEnabled(ctx.editable)
            ctx.saver.bind(
                basis,
                ("result", result.id, "target_basis"),
                _result_saver(service, result.id, "target_basis"),
                result.target_basis,
            )
            form.addRow(translate("Wizard", "Basis of the target (baseline, regulation, directive)"), basis)
        layout.addLayout(form)
        note = ctx.note_label(result.id, None, "")
        if note is not None:
            layout.addWidget(note)
        layout.addStretch(1)
        return box


class IndicatorsStage(ResultsMasterDetail):
    """Aspek, IKI and target per RHK (R-IKI); kualitatif: the ukuran keberhasilan text."""

    def build_detail(self, result: ResultSnapshot) -> QWidget:
        ctx = self.ctx
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QLabel("<b>" + html.escape(result.text) + "</b>")
        head.setWordWrap(True)
        layout.addWidget(head)
        fields: list[tuple[str, str, str]] = []
        if ctx.snap.kuantitatif and not ctx.snap.jpt:
            fields.append(("aspek", translate("Wizard", "Aspek"), "aspek"))
        fields += [("text", translate("Wizard", "Indikator kinerja individu"), "text")]
        if ctx.snap.kuantitatif:
            fields += [
                ("target_value", translate("Wizard", "Target"), "line"),
                ("target_max", translate("Wizard", "Target upper bound (range, optional)"), "line"),
                ("target_unit", translate("Wizard", "Unit (dokumen, laporan, %, hari …)"), "line"),
                (
                    "lower_is_better",
                    translate("Wizard", "Lower is better (e.g. days needed, complaints)"),
                    "check",
                ),
            ]
        else:
            fields += [("target_value", translate("Wizard", "Target (text)"), "line")]
        for n, ind in enumerate(result.indicators, start=1):
            layout.addWidget(self.indicator_group(result, ind, fields, n))
            found = phrasing.check_indicator(
                ind,
                rhk_text=result.text,
                kind=ctx.snap.kind,
                pendekatan=ctx.snap.pendekatan,
                guide=ctx.snap.guide,
            )
            if found:
                from skpdesk.ui.skp.findings import finding_text

                label = QLabel("<br>".join(f"<b>{f.rule}</b> {html.escape(finding_text(f))}" for f in found))
                label.setWordWrap(True)
                label.setStyleSheet("color:#9a6700;")
                layout.addWidget(label)
        if not ctx.snap.kuantitatif:
            uk = text_edit(3)
            uk.setEnabled(ctx.editable)
            service = ctx.service
            ctx.saver.bind(
                uk,
                ("result", result.id, "ukuran_keberhasilan"),
                _result_saver(service, result.id, "ukuran_keberhasilan"),
                result.ukuran_keberhasilan,
            )
            layout.addWidget(QLabel(translate("Wizard", "Ukuran keberhasilan / IKI, dan target")))
            layout.addWidget(uk)
        if ctx.editable:
            add = QPushButton(translate("Wizard", "+ Add IKI"))
            add.setObjectName("addIndicator")
            add.clicked.connect(lambda _c=False, rid=result.id: self.add_indicator.emit(rid))
            layout.addWidget(add)
        layout.addStretch(1)
        return box


class IndicatorDetailStage(ResultsMasterDetail):
    """Per IKI, a few more fields: manual indikator, kategori penilaian, or monitoring."""

    def __init__(self, ctx: Context, fields: list[tuple[str, str, str]], intro: str) -> None:
        self.fields = fields
        self.intro = intro
        super().__init__(ctx)

    def build_detail(self, result: ResultSnapshot) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QLabel("<b>" + html.escape(result.text) + "</b><br>" + html.escape(self.intro))
        head.setWordWrap(True)
        layout.addWidget(head)
        if not result.indicators:
            empty = QLabel(
                translate("Wizard", "This RHK has no IKI yet: add them in the IKI and target stage first.")
            )
            empty.setWordWrap(True)
            empty.setObjectName("hint")
            layout.addWidget(empty)
        for n, ind in enumerate(result.indicators, start=1):
            group = self.indicator_group(result, ind, self.fields, n)
            group.setTitle(translate("Wizard", "IKI {n}: {text}").format(n=n, text=ind.text))
            layout.addWidget(group)
        layout.addStretch(1)
        return box


def perspektif_combo(ctx: Context, result: ResultSnapshot) -> QComboBox:
    """The perspektif of a JPT RHK utama (R-PERSPEKTIF), saved as chosen."""
    combo = compact(QComboBox())
    combo.addItem(translate("Wizard", "(choose)"), "")
    for key, text in PERSPEKTIF_LABELS.items():
        combo.addItem(text, key)
    combo.setEnabled(ctx.editable)
    ctx.saver.bind(
        combo,
        ("result", result.id, "perspektif"),
        _result_saver(ctx.service, result.id, "perspektif"),
        result.perspektif,
    )
    return combo


class PerspektifStage(StageEditor):
    """JPT pengembangan stage 3: each RHK utama under a perspektif (R-PERSPEKTIF)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        form = QFormLayout()
        for r in ctx.snap.utama():
            label = QLabel(r.text)
            label.setWordWrap(True)
            form.addRow(label, perspektif_combo(ctx, r))
        if not ctx.snap.utama():
            form.addRow(QLabel(translate("Wizard", "No RHK utama yet: write them in the previous stage.")))
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)


class AkLinkStage(StageEditor):
    """Keterkaitan SKP dengan angka kredit (JF): legacy since Permen PANRB 1/2023 (R-STAGES)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        text = QLabel(
            translate(
                "Wizard",
                "Under Permen PANRB 8/2021 a jabatan fungsional attached a table linking each RHK to the "
                "butir kegiatan of its angka kredit. Since Permen PANRB 1/2023 angka kredit come from the "
                "predikat kinerja (converted each year), so for plans from 2023 on this stage is optional: "
                "fill it only if your instansi still asks for the annex. Nothing here blocks submission.",
            )
        )
        text.setWordWrap(True)
        self.layout_.addWidget(text)
        listing = QListWidget()
        for r in ctx.snap.utama():
            listing.addItem(r.text)
        self.layout_.addWidget(
            QLabel(translate("Wizard", "Your RHK utama, to compare with the butir kegiatan of your jenjang:"))
        )
        self.layout_.addWidget(listing, 1)


class PerilakuStage(StageEditor):
    """Perilaku kerja: the 7 BerAKHLAK values with their lines, and the ekspektasi khusus pimpinan
    the atasan sets (R-BERAKHLAK; may stay empty)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        if not ctx.may_set_ekspektasi:
            hint = QLabel(
                translate(
                    "Wizard",
                    "The ekspektasi khusus pimpinan are written by your atasan (or a facilitator with them). "
                    "Read them here; they may stay empty.",
                )
            )
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            self.layout_.addWidget(hint)
        service = ctx.service
        for n, info in enumerate(berakhlak.BERAKHLAK, start=1):
            box = QGroupBox(f"{n}. {info.name}")
            layout = QVBoxLayout(box)
            lines = QLabel("<br>".join("• " + html.escape(x) for x in info.panduan))
            lines.setWordWrap(True)
            layout.addWidget(lines)
            edit = QLineEdit()
            edit.setPlaceholderText(translate("Wizard", "Ekspektasi khusus pimpinan (optional)"))
            edit.setReadOnly(not ctx.may_set_ekspektasi)
            value = info.value.value
            ctx.saver.bind(
                edit,
                ("ekspektasi", ctx.snap.id, value),
                _ekspektasi_saver(service, ctx.snap.id, value),
                ctx.snap.ekspektasi.get(value, ""),
            )
            layout.addWidget(edit)
            self.layout_.addWidget(box)

    def update_values(self, snap: PlanSnapshot) -> None:
        self.ctx.snap = snap
        for info in berakhlak.BERAKHLAK:
            self.ctx.saver.refresh(
                ("ekspektasi", snap.id, info.value.value), snap.ekspektasi.get(info.value.value, "")
            )


class LampiranStage(StageEditor):
    """Lampiran SKP: dukungan sumber daya, skema pertanggungjawaban, konsekuensi (one item per line)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        hint = QLabel(
            translate("Wizard", "One item per line; each becomes a numbered point on the lampiran page.")
        )
        hint.setObjectName("hint")
        self.layout_.addWidget(hint)
        service = ctx.service
        for kind, label in ANNEX_LABELS.items():
            box = QGroupBox(label)
            layout = QVBoxLayout(box)
            edit = text_edit(4)
            edit.setObjectName(f"annex-{kind}")
            edit.setReadOnly(not ctx.editable)
            ctx.saver.bind(
                edit,
                ("annex", ctx.snap.id, kind),
                _annex_saver(service, ctx.snap.id, kind),
                "\n".join(ctx.snap.annex.get(kind, ())),
            )
            layout.addWidget(edit)
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def update_values(self, snap: PlanSnapshot) -> None:
        self.ctx.snap = snap
        for kind in ANNEX_LABELS:
            self.ctx.saver.refresh(("annex", snap.id, kind), "\n".join(snap.annex.get(kind, ())))


def manual_fields() -> list[tuple[str, str, str]]:
    return [
        ("manual_definition", translate("Wizard", "Definition"), "text"),
        ("manual_formula", translate("Wizard", "Formula / how it is measured"), "text"),
        ("manual_purpose", translate("Wizard", "Purpose"), "text"),
    ]


def level_fields() -> list[tuple[str, str, str]]:
    return [
        (
            "levels",
            translate("Wizard", "Levels, lowest first, one per line (the target level is 'baik')"),
            "levels",
        )
    ]


def monitoring_fields() -> list[tuple[str, str, str]]:
    return [
        ("data_source", translate("Wizard", "Data and data source"), "line"),
        ("collector", translate("Wizard", "Who collects it"), "line"),
        ("monitoring_schedule", translate("Wizard", "When (e.g. monthly, quarterly)"), "line"),
    ]


def build_stage(kind: StageKind, ctx: Context, *, has_perspektif_stage: bool) -> StageEditor:
    if kind is StageKind.GOALS:
        return GoalsStage(ctx)
    if kind is StageKind.MPH:
        return MphStage(ctx)
    if kind is StageKind.RESULTS:
        return ResultsStage(ctx, with_perspektif=ctx.snap.jpt and not has_perspektif_stage)
    if kind is StageKind.INDICATORS:
        return IndicatorsStage(ctx)
    if kind is StageKind.PERSPEKTIF:
        return PerspektifStage(ctx)
    if kind is StageKind.MANUAL:
        return IndicatorDetailStage(
            ctx,
            manual_fields(),
            translate("Wizard", "Manual indikator kinerja: what each IKI means and how it is measured."),
        )
    if kind is StageKind.LEVELS:
        return IndicatorDetailStage(
            ctx,
            level_fields(),
            translate("Wizard", "Kategori penilaian: describe each level of achievement."),
        )
    if kind is StageKind.MONITORING:
        return IndicatorDetailStage(
            ctx,
            monitoring_fields(),
            translate("Wizard", "How the IKI will be monitored: data, source, who and when."),
        )
    if kind is StageKind.AK_LINK:
        return AkLinkStage(ctx)
    if kind is StageKind.PERILAKU:
        return PerilakuStage(ctx)
    if kind is StageKind.LAMPIRAN:
        return LampiranStage(ctx)
    raise ValueError(kind)
