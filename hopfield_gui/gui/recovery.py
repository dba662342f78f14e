"""The question asked at start when windows did not end normally: which of their autosaved work to
bring back. Every such autosave is listed (when it was saved, what it holds); Restore opens the one
selected in this window, Discard deletes the one selected, Later keeps them all for the next start.
Nothing is deleted unless the user says so or its work has been restored (``autosave.py``)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from ..state.session import SessionError, load_session
from .i18n.messages import explain


def describe(path) -> tuple[str, str]:
    """One line about an autosave (when, how many patterns, which grid, or that it cannot be read)
    and its tooltip (the file, and why it cannot be read)."""
    when = QtCore.QLocale().toString(QtCore.QFileInfo(str(path)).lastModified(), QtCore.QLocale.ShortFormat)
    try:
        s = load_session(path)
    except SessionError as exc:
        return (QtCore.QCoreApplication.translate("Recovery", "{when}: cannot be read").format(when=when),
                f"{path}\n{explain(exc)}")
    return (QtCore.QCoreApplication.translate("Recovery", "{when}: {k} patterns ({stored} stored), {rows}×{cols} "
                                                          "grid").format(when=when, k=len(s.names),
                                                                         stored=int(sum(s.stored)), rows=s.rows,
                                                                         cols=s.cols), str(path))


class RecoveryDialog(QtWidgets.QDialog):
    """Lists ``orphans`` (``autosave.Orphan``); ``restore(orphan) -> bool`` brings one back."""

    def __init__(self, parent, orphans, restore):
        super().__init__(parent)
        self.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Recover autosaved work"))
        self.orphans = list(orphans)
        self._restore = restore
        lay = QtWidgets.QVBoxLayout(self)
        text = QtWidgets.QLabel(self.tr("Hopfield Explorer did not end normally. The work saved automatically "
                                        "before it stopped can be restored:"))
        text.setWordWrap(True)
        lay.addWidget(text)
        self.list = QtWidgets.QListWidget()
        for o in self.orphans:
            text, tip = describe(o.path)
            item = QtWidgets.QListWidgetItem(text)
            item.setToolTip(tip)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        # wide enough for every line (a few more for the frame and a scroll bar), never wider than the window
        fm = self.list.fontMetrics()
        want = max(fm.horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count())) + 48
        room = parent.width() - 40 if parent is not None else want
        self.list.setMinimumWidth(max(240, min(want, room)))
        self.list.setMinimumHeight(fm.height() * min(8, len(self.orphans) + 1) + 12)
        self.list.itemDoubleClicked.connect(lambda _: self.restore_selected())
        lay.addWidget(self.list)
        box = QtWidgets.QDialogButtonBox()
        self.restore_button = box.addButton(self.tr("Restore"), QtWidgets.QDialogButtonBox.AcceptRole)
        self.discard_button = box.addButton(self.tr("Discard"), QtWidgets.QDialogButtonBox.DestructiveRole)
        self.later_button = box.addButton(self.tr("Later"), QtWidgets.QDialogButtonBox.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        lay.addWidget(box)
        self.rejected.connect(self.release_all)

    def _selected(self):
        row = self.list.currentRow()
        return (row, self.orphans[row]) if 0 <= row < len(self.orphans) else (-1, None)

    def restore_selected(self) -> None:
        row, orphan = self._selected()
        if orphan is None or not self._restore(orphan):
            return  # a damaged file: the window said why; the list stays
        self.orphans.pop(row)
        self.release_all()
        self.accept()

    def discard_selected(self) -> None:
        row, orphan = self._selected()
        if orphan is None:
            return
        orphan.discard()
        self.orphans.pop(row)
        self.list.takeItem(row)
        if not self.orphans:
            self.accept()

    def release_all(self) -> None:
        """Keep the rest for the next start (their locks let go)."""
        for o in self.orphans:
            o.release()
        self.orphans = []
