"""A label for text that changes every frame: it repaints itself but never asks the window for
a new layout (QLabel.setText does, which made Qt re-lay-out and repaint the whole window at
every frame)."""

from __future__ import annotations

import math
import re

from PySide6 import QtCore, QtGui, QtWidgets


class LiveLabel(QtWidgets.QWidget):
    def __init__(self, sample: str = "", lines: int = 1, rich: bool = False, font: QtGui.QFont | None = None,
                 parent=None, grow: bool = False):
        """``sample``: a long text that sets the preferred width; ``lines``: the room in lines (the
        least, with ``grow``: a plain text that needs more lines at the current width gets them —
        a new layout only when the number of lines changes)."""
        super().__init__(parent)
        if font is not None:
            self.setFont(font)
        self._text = ""
        self._rich = rich
        self._doc = QtGui.QTextDocument() if rich else None
        if self._doc is not None:
            self._doc.setDocumentMargin(0)
        self._colour = None
        self._sample, self._lines, self._min_lines, self._grow = sample, lines, lines, grow
        self._fitted = None  # what the lines were last fitted to (rich text)
        self.setSizePolicy(QtWidgets.QSizePolicy.Preferred, QtWidgets.QSizePolicy.Fixed)
        self._measure()

    def _measure(self) -> None:
        fm = QtGui.QFontMetrics(self.font())
        self._hint = QtCore.QSize(fm.horizontalAdvance(self._sample) + 12 if self._sample else 200,
                                  self._lines * fm.lineSpacing() + 8)
        self.setMinimumHeight(self._hint.height())

    def setLines(self, lines: int) -> None:
        """Room for ``lines`` lines (a new layout only when the number changes)."""
        if lines != self._lines:
            self._lines = lines
            self._measure()
            self.updateGeometry()

    def changeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        if ev.type() == QtCore.QEvent.FontChange and hasattr(
            self, "_sample"
        ):  # presentation mode: room for the larger text
            self._measure()
            if self._doc is not None:
                self._doc.setDefaultFont(self.font())
            self._fit_lines()
            self.updateGeometry()
        super().changeEvent(ev)

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        self._fit_lines()

    def _text_rect(self) -> QtCore.QRect:
        return self.rect().adjusted(4, 2, -4, -2)

    def _fit_lines(self) -> None:
        if not self._grow or self.width() <= 8:
            return
        fm = QtGui.QFontMetrics(self.font())
        r = self._text_rect()
        if self._doc is not None:  # rich text: as many lines as its laid-out height
            # laid out again only when more than digits changed (numbers change every frame, the
            # lines they take do not): a layout per frame cost the event loop milliseconds
            key = (re.sub(r"\d", "0", self._text), r.width(), self.font().toString())
            if key == self._fitted:
                return
            self._fitted = key
            doc = self._laid_out(r.width())
            self.setLines(max(self._min_lines, math.ceil((doc.size().height() - 2) / fm.lineSpacing())))
            return
        h = fm.boundingRect(QtCore.QRect(0, 0, r.width(), 100_000), QtCore.Qt.TextWordWrap, self._text).height()
        # n lines are n·lineSpacing − leading high
        self.setLines(max(self._min_lines, round((h + fm.leading()) / fm.lineSpacing())))

    def fits(self) -> bool:
        """The whole text is visible (no word cut at the right edge, no line below the bottom)."""
        r = self._text_rect()
        if self._doc is not None:
            doc = self._laid_out(r.width())
            return doc.idealWidth() <= r.width() + 1 and doc.size().height() <= r.height() + 2
        fm = QtGui.QFontMetrics(self.font())
        if self._lines == 1:
            return fm.horizontalAdvance(self._text) <= r.width()
        words = self._text.split()
        b = fm.boundingRect(QtCore.QRect(0, 0, r.width(), 100_000), QtCore.Qt.TextWordWrap, self._text)
        return all(fm.horizontalAdvance(w) <= r.width() for w in words) and b.height() <= r.height()

    def _laid_out(self, width: float) -> QtGui.QTextDocument:
        """A copy of the rich text laid out at ``width``, without margins (the widget has its own)."""
        doc = self._doc.clone()
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        return doc

    def sizeHint(self) -> QtCore.QSize:
        return self._hint

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(40, self._hint.height())

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        if self._doc is not None:
            self._doc.setDefaultFont(self.font())
            self._doc.setHtml(text)
        self._fit_lines()
        self.update()

    def setColour(self, colour: str | None) -> None:
        self._colour = colour
        self.update()

    def paintEvent(self, ev) -> None:
        p = QtGui.QPainter(self)
        r = self._text_rect()
        if self._doc is not None:
            self._doc.setTextWidth(r.width())
            p.translate(r.topLeft())
            self._doc.drawContents(p, QtCore.QRectF(0, 0, r.width(), r.height()))
        else:
            if self._colour:
                p.setPen(QtGui.QColor(self._colour))
            flags = QtCore.Qt.AlignVCenter | QtCore.Qt.AlignLeft
            if self._lines > 1:  # long texts (French, presentation mode) go on to the next line
                flags |= QtCore.Qt.TextWordWrap
                if p.boundingRect(r, flags, self._text).height() > r.height():
                    flags = (
                        QtCore.Qt.AlignTop | QtCore.Qt.AlignLeft | QtCore.Qt.TextWordWrap
                    )  # its start, not its middle
            p.drawText(r, flags, self._text)
        p.end()
