"""pyqtgraph's process-wide options, set once when the app (or a window, or a figure for
``hopfield --plot``) starts — never as a side effect of importing a plotting module."""

from __future__ import annotations

import pyqtgraph as pg

_done = False


def configure_pyqtgraph() -> None:
    """Antialiased curves on a white background, thick lines drawn segment by segment: a thick
    antialiased polyline stroked as one path is very slow in Qt's raster engine (its cost grew with
    every point); segment by segment it is ~10× faster."""
    global _done
    if not _done:
        pg.setConfigOptions(antialias=True, background="w", foreground="k", segmentedLineMode="on")
        _done = True
