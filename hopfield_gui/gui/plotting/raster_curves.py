"""A pyqtgraph item showing many curves as one picture drawn in a thread of its own.

:class:`RasterCurves` sits in a plot like a curve. Given new data it asks a :class:`CurveRenderer`
for a picture of its curves at the plot's current range and size; the renderer's thread draws it
with :func:`.raster.draw_curves` (compiled, without the interpreter lock) and hands back an image,
which the item then only copies to the screen. Requests are coalesced: at most one per item in
flight, and the newest waiting one replaces an older. When the range or the size changes, the last
picture is shown stretched to where its data now lie until the new one comes (a fraction of a
frame). Pictures for files and screenshots (:meth:`RasterCurves.render_now`, or painting into
anything that is not the plot on the screen) are drawn on the spot, at the target's resolution.
"""

from __future__ import annotations

import dataclasses
import sys
import weakref
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject

from ..background.jobs import Jobs
from .raster import draw_curves


@dataclass(frozen=True)
class _Job:
    item: object  # weakref to the RasterCurves
    version: int
    key: tuple  # (x0, x1, y0, y1, width px, height px, device pixel ratio)
    xs: np.ndarray
    ys: np.ndarray
    colours: tuple
    widths: tuple
    grid: tuple | None


def _draw(job: _Job) -> np.ndarray:
    x0, x1, y0, y1, w, h, _ = job.key
    return draw_curves(w, h, job.xs, job.ys, job.colours, job.widths, (x0, x1), (y0, y1), grid=job.grid)


GRID_OPACITY = (0.25, 0.1)  # lines at the labelled ticks, then at the finer ones


def grid_lines(axis: pg.AxisItem, lo: float, hi: float, length_px: float):
    """The values and opacities of the grid lines along ``axis`` for the range lo…hi shown on
    length_px pixels: the axis's own tick values (so the lines meet its labels)."""
    values, opacity = [], []
    if hi > lo and length_px > 0:
        for level, (_, ticks) in enumerate(axis.tickValues(lo, hi, length_px)[:len(GRID_OPACITY)]):
            for v in ticks:
                if lo <= v <= hi and v not in values:
                    values.append(v)
                    opacity.append(GRID_OPACITY[level])
    return np.array(values, np.float64), np.array(opacity, np.float64)


