"""The one save dialog and the one open dialog of the app, and the folder they last used (remembered
between launches: the only owner of the "last_folder" setting), and the non-blocking warning every
export shows when a file cannot be written."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

FOLDER_KEY = "last_folder"


def last_folder() -> str:
    """The folder of the last file opened or saved ("" at first)."""
    try:
        value = QtCore.QSettings().value(FOLDER_KEY, "", str)
    except Exception:  # noqa: BLE001 - a damaged setting: start in the default folder
        return ""
    return value if isinstance(value, str) else ""


def remember_folder(path: str) -> None:
    if path:
        QtCore.QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


def ask_save_path(parent: QtWidgets.QWidget, title: str, suffix: str, filters: str | None = None) -> str:
    """Ask where to save a ``suffix`` file (".png", ".csv", ".hopfield.json"), starting in the last
    folder; the path with ``suffix`` added if the user typed none of the suffixes ``filters`` offers,
    or "" if the dialog was cancelled."""
    filters = filters or f"{suffix.lstrip('.').upper()} (*{suffix})"
    path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, last_folder(), filters)
    if not path:
        return ""
    remember_folder(path)
    offered = [p.strip().lstrip("*").lower() for part in filters.split(";;")
               for p in part[part.find("(") + 1:part.rfind(")")].split()]
    if not path.lower().endswith(tuple(s for s in offered + [suffix.lower()] if s)):
        path += suffix
    return path


def ask_open_path(parent: QtWidgets.QWidget, title: str, filters: str) -> str:
    """Ask which file to open, starting in the last folder ("" if cancelled)."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, last_folder(), filters)
    remember_folder(path)
    return path


def warn(parent: QtWidgets.QWidget, text: str, title: str = "Hopfield Explorer") -> QtWidgets.QMessageBox:
    """Say what went wrong in a message box that does not block (the simulation and the tests go
    on); the box deletes itself when closed."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, title, text, QtWidgets.QMessageBox.Ok, parent)
    box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
    box.open()
    return box
