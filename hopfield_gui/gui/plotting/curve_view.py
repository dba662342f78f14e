"""The curves of a plot behind one small interface, with two implementations.

* :class:`~.raster_curves.RasterCurves` (the default): every curve of the plot drawn as one picture
  by a compiled kernel in the background; the GUI thread only copies the picture. Thick
  antialiased lines (2–3 px, what a projector needs) cost 37–100 ms per redraw of 10 × 4000
  samples in pyqtgraph's own curves, ~7 ms in the kernel, none of it in the GUI thread
  (``benchmarks/bench_curves.py``).
* :class:`PyqtgraphCurves`: pyqtgraph's own curves, tuned ('peak' downsampling, clipping to the
  view, no finite check). The fallback, so that a pyqtgraph or numba upgrade that breaks the
  picture item never leaves the app without curves: ``HOPFIELD_CURVES=pyqtgraph``.

Both take ``set_curves(xs, ys, colours, widths)`` (curves ys[:, c] against xs, the last on top)
and answer ``curves()``, ``restyle()``, ``render_now()``, ``up_to_date()`` and ``setVisible()``.
"""

from __future__ import annotations

import os

import numpy as np
import pyqtgraph as pg

from .raster_curves import CurveRenderer, RasterCurves

ENVIRONMENT = "HOPFIELD_CURVES"
BACKENDS = ("raster", "pyqtgraph")


def backend() -> str:
    """The implementation asked for in the environment ("raster" unless it says "pyqtgraph")."""
    v = os.environ.get(ENVIRONMENT, "raster").strip().lower()
    return v if v in BACKENDS else "raster"


class PyqtgraphCurves:
    """The same curves as pyqtgraph PlotDataItems (one per column), grid by pyqtgraph."""

    def __init__(self, plot: pg.PlotItem):
        self._plot = plot
        self._items: list[pg.PlotDataItem] = []
        self._data = (np.zeros(0), np.zeros((0, 0)), (), ())
        plot.showGrid(x=True, y=True, alpha=0.25)

    def set_curves(self, xs, ys, colours, widths) -> None:
        ys = np.asarray(ys, np.float64)
        if ys.ndim == 1:
            ys = ys[:, None]
        xs = np.asarray(xs, np.float64)
        self._data = (xs, ys, tuple(colours), tuple(widths))
        while len(self._items) < ys.shape[1]:
            item = pg.PlotDataItem(skipFiniteCheck=True)
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            self._plot.addItem(item)
            self._items.append(item)
        for i, item in enumerate(self._items):
            if i < ys.shape[1]:
                item.setData(xs, ys[:, i], pen=pg.mkPen(colours[i], width=widths[i]))
                item.setZValue(10 + i)  # over the reference lines (m = 0, m = 1), like the picture
            else:
                item.setData([], [])

    def curves(self):
        return self._data

    def setVisible(self, on: bool) -> None:  # noqa: N802 (as the picture item, a QGraphicsItem)
        for item in self._items:
            item.setVisible(on)

    def restyle(self) -> None:
        self.set_curves(*self._data)

    def render_now(self) -> bool:
        return True  # pyqtgraph paints on demand

    def up_to_date(self) -> bool:
        return True


def add_curve_view(plot: pg.PlotItem, renderer: CurveRenderer, grid_colour, kind: str | None = None):
    """Add a curve view to ``plot`` and return it (``kind``: "raster" or "pyqtgraph"; default
    from the environment)."""
    if (kind or backend()) == "pyqtgraph":
        return PyqtgraphCurves(plot)
    view = RasterCurves(renderer, (plot.getAxis("bottom"), plot.getAxis("left")), grid_colour=grid_colour)
    plot.addItem(view)
    return view
