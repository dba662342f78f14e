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


def scaled_font(font: QtGui.QFont, scale: float, base: float | None = None) -> QtGui.QFont:
    """``font`` at ``scale`` times ``base`` (its own size by default), in points or in pixels,
    whichever the font was given in."""
    f = QtGui.QFont(font)
    if font.pointSizeF() > 0:
        f.setPointSizeF((base or font.pointSizeF()) * scale)
    elif font.pixelSize() > 0:
        f.setPixelSize(max(1, round((base or font.pixelSize()) * scale)))
    return f


class ViewModes(QtCore.QObject):
    """Presentation mode and theme of the window ``win``."""

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.theme = "system"
        self._base_font: QtGui.QFont | None = None
        self._docks_before: dict[str, bool] | None = None  # which docks were shown before F5
        hints = QtGui.QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.system_scheme_changed)

    def set_presentation(self, on: bool) -> None:
        """Projector mode: every text larger (menus, panels, labels, plot titles and numbers),
        thicker curves, and the panels rearranged rather than grown: the docks (patterns, editor,
        parameters) step aside so that the network state and the curves take the room; leaving
        the mode brings back those that were shown (F5 toggles; View shows any dock meanwhile)."""
        self._arrange_docks(on)
        self.win.state_panel.set_compact(on)
        scale = PRESENTATION_SCALE if on else 1.0
        style.set_look(scale=scale)
        app = QtWidgets.QApplication.instance()
        if self._base_font is None:
            self._base_font = QtGui.QFont(app.font())
        app.setFont(scaled_font(self._base_font, scale))
        for w in [self.win] + self.win.findChildren(QtWidgets.QWidget):
            if not w.testAttribute(QtCore.Qt.WA_SetFont):
                continue  # follows the application's font (or its parent's)
            base = w.property("hopfield_base_size")
            if base is None:
                f0 = w.font()
                base = f0.pointSizeF() if f0.pointSizeF() > 0 else f0.pixelSize()
                w.setProperty("hopfield_base_size", base)
            w.setFont(scaled_font(w.font(), scale, float(base)))
        self.restyle()
        self.win.menus.presentation.setChecked(on)
        self.win.settings.remember_view("presentation", bool(on))

    def _arrange_docks(self, presenting: bool) -> None:
        docks = self.win.docks
        if presenting and self._docks_before is None:
            self._docks_before = {k: not d.isHidden() for k, d in docks.items()}
            for d in docks.values():
                d.hide()
        elif not presenting and self._docks_before is not None:
            for k, d in docks.items():
                d.setVisible(self._docks_before.get(k, True))
            self._docks_before = None

    @contextmanager
    def normal_layout(self):
        """The docks as they are outside presentation mode, for a moment (what the settings keep:
        leaving the app in F5 must not make the side panels hidden for good)."""
        presenting = self._docks_before is not None
        if presenting:
            self._arrange_docks(False)
        try:
            yield
        finally:
            if presenting:
                self._arrange_docks(True)

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
        w.update_status(force=True)
