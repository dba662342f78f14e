"""A square-pixel grid of ±1 neurons: fast display (one QImage) and, when editable, painting.

Left button paints +1, right button erases (−1); a press–drag–release is one stroke, reported
with ``strokeFinished(before, after)`` so the editor can push one undo command per stroke.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from ..rendering import pattern_image

BORDER = QtGui.QColor("#888888")  # the frame around the grid (visible on the light and dark themes)


class PixelGrid(QtWidgets.QWidget):
    strokeFinished = Signal(object, object)  # before, after (flat int8 arrays)
    strokeChanged = Signal()
    regionSelected = Signal(
        int, int, int, int
    )  # a rectangle dragged on a display grid: row0, row1, col0, col1 (ends excluded)

    def __init__(self, rows: int = 16, cols: int = 16, editable: bool = False, parent=None):
        super().__init__(parent)
        self._rows, self._cols = rows, cols
        self._values = -np.ones(rows * cols, np.int8)
        self._diff = None
        self._editable = editable
        self._stroke_before = None
        self._paint_value = 1
        self._last_cell = None
        self._image = pattern_image(self._values, rows, cols)
        self._highlight: int | None = None  # a neuron outlined (the one deciding, in slow motion)
        self._drag: tuple | None = None  # (first cell, current cell) of a rectangle being dragged
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QtWidgets.QSizePolicy.Expanding, QtWidgets.QSizePolicy.Expanding)
        if editable:
            self.setCursor(QtCore.Qt.CrossCursor)
            self.setContextMenuPolicy(QtCore.Qt.PreventContextMenu)

    # --- data ---------------------------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, int]:
        return self._rows, self._cols

    def image(self) -> QtGui.QImage:
        """The picture of the grid, one pixel per neuron (with the error overlay if shown)."""
        return self._image

    def values(self) -> np.ndarray:
        return self._values.copy()

    def set_values(self, values, rows: int | None = None, cols: int | None = None, diff=None) -> None:
        if rows is not None:
            self._rows, self._cols = rows, cols
        v = np.asarray(values, np.int8).reshape(-1)
        if v.size != self._rows * self._cols:
            raise ValueError("pattern size does not match the grid")
        self._values = v.copy()
        self._diff = None if diff is None else np.asarray(diff, bool).reshape(-1)
        self._image = pattern_image(self._values, self._rows, self._cols, diff=self._diff)
        self.update()

    def highlighted(self) -> int | None:
        """The neuron outlined, if any."""
        return self._highlight

    def set_highlight(self, index: int | None) -> None:
        if index != self._highlight:
            self._highlight = index
            self.update()

    # --- geometry -----------------------------------------------------------------------------
    def _target(self) -> QtCore.QRectF:
        side = min(self.width() / self._cols, self.height() / self._rows)
        w, h = side * self._cols, side * self._rows
        return QtCore.QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def cell_at(self, pos: QtCore.QPointF) -> tuple[int, int] | None:
        r = self._target()
        if not r.contains(pos):
            return None
        c = int((pos.x() - r.left()) / r.width() * self._cols)
        rr = int((pos.y() - r.top()) / r.height() * self._rows)
        return min(rr, self._rows - 1), min(c, self._cols - 1)

    def cell_centre(self, row: int, col: int) -> QtCore.QPoint:
        r = self._target()
        return QtCore.QPoint(int(r.left() + (col + 0.5) * r.width() / self._cols),
                             int(r.top() + (row + 0.5) * r.height() / self._rows))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(400, 400)

    def heightForWidth(self, w: int) -> int:
        return int(w * self._rows / self._cols)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.SmoothPixmapTransform, False)
        r = self._target()
        p.drawImage(r, self._image)
        side = r.width() / self._cols
        if side >= 9 and self._cols <= 64:
            p.setPen(QtGui.QPen(QtGui.QColor(160, 160, 160, 110), 1))
            for c in range(1, self._cols):
                x = r.left() + c * side
                p.drawLine(QtCore.QPointF(x, r.top()), QtCore.QPointF(x, r.bottom()))
            for rr in range(1, self._rows):
                y = r.top() + rr * side
                p.drawLine(QtCore.QPointF(r.left(), y), QtCore.QPointF(r.right(), y))
        p.setPen(QtGui.QPen(BORDER, 3))
        p.drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5))
        if self._drag is not None:  # the rectangle being dragged, dashed
            (r0, c0), (r1, c1) = self._drag
            rect = QtCore.QRectF(r.left() + min(c0, c1) * side, r.top() + min(r0, r1) * side,
                                 (abs(c1 - c0) + 1) * side, (abs(r1 - r0) + 1) * side)
            p.setPen(QtGui.QPen(QtGui.QColor("#0072B2"), 3, QtCore.Qt.DashLine))
            p.drawRect(rect)
        if self._highlight is not None and self._highlight < self._rows * self._cols:
            row, col = divmod(self._highlight, self._cols)
            cell = QtCore.QRectF(r.left() + col * side, r.top() + row * side, side, side)
            p.setPen(QtGui.QPen(QtGui.QColor("#D55E00"), max(3.0, side / 3)))  # vermillion, as the errors
            p.drawRect(cell.adjusted(-2, -2, 2, 2))
        p.end()

    # --- editing ------------------------------------------------------------------------------
    def _apply(self, cell) -> None:
        if cell is None:
            return
        cells = [cell]
        if self._last_cell is not None:  # fill the gap of a fast drag (a straight line of cells)
            (r0, c0), (r1, c1) = self._last_cell, cell
            steps = max(abs(r1 - r0), abs(c1 - c0))
            cells = [(round(r0 + (r1 - r0) * t / steps), round(c0 + (c1 - c0) * t / steps))
                     for t in range(1, steps + 1)] if steps else [cell]
        self._last_cell = cell
        changed = False
        for rr, cc in cells:
            i = rr * self._cols + cc
            if self._values[i] != self._paint_value:
                self._values[i] = self._paint_value
                changed = True
        if changed:
            self._image = pattern_image(self._values, self._rows, self._cols)
            self.update()
            self.strokeChanged.emit()

    def mousePressEvent(self, ev: QtGui.QMouseEvent) -> None:
        if not self._editable:  # a display grid: drag a rectangle (the region of the cue to erase)
            cell = self.cell_at(ev.position()) if ev.button() == QtCore.Qt.LeftButton else None
            self._drag = (cell, cell) if cell is not None else None
            return super().mousePressEvent(ev) if cell is None else None
        if ev.button() not in (QtCore.Qt.LeftButton, QtCore.Qt.RightButton):
            return super().mousePressEvent(ev)
        self._paint_value = 1 if ev.button() == QtCore.Qt.LeftButton else -1
        self._stroke_before = self._values.copy()
        self._last_cell = None
        self._apply(self.cell_at(ev.position()))

    def mouseMoveEvent(self, ev: QtGui.QMouseEvent) -> None:
        if self._drag is not None:
            cell = self.cell_at(ev.position())
            if cell is not None and cell != self._drag[1]:
                self._drag = (self._drag[0], cell)
                self.update()
            return
        if self._stroke_before is not None:
            self._apply(self.cell_at(ev.position()))
        else:
            super().mouseMoveEvent(ev)

    def mouseReleaseEvent(self, ev: QtGui.QMouseEvent) -> None:
        if self._drag is not None:
            (r0, c0), (r1, c1) = self._drag
            self._drag = None
            self.update()
            if (r0, c0) != (r1, c1):  # a click is not a region
                self.regionSelected.emit(min(r0, r1), max(r0, r1) + 1, min(c0, c1), max(c0, c1) + 1)
            return
        if self._stroke_before is None:
            return super().mouseReleaseEvent(ev)
        before, self._stroke_before = self._stroke_before, None
        self._last_cell = None
        if not np.array_equal(before, self._values):
            self.strokeFinished.emit(before, self._values.copy())
