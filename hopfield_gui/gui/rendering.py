"""Text and images to ±1 patterns with Qt's own font rendering and image scaling."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui

from ..core.messages import msg
from ..core.reading import read_file


def _qimage_to_gray(img: QtGui.QImage) -> np.ndarray:
    img = img.convertToFormat(QtGui.QImage.Format_Grayscale8)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return buf[:, :w].copy()


def text_to_pattern(text: str, rows: int, cols: int, family: str | None = None, bold: bool = True) -> np.ndarray:
    """Render ``text`` from a real font, centred and as large as fits the rows × cols grid.

    Ink is +1, background −1. Returns a flat int8 array of rows·cols values.
    """
    text = text.strip() or " "
    scale = 8  # render large, then scale down with smoothing, then threshold
    W, H = cols * scale, rows * scale
    font = QtGui.QFont(family) if family else QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.GeneralFont)
    font.setBold(bold)
    font.setStyleStrategy(QtGui.QFont.PreferAntialias)
    # find the largest pixel size whose tight bounding box fits
    lo, hi = 4, H * 2
    while lo < hi:
        mid = (lo + hi + 1) // 2
        font.setPixelSize(mid)
        br = QtGui.QFontMetricsF(font).tightBoundingRect(text)
        if br.width() <= W * 0.92 and br.height() <= H * 0.92:
            lo = mid
        else:
            hi = mid - 1
    font.setPixelSize(lo)
    br = QtGui.QFontMetricsF(font).tightBoundingRect(text)
    img = QtGui.QImage(W, H, QtGui.QImage.Format_Grayscale8)
    img.fill(255)
    p = QtGui.QPainter(img)
    p.setRenderHint(QtGui.QPainter.Antialiasing)
    p.setRenderHint(QtGui.QPainter.TextAntialiasing)
    p.setFont(font)
    p.setPen(QtGui.QColor(0, 0, 0))
    p.drawText(QtCore.QPointF((W - br.width()) / 2 - br.left(), (H - br.height()) / 2 - br.top()), text)
    p.end()
    return _gray_to_pattern(_qimage_to_gray(img.scaled(cols, rows, QtCore.Qt.IgnoreAspectRatio,
                                                         QtCore.Qt.SmoothTransformation)), 128)


def _gray_to_pattern(gray: np.ndarray, threshold: float) -> np.ndarray:
    return np.where(gray < threshold, 1, -1).astype(np.int8).reshape(-1)


class ImageError(ValueError):
    pass


#: The largest image file read (a photo is a few MB) and the pixels decoded at most
MAX_IMAGE_BYTES = 64 * 2**20
MAX_IMAGE_PIXELS = 20000 * 20000


def image_to_pattern(path: str, rows: int, cols: int) -> np.ndarray:
    """Load a PNG/JPEG/…, scale it to the grid and threshold it (dark = +1) at its mean grey. The
    file is read through the core's bounded reader (a pipe named .png hung the window) and decoded
    from memory."""
    data = read_file(path, MAX_IMAGE_BYTES, ImageError)
    buf = QtCore.QBuffer()
    buf.setData(QtCore.QByteArray(data))
    buf.open(QtCore.QIODevice.ReadOnly)
    reader = QtGui.QImageReader(buf)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
        raise ImageError(
            msg(
                "{file}: the image is too large ({width} × {height})",
                file=path,
                width=size.width(),
                height=size.height(),
            )
        )
    img = reader.read()
    if img.isNull():
        raise ImageError(msg("{file}: cannot read this image ({detail})", file=path, detail=reader.errorString()))
    gray = _qimage_to_gray(img.scaled(cols, rows, QtCore.Qt.IgnoreAspectRatio, QtCore.Qt.SmoothTransformation))
    thr = float(gray.mean())
    if gray.max() == gray.min():
        thr = 128.0
    return _gray_to_pattern(gray, thr + 1e-9)


def pattern_image(values: np.ndarray, rows: int, cols: int, on=(20, 20, 20), off=(250, 250, 250),
                  diff: np.ndarray | None = None, diff_colour=(213, 94, 0)) -> QtGui.QImage:
    """A rows × cols RGB QImage of a pattern (+1 dark), optionally marking ``diff`` neurons."""
    v = np.asarray(values).reshape(rows, cols)
    rgb = np.empty((rows, cols, 3), np.uint8)
    rgb[v > 0] = on
    rgb[v <= 0] = off
    if diff is not None:
        d = np.asarray(diff, bool).reshape(rows, cols)
        rgb[d] = diff_colour
    img = QtGui.QImage(rgb.data, cols, rows, 3 * cols, QtGui.QImage.Format_RGB888)
    return img.copy()  # own the memory


def letter(ch: str, rows: int, cols: int) -> np.ndarray:
    """A letter as the presets and the demo show it: the bundled drawing (the same on every laptop
    in the room), or drawn from a font at sizes that ship none."""
    from ..core.letters import preset_letters
    pset = preset_letters(rows, cols)
    if pset is not None and ch in pset.names:
        return pset.patterns[pset.names.index(ch)].copy()
    return text_to_pattern(ch, rows, cols)


def draw_text(text: str, rows: int, cols: int) -> np.ndarray:
    """Letters at rows × cols: a single letter as the presets draw it (the bundled drawing where
    one ships), longer text from the font."""
    return letter(text, rows, cols) if len(text) == 1 else text_to_pattern(text, rows, cols)
