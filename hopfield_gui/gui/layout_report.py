"""What a class actually sees: the size of every plot's data area and every text shown only in part.

``hopfield-gui --screenshot FILE --size WxH … --layout-report FILE.json`` writes
``{"window": [w, h], "plots": [{"name", "w", "h"}, …], "diagrams": […], "clipped": [str, …]}``;
the tests hold every moment of the lecture to it (README, "In class"): the window at exactly the
size asked, every plot's data area (its ViewBox) at least 200 × 120 logical pixels, nothing clipped.

A *plot* is a pyqtgraph PlotItem that shows data; a *diagram* is a drawing that only illustrates
(a protocol's spike strip, a colour scale): its texts are checked, not its size. Plots are named by
their ``objectName`` (``curves.overlap``, ``lab.both``…); an unnamed one is reported by its class, so
that a new plot cannot escape the check.
"""

from __future__ import annotations

import json

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from .widgets.livelabel import LiveLabel

MIN_PLOT = (200, 120)  # the contract: a data area a back row can read
DIAGRAM = "diagram"  # the value of the "role" property of a diagram's PlotItem


def name_plot(item: pg.PlotItem, name: str, diagram: bool = False) -> pg.PlotItem:
    """Give ``item`` the name the report uses (and mark a diagram)."""
    item.setObjectName(name)
    if diagram:
        item.setProperty("role", DIAGRAM)
    return item


def _in_scroll_area(w: QtWidgets.QWidget) -> bool:
    """Inside a scroll area a widget keeps its size and may be scrolled to: not cut."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QtWidgets.QScrollArea):
            return True
        p = p.parentWidget()
    return False


def _shown(w: QtWidgets.QWidget) -> bool:
    """Visible and on the screen: not hidden behind another tab (Qt keeps a dock behind a tab
    "visible"), i.e. what the window shows at the widget's centre is the widget or a child of it."""
    if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
        return False
    top = w.window()
    at = top.childAt(w.mapTo(top, w.rect().center()))
    while at is not None and at is not w:
        at = at.parentWidget()
    return at is w


def cut_widgets(root: QtWidgets.QWidget) -> list[str]:
    """Widgets whose text is shown only in part: labels narrower or lower than they need, buttons
    narrower than their text, tabs outside their bar, toolbars that hide actions behind »."""
    bad = []
    for w in root.findChildren(QtWidgets.QWidget):
        if not _shown(w) or _in_scroll_area(w):
            continue
        text = w.text() if callable(getattr(w, "text", None)) else ""
        name = f"{type(w).__name__}({text!r})"
        if isinstance(w, LiveLabel):
            if w.text() and not w.fits():
                bad.append(f"{name} {w.width()}x{w.height()}")
        elif isinstance(w, QtWidgets.QLabel):
            if w.text() and w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 1:
                    bad.append(f"{name} needs {w.heightForWidth(w.width())} px of height, has {w.height()}")
            elif w.text() and (w.width() < w.minimumSizeHint().width() or w.height() < w.minimumSizeHint().height()):
                bad.append(f"{name} {w.size().toTuple()} < {w.minimumSizeHint().toTuple()}")
        elif isinstance(w, (QtWidgets.QPushButton, QtWidgets.QToolButton)):
            if isinstance(w, QtWidgets.QToolButton) and w.objectName() == "qt_toolbar_ext_button":
                bar = w.parentWidget()
                hidden = [a.text() for a in bar.actions() if a.isVisible()
                          and not (bar.widgetForAction(a) and bar.widgetForAction(a).isVisible())]
                bad.append(f"toolbar {bar.objectName()!r} hides {hidden} behind »")
                continue
            # the text and icon must fit (the style's preferred least width of 80 px need not)
            icon = w.iconSize().width() + 6 if not w.icon().isNull() else 0
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + icon + 8
            if w.text() and (w.width() < need or w.height() < w.fontMetrics().height()):
                bad.append(f"{name} {w.width()} px wide, its text needs {need}")
        elif isinstance(w, QtWidgets.QComboBox) and w.currentText():
            opt = QtWidgets.QStyleOptionComboBox()
            w.initStyleOption(opt)
            room = w.style().subControlRect(QtWidgets.QStyle.CC_ComboBox, opt, QtWidgets.QStyle.SC_ComboBoxEditField,
                                            w).width()
            if w.fontMetrics().horizontalAdvance(w.currentText()) > room + 1:
                bad.append(f"QComboBox({w.currentText()!r}) shows {room} px of its text")
        elif isinstance(w, QtWidgets.QProgressBar) and w.isTextVisible() and w.text():
            if w.fontMetrics().horizontalAdvance(w.text()) > w.width() - 8:
                bad.append(f"QProgressBar({w.text()!r}) {w.width()} px wide")
        elif isinstance(w, (QtWidgets.QAbstractButton, QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox)):
            if w.width() < w.minimumSizeHint().width() or w.height() < w.minimumSizeHint().height():
                bad.append(f"{name} {w.size().toTuple()} < {w.minimumSizeHint().toTuple()}")
        elif isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                r = w.tabRect(i)
                if r.right() > w.width() or r.width() < w.tabSizeHint(i).width():
                    bad.append(f"tab {w.tabText(i)!r} cut")
    return bad


