"""Light and dark: the system's choice by default (Qt's colour scheme), or forced from View ▸ Theme.

Widgets take a palette (Fusion with dark colours when dark); the plots read ``style.fg()``,
``style.bg()`` … each time they are styled, so the window re-applies its look after a change. The
state and editor grids keep dark = +1, light = −1 in both themes: those squares are data.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from .plotting import style

MODES = ("system", "light", "dark")
_original_style: str | None = None


def system_is_dark() -> bool:
    hints = QtGui.QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt ≥ 6.5
    return scheme is not None and scheme() == QtCore.Qt.ColorScheme.Dark


def dark_palette() -> QtGui.QPalette:
    p = QtGui.QPalette()
    c = QtGui.QColor
    roles = QtGui.QPalette.ColorRole
    for role, colour in [(roles.Window, "#2b2b2b"), (roles.WindowText, "#eeeeee"), (roles.Base, "#1e1e1e"),
                         (roles.AlternateBase, "#2b2b2b"), (roles.ToolTipBase, "#3a3a3a"),
                         (roles.ToolTipText, "#eeeeee"), (roles.PlaceholderText, "#9a9a9a"), (roles.Text, "#eeeeee"),
                         (roles.Button, "#3a3a3a"), (roles.ButtonText, "#eeeeee"), (roles.BrightText, "#ff6b6b"),
                         (roles.Link, "#56B4E9"), (roles.Highlight, "#0072B2"), (roles.HighlightedText, "#ffffff"),
                         (roles.Light, "#505050"), (roles.Midlight, "#404040"), (roles.Mid, "#303030"),
                         (roles.Dark, "#1a1a1a"), (roles.Shadow, "#000000")]:
        p.setColor(role, c(colour))
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        p.setColor(QtGui.QPalette.ColorGroup.Disabled, role, c("#7a7a7a"))
    return p


def apply(mode: str) -> bool:
    """Set the application's palette for ``mode`` (system, light or dark); returns True when dark."""
    global _original_style
    app = QtWidgets.QApplication.instance()
    if _original_style is None:
        _original_style = app.style().name()
    dark = system_is_dark() if mode == "system" else mode == "dark"
    wanted = "fusion" if dark else _original_style  # some native styles ignore a dark palette
    if app.style().name().lower() != wanted.lower():
        app.setStyle(wanted)
    palette = dark_palette() if dark else app.style().standardPalette()
    if app.palette() != palette:
        app.setPalette(palette)
    style.set_look(dark=dark)
    return dark