def _image(buf: np.ndarray, dpr: float) -> QtGui.QImage:
    h, w = buf.shape
    img = QtGui.QImage(buf.data, w, h, 4 * w, QtGui.QImage.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(dpr)
    return img


def _render(ctx, job: _Job) -> np.ndarray:
    """The renderer's job (background/jobs.py): draw one picture."""
    return _draw(job)


class CurveRenderer(QObject):
    """Draws the pictures of every :class:`RasterCurves` of a panel in the background: one
    picture per item in flight, the newest waiting request replacing an older one
    (``background/jobs.py``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs = Jobs("curve-renderer", parent=self)
        self.pictures = 0  # pictures drawn in the background (for tests and the self-test)

    def submit(self, job: _Job) -> None:
        self.jobs.submit(id(job.item), _render, job, on_done=lambda buf, error: self._done(job, buf, error))

    def _done(self, job: _Job, buf, error) -> None:
        if error is not None:  # a picture that cannot be drawn is skipped, never fatal
            print(getattr(error, "traceback_text", repr(error)), file=sys.stderr)
            return
        self.pictures += 1
        item = job.item()
        if item is not None:
            item.receive(job, buf)

    def busy(self) -> bool:
        return self.jobs.busy()

    def shutdown(self) -> None:
        """Stop for good (a picture being drawn is finished first: a few milliseconds)."""
        self.jobs.shutdown()


class RasterCurves(pg.GraphicsObject):
    """Curves y_c(x) of one plot, drawn as a picture (see the module's description)."""

    def __init__(self, renderer: CurveRenderer, grid_axes=None, grid_colour=None):
        """``grid_axes``: (bottom, left) axes whose ticks get grid lines in the picture, in
        ``grid_colour()`` (drawn here rather than by pyqtgraph: its grid made every repaint of the
        plot cost several milliseconds)."""
        super().__init__()
        self._renderer = renderer
        self._grid_axes = grid_axes
        self._grid_colour = grid_colour
        self._grid_cache = None
        self._ref = weakref.ref(self)
        self._xs = np.zeros(0)
        self._ys = np.zeros((0, 0))
        self._colours: tuple = ()
        self._widths: tuple = ()
        self._version = 0
        self._asked = None  # (version, key) last sent to the renderer
        self._shown = None  # (version, key, image, buffer) of the last picture received
        self._bounds = None

    # --- data ---------------------------------------------------------------------------------
    def set_curves(self, xs, ys, colours, widths) -> None:
        """Curves ys[:, c] against xs, drawn in column order (the last on top). The arrays are
        kept as given: pass arrays that are not modified afterwards."""
        ys = np.asarray(ys, np.float64)
        if ys.ndim == 1:
            ys = ys[:, None]
        self._xs, self._ys = np.asarray(xs, np.float64), ys
        self._colours, self._widths = tuple(colours), tuple(float(w) for w in widths)
        self._bounds = None
        self.informViewBoundsChanged()
        self._changed()

    def _changed(self) -> None:
        """Something drawn changed: ask for a new picture if the plot is on the screen (a hidden
        tab's first paint asks for it when the tab is shown)."""
        self._version += 1
        key = self._current_key() if self._on_screen() else None
        if key is not None:
            self._request(key)

    def curves(self):
        """(xs, ys, colours, widths) as last given."""
        return self._xs, self._ys, self._colours, self._widths

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        if not self._xs.size or not self._ys.size:
            return (None, None)
        if self._bounds is None:
            with np.errstate(invalid="ignore"):
                self._bounds = ((float(np.nanmin(self._xs)), float(np.nanmax(self._xs))),
                                (float(np.nanmin(self._ys)), float(np.nanmax(self._ys))))
        return self._bounds[ax]

    def pixelPadding(self):
        return max(self._widths, default=0.0) / 2 + 1

    # --- geometry -----------------------------------------------------------------------------
    def boundingRect(self):
        r = self.viewRect()
        return QtCore.QRectF() if r is None else r

    def viewRangeChanged(self):
        self.viewTransformChanged()

    def viewTransformChanged(self):
        super().viewTransformChanged()  # forgets pyqtgraph's cached view rectangle
        self.prepareGeometryChange()
        self.update()

    def _view(self):
        vb = self.getViewBox()
        if vb is None:
            return None
        (x0, x1), (y0, y1) = vb.viewRange()
        return float(x0), float(x1), float(y0), float(y1)

    @staticmethod
    def _key(view, device_rect: QtCore.QRectF, dpr: float) -> tuple:
        return view + (round(device_rect.width() * dpr), round(device_rect.height() * dpr), float(dpr))

    def _on_screen(self) -> bool:
        views = self.scene().views() if self.scene() is not None else []
        return bool(views) and views[0].isVisible()

    def _current_key(self):
        """The picture the plot on the screen needs now: its range, and the view's size in device
        pixels (from the view's own geometry, which is current even when the range has just
        changed and the data-to-screen transform is not yet updated)."""
        view = self._view()
        vb = self.getViewBox()
        if view is None or self.scene() is None or not self.scene().views():
            return None
        dev = vb.mapRectToDevice(vb.boundingRect())
        if dev is None:
            return None
        return self._key(view, dev, self.scene().views()[0].devicePixelRatioF())

    # --- drawing ------------------------------------------------------------------------------
    def _job(self, key) -> _Job:
        return _Job(self._ref, self._version, key, self._xs, self._ys, self._colours, self._widths, self._grid(key))

    def _grid(self, key):
        if self._grid_axes is None:
            return None
        colour = self._grid_colour()
        if self._grid_cache is None or self._grid_cache[0] != (key, colour):  # the range or size changed
            x0, x1, y0, y1, w, h, dpr = key
            gx, ax = grid_lines(self._grid_axes[0], x0, x1, w / dpr)
            gy, ay = grid_lines(self._grid_axes[1], y0, y1, h / dpr)
            self._grid_cache = ((key, colour), (gx, ax, gy, ay, colour))
        return self._grid_cache[1]

    def restyle(self) -> None:
        """Draw again (the grid's colour or the curves' look changed)."""
        self._changed()

    def _request(self, key) -> None:
        if self._asked == (self._version, key) or key[4] <= 0 or key[5] <= 0:
            return
        self._asked = (self._version, key)
        self._renderer.submit(self._job(key))

    def receive(self, job: _Job, buf: np.ndarray) -> None:
        """A picture drawn for ``job`` (called by the renderer, in the GUI thread)."""
        if self._shown is not None and job.version < self._shown[0]:
            return  # an older picture than the one shown
        self._shown = (job.version, job.key, _image(buf, job.key[6]), buf)
        self.update()

    def render_now(self) -> bool:
        """Draw the picture the screen needs at once, in this thread (for exports and tests)."""
        key = self._current_key()
        if key is None or key[4] <= 0 or key[5] <= 0:
            return False
        job = self._job(key)
        self.receive(job, _draw(job))
        self._asked = (self._version, key)
        self.update()
        return True

    def shown_key(self):
        """(x0, x1, y0, y1, width px, height px, pixel ratio) of the picture shown, or None."""
        return None if self._shown is None else self._shown[1]

    def up_to_date(self) -> bool:
        """True when the picture shown has the current data at the current range and size (or
        when the plot is not on the screen)."""
        key = self._current_key()
        return (
            key is None
            or not self._on_screen()
            or (self._shown is not None and self._shown[:2] == (self._version, key))
        )

    def paint(self, p: QtGui.QPainter, *args) -> None:
        view = self._view()
        if view is None:
            return
        x0, x1, y0, y1 = view
        t = p.transform()
        dev = t.mapRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        device = p.device()
        if not isinstance(device, QtWidgets.QWidget):
            # a file or a printer: draw at its resolution now, lines as thick relative to the
            # picture as on the screen; keep nothing
            dpr = device.devicePixelRatioF() if device is not None else 1.0
            key = self._key(view, dev, dpr)
            screen = self._current_key()
            scale = key[4] / screen[4] if screen is not None and screen[4] > 0 else 1.0
            job = dataclasses.replace(self._job(key), widths=tuple(w * scale for w in self._widths))
            self._blit(p, dev, _image(_draw(job), dpr))
            return
        key = self._current_key()
        if key is None:
            return
        shown = self._shown
        if shown is None or shown[:2] != (self._version, key):
            self._request(key)
        if shown is None:
            return
        sx0, sx1, sy0, sy1 = shown[1][:4]
        self._blit(p, t.mapRect(QtCore.QRectF(sx0, sy0, sx1 - sx0, sy1 - sy0)), shown[2])

    @staticmethod
    def _blit(p: QtGui.QPainter, target: QtCore.QRectF, image: QtGui.QImage) -> None:
        p.save()
        p.resetTransform()
        size = image.deviceIndependentSize()
        if abs(target.width() - size.width()) < 1 and abs(target.height() - size.height()) < 1:
            p.drawImage(target.topLeft().toPoint(), image)  # pixel for pixel: no resampling
        else:
            p.drawImage(target, image)  # the range or size changed: stretched until the new one
        p.restore()
