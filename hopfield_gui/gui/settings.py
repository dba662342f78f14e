"""What the app remembers between launches (QSettings): the window's layout, the parameters,
language, theme, presentation mode, recent sessions and the last folder.

The parameters are stored as one JSON object, :meth:`ExplorerParams.to_dict`, and read back with
:meth:`ExplorerParams.from_dict` — the same code as session files, so the list of parameters is
written once. A value that cannot be read is ignored (the defaults apply), never an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from PySide6 import QtCore, QtGui

from ..state.params import ExplorerParams

MAX_RECENT = 8
FIRST_SIZE = (1400, 900)  # the window at its first start, when the screen has room


def fit_on_screen(win, size: tuple[int, int] | None = None) -> None:
    """Resize ``win`` to ``size`` (default: its own) or less, so that it fits the available area of
    its screen (a 1366 × 768 projector has about 1366 × 728 once the task bar is there), and move it
    inside that area."""
    screen = win.screen() or QtGui.QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = win.frameGeometry().size() - win.size()  # title bar and borders
    want = QtCore.QSize(*size) if size else win.size()
    need = win.minimumSizeHint()
    w = max(need.width(), min(want.width(), area.width() - frame.width()))
    h = max(need.height(), min(want.height(), area.height() - frame.height()))
    if (w, h) != (win.width(), win.height()):
        win.resize(w, h)
    g = win.frameGeometry()
    x = min(max(g.x(), area.x()), max(area.x(), area.right() - g.width() + 1))
    y = min(max(g.y(), area.y()), max(area.y(), area.bottom() - g.height() + 1))
    if (x, y) != (g.x(), g.y()):
        win.move(x, y)


def remembered_language() -> str:
    """The language chosen in the Language menu ("" if none)."""
    return QtCore.QSettings().value("language", "", str)


class WindowSettings(QtCore.QObject):
    """The remembered settings of the window ``win``. With ``persistent`` False (tests, the
    self-test, screenshots) the window's own state is neither read nor written at start and exit;
    the recent list and the last folder are shared either way."""

    def __init__(self, win, persistent: bool):
        super().__init__(win)
        self.win = win
        self.persistent = persistent
        self.restored_geometry = False  # the teacher's size and place were read back (restore)

    @staticmethod
    def _store() -> QtCore.QSettings:
        return QtCore.QSettings()

    # --- at start and exit ---------------------------------------------------------------------------
    def save_on_exit(self) -> None:
        if not self.persistent:
            return
        st, win = self._store(), self.win
        st.setValue("window/geometry", win.saveGeometry())
        with win.view.normal_layout():
            st.setValue("window/state", win.saveState())
        st.setValue("window/splitter", win.splitter.saveState())
        st.setValue("params", json.dumps(win.controller.params.to_dict()))
        st.sync()

    def restore(self) -> None:
        """Read back what :meth:`save_on_exit` and the view menu wrote (typed reads)."""
        st, win = self._store(), self.win
        geo = st.value("window/geometry")
        self.restored_geometry = isinstance(geo, QtCore.QByteArray) and win.restoreGeometry(geo)
        if self.restored_geometry:
            fit_on_screen(win)  # the teacher's size, but never larger than this screen (another projector)
        state = st.value("window/state")
        if isinstance(state, QtCore.QByteArray):
            win.restoreState(state)
        spl = st.value("window/splitter")
        if isinstance(spl, QtCore.QByteArray):
            win.splitter.restoreState(spl)
            win.sized = True
        try:
            params = ExplorerParams.from_dict(json.loads(st.value("params", "{}", str)), "settings")
            params.validate(win.controller.library.n)
        except ValueError:  # JSONDecodeError is one too: settings from another version, or edited
            params = None
        if params is not None:
            win.controller.update(**asdict(params))
        if st.value("view/presentation", False, bool):
            win.view.set_presentation(True)
        win.view.set_theme(st.value("view/theme", "system", str))

    def reset(self) -> None:
        """Forget every remembered setting (window layout, parameters, recent files, folder)."""
        st = self._store()
        st.clear()
        st.sync()
        self.win.menus.refresh_recent()
        self.win.notify(self.tr("Settings reset: the defaults apply at the next start"))

    # --- remembered as they change ---------------------------------------------------------------------
    def remember_view(self, key: str, value) -> None:
        if self.persistent:
            self._store().setValue(f"view/{key}", value)

    def remember_language(self, code: str) -> None:
        if self.persistent:
            self._store().setValue("language", code)

    def last_folder(self) -> str:
        return self._store().value("last_folder", "", str)

    def remember_folder(self, path: str) -> None:
        if path:
            self._store().setValue("last_folder", str(Path(path).parent))

    def recent_sessions(self) -> list[str]:
        return [str(p) for p in (self._store().value("recent_sessions", [], list) or [])]

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent_sessions() if p != str(path)]
        self._store().setValue("recent_sessions", ([str(path)] + items)[:MAX_RECENT])
        self.win.menus.refresh_recent()
