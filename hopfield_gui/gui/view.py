"""How the window looks: presentation mode (F5, for a lecture hall) and the light/dark theme.

The look itself (colours, sizes) is ``plotting/style.py``; this module switches it and re-applies
it to every panel.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6 import QtCore, QtGui, QtWidgets

from . import theme
from .plotting import style

PRESENTATION_SCALE = 1.35
PAGES = ("network", "plasticity")  # the central widget's pages, in the order of win.pages


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


def _fixed_font(w: QtWidgets.QWidget) -> bool:
    """The widget (or a parent) keeps its font in presentation mode (the toolbars: the teacher's)."""
    while w is not None:
        if w.property("hopfield_fixed_font"):
            return True
        w = w.parentWidget()
    return False


class ViewModes(QtCore.QObject):
    """Presentation mode and theme of the window ``win``."""

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.theme = "system"
        self._base_font: QtGui.QFont | None = None
        self._docks_before: dict[str, bool] | None = None  # which docks were shown before they stepped aside
        self._presenting = False
        self.page = "network"
        hints = QtGui.QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.system_scheme_changed)

    def set_presentation(self, on: bool) -> None:
        """Projector mode: every text larger (menus, panels, labels, plot titles and numbers),
        thicker curves, and the panels rearranged rather than grown: the docks (patterns, editor,
        parameters) step aside so that the network state and the curves take the room; leaving
        the mode brings back those that were shown (F5 toggles; View shows any dock meanwhile)."""
        self.win.focus.leave()  # the layout the focus view would restore is about to change
        self._presenting = bool(on)
        self._arrange_docks()
        self.win.state_panel.set_compact(on)
        self.win.plasticity.set_compact(on)
        scale = PRESENTATION_SCALE if on else 1.0
        style.set_look(scale=scale)
        app = QtWidgets.QApplication.instance()
        if self._base_font is None:
            self._base_font = QtGui.QFont(app.font())
        app.setFont(scaled_font(self._base_font, scale))
        for w in [self.win] + self.win.findChildren(QtWidgets.QWidget):
            if not w.testAttribute(QtCore.Qt.WA_SetFont) or _fixed_font(w):
                continue  # follows the application's font (or its parent's), or keeps its own
            base = w.property("hopfield_base_size")
            if base is None:
                f0 = w.font()
                base = f0.pointSizeF() if f0.pointSizeF() > 0 else f0.pixelSize()
                w.setProperty("hopfield_base_size", base)
            w.setFont(scaled_font(w.font(), scale, float(base)))
        self.restyle()
        self.win.arrange_center()
        self.win.menus.presentation.setChecked(on)
        self.win.settings.remember_view("presentation", bool(on))

    def _arrange_docks(self) -> None:
        """The docks (patterns, editor, parameters) belong to the network explorer: they step aside in
        presentation mode and on the Plasticity lab's page, and come back as they were."""
        docks = self.win.docks
        hide = self._presenting or self.page != "network"
        if hide and self._docks_before is None:
            self._docks_before = {k: not d.isHidden() for k, d in docks.items()}
            for d in docks.values():
                d.hide()
        elif not hide and self._docks_before is not None:
            for k, d in docks.items():
                d.setVisible(self._docks_before.get(k, True))
            self._docks_before = None

    @contextmanager
    def normal_layout(self):
        """The docks as they are on the explorer outside presentation mode, for a moment (what the
        settings keep: leaving the app in F5 or in the lab must not hide the side panels for good)."""
        saved = (self._presenting, self.page)
        self._presenting, self.page = False, "network"
        self._arrange_docks()
        self._page_toolbars(True)
        try:
            yield
        finally:
            self._presenting, self.page = saved
            self._arrange_docks()
            self._page_toolbars(self.page == "network")

    def _page_toolbars(self, network: bool) -> None:
        """The explorer's presets on its page, the lab's on the lab's."""
        self.win.menus.presets_toolbar.setVisible(network)
        self.win.menus.lab_toolbar.setVisible(not network)

    def set_page(self, page: str) -> None:
        """Show the network explorer or the Plasticity lab (View menu, toolbar, Ctrl+1 / Ctrl+2). The
        explorer's docks, presets and keys belong to its page; a running network is paused when the
        lab is shown (it would run unseen)."""
        if page not in PAGES:
            return
        w, menus = self.win, self.win.menus
        w.focus.leave()
        self.page = page
        network = page == "network"
        w.pages.setCurrentIndex(PAGES.index(page))
        fit_current_page(w.pages)
        self._arrange_docks()
        self._page_toolbars(network)
        for a in (menus.run, menus.step, menus.reset, menus.quiz, menus.reveal):
            a.setEnabled(network)
        # N, K, α, β of the network: not the lab's business (and a message shown has the bar)
        w.status_alpha.setVisible(network and not w.statusBar().currentMessage())
        menus.pages[page].setChecked(True)
        if not network:
            w.plasticity.lab.start()
            if w.controller.running:
                w.controller.pause()
            w.plasticity.player.setFocus()  # Space plays the protocol
        w.update_status(force=True)

    def open_lab(self, preset=None) -> None:
        """The Plasticity lab, set up by one of its presets if given."""
        self.set_page("plasticity")
        if preset is not None:
            self.win.plasticity.lab.apply_preset(preset)
            self.win.plasticity.show_panel(preset.params.play_panel)

    def presenting(self) -> bool:
        return style.presenting()

    def set_theme(self, mode: str, remember: bool = True) -> None:
        """Light, dark, or whatever the system uses (and follows it when it changes)."""
        if mode not in theme.MODES:
            mode = "system"
        self.theme = mode
        theme.apply(mode)
        for m, a in self.win.menus.themes.items():
            a.setChecked(m == mode)
        self.restyle()
        if remember:
            self.win.settings.remember_view("theme", mode)

    @QtCore.Slot()
    def system_scheme_changed(self, *_) -> None:
        """What Qt's colorSchemeChanged calls: follow the system if the user chose to."""
        if self.theme == "system":
            self.set_theme("system", remember=False)

    def restyle(self) -> None:
        """Re-apply the look (theme, presentation mode) to everything drawn."""
        w = self.win
        w.library_panel.refresh()  # thumbnail frames in the curves' colours
        w.curves.restyle()
        w.weights.restyle()
        w.experiments.restyle()
        w.plasticity.restyle()
        w.update_status(force=True)
