"""Curves drawn into a pixel buffer by compiled code, so that it can happen outside the GUI thread.

Qt's painter draws thick antialiased lines well, but from Python it keeps the interpreter lock while
it draws, and pyqtgraph adds its own Python work per curve; with a dozen curves redrawn 15–24 times a
second next to a 128 × 128 network, that work made the window's longest pauses. Here a numba
kernel (``nogil``) draws every curve of a plot into a premultiplied ARGB32 buffer in one call:

* each curve is first reduced, pixel column by pixel column, to the first, lowest, highest and last
  of its samples there (in time order), so a spike of one sample is never lost however many
  samples share a column, and the cost depends on the plot's width, not the history's length;
* each segment is drawn as a capsule of the line's width; a pixel's coverage is the part of it the
  capsule covers (1 inside, falling to 0 over the last pixel: antialiased edges), and a curve's
  coverage is the largest over its segments (round joins, no darker spots where segments meet);
* then the curve is composited over what is already drawn (premultiplied "source over").

Qt-free: the buffer becomes a QImage in :mod:`.raster_curves`.
"""

from __future__ import annotations

import math

import numpy as np

from ...core._kernels import jit


@jit
def _reduce(px, py, ox, oy):
    """Points (px, py) in pixel units (px not decreasing, NaN = gap) → at most 4 per pixel column:
    the first, lowest, highest and last sample of the column, in time order. Returns the count."""
    n = px.size
    out = 0
    i = 0
    while i < n:
        if not (px[i] == px[i] and py[i] == py[i]):  # NaN: a gap
            ox[out] = np.nan
            oy[out] = np.nan
            out += 1
            i += 1
            continue
        col = math.floor(px[i])
        j = i
        lo = i
        hi = i
        while j + 1 < n and px[j + 1] == px[j + 1] and py[j + 1] == py[j + 1] and math.floor(px[j + 1]) == col:
            j += 1
            if py[j] < py[lo]:
                lo = j
            if py[j] > py[hi]:
                hi = j
        ox[out] = px[i]
        oy[out] = py[i]
        out += 1
        a, b = (lo, hi) if lo < hi else (hi, lo)
        last = i
        for k in (a, b, j):
            if k > last:  # each sample once, in time order
                ox[out] = px[k]
                oy[out] = py[k]
                out += 1
                last = k
        i = j + 1
    return out


@jit
def _capsule(cov, cmin, cmax, ax, ay, bx, by, r):
    """Coverage of the segment (ax, ay)–(bx, by) widened to radius r − ½, into cov (kept as the max)."""
    H, W = cov.shape
    x_lo = max(int(math.floor(min(ax, bx) - r)), 0)
    x_hi = min(int(math.ceil(max(ax, bx) + r)), W - 1)
    if x_lo > x_hi or max(ay, by) + r < 0 or min(ay, by) - r > H:
        return
    dx = bx - ax
    dy = by - ay
    l2 = dx * dx + dy * dy
    for x in range(x_lo, x_hi + 1):
        cx = x + 0.5
        # the rows this column can touch: the segment's heights over [cx − r, cx + r], widened by r
        if abs(dx) > 1e-9:
            xl = max(cx - r, min(ax, bx))
            xr = min(cx + r, max(ax, bx))
            if xl > xr:  # beyond an end: only the round cap of that end
                yl = ay if abs(cx - ax) < abs(cx - bx) else by
                yr = yl
            else:
                yl = ay + (xl - ax) * dy / dx
                yr = ay + (xr - ax) * dy / dx
        else:
            yl = ay
            yr = by
        y_lo = max(int(math.floor(min(yl, yr) - r)), 0)
        y_hi = min(int(math.ceil(max(yl, yr) + r)), H - 1)
        for y in range(y_lo, y_hi + 1):
            cy = y + 0.5
            t = 0.0
            if l2 > 0.0:
                t = ((cx - ax) * dx + (cy - ay) * dy) / l2
                t = min(max(t, 0.0), 1.0)
            ex = ax + t * dx - cx
            ey = ay + t * dy - cy
            c = r - math.sqrt(ex * ex + ey * ey)
            if c > 0.0:
                if c > 1.0:
                    c = 1.0
                if c > cov[y, x]:
                    cov[y, x] = c
                    if y < cmin[x]:
                        cmin[x] = y
                    if y > cmax[x]:
                        cmax[x] = y


@jit
def _blend(img, y, x, argb, alpha):
    """One pixel of colour ``argb`` (straight alpha) at opacity ``alpha`` over img (premultiplied)."""
    a = ((argb >> 24) & 255) / 255.0 * alpha
    keep = 1.0 - a
    d = img[y, x]
    da = ((d >> 24) & 255) * keep + 255.0 * a
    dr = ((d >> 16) & 255) * keep + ((argb >> 16) & 255) * a
    dg = ((d >> 8) & 255) * keep + ((argb >> 8) & 255) * a
    db = (d & 255) * keep + (argb & 255) * a
    img[y, x] = ((np.uint32(min(da + 0.5, 255.0)) << 24) | (np.uint32(min(dr + 0.5, 255.0)) << 16)
                 | (np.uint32(min(dg + 0.5, 255.0)) << 8) | np.uint32(min(db + 0.5, 255.0)))


