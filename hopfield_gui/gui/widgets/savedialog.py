"""The save dialog of every export button (a path that ends in the file type's suffix), and the
non-blocking warning every export shows when a file cannot be written."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


def ask_save_path(parent: QtWidgets.QWidget, title: str, suffix: str) -> str:
    """Ask where to save a ``suffix`` file (".png", ".csv"); the path with the suffix added if the
    user typed none, or "" if the dialog was cancelled."""
    path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, "", f"{suffix[1:].upper()} (*{suffix})")
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


def warn(parent: QtWidgets.QWidget, text: str, title: str = "Hopfield Explorer") -> QtWidgets.QMessageBox:
    """Say what went wrong in a message box that does not block (the simulation and the tests go
    on); the box deletes itself when closed."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, title, text, QtWidgets.QMessageBox.Ok, parent)
    box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
    box.open()
    return box
