"""A plain, translated right-click menu for the plots.

pyqtgraph's own menu (ViewBox options, Plot Options, Export…) is in English only and aimed at
experts; in class a plot needs two things: show everything again after a zoom, and a picture for
the slides. Every plot of the window gets this menu instead.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QCoreApplication


def install(widget: pg.PlotWidget) -> None:
    """Replace pyqtgraph's context menu of ``widget`` by :func:`context_menu`."""
    widget.getPlotItem().setMenuEnabled(False)
    widget.setContextMenuPolicy(QtCore.Qt.CustomContextMenu)
    widget.customContextMenuRequested.connect(
        lambda pos: context_menu(widget).popup(widget.mapToGlobal(pos)))


def context_menu(widget: pg.PlotWidget) -> QtWidgets.QMenu:
    menu = QtWidgets.QMenu(widget)
    menu.setAttribute(QtCore.Qt.WA_DeleteOnClose)
    show_all = menu.addAction(QCoreApplication.translate("PlotMenu", "Show everything"))
    show_all.triggered.connect(lambda: widget.getPlotItem().autoRange())
    export = menu.addAction(QCoreApplication.translate("PlotMenu", "Export as PNG…"))
    export.triggered.connect(lambda: _export_dialog(widget))
    return menu


def _export_dialog(widget: pg.PlotWidget) -> None:
    from ..plotting.figures import export_png
    from .savedialog import ask_save_path
    path = ask_save_path(widget, QCoreApplication.translate("PlotMenu", "Export as PNG"), ".png")
    if not path:
        return
    try:
        export_png(widget, path)
    except OSError as exc:
        QtWidgets.QMessageBox.warning(widget, QCoreApplication.translate("PlotMenu", "Export as PNG"), str(exc))
