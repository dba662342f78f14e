"""The save dialog of every export button: a path that ends in the file type's suffix."""

from __future__ import annotations

from PySide6 import QtWidgets


def ask_save_path(parent: QtWidgets.QWidget, title: str, suffix: str) -> str:
    """Ask where to save a ``suffix`` file (".png", ".csv"); the path with the suffix added if the
    user typed none, or "" if the dialog was cancelled."""
    path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, "", f"{suffix[1:].upper()} (*{suffix})")
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path
