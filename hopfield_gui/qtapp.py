"""Creating the QApplication the same way everywhere (window, self-test, CLI plots)."""

from __future__ import annotations

import os
import sys


def ensure_app(offscreen: bool = False):
    """Return the QApplication, creating it (offscreen when asked or when there is no display)."""
    if offscreen or (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                     and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(sys.argv[:1])
        app.setApplicationName("Hopfield Explorer")
        app.setOrganizationName("HopfieldExplorer")
        from PySide6 import QtGui

        from .resources_access import resource_path
        with resource_path("icons", "hopfield-explorer.png") as icon:
            app.setWindowIcon(QtGui.QIcon(QtGui.QPixmap(str(icon))))
    return app
