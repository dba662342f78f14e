"""A plot's legend where it covers nothing: inside the data area, in a corner free of data, when
there is one; else in room made above the data; else under the plot (README, "In class": legends
never on data and never clipped).

:func:`place_legend` is called after a figure is drawn (and again when its size changes): it
measures the legend in pixels, turns it into data units at the plot's current size, and looks for a
corner whose rectangle holds no curve, point, error bar or label.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from . import style

UNDER_ROW = 4  # the row of the PlotItem's grid under the x axis (pyqtgraph puts the axis in row 3)
MARGIN_PX = 8.0
CORNERS = ((0, 0), (1, 0), (0, 1), (1, 1))  # (x, y) of the legend's anchor: left/right, top/bottom


def _points(item) -> np.ndarray:
    """Points (n, 2) in view coordinates that ``item`` draws (curves densified, so that a line
    crossing a corner between two samples counts)."""
    if isinstance(item, pg.PlotDataItem):
        x, y = item.getData()
        if x is None or len(x) == 0:
            return np.zeros((0, 2))
        x, y = np.asarray(x, float), np.asarray(y, float)
        ok = np.isfinite(x) & np.isfinite(y)
        x, y = x[ok], y[ok]
        if x.size > 1 and item.opts.get("pen") is not None and item.opts["pen"] != "none":
            t = np.linspace(0, x.size - 1, min(2000, 20 * x.size))
            x, y = np.interp(t, np.arange(x.size), x), np.interp(t, np.arange(y.size), y)
        return np.column_stack([x, y])
    if isinstance(item, pg.ErrorBarItem):
        o = item.opts
        if o.get("x") is None or o.get("y") is None:
            return np.zeros((0, 2))
        x, y = np.asarray(o["x"], float), np.asarray(o["y"], float)
        h = np.asarray(o.get("height") if o.get("height") is not None else 0.0, float) / 2
        h = np.broadcast_to(h, y.shape)
        return np.column_stack([np.concatenate([x, x, x]), np.concatenate([y, y - h, y + h])])
    return np.zeros((0, 2))


def _obstacles(plot: pg.PlotItem) -> tuple[np.ndarray, list, bool]:
    """What a legend must not cover: data points, the scene rectangles of labels, and whether a
    picture (heat map, image) fills the whole plot."""
    pts, rects, filled = [np.zeros((0, 2))], [], False
    for item in plot.getViewBox().addedItems:
        if not item.isVisible():
            continue
        if isinstance(item, (pg.PColorMeshItem, pg.ImageItem)):
            filled = True
        pts.append(_points(item))
        for child in [item] + list(item.childItems()):
            if isinstance(child, pg.TextItem) and child.isVisible() and child.textItem.toPlainText().strip():
                rects.append(child.sceneBoundingRect())
    return np.concatenate(pts), rects, filled


def _move_under(plot: pg.PlotItem, legend: pg.LegendItem) -> None:
    if legend.parentItem() is not plot or _in_layout(plot, legend) is False:
        legend.setParentItem(None)
        plot.layout.addItem(legend, UNDER_ROW, 0, 1, 3)
    views = plot.scene().views() if plot.scene() is not None else []
    # the widget's width, not the plot item's (a legend wider than the widget widens the item past it)
    width = views[0].viewport().width() if views else plot.geometry().width()
    cols = 2 if width > 600 and legend_size(legend)[0] * 2 < width else 1
    if legend.columnCount != cols:
        legend.setColumnCount(cols)
    wrap_labels(legend, width / cols - 60)  # never wider than the plot: a long name takes two lines
    legend.updateSize()
    if views and hasattr(views[0], "range") and plot is views[0].centralWidget:
        plot.setGeometry(views[0].range)  # its least width shrank with the names: the widget's width again


def _html_width(text: str, font) -> float:
    doc = pg.QtGui.QTextDocument()
    doc.setDefaultFont(font)
    doc.setHtml(text)
    return doc.idealWidth()


def wrap_labels(legend: pg.LegendItem, room: float) -> None:
    """Break the legend's names that are wider than ``room`` pixels at spaces (rich text, <br>)."""
    for _sample, label in legend.items:
        text = getattr(label, "unwrapped", None) or label.text
        label.unwrapped = text
        font = pg.QtGui.QFont(label.item.font())
        size = str(label.opts.get("size") or "")
        if size.endswith("pt"):  # the label's text is drawn at its own size (an HTML span), not the item's
            font.setPointSizeF(float(size[:-2]))
        if "<br>" in text or _html_width(text, font) <= room:
            if label.text != text:
                label.setText(text)
            continue
        lines, line = [], ""
        for word in text.split(" "):
            trial = f"{line} {word}" if line else word
            if line and _html_width(trial, font) > room:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
        label.setText("<br>".join(lines))


