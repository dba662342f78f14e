"""The pattern library: thumbnails with their colours, which are stored, add/remove/reorder."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from ..plotting import style
from ...state.library import PatternLibrary
from ..widgets.showing import Showing
from ..i18n import Texts, Translated
from ..rendering import pattern_image

THUMB = 64


def thumbnail(values, rows, cols, colour: str, stored: bool) -> QtGui.QIcon:
    img = pattern_image(values, rows, cols)
    pm = QtGui.QPixmap(THUMB + 8, THUMB + 8)
    pm.fill(QtCore.Qt.transparent)
    p = QtGui.QPainter(pm)
    side = THUMB / max(rows, cols)
    w, h = side * cols, side * rows
    target = QtCore.QRectF(4 + (THUMB - w) / 2, 4 + (THUMB - h) / 2, w, h)
    p.drawImage(target, img)
    pen = QtGui.QPen(QtGui.QColor(colour if stored else "#cccccc"), 6 if stored else 2)
    if not stored:
        pen.setStyle(QtCore.Qt.DashLine)
    p.setPen(pen)
    p.drawRect(target.adjusted(-2, -2, 2, 2))
    p.end()
    return QtGui.QIcon(pm)


class LibraryPanel(Translated, QtWidgets.QGroupBox):
    """Shows the library; asks the window to edit it (the window owns undo)."""

    addRequested = Signal(str)  # "blank" | "random" | "text" | "image" | "editor"
    duplicateRequested = Signal(int)
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    storedToggled = Signal(int, bool)
    renameRequested = Signal(int, str)  # a double-click on a name, then typing
    selectionChanged = Signal(int)

    def __init__(self, library: PatternLibrary, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # what is shown is not sent back as the user's change
        # a hint that wraps, not a group title: a title sets the panel's least width, and the dock
        # already names the panel
        self.hint = tx.label(lambda: self.tr("Patterns (checked = stored, K of them)"))
        self.hint.setWordWrap(True)
        self.library = library
        self.list = QtWidgets.QListWidget()
        self.list.setViewMode(QtWidgets.QListView.IconMode)
        self.list.setIconSize(QtCore.QSize(THUMB + 8, THUMB + 8))
        self.list.setResizeMode(QtWidgets.QListView.Adjust)
        self.list.setMovement(QtWidgets.QListView.Static)
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        self.list.setGridSize(QtCore.QSize(THUMB + 30, THUMB + 46))
        # one row of thumbnails at least; more when there is room (the list scrolls)
        self.list.setMinimumHeight(THUMB + 56)
        self.list.setSizePolicy(QtWidgets.QSizePolicy.Expanding, QtWidgets.QSizePolicy.Ignored)
        tx(self.list.setToolTip, lambda: self.tr("Stored patterns have a coloured frame, the colour of their "
                                                 "overlap curve. Tick or untick a pattern to store it or not; "
                                                 "double-click a name to rename it."))
        self.list.setEditTriggers(
            QtWidgets.QAbstractItemView.DoubleClicked | QtWidgets.QAbstractItemView.EditKeyPressed
        )
        self.list.itemChanged.connect(self.showing.user(self._item_changed))
        self.list.currentRowChanged.connect(self.showing.user(self.selectionChanged.emit))
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.list, 1)
        rows = [QtWidgets.QHBoxLayout() for _ in range(3)]
        self.buttons = {}
        specs = [
            ("blank", lambda: self.tr("+ Blank"), lambda: self.tr("Add an empty pattern (all −1)")),
            ("random", lambda: self.tr("+ Random"), lambda: self.tr("Add a random ±1 pattern")),
            ("text", lambda: self.tr("+ Text…"),
             lambda: self.tr("Add letters rendered from a real font at the grid's size")),
            ("image", lambda: self.tr("+ Image…"),
             lambda: self.tr("Add a PNG/JPEG picture scaled to the grid and thresholded")),
            ("editor", lambda: self.tr("+ From editor"), lambda: self.tr("Add a copy of the editor's drawing")),
        ]
        for i, (key, text, tip) in enumerate(specs):
            b = QtWidgets.QPushButton()
            tx(b.setText, text)
            tx(b.setToolTip, tip)
            b.clicked.connect(lambda _=False, k=key: self.addRequested.emit(k))
            rows[i // 3].addWidget(b)
            self.buttons[key] = b
        for key, text, tip, fn in [
            ("duplicate", lambda: self.tr("Duplicate"), lambda: self.tr("Copy the selected pattern"),
             lambda: self._with_current(self.duplicateRequested.emit)),
            ("remove", lambda: self.tr("Remove"), lambda: self.tr("Remove the selected pattern (Undo brings it back)"),
             lambda: self._with_current(self.removeRequested.emit)),
            ("left", lambda: "", lambda: self.tr("Move the selected pattern earlier"), lambda: self._move(-1)),
            ("right", lambda: "", lambda: self.tr("Move the selected pattern later"), lambda: self._move(+1)),
        ]:
            b = QtWidgets.QPushButton()
            tx(b.setText, text)
            tx(b.setToolTip, tip)
            b.clicked.connect(fn)
            if key in ("left", "right"):  # arrows drawn by Qt's style (a font may lack ◀ ▶), narrow
                b.setIcon(self.style().standardIcon(QtWidgets.QStyle.SP_ArrowLeft if key == "left"
                                                    else QtWidgets.QStyle.SP_ArrowRight))
                b.setFixedWidth(b.iconSize().width() + 20)
            rows[2].addWidget(b)
            self.buttons[key] = b
        for r in rows:  # one row after another, each as narrow as its own buttons
            r.addStretch(1)
            lay.addLayout(r)
        library.subscribe(lambda what: self.refresh())
        self.refresh()

    def current(self) -> int:
        return self.list.currentRow()

    def _with_current(self, fn) -> None:
        i = self.current()
        if i >= 0:
            fn(i)

    def _move(self, d: int) -> None:
        i = self.current()
        j = i + d
        if i >= 0 and 0 <= j < len(self.library):
            self.moveRequested.emit(i, j)

    def refresh(self) -> None:
        lib = self.library
        cur = self.current()
        with self.showing:
            self._fill(lib)
        if len(lib):
            self.list.setCurrentRow(min(max(cur, 0), len(lib) - 1))
        for key in ("duplicate", "remove", "left", "right"):
            self.buttons[key].setEnabled(len(lib) > 0)

    def _fill(self, lib) -> None:
        self.list.clear()
        for i, e in enumerate(lib.entries):
            it = QtWidgets.QListWidgetItem(
                thumbnail(e.values, lib.rows, lib.cols, style.pattern_colour(i), e.stored), e.name
            )
            it.setFlags(it.flags() | QtCore.Qt.ItemIsUserCheckable | QtCore.Qt.ItemIsEditable)
            it.setCheckState(QtCore.Qt.Checked if e.stored else QtCore.Qt.Unchecked)
            it.setToolTip(
                (self.tr("{name}: stored") if e.stored else self.tr("{name}: not stored")).format(name=e.name)
            )
            self.list.addItem(it)

    def retranslate(self) -> None:
        self.refresh()

    def _item_changed(self, item: QtWidgets.QListWidgetItem) -> None:
        i = self.list.row(item)
        entry = self.library.entries[i]
        if item.text() != entry.name:  # renamed in place (double-click)
            self.renameRequested.emit(i, item.text())
        elif (item.checkState() == QtCore.Qt.Checked) != entry.stored:
            self.storedToggled.emit(i, item.checkState() == QtCore.Qt.Checked)
