"""How the window looks: presentation mode (F5, for a lecture hall) and the light/dark theme.

The look itself (colours, sizes) is ``plotting/style.py``; this module switches it and re-applies
it to every panel.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from . import theme
from .plotting import style

PRESENTATION_SCALE = 1.35
PAGES = ("network", "plasticity")  # the central widget's pages, in their order


def scaled_font(font: QtGui.QFont, scale: float, base: float | None = None) -> QtGui.QFont:
    """``font`` at ``scale`` times ``base`` (its own size by default), in points or in pixels,
    whichever the font was given in."""
    f = QtGui.QFont(font)
    if font.pointSizeF() > 0:
        f.setPointSizeF((base or font.pointSizeF()) * scale)
    elif font.pixelSize() > 0:
        f.setPixelSize(max(1, round((base or font.pixelSize()) * scale)))
    return f


def fit_current_page(pages: QtWidgets.QStackedWidget) -> None:
    """Only the page shown sets the window's minimum size (a QStackedWidget takes the largest of
    all its pages': the lab's plots would widen the explorer's window, the explorer's docks the lab's)."""
    ignored = QtWidgets.QSizePolicy.Ignored
    for i in range(pages.count()):
        page = pages.widget(i)
        if i == pages.currentIndex():
            page.setSizePolicy(QtWidgets.QSizePolicy.Preferred, QtWidgets.QSizePolicy.Preferred)
        else:
            page.setSizePolicy(ignored, ignored)
    pages.updateGeometry()


_APP_FONT: list[QtGui.QFont] = []  # the application's font before any presentation mode (one application)


def app_base_font() -> QtGui.QFont:
    """The application's own font, unscaled: kept once, since windows come and go (a window closed in
    presentation mode leaves the application's font enlarged, and the next one must not scale it again)."""
    if not _APP_FONT:
        _APP_FONT.append(QtGui.QFont(QtWidgets.QApplication.instance().font()))
    return _APP_FONT[0]


def _fixed_font(w: QtWidgets.QWidget) -> bool:
    """The widget (or a parent) keeps its font in presentation mode (the toolbars: the teacher's)."""
    while w is not None:
        if w.property("hopfield_fixed_font"):
            return True
        w = w.parentWidget()
    return False


class ViewModes(QtCore.QObject):
    """Which page is shown (the network explorer or the Plasticity lab), presentation mode and the
    theme. The look itself has one owner, ``plotting/style.py`` (:func:`style.presenting`); this class
    switches it, scales the fonts of ``root`` and its children, shows the ``pages`` and moves the
    ``docks`` aside, and says what changed — ``pageChanged``, ``presentationChanged``, ``themeChanged``,
    ``restyled`` (every panel draws itself again in the look) — to whoever shows it. ``aboutToRearrange``
    comes first (the focus view leaves: the layout it would restore is about to change). ``remember(key,
    value)`` keeps a choice for the next start."""

    aboutToRearrange = QtCore.Signal()
    pageChanged = QtCore.Signal(str)
    presentationChanged = QtCore.Signal(bool)
    themeChanged = QtCore.Signal(str)
    restyled = QtCore.Signal()

    def __init__(self, root: QtWidgets.QWidget, pages: QtWidgets.QStackedWidget,
                 docks: dict[str, QtWidgets.QDockWidget], remember: Callable[[str, object], None]):
        super().__init__(root)
        self._root, self._pages, self._docks, self._remember = root, pages, docks, remember
        self.theme = "system"
        self._docks_before: dict[str, bool] | None = None  # which docks were shown before they stepped aside
        self.page = "network"
        # a new window starts out of presentation mode (its settings may restore it), whatever a window
        # closed before it left behind
        style.set_look(scale=1.0)
        app = QtWidgets.QApplication.instance()
        if app.font() != app_base_font():
            app.setFont(app_base_font())
        hints = QtGui.QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.system_scheme_changed)

    def set_presentation(self, on: bool) -> None:
        """Projector mode: every text larger (menus, panels, labels, plot titles and numbers),
        thicker curves, and the panels rearranged rather than grown: the docks (patterns, editor,
        parameters) step aside so that the network state and the curves take the room; leaving
        the mode brings back those that were shown (F5 toggles; View shows any dock meanwhile)."""
        on = bool(on)
        self.aboutToRearrange.emit()
        scale = PRESENTATION_SCALE if on else 1.0
        style.set_look(scale=scale)
        self._arrange_docks()
        self.presentationChanged.emit(on)
        QtWidgets.QApplication.instance().setFont(scaled_font(app_base_font(), scale))
        for w in [self._root] + self._root.findChildren(QtWidgets.QWidget):
            if not w.testAttribute(QtCore.Qt.WA_SetFont) or _fixed_font(w):
                continue  # follows the application's font (or its parent's), or keeps its own
            base = w.property("hopfield_base_size")
            if base is None:
                f0 = w.font()
                base = f0.pointSizeF() if f0.pointSizeF() > 0 else f0.pixelSize()
                w.setProperty("hopfield_base_size", base)
            w.setFont(scaled_font(w.font(), scale, float(base)))
        self.restyle()
        self._remember("presentation", on)

    def _arrange_docks(self, hide: bool | None = None) -> None:
        """The docks (patterns, editor, parameters) belong to the network explorer: they step aside in
        presentation mode and on the Plasticity lab's page (or as ``hide`` says), and come back as they were."""
        if hide is None:
            hide = self.presenting() or self.page != "network"
        if hide and self._docks_before is None:
            self._docks_before = {k: not d.isHidden() for k, d in self._docks.items()}
            for d in self._docks.values():
                d.hide()
        elif not hide and self._docks_before is not None:
            for k, d in self._docks.items():
                d.setVisible(self._docks_before.get(k, True))
            self._docks_before = None

    @contextmanager
    def normal_layout(self):
        """The docks as they are on the explorer outside presentation mode, for a moment (what the
        settings keep: leaving the app in F5 or in the lab must not hide the side panels for good)."""
        self._arrange_docks(hide=False)
        try:
            yield
        finally:
            self._arrange_docks()

    def set_page(self, page: str) -> None:
        """Show the network explorer or the Plasticity lab (View menu, toolbar, Ctrl+1 / Ctrl+2); the
        explorer's docks belong to its page."""
        if page not in PAGES:
            return
        self.aboutToRearrange.emit()
        self.page = page
        self._pages.setCurrentIndex(PAGES.index(page))
        fit_current_page(self._pages)
        self._arrange_docks()
        self.pageChanged.emit(page)

    @staticmethod
    def presenting() -> bool:
        return style.presenting()

    def set_theme(self, mode: str, remember: bool = True) -> None:
        """Light, dark, or whatever the system uses (and follows it when it changes)."""
        if mode not in theme.MODES:
            mode = "system"
        self.theme = mode
        theme.apply(mode)
        self.themeChanged.emit(mode)
        self.restyle()
        if remember:
            self._remember("theme", mode)

    @QtCore.Slot()
    def system_scheme_changed(self, *_) -> None:
        """What Qt's colorSchemeChanged calls: follow the system if the user chose to."""
        if self.theme == "system":
            self.set_theme("system", remember=False)

    def restyle(self) -> None:
        """Re-apply the look (theme, presentation mode) to everything drawn."""
        self.restyled.emit()
