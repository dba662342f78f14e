"""Focus view: one plot fills the window's central area, for the moment a class must read it.

Double-click a plot — or click it and press F6 — and everything around it steps aside: the side
panels, the other plots and panels, the tab bars on the way; its texts take the presentation size.
Esc, F6 or another double-click brings the layout back exactly as it was. Nothing is moved from one
layout to another (a widget taken out of its grid or tab loses its place): the plot's neighbours
are hidden, so that the layouts themselves give it the room, and shown again afterwards.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from .plotting import style
from .view import PRESENTATION_SCALE
from .widgets.adaptive import AdaptiveGrid


class FocusView(QtCore.QObject):
    changed = QtCore.Signal(str)  # the name of the plot in focus, "" when none

    def __init__(self, main: QtWidgets.QMainWindow, docks: dict[str, QtWidgets.QDockWidget]):
        """The focus view of ``main``'s central area; its ``docks`` step aside too."""
        super().__init__(main)
        self._main, self._docks = main, docks
        self.plots: dict[QtWidgets.QWidget, str] = {}  # what can be focused, by name
        self._restyle: dict[QtWidgets.QWidget, object] = {}  # how each draws itself again in the current look
        self.selected: QtWidgets.QWidget | None = None  # the plot last clicked (F6 focuses it)
        self.focused: QtWidgets.QWidget | None = None
        self._hidden: list[QtWidgets.QWidget] = []
        self._splitters: list[tuple[QtWidgets.QSplitter, list[int]]] = []
        self._frozen: list[AdaptiveGrid] = []
        self._scale = 1.0

    def register(self, widget: QtWidgets.QWidget, name: str, restyle) -> None:
        """``widget`` (a plot, or a panel holding one) can take the focus by a double-click;
        ``restyle()`` draws its panel again in the current look (its texts grow in the focus view)."""
        self.plots[widget] = name
        self._restyle[widget] = restyle
        for w in [widget] + widget.findChildren(QtWidgets.QAbstractScrollArea):
            target = w.viewport() if isinstance(w, QtWidgets.QAbstractScrollArea) else w
            target.installEventFilter(self)
            target.setProperty("hopfield_focus_target", name)

    def _owner(self, obj) -> QtWidgets.QWidget | None:
        w = obj if isinstance(obj, QtWidgets.QWidget) else None
        while w is not None and w not in self.plots:
            w = w.parentWidget()
        return w

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt name)
        kind = ev.type()
        if kind == QtCore.QEvent.MouseButtonPress:
            self.selected = self._owner(obj)
        elif kind == QtCore.QEvent.MouseButtonDblClick and ev.button() == QtCore.Qt.LeftButton:
            owner = self._owner(obj)
            if owner is not None:
                self.toggle(owner)
                return True
        return False

    # --- entering and leaving --------------------------------------------------------------------------
    def toggle(self, widget: QtWidgets.QWidget | None = None) -> None:
        """F6: focus ``widget`` (default: the plot last clicked, else the first one shown), or leave."""
        if self.focused is not None:
            self.leave()
            return
        widget = widget or self._default()
        if widget is not None:
            self.enter(widget)

    def _default(self) -> QtWidgets.QWidget | None:
        if self.selected is not None and self.selected.isVisible():
            return self.selected
        return next((w for w in self.plots if w.isVisible()), None)

    def enter(self, widget: QtWidgets.QWidget) -> None:
        """``widget`` fills the central area; its texts at presentation size."""
        if self.focused is not None:
            self.leave()
        central = self._main.centralWidget()
        self.focused = widget
        self._size = self._main.size()
        # the docks in front (a dock tabbed behind another is "visible" too: shown again, it must stay behind)
        self._front = [d for d in self._docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()]
        for dock in self._docks.values():
            if dock.isVisible():
                dock.hide()
                self._hidden.append(dock)
        child, parent = widget, widget.parentWidget()
        while parent is not None and child is not central:
            if isinstance(parent, AdaptiveGrid):
                parent.frozen = True
                self._frozen.append(parent)
            if isinstance(parent, QtWidgets.QSplitter):
                self._splitters.append((parent, parent.sizes()))
            if not isinstance(parent, QtWidgets.QStackedWidget):  # other pages are hidden already
                for sib in parent.findChildren(QtWidgets.QWidget, options=QtCore.Qt.FindDirectChildrenOnly):
                    if sib is not child and not sib.isWindow() and sib.isVisibleTo(parent):
                        sib.hide()
                        self._hidden.append(sib)
            child, parent = parent, parent.parentWidget()
        if hasattr(widget, "set_focused"):  # a panel that keeps only what the plot needs (a paragraph steps aside)
            widget.set_focused(True)
        self._scale = style.LOOK["scale"]
        if self._scale < PRESENTATION_SCALE:  # the plot's texts at presentation size (its panel only)
            style.set_look(scale=PRESENTATION_SCALE)
            self._restyle[widget]()
        widget.setFocus()
        self.changed.emit(self.plots.get(widget, ""))

    def leave(self) -> None:
        """Everything back as it was before :meth:`enter`."""
        if self.focused is None:
            return
        widget, self.focused = self.focused, None
        if hasattr(widget, "set_focused"):
            widget.set_focused(False)
        if style.LOOK["scale"] != self._scale:
            style.set_look(scale=self._scale)
            self._restyle[widget]()
        for w in reversed(self._hidden):
            w.show()
        for dock in self._front:
            dock.raise_()
        self._hidden, self._front = [], []
        for splitter, sizes in self._splitters:
            splitter.setSizes(sizes)
        self._splitters = []
        for grid in self._frozen:
            grid.frozen = False
            grid.rearrange()
        self._frozen = []
        if self._main.size() != self._size:  # as it was (a larger look may have widened a hidden panel)
            self._main.resize(self._size)
        self.changed.emit("")

    def name(self) -> str:
        """The name of the plot in focus ("" when none)."""
        return self.plots.get(self.focused, "") if self.focused is not None else ""
