"""What the app remembers between launches (QSettings): the window's layout, the parameters, the
Plasticity lab's settings, the Experiments tab's, language, theme, presentation mode, recent sessions
and the last folder.

The parameters are stored as one JSON object, :meth:`ExplorerParams.to_dict`, and read back with
:meth:`ExplorerParams.from_dict` — the same code as session files, so the list of parameters is
written once, through the same bounded JSON reader (``core/reading.py``); the lab's settings the
same way (:meth:`LabParams.to_dict`, the ``"plasticity"`` object of a session). A value that cannot be
read (another version's, edited by hand, damaged) is never an error at start: it is removed, the
default applies, and the window says which settings were reset (:attr:`WindowSettings.damaged`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

from ..core.reading import parse_json
from ..state.experiment_settings import ExperimentSettings
from ..state.lab import LabParams
from ..state.params import ExplorerParams
from . import theme
from .i18n.language import LANGUAGES
from .widgets import savedialog

MAX_PARAMS_BYTES = 64 * 1024  # the parameters' JSON is ~1 kB

MAX_RECENT = 8
FIRST_SIZE = (1400, 900)  # the window at its first start, when the screen has room


def fit_on_screen(widget: QtWidgets.QWidget, size: tuple[int, int] | None = None) -> None:
    """Resize ``widget`` to ``size`` (default: its own) or less, so that it fits the available area of
    its screen (a 1366 × 768 projector has about 1366 × 728 once the task bar is there), and move it
    inside that area."""
    screen = widget.screen() or QtGui.QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = widget.frameGeometry().size() - widget.size()  # title bar and borders
    want = QtCore.QSize(*size) if size else widget.size()
    need = widget.minimumSizeHint()
    w = max(need.width(), min(want.width(), area.width() - frame.width()))
    h = max(need.height(), min(want.height(), area.height() - frame.height()))
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)
    g = widget.frameGeometry()
    x = min(max(g.x(), area.x()), max(area.x(), area.right() - g.width() + 1))
    y = min(max(g.y(), area.y()), max(area.y(), area.bottom() - g.height() + 1))
    if (x, y) != (g.x(), g.y()):
        widget.move(x, y)


def read(st: QtCore.QSettings, key: str, default, kind, damaged: list | None = None, valid=None):
    """``st.value(key)`` as ``kind``, or ``default`` if it is missing or cannot be read as one (or
    ``valid(value)`` is false); a damaged value is removed and its key added to ``damaged``."""
    if not st.contains(key):
        return default
    try:
        value = st.value(key, default, kind)
        if not isinstance(value, kind) or (valid is not None and not valid(value)):
            raise TypeError(key)
        return value
    except Exception:  # noqa: BLE001 - whatever QSettings makes of a damaged file: the default, never a crash
        st.remove(key)
        if damaged is not None:
            damaged.append(key)
        return default


def _paths(items) -> bool:
    return all(isinstance(p, str) for p in items)


def remembered_language() -> str:
    """The language chosen in the Language menu ("" if none)."""
    return read(QtCore.QSettings(), "language", "", str, valid=lambda c: c == "" or c in LANGUAGES)


@dataclass
class Remembered:
    """What :meth:`WindowSettings.restore` read back (None: nothing usable was remembered)."""

    geometry: QtCore.QByteArray | None = None
    state: QtCore.QByteArray | None = None  # the docks and toolbars (QMainWindow.saveState)
    splitter: QtCore.QByteArray | None = None
    params: ExplorerParams | None = None
    lab: LabParams | None = None
    experiments: ExperimentSettings | None = None
    presentation: bool = False
    theme: str = "system"


@dataclass
class Layout:
    """The window's layout as :meth:`WindowSettings.save_on_exit` keeps it."""

    geometry: QtCore.QByteArray
    state: QtCore.QByteArray
    splitter: QtCore.QByteArray