def _in_layout(plot: pg.PlotItem, legend) -> bool:
    layout = plot.layout
    return any(layout.itemAt(i) is legend for i in range(layout.count()))


def _move_inside(plot: pg.PlotItem, legend: pg.LegendItem, corner: tuple[int, int]) -> None:
    if _in_layout(plot, legend):
        plot.layout.removeItem(legend)
    vb = plot.getViewBox()
    if legend.parentItem() is not vb:
        legend.setParentItem(vb)
    if legend.columnCount != 1:
        legend.setColumnCount(1)
    sx = MARGIN_PX if corner[0] == 0 else -MARGIN_PX
    sy = MARGIN_PX if corner[1] == 0 else -MARGIN_PX
    legend.anchor(itemPos=corner, parentPos=corner, offset=(sx, sy))


def _corner_rect(vb: pg.ViewBox, size: tuple[float, float], corner) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) in view coordinates of a legend of ``size`` pixels at ``corner``."""
    (x0, x1), (y0, y1) = vb.viewRange()
    w, h = max(vb.width(), 1.0), max(vb.height(), 1.0)
    lw = (size[0] + 2 * MARGIN_PX) / w * (x1 - x0)
    lh = (size[1] + 2 * MARGIN_PX) / h * (y1 - y0)
    xs = (x0, x0 + lw) if corner[0] == 0 else (x1 - lw, x1)
    ys = (y1 - lh, y1) if corner[1] == 0 else (y0, y0 + lh)
    return xs[0], xs[1], ys[0], ys[1]


def _covers(pts: np.ndarray, rect) -> int:
    if not pts.size:
        return 0
    x0, x1, y0, y1 = rect
    return int(np.count_nonzero((pts[:, 0] >= x0) & (pts[:, 0] <= x1) & (pts[:, 1] >= y0) & (pts[:, 1] <= y1)))


def _covers_labels(vb: pg.ViewBox, rects: list, rect) -> bool:
    x0, x1, y0, y1 = rect
    scene = vb.mapViewToScene(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)).boundingRect()
    return any(scene.intersects(r) for r in rects)


def legend_size(legend: pg.LegendItem) -> tuple[float, float]:
    legend.updateSize()
    legend.layout.activate()
    r = legend.boundingRect()
    return r.width(), r.height()


def place_legend(plot: pg.PlotItem, headroom: float = 0.45, allow_inside: bool = True) -> str:
    """Put ``plot``'s legend where it covers nothing; returns where: "inside", "room" (the y range
    was raised to make room above the data) or "under". The axis titles are then chosen again for
    the data area that is left."""
    from .titles import refit_axes
    where = _place(plot, headroom, allow_inside)
    refit_axes(plot)
    return where


def _place(plot: pg.PlotItem, headroom: float, allow_inside: bool) -> str:
    legend = plot.legend
    if legend is None or not legend.items:
        if legend is not None:
            legend.setVisible(False)
        return "none"
    legend.setVisible(True)
    for _sample, label in legend.items:  # as written (a narrower plot wrapped them before)
        if getattr(label, "unwrapped", None) and label.text != label.unwrapped:
            label.setText(label.unwrapped)
    legend.setBrush(pg.mkBrush(*style.translucent_bg(235)))
    legend.setPen(pg.mkPen(style.muted(), width=1))
    vb = plot.getViewBox()
    plot.layout.activate()
    if not allow_inside or vb.width() < 60 or vb.height() < 60:
        _move_under(plot, legend)
        return "under"
    size = legend_size(legend)
    if size[0] + 2 * MARGIN_PX > 0.8 * vb.width() or size[1] + 2 * MARGIN_PX > 0.8 * vb.height():
        _move_under(plot, legend)
        return "under"
    pts, labels, filled = _obstacles(plot)
    if filled:
        _move_under(plot, legend)
        return "under"
    for corner in CORNERS:
        rect = _corner_rect(vb, size, corner)
        if not _covers(pts, rect) and not _covers_labels(vb, labels, rect):
            _move_inside(plot, legend, corner)
            return "inside"
    # room above the data: raise the top of the y range so that a top corner is free
    (x0, x1), (y0, y1) = vb.viewRange()
    best = None
    for corner in CORNERS[:2]:
        cx0, cx1, _, _ = _corner_rect(vb, size, corner)
        sel = pts[(pts[:, 0] >= cx0) & (pts[:, 0] <= cx1)] if pts.size else pts
        top = float(sel[:, 1].max()) if sel.size else y0
        # the legend's height in data units once the range is raised to y1' : solve for y1'
        frac = (size[1] + 2 * MARGIN_PX) / max(vb.height(), 1.0)
        need = (top - frac * y0) / (1 - frac) if frac < 1 else np.inf
        if need > y1 and (best is None or need < best[1]):
            best = (corner, need)
        elif need <= y1:
            best = (corner, y1)
            break
    if best is not None and best[1] - y1 <= headroom * (y1 - y0):
        if best[1] > y1:
            plot.setYRange(y0, best[1], padding=0)
        rect = _corner_rect(vb, size, best[0])
        if not _covers_labels(vb, labels, rect):
            _move_inside(plot, legend, best[0])
            return "room"
    _move_under(plot, legend)
    return "under"


# --- labels of reference lines (α_c, β_c) --------------------------------------------------------------
LINE_SPOTS = ((0.97, "right"), (0.97, "left"), (0.03, "right"), (0.03, "left"), (0.5, "right"), (0.5, "left"))


def place_line_label(plot: pg.PlotItem, line: pg.InfiniteLine) -> None:
    """Put the label of a vertical reference line where it covers no data point and stays inside the
    plot: near the top or the bottom, right or left of the line (the first such spot)."""
    label = getattr(line, "label", None)
    if label is None:
        return
    vb = plot.getViewBox()
    plot.layout.activate()
    pts, _, _ = _obstacles(plot)
    (x0, x1), (y0, y1) = vb.viewRange()
    br = label.boundingRect()
    w = br.width() / max(vb.width(), 1.0) * (x1 - x0)
    h = br.height() / max(vb.height(), 1.0) * (y1 - y0)
    gap = 6.0 / max(vb.width(), 1.0) * (x1 - x0)
    x = line.value()
    for pos, side in LINE_SPOTS:
        top = y0 + pos * (y1 - y0) + (h / 2 if pos < 0.5 else -h / 2 if pos > 0.5 else 0.0)
        top = min(max(top, y0 + h / 2), y1 - h / 2)  # the whole label inside
        left = x + gap if side == "right" else x - gap - w
        if left < x0 or left + w > x1:
            continue
        rect = (left, left + w, top - h / 2, top + h / 2)
        if not _covers(pts, rect):
            anchor = (0.0, 0.5) if side == "right" else (1.0, 0.5)
            label.anchors = [anchor, anchor]
            label.setPosition((top - y0) / (y1 - y0))
            label.setAnchor(anchor)
            return