# --- plots ------------------------------------------------------------------------------------------------
def plot_items(root: QtWidgets.QWidget) -> list[tuple[str, pg.PlotItem, bool]]:
    """(name, item, is a diagram) of every PlotItem shown in ``root``'s visible plot widgets."""
    out = []
    for view in root.findChildren(pg.GraphicsView):
        if not _shown(view) or view.scene() is None:
            continue
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and item.isVisible() and _ancestors_visible(item):
                diagram = isinstance(item, pg.ColorBarItem) or item.property("role") == DIAGRAM
                out.append((item.objectName() or type(item).__name__, item, diagram))
    return sorted(out, key=lambda x: x[0])


def _ancestors_visible(item) -> bool:
    p = item.parentItem()
    while p is not None:
        if not p.isVisible():
            return False
        p = p.parentItem()
    return True


def _view_rect(item: pg.PlotItem) -> QtCore.QRectF:
    """The part of the scene its widget shows."""
    view = item.scene().views()[0]
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _outside(inner: QtCore.QRectF, outer: QtCore.QRectF, slack: float = 1.5) -> bool:
    return (inner.left() < outer.left() - slack or inner.right() > outer.right() + slack
            or inner.top() < outer.top() - slack or inner.bottom() > outer.bottom() + slack)


def _axis_problems(name: str, ax: pg.AxisItem) -> list[str]:
    """Tick numbers cut by the axis's own edge, numbers on top of each other, the title longer than
    the axis."""
    if not ax.isVisible():
        return []
    bad = []
    label = ax.label
    if ax.label.isVisible() and label.toPlainText().strip():
        length = ax.geometry().height() if ax.orientation in ("left", "right") else ax.geometry().width()
        text_w = label.boundingRect().width() - 2 * label.document().documentMargin()  # the text, not its margins
        if text_w > length + 1:
            bad.append(f"{name}: axis title {label.toPlainText()!r} ({text_w:.0f} px) longer than its axis "
                       f"({length:.0f} px)")
    if not ax.style.get("showValues", True):
        return bad
    img = QtGui.QImage(8, 8, QtGui.QImage.Format_ARGB32)
    painter = QtGui.QPainter(img)
    try:
        specs = ax.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return bad
    texts = specs[2]
    bounds = ax.boundingRect()
    rects = []
    for rect, _flags, text in texts:
        if not text:
            continue
        if ax.style.get("tickFont") is not None:
            fm = QtGui.QFontMetricsF(ax.style["tickFont"])
        else:
            fm = QtGui.QFontMetricsF(QtGui.QFont())
        width = fm.horizontalAdvance(text)
        # the drawn text: its width, placed in ``rect`` by the flags (the rect is the space given)
        if ax.orientation in ("left", "right") and width > rect.width() + 1:
            bad.append(f"{name}: tick {text!r} wider than the {ax.orientation} axis")
        elif _outside(rect, bounds, 2.0):
            bad.append(f"{name}: tick {text!r} outside its axis")
        rects.append((rect, text))
    for i in range(1, len(rects)):
        a, b = rects[i - 1][0], rects[i][0]
        if a.intersects(b) and a.intersected(b).width() > 1 and a.intersected(b).height() > 1:
            bad.append(f"{name}: ticks {rects[i - 1][1]!r} and {rects[i][1]!r} overlap")
    return bad


