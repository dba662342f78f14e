"""The pattern editor: paint (left), erase (right), clear, invert, randomise, text, image."""

from __future__ import annotations

import numpy as np
from PySide6 import QtWidgets
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..i18n import Texts, Translated
from ..widgets.pixelgrid import PixelGrid


class SetEditorCommand(QUndoCommand):
    """One undoable change of the editor grid (a stroke, clear, invert, text, image…)."""

    def __init__(self, editor: "EditorPanel", before, after, text: str):
        super().__init__(text)
        self.editor, self.before, self.after = editor, np.array(before), np.array(after)
        self.shape = editor.grid.shape

    def _show(self, values) -> None:
        # the grid may have been resized since: the drawing is resampled, never lost
        from ...state.library import resample
        rows, cols = self.editor.grid.shape
        if (rows, cols) != self.shape:
            values = resample(values, *self.shape, rows, cols)
        self.editor.grid.set_values(values)

    def redo(self):
        self._show(self.after)

    def undo(self):
        self._show(self.before)


class EditorPanel(Translated, QtWidgets.QGroupBox):
    storeRequested = Signal()
    loadRequested = Signal()
    imageRequested = Signal()

    def __init__(self, undo: QUndoStack, rows: int, cols: int, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        # a hint that wraps, not a group title: a title sets the panel's least width, and the dock
        # already names the panel
        self.hint = tx.label(lambda: self.tr("Editor (left: paint +1, right: erase −1)"))
        self.hint.setWordWrap(True)
        self.undo = undo
        self.grid = PixelGrid(rows, cols, editable=True)
        self.grid.setMinimumSize(140, 140)
        tx(self.grid.setToolTip, lambda: self.tr("Click and drag to paint (+1); right button erases (−1). "
                                                 "Each stroke can be undone (Ctrl+Z)."))
        self.grid.strokeFinished.connect(
            lambda b, a: self.undo.push(SetEditorCommand(self, b, a, self.tr("paint stroke")))
        )
        self.text = QtWidgets.QLineEdit()
        tx(self.text.setPlaceholderText, lambda: self.tr("letters, e.g. A"))
        tx(self.text.setToolTip,
           lambda: self.tr("Type letters and press Enter: they are drawn from a real font at the grid's size"))
        self.text.returnPressed.connect(self._write)
        self.buttons = {}

        def button(key, label, tip, fn):
            b = QtWidgets.QPushButton()
            tx(b.setText, label)
            tx(b.setToolTip, tip)
            b.clicked.connect(fn)
            self.buttons[key] = b
            return b

        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.grid, 1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(button("clear", lambda: self.tr("Clear"), lambda: self.tr("All neurons −1"),
                             lambda: self.apply(-np.ones_like(self.grid.values()), self.tr("clear"))))
        row.addWidget(button("invert", lambda: self.tr("Invert"), lambda: self.tr("Flip every neuron"),
                             lambda: self.apply(-self.grid.values(), self.tr("invert"))))
        row.addWidget(button("random", lambda: self.tr("Random"), lambda: self.tr("Random ±1"), self._randomise))
        lay.addLayout(row)
        row2 = QtWidgets.QHBoxLayout()
        row2.addWidget(self.text, 1)
        row2.addWidget(
            button(
                "write",
                lambda: self.tr("Write"),
                lambda: self.tr("Draw the typed letters into the editor"),
                self._write,
            )
        )
        lay.addLayout(row2)
        # one button a row: narrow enough to share the left column on a small screen
        row3 = QtWidgets.QGridLayout()
        row3.addWidget(button("image", lambda: self.tr("Image…"), lambda: self.tr("Load a picture into the editor"),
                              self.imageRequested), 0, 0)
        row3.addWidget(button("load", lambda: self.tr("Load selected"),
                              lambda: self.tr("Copy the selected library pattern into the editor"), self.loadRequested),
                       1, 0)
        row3.addWidget(button("store", lambda: self.tr("Store in library"),
                              lambda: self.tr("Add the drawing to the library as a new stored pattern"),
                              self.storeRequested), 2, 0)
        lay.addLayout(row3)
        self._rng = np.random.default_rng()

    def apply(self, values, text: str) -> None:
        values = np.asarray(values, np.int8)
        before = self.grid.values()
        if not np.array_equal(before, values):
            self.undo.push(SetEditorCommand(self, before, values, text))

    def _randomise(self) -> None:
        self.apply(np.where(self._rng.random(self.grid.values().size) < 0.5, 1, -1), self.tr("randomise"))

    def _write(self) -> None:
        from ..rendering import text_to_pattern
        t = self.text.text().strip()
        if t:
            rows, cols = self.grid.shape
            self.apply(text_to_pattern(t, rows, cols), self.tr("write “{text}”").format(text=t))

    def resize_grid(self, rows: int, cols: int) -> None:
        from ...state.library import resample
        r0, c0 = self.grid.shape
        self.grid.set_values(resample(self.grid.values(), r0, c0, rows, cols), rows, cols)
        # The undo stack is kept (clearing it here, during an undo of a resize, deleted the
        # running command and crashed): editor commands resample their drawings when replayed.