class WindowSettings(QtCore.QObject):
    """The settings remembered between launches, read and written here and nowhere else; the window
    applies what :meth:`restore` returns. With ``persistent`` False (tests, the self-test, screenshots)
    the window's own state is neither read nor written at start and exit; the recent list and the last
    folder are shared either way. ``recentChanged`` says the recent list changed."""

    recentChanged = QtCore.Signal()

    def __init__(self, persistent: bool, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.persistent = persistent
        self.damaged: list[str] = []  # the keys that could not be read at start (removed; defaults apply)

    @staticmethod
    def _store() -> QtCore.QSettings:
        return QtCore.QSettings()

    # --- at start and exit ---------------------------------------------------------------------------
    def save_on_exit(self, layout: Layout, params: ExplorerParams, lab: LabParams,
                     experiments: ExperimentSettings | None = None) -> None:
        if not self.persistent:
            return
        st = self._store()
        st.setValue("window/geometry", layout.geometry)
        st.setValue("window/state", layout.state)
        st.setValue("window/splitter", layout.splitter)
        st.setValue("params", json.dumps(params.to_dict()))
        st.setValue("lab", json.dumps(lab.to_dict()))
        if experiments is not None:
            st.setValue("experiments", json.dumps(experiments.to_dict()))
        st.sync()

    def restore(self, n: int) -> Remembered:
        """Read back what :meth:`save_on_exit` and the view menu wrote (the parameters only if valid
        for ``n`` neurons); what cannot be read is removed and listed in :attr:`damaged`, never fatal."""
        st, bad = self._store(), self.damaged
        got = Remembered(
            geometry=read(st, "window/geometry", None, QtCore.QByteArray, bad),
            state=read(st, "window/state", None, QtCore.QByteArray, bad),
            splitter=read(st, "window/splitter", None, QtCore.QByteArray, bad),
            params=self._json(st, "params", lambda d: ExplorerParams.from_dict(d, "settings").validate(n)),
            lab=self._json(st, "lab", lambda d: LabParams.from_dict(d, "settings").validate()),
            experiments=self._json(st, "experiments", lambda d: ExperimentSettings.from_dict(d, "settings")),
            presentation=read(st, "view/presentation", False, bool, bad),
            theme=read(st, "view/theme", "system", str, bad, valid=lambda t: t in theme.MODES))
        read(st, "recent_sessions", [], list, bad, valid=_paths)
        read(st, savedialog.FOLDER_KEY, "", str, bad)  # the dialogs' folder (widgets/savedialog.py)
        if bad:
            st.sync()
        return got

    def damage_message(self) -> str:
        """What to tell the user about the settings that were reset at start ("" if none)."""
        if not self.damaged:
            return ""
        return self.tr("Some remembered settings could not be read and were reset to their "
                       "defaults: {keys}.").format(keys=", ".join(self.damaged))

    def _json(self, st, key: str, make):
        """``make(the JSON object stored under key)``, or None when there is none; one that cannot be
        read or made (another version's, damaged) is removed and reported."""
        text = read(st, key, "", str, self.damaged)
        if not text:
            return None
        try:
            data = text.encode("utf-8", "surrogatepass")
            if len(data) > MAX_PARAMS_BYTES:
                raise ValueError("too long")
            return make(parse_json(data, "settings"))
        except Exception:  # noqa: BLE001 - another version's settings, or damaged: the defaults
            st.remove(key)
            self.damaged.append(key)
            return None

    def reset(self) -> str:
        """Forget every remembered setting (window layout, parameters, recent files, folder); returns
        what to tell the user."""
        st = self._store()
        st.clear()
        st.sync()
        self.recentChanged.emit()
        return self.tr("Settings reset: the defaults apply at the next start")

    # --- remembered as they change ---------------------------------------------------------------------
    def remember_view(self, key: str, value) -> None:
        if self.persistent:
            self._store().setValue(f"view/{key}", value)

    def remember_language(self, code: str) -> None:
        if self.persistent:
            self._store().setValue("language", code)

    def recent_sessions(self) -> list[str]:
        return read(self._store(), "recent_sessions", [], list, valid=_paths)[:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent_sessions() if p != str(path)]
        self._store().setValue("recent_sessions", ([str(path)] + items)[:MAX_RECENT])
        self.recentChanged.emit()
