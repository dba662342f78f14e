"""GUI-thread time per redraw of the overlap curves (run: python benchmarks/bench_curves.py).

The window redraws the overlap plot up to 24 times a second while the network runs. This measures,
in this process, for the same data (10 curves of 4000 samples: 8 patterns and the envelope of the
others, as with K = 100) on a plot of the window's size:

* the GUI thread's time per redraw with plain pyqtgraph curves (PlotDataItem: setData and a
  repaint; the way this app drew them before, and the reference), with pyqtgraph tuned as fairly
  as it can be ('peak' downsampling, skipFiniteCheck, antialiasing on or off, pen widths 1, 2
  and 3 px — a projector needs 2–3 — and its grid on or off: the fallback of
  ``plotting/curve_view.py``), and with our RasterCurves item (hand the data over, later copy the
  finished picture to the screen);
* the drawing alone, the same curves into an image: Qt's QPainter drawing every sample (the
  reference; from Python it keeps the interpreter lock) and our numba kernel, which first reduces
  each curve to at most four points per pixel column, and runs in the renderer's thread without
  the lock, so it costs the GUI nothing.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from _common import best_of  # noqa: E402

T, REPEAT = 4000, 30
SIZE = (460, 410)
COLOURS = ["#9a9a9a", "#9a9a9a", "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
WIDTHS = [1.5, 1.5] + [3.0] * 7 + [4.0]


def data():
    """Overlaps like a recall at N = 16384, K = 100: the cued pattern climbs to ~0.95, the others
    fluctuate by ~1/√N around 0."""
    rng = np.random.default_rng(0)
    t = np.linspace(0, 2000, T)
    noise = rng.normal(0, 1 / 128, (T, 100))
    m = noise.copy()
    m[:, 0] += 0.95 - 0.75 * np.exp(-t / 3)
    cols = [m[:, 8:].min(axis=1), m[:, 8:].max(axis=1)] + [m[:, i] for i in range(1, 8)] + [m[:, 0]]
    return t, np.column_stack(cols)


def main():
    from PySide6 import QtGui
    import pyqtgraph as pg

    from hopfield_gui.gui.plotting.raster import draw_curves
    from hopfield_gui.gui.plotting.raster_curves import CurveRenderer, RasterCurves
    from hopfield_gui.gui.qtapp import ensure_app

    app = ensure_app(offscreen=True)
    t, ys = data()
    x_range, y_range = (0.0, 3000.0), (-1.05, 1.08)

    def plot():
        w = pg.PlotWidget()
        w.resize(*SIZE)
        w.setXRange(*x_range, padding=0)
        w.setYRange(*y_range, padding=0)
        w.getPlotItem().disableAutoRange()
        w.show()
        app.processEvents()
        return w

    # reference: pyqtgraph's curves, tuned as the app had them (auto downsampling, clip to view)
    ref = plot()
    curves = []
    for c, w in zip(COLOURS, WIDTHS, strict=True):
        item = ref.plot(pen=pg.mkPen(c, width=w))
        item.setDownsampling(auto=True, method="mean")
        item.setClipToView(True)
        curves.append(item)

    def redraw_reference():
        tt = t.copy()
        for item, k in zip(curves, range(ys.shape[1]), strict=True):
            item.setData(tt, ys[:, k].copy())
        ref.viewport().repaint()

    redraw_reference()
    t_ref, _ = best_of(lambda: [redraw_reference() for _ in range(REPEAT)])
    t_ref /= REPEAT
    ref.close()

    def tuned(width: float, antialias: bool, grid: bool) -> float:
        """pyqtgraph at its best for these curves: 'peak' downsampling (a one-sample spike is kept),
        no finite check, clipped to the view; one pen width for all."""
        w = plot()
        if grid:
            w.showGrid(x=True, y=True, alpha=0.25)
        items = []
        for c in COLOURS:
            item = pg.PlotDataItem(pen=pg.mkPen(c, width=width), antialias=antialias, skipFiniteCheck=True)
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            w.addItem(item)
            items.append(item)

        def redraw():
            tt = t.copy()
            for k, item in enumerate(items):
                item.setData(tt, ys[:, k].copy())
            w.viewport().repaint()

        redraw()
        n = max(3, REPEAT // 3)
        best, _ = best_of(lambda: [redraw() for _ in range(n)])
        w.close()
        return best / n

    rows = [(width, aa, grid, tuned(width, aa, grid))
            for grid in (False, True) for aa in (True, False) for width in (1, 2, 3)]

    # ours: hand the data to the renderer's thread, copy its picture to the screen when it comes
    ours = plot()
    renderer = CurveRenderer()
    pi = ours.getPlotItem()
    raster = RasterCurves(renderer, (pi.getAxis("bottom"), pi.getAxis("left")), grid_colour=lambda: "#000000")
    ours.addItem(raster)
    gui = [0.0]

    def redraw_ours():
        t0 = time.perf_counter()
        raster.set_curves(t.copy(), ys.copy(), COLOURS, WIDTHS)
        gui[0] += time.perf_counter() - t0
        while not raster.up_to_date() or renderer.busy():  # the renderer's thread at work: not GUI time
            app.processEvents()
            time.sleep(0.0005)
        t0 = time.perf_counter()
        ours.viewport().repaint()
        gui[0] += time.perf_counter() - t0

    redraw_ours()  # compiles the kernel
    best = float("inf")
    for _ in range(3):
        gui[0] = 0.0
        for _ in range(REPEAT):
            redraw_ours()
        best = min(best, gui[0] / REPEAT)
    t_ours = best
    renderer.shutdown()

    # the drawing alone, into an image of the plot's size
    w, h = SIZE

    sx, sy = w / (x_range[1] - x_range[0]), h / (y_range[1] - y_range[0])
    paths = [pg.arrayToQPath((t - x_range[0]) * sx, (y_range[1] - ys[:, k]) * sy) for k in range(ys.shape[1])]

    def qpainter():  # the paths are made beforehand: this times Qt's drawing only
        img = QtGui.QImage(w, h, QtGui.QImage.Format_ARGB32_Premultiplied)
        img.fill(0)
        p = QtGui.QPainter(img)
        p.setRenderHint(QtGui.QPainter.Antialiasing)
        for path, c, lw in zip(paths, COLOURS, WIDTHS, strict=True):
            p.setPen(QtGui.QPen(QtGui.QColor(c), lw))
            p.drawPath(path)
        p.end()

    def kernel():
        draw_curves(w, h, t, ys, COLOURS, WIDTHS, x_range, y_range)

    t_qp, _ = best_of(lambda: [qpainter() for _ in range(REPEAT)])
    t_qp /= REPEAT
    t_k, _ = best_of(lambda: [kernel() for _ in range(REPEAT)])
    t_k /= REPEAT

    print(f"{ys.shape[1]} curves of {T} samples on a {w} x {h} plot")
    print("GUI-thread time per redraw:")
    print(f"  pyqtgraph curves as the app had them (reference) {1000 * t_ref:7.2f} ms")
    print("  pyqtgraph tuned ('peak', skipFiniteCheck, clipped):")
    for width, aa, grid, secs in rows:
        print(f"    {width} px, antialias {'on ' if aa else 'off'}, grid {'on ' if grid else 'off'}        "
              f"{1000 * secs:7.2f} ms   tuned / ours = {secs / t_ours:5.1f}")
    print(f"  RasterCurves (ours, 3-4 px antialiased, grid) {1000 * t_ours:7.2f} ms   reference / ours = "
          f"{t_ref / t_ours:5.1f}")
    print("drawing the same curves into an image:")
    print(f"  QPainter, all samples (reference)   {1000 * t_qp:7.2f} ms")
    print(f"  numba kernel (renderer's thread)    {1000 * t_k:7.2f} ms   QPainter / ours = {t_qp / t_k:5.1f}")
    ours.close()


if __name__ == "__main__":
    main()
