"""The rule's parameters as an editable table, and a slider that moves the selected one live.

Values are typed in the cells (any number the rule accepts; the lab's controller checks it) or
dragged with the slider under the table: a logarithmic scale from a tenth to ten times the
published value, so that a student can sweep τ₊ or A₃⁺ and watch the curves follow.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Signal

from ...core import plasticity as pl
from ...core import plasticity_rules as rules
from ..widgets.showing import Showing
from ..i18n import Texts, Translated
from ..i18n.messages import translate_message
from ..i18n.numbers import number

SLIDER_STEPS = 200  # positions over two decades
#: what the slider centres on when the published value is 0 (A₂⁺ of the visual minimal set)
TYPICAL = {"A": 5e-3, "tau": 50.0}


def typical(name: str, value: float) -> float:
    if value:
        return abs(value)
    return next((v for prefix, v in TYPICAL.items() if name.startswith(prefix)), 1.0)


def shown(value) -> str:
    """A value as a person reads it: 0.0065, 6.5e-05, 16.8, 946."""
    if isinstance(value, str):
        return value
    return number(value, ".4g") if value == 0 or 1e-3 <= abs(value) < 1e5 else number(value, ".3g")


class ParamTable(Translated, QtWidgets.QWidget):
    changed = Signal(str, object)  # name, value (a float, or "all"/"nearest" for the interaction)
    resetRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # what is shown is not sent back as the user's change
        self.table = QtWidgets.QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SingleSelection)
        tx(lambda t: self.table.setHorizontalHeaderLabels(t.split("|")), lambda: self.tr("parameter|value"))
        self.slider = QtWidgets.QSlider(QtCore.Qt.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        tx(self.slider.setToolTip, lambda: self.tr("Drag to change the selected parameter from a tenth to ten times "
                                                   "its published value; the curves follow"))
        self.slider_label = QtWidgets.QLabel("")
        self.slider_label.setTextFormat(QtCore.Qt.RichText)
        self.reset = QtWidgets.QPushButton()
        tx(self.reset.setText, lambda: self.tr("Published values"))
        tx(self.reset.setToolTip, lambda: self.tr("Undo every change: back to the set's published parameters"))
        self._kind = ""
        self._base: dict[str, object] = {}
        self._values: dict[str, object] = {}
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.slider_label)
        row.addWidget(self.slider, 1)
        lay.addLayout(row)
        lay.addWidget(self.reset, 0, QtCore.Qt.AlignLeft)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._sync_slider())
        self.slider.valueChanged.connect(self.showing.user(self._slid))
        self.reset.clicked.connect(self.resetRequested)

    def show_choice(self, choice) -> None:
        """Fill the table with the parameters of ``choice`` (a RuleChoice): the symbols with their
        units in the first column (τ₊ (ms)), the values in the second. A new rule gets new rows and
        new widgets (a combo of the pair rule once stayed in the triplet rule's fifth row)."""
        values = dict(pl.rule_parameters(choice.kind, choice.build()))
        base = dict(pl.rule_parameters(choice.kind, pl.make_rule(choice.kind, choice.set_name)))
        same_rows = choice.kind == self._kind and list(values) == list(self._values)
        self._kind, self._values, self._base = choice.kind, values, base
        with self.showing:  # the rule's values shown, not sent back as edits
            current = self.table.currentRow()
            if not same_rows:
                self._rebuild(choice.kind, list(values))
            for r, (name, value) in enumerate(values.items()):
                if self._option(name) is not None:
                    combo = self.table.cellWidget(r, 1)
                    combo.setCurrentIndex(combo.findData(str(value)))
                    continue
                item = self.table.item(r, 1)
                item.setText(shown(value))  # also after a refused edit: the table shows the truth again
                font = item.font()
                font.setBold(value != base.get(name))  # a changed value stands out
                item.setFont(font)
            self.table.resizeColumnToContents(0)
        self.table.setCurrentCell(max(0, current) if same_rows else 0, 1)
        self._sync_slider()

    def _rebuild(self, kind: str, names: list[str]) -> None:
        """New rows for ``kind``: every old widget removed first."""
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                old = self.table.cellWidget(r, c)
                if old is not None:
                    old.hide()  # Qt deletes it later (deleteLater): until then it must not be drawn over the new one
                    self.table.removeCellWidget(r, c)
        self.table.setRowCount(0)
        self.table.setRowCount(len(names))
        for r, name in enumerate(names):
            key = QtWidgets.QTableWidgetItem("")
            key.setData(QtCore.Qt.UserRole, name)  # the name as typed (``--param``, sessions)
            key.setFlags(QtCore.Qt.ItemIsEnabled | QtCore.Qt.ItemIsSelectable)
            self.table.setItem(r, 0, key)
            label = QtWidgets.QLabel(self._label(kind, name))
            label.setTextFormat(QtCore.Qt.RichText)
            label.setContentsMargins(4, 0, 4, 0)
            label.setToolTip(name)
            label.setAttribute(QtCore.Qt.WA_TransparentForMouseEvents)  # a click selects the row
            self.table.setCellWidget(r, 0, label)
            option = rules.kind(kind).options_by_name().get(name)
            if option is not None:
                combo = QtWidgets.QComboBox()
                for text, data in zip(option.choice_labels or option.choices, option.choices, strict=True):
                    combo.addItem(translate_message(text), data)
                combo.setToolTip(translate_message(option.tip))
                combo.currentIndexChanged.connect(
                    lambda _, c=combo, n=name: None if self.showing.active else self.changed.emit(n, c.currentData())
                )
                self.table.setCellWidget(r, 1, combo)
            else:
                self.table.setItem(r, 1, QtWidgets.QTableWidgetItem())

    def _option(self, name: str):
        """The named-choice parameter ``name`` of the rule shown (None for a number)."""
        return rules.kind(self._kind).options_by_name().get(name) if self._kind else None

    def _label(self, kind: str, name: str) -> str:
        option = rules.kind(kind).options_by_name().get(name)
        if option is not None:
            return translate_message(option.label or option.name)
        return rules.kind(kind).spec(name).label()

    def current_name(self) -> str | None:
        """The name (as typed) of the selected parameter."""
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        return item.data(QtCore.Qt.UserRole) if item is not None else None

    def _item_changed(self, item) -> None:
        if self.showing.active or item.column() != 1:
            return
        name = self.table.item(item.row(), 0).data(QtCore.Qt.UserRole)
        text = item.text().strip().replace(",", ".").replace("\u2212", "-")
        try:
            value = float(text)
        except ValueError:
            value = text  # the controller says why it cannot be used, and the table shows the value again
        self.changed.emit(name, value)

    def _sync_slider(self) -> None:
        if self.showing.active:  # rows of the old rule may still be current while the table is rebuilt
            return
        name = self.current_name()
        numeric = name is not None and self._option(name) is None
        self.slider.setEnabled(numeric)
        self.slider_label.setText(self._label(self._kind, name) if name else "")
        if not numeric:
            return
        declared = rules.kind(self._kind).spec(name)
        value = self._values[name]
        if not declared.log:  # a fraction: from its low to its high end
            pos = SLIDER_STEPS * (value - declared.low) / (declared.high - declared.low)
        else:
            centre = typical(name, self._base[name])
            pos = SLIDER_STEPS / 2 if not value else SLIDER_STEPS / 2 * (1 + math.log10(abs(value) / centre))
        with self.showing:
            self.slider.setValue(round(min(max(pos, 0), SLIDER_STEPS)))

    def _slid(self, pos: int) -> None:
        name = self.current_name()
        if name is None or self._option(name) is not None:
            return
        declared = rules.kind(self._kind).spec(name)
        if not declared.log:
            value = declared.low + (declared.high - declared.low) * pos / SLIDER_STEPS
        else:
            value = typical(name, self._base[name]) * 10 ** (2 * pos / SLIDER_STEPS - 1)
        value = float(f"{min(max(value, declared.low), declared.high):.4g}")
        if declared.open_low and value <= declared.low:
            return
        self.changed.emit(name, value)
