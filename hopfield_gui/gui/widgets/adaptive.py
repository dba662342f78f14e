"""A few plots side by side when the screen has room, as tabs when it has not.

The Weights tab's four views and the Plasticity lab's three panels and player are a grid on a large
screen; on a 1024 × 640 projector in presentation mode each cell would leave a plot a few dozen
pixels high. :class:`AdaptiveGrid` lays its items out in the first arrangement whose cells give
every item the size it needs (``need(item)``, in the current look), else as tabs, one item a tab —
each then has the whole area. The choice is made again when the widget is resized or the look
changes (:meth:`rearrange`), with a margin so that it does not flip back and forth at the limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6 import QtCore, QtWidgets

Cell = tuple[int, int, int, int]  # row, column, row span, column span


@dataclass(frozen=True)
class Arrangement:
    """Where each item goes: a cell of the grid, or None for a tab of its own beside the grid (the
    grid is then the first tab, titled ``grid_title``)."""

    cells: tuple[Cell | None, ...]  # one per item, in the items' order
    row_stretch: tuple[int, ...] = ()
    col_stretch: tuple[int, ...] = ()
    grid_title: Callable[[], str] | None = None


class AdaptiveGrid(QtWidgets.QWidget):
    arranged = QtCore.Signal(str)  # "grid" (the first arrangement that fits: "grid", "grid1" …) or "tabs"

    def __init__(self, items: list[QtWidgets.QWidget], titles: list[Callable[[], str]],
                 arrangements: list[Arrangement], need: Callable[[QtWidgets.QWidget], QtCore.QSize],
                 parent=None, spacing: int = 6):
        super().__init__(parent)
        self.items, self._titles, self._arrangements, self._need = items, titles, arrangements, need
        self.mode = ""
        self.frozen = False  # the focus view holds the arrangement while one item fills the window
        self._spacing = spacing
        self.grid_page = QtWidgets.QWidget()
        self.grid = QtWidgets.QGridLayout(self.grid_page)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(QtCore.Qt.ElideNone)
        self.stack = QtWidgets.QStackedLayout(self)
        self.stack.addWidget(self.grid_page)
        self.stack.addWidget(self.tabs)
        for w in items:  # every item has a home from the start (in the grid, hidden until arranged)
            w.setParent(self.grid_page)
        self._arrange("tabs")

    # --- choosing -------------------------------------------------------------------------------------------
    def _fits(self, arr: Arrangement, size: QtCore.QSize, slack: float) -> bool:
        placed = [(item, cell) for item, cell in zip(self.items, arr.cells, strict=True) if cell is not None]
        if len(placed) < len(self.items):  # a tab bar over the grid
            size = QtCore.QSize(size.width(), size.height() - self.tabs.tabBar().sizeHint().height())
            if any(size.width() < self._need(item).width() * slack or size.height() < self._need(item).height() * slack
                   for item, cell in zip(self.items, arr.cells, strict=True) if cell is None):
                return False
        rows = max(r + rs for _, (r, _, rs, _) in placed)
        cols = max(c + cs for _, (_, c, _, cs) in placed)
        rstretch = list(arr.row_stretch) or [1] * rows
        cstretch = list(arr.col_stretch) or [1] * cols
        free_w = size.width() - self._spacing * (cols - 1)
        free_h = size.height() - self._spacing * (rows - 1)
        for item, (r, c, rs, cs) in placed:
            w = free_w * sum(cstretch[c:c + cs]) / sum(cstretch) + self._spacing * (cs - 1)
            h = free_h * sum(rstretch[r:r + rs]) / sum(rstretch) + self._spacing * (rs - 1)
            need = self._need(item)
            if w < need.width() * slack or h < need.height() * slack:
                return False
        return True

    def choose(self, size: QtCore.QSize | None = None) -> str:
        """The arrangement that fits ``size`` (default: the widget's): "grid", "grid1", … or "tabs"."""
        size = size or self.size()
        for i, arr in enumerate(self._arrangements):
            # leaving the grid at its limit, going back to it only with a little more room
            slack = 1.0 if self.mode == self._name(i) else 1.04
            if self._fits(arr, size, slack):
                return self._name(i)
        return "tabs"

    @staticmethod
    def _name(i: int) -> str:
        return "grid" if i == 0 else f"grid{i}"

    def rearrange(self) -> None:
        """Choose again (after a resize or a change of look)."""
        if self.frozen:
            return
        mode = self.choose()
        if mode != self.mode:
            self._arrange(mode)

    # --- arranging ------------------------------------------------------------------------------------------
    def _arrange(self, mode: str) -> None:
        current = self.current_item()
        self.mode = mode
        if mode == "tabs":
            j = self.tabs.indexOf(self.grid_page)
            if j >= 0:
                self.tabs.removeTab(j)
            self._home_grid()
            for i, w in enumerate(self.items):
                self.grid.removeWidget(w)
                if self.tabs.indexOf(w) < 0:
                    self.tabs.insertTab(i, w, self._titles[i]())
            self.stack.setCurrentWidget(self.tabs)
            if current is not None:
                self.tabs.setCurrentWidget(current)
        else:
            arr = self._arrangements[0 if mode == "grid" else int(mode[4:])]
            while self.tabs.count():
                self.tabs.removeTab(0)
            for r in range(self.grid.rowCount()):
                self.grid.setRowStretch(r, 0)
            for c in range(self.grid.columnCount()):
                self.grid.setColumnStretch(c, 0)
            aside = []
            for w, cell in zip(self.items, arr.cells, strict=True):
                self.grid.removeWidget(w)
                if cell is None:
                    aside.append(w)
                    continue
                self.grid.addWidget(w, *cell)
                w.show()
            for r, k in enumerate(arr.row_stretch):
                self.grid.setRowStretch(r, k)
            for c, k in enumerate(arr.col_stretch):
                self.grid.setColumnStretch(c, k)
            if aside:  # the grid as the first tab, the others beside it
                self.tabs.addTab(self.grid_page, arr.grid_title() if arr.grid_title else "")
                for w in aside:
                    self.tabs.addTab(w, self._titles[self.items.index(w)]())
                self.stack.setCurrentWidget(self.tabs)
                self.tabs.setCurrentWidget(current if current in aside else self.grid_page)
            else:
                self._home_grid()
                self.stack.setCurrentWidget(self.grid_page)
        self.arranged.emit(mode)

    def _home_grid(self) -> None:
        """The grid page back in this widget's own stack (a tab takes it away)."""
        if self.stack.indexOf(self.grid_page) < 0:
            self.stack.insertWidget(0, self.grid_page)

    def current_item(self) -> QtWidgets.QWidget | None:
        """The item shown in a tab of its own (None when the grid is shown: all of its items are)."""
        w = self.tabs.currentWidget() if self.stack.currentWidget() is self.tabs else None
        return w if w in self.items else None

    def show_item(self, item: QtWidgets.QWidget) -> None:
        """Bring ``item`` forward: its tab, or the grid's tab when it is in the grid."""
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentWidget(item if self.tabs.indexOf(item) >= 0 else self.grid_page)

    def retranslate(self) -> None:
        for i, w in enumerate(self.items):
            j = self.tabs.indexOf(w)
            if j >= 0:
                self.tabs.setTabText(j, self._titles[i]())
        j = self.tabs.indexOf(self.grid_page)
        arr = self._arrangements[0 if self.mode in ("grid", "tabs") else int(self.mode[4:])]
        if j >= 0 and arr.grid_title:
            self.tabs.setTabText(j, arr.grid_title())

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        self.rearrange()

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt name)
        # as small as one item in a tab: the grid is a luxury, never a reason to widen the window
        sizes = [w.minimumSizeHint() for w in self.items]
        return QtCore.QSize(max(s.width() for s in sizes), max(s.height() for s in sizes) + 40)