@jit
def _grid(img, gx, ax, gy, ay, argb, x0, x1, y0, y1):
    """Crisp one-pixel grid lines: vertical at x = gx[i] (opacity ax[i]), horizontal at y = gy[j]."""
    H, W = img.shape
    for i in range(gx.size):
        col = int(math.floor((gx[i] - x0) * W / (x1 - x0)))
        if 0 <= col < W:
            for y in range(H):
                _blend(img, y, col, argb, ax[i])
    for j in range(gy.size):
        row = int(math.floor((y1 - gy[j]) * H / (y1 - y0)))
        if 0 <= row < H:
            for x in range(W):
                _blend(img, row, x, argb, ay[j])


@jit
def _composite(img, cov, cmin, cmax, argb):
    """img ← colour·coverage over img; clears the coverage it used."""
    H, W = cov.shape
    for x in range(W):
        if cmin[x] > cmax[x]:
            continue
        for y in range(cmin[x], cmax[x] + 1):
            c = cov[y, x]
            if c > 0.0:
                cov[y, x] = 0.0
                _blend(img, y, x, argb, c)
        cmin[x] = H
        cmax[x] = -1


@jit
def _clamp(v):
    """Pixel coordinates far outside the picture (an extreme zoom) kept within ±1e9, so that no
    integer conversion overflows; NaN (a gap) is kept."""
    if v > 1e9:
        return 1e9
    if v < -1e9:
        return -1e9
    return v


@jit
def _draw(img, xs, ys, colours, widths, x0, x1, y0, y1):
    H, W = img.shape
    T, C = ys.shape
    cov = np.zeros((H, W), np.float32)
    cmin = np.full(W, H, np.int64)
    cmax = np.full(W, -1, np.int64)
    sx = W / (x1 - x0)
    sy = H / (y1 - y0)
    px = np.empty(T)
    py = np.empty(T)
    ox = np.empty(4 * T + 4)
    oy = np.empty(4 * T + 4)
    for i in range(T):
        px[i] = _clamp((xs[i] - x0) * sx)
    for c in range(C):
        for i in range(T):
            py[i] = _clamp((y1 - ys[i, c]) * sy)  # row 0 at the top (y1)
        n = _reduce(px, py, ox, oy)
        r = 0.5 * widths[c] + 0.5
        if n == 1 and ox[0] == ox[0]:
            _capsule(cov, cmin, cmax, ox[0], oy[0], ox[0], oy[0], r)
        for k in range(n - 1):
            if ox[k] == ox[k] and ox[k + 1] == ox[k + 1]:
                _capsule(cov, cmin, cmax, ox[k], oy[k], ox[k + 1], oy[k + 1], r)
        _composite(img, cov, cmin, cmax, colours[c])


def argb(colour) -> int:
    """'#RRGGBB', '#AARRGGBB' or (r, g, b[, a]) → 0xAARRGGBB (straight alpha)."""
    if isinstance(colour, str):
        h = colour.lstrip("#")
        if len(h) == 6:
            return 0xFF000000 | int(h, 16)
        if len(h) == 8:
            return int(h, 16)
        raise ValueError(f"not a colour: {colour!r}")
    r, g, b, *a = colour
    return ((a[0] if a else 255) << 24) | (r << 16) | (g << 8) | b


def draw_curves(width: int, height: int, xs, ys, colours, widths, x_range, y_range, grid=None) -> np.ndarray:
    """Draw the columns of ``ys`` (T, C) against ``xs`` (T,) (not decreasing; NaN leaves a gap)
    into a new transparent (height, width) uint32 buffer, premultiplied ARGB, row 0 at the top
    (``y_range[1]``). Curve c has ``colours[c]`` and ``widths[c]`` (pixels); later curves are drawn
    over earlier ones. ``grid``, if given, is (x values, their opacities, y values, their
    opacities, colour): one-pixel lines drawn first, under the curves."""
    img = np.zeros((max(int(height), 0), max(int(width), 0)), np.uint32)
    if grid is not None and img.size and x_range[1] > x_range[0] and y_range[1] > y_range[0]:
        gx, gax, gy, gay, colour = grid
        _grid(img, np.asarray(gx, np.float64), np.asarray(gax, np.float64), np.asarray(gy, np.float64),
              np.asarray(gay, np.float64), np.uint32(argb(colour)), float(x_range[0]), float(x_range[1]),
              float(y_range[0]), float(y_range[1]))
    xs = np.ascontiguousarray(xs, np.float64)
    ys = np.asarray(ys, np.float64)
    if ys.ndim == 1:
        ys = ys[:, None]
    ys = np.ascontiguousarray(ys)
    (x0, x1), (y0, y1) = x_range, y_range
    if img.size == 0 or xs.size == 0 or ys.shape[1] == 0 or not (x1 > x0 and y1 > y0):
        return img
    if ys.shape != (xs.size, len(colours)) or len(widths) != len(colours):
        raise ValueError("draw_curves: ys must be (len(xs), len(colours)) and widths as many as colours")
    cols = np.array([argb(c) for c in colours], np.uint32)
    _draw(img, xs, ys, cols, np.asarray(widths, np.float64), float(x0), float(x1), float(y0), float(y1))
    return img