def plot_problems(name: str, item: pg.PlotItem) -> list[str]:
    """Every text of a plot that is not shown whole: its title, axis titles and numbers, legend
    entries, and the labels inside it (lines' labels, text items)."""
    bad = []
    shown = _view_rect(item)
    title = item.titleLabel
    if title.isVisible() and title.item.toPlainText().strip():
        room = item.geometry().width()
        r = title.item.sceneBoundingRect()  # (its height includes the text's margins: only its width counts)
        if title.item.boundingRect().width() > room + 1 or r.left() < shown.left() - 2 or r.right() > shown.right() + 2:
            bad.append(f"{name}: title {title.item.toPlainText()!r} wider than its plot")
    for side in ("left", "bottom", "right", "top"):
        ax = item.getAxis(side)
        if ax is not None and ax.isVisible():
            bad += _axis_problems(name, ax)
    legend = item.legend
    if legend is not None and legend.isVisible() and legend.items:
        box = legend.sceneBoundingRect()
        for _sample, label in legend.items:
            if not label.isVisible():
                continue
            r = label.sceneBoundingRect()
            if _outside(r, shown) or (_outside(r, box, 3.0)):
                bad.append(f"{name}: legend entry {label.text!r} clipped")
    vb = item.getViewBox()
    area = vb.sceneBoundingRect()
    for child in _text_children(vb):
        text = child.textItem.toPlainText().strip()
        if text and child.isVisible() and _ancestors_visible(child) and _outside(child.sceneBoundingRect(), area, 2.0):
            bad.append(f"{name}: label {text!r} outside the plot")
    return bad


def _text_children(vb: pg.ViewBox):
    """Every TextItem inside a ViewBox (line labels included)."""
    out = []
    stack = list(vb.childGroup.childItems()) + list(vb.childItems())
    while stack:
        it = stack.pop()
        if isinstance(it, pg.TextItem):
            out.append(it)
        stack.extend(it.childItems())
    return out


def report(win: QtWidgets.QWidget) -> dict:
    """The layout report of the window ``win`` as it is now (see the module's description)."""
    QtWidgets.QApplication.processEvents()
    plots, diagrams, clipped = [], [], cut_widgets(win)
    for name, item, diagram in plot_items(win):
        vb = item.getViewBox()
        size = {"name": name, "w": int(round(vb.width())), "h": int(round(vb.height()))}
        (diagrams if diagram else plots).append(size)
        clipped += plot_problems(name, item)
    return {"window": [win.width(), win.height()], "plots": plots, "diagrams": diagrams,
            "clipped": sorted(set(clipped))}


def too_small(rep: dict, least=MIN_PLOT) -> list[str]:
    """The plots of a report whose data area is under ``least`` (w, h)."""
    return [f"{p['name']} {p['w']}x{p['h']}" for p in rep["plots"] if p["w"] < least[0] or p["h"] < least[1]]


def write(win: QtWidgets.QWidget, path: str) -> dict:
    """Write the report of ``win`` to ``path`` (JSON, atomically) and return it."""
    from ..core.writing import atomic_write
    rep = report(win)
    atomic_write(path, json.dumps(rep, indent=1, ensure_ascii=False) + "\n")
    return rep
