"""Regenerate the bundled resources that are drawn once rather than at run time:

- ``hopfield_gui/resources/presets/letters-<rows>x<cols>.json``: the letters of the presets and of
  the start-up demo. Drawn from a font once here, so that every laptop in the room shows the same
  letters whatever fonts it has (the pattern file format is the documented JSON one).
- ``hopfield_gui/resources/icons/hopfield-explorer.png``: the window icon (a stored letter with its
  overlap colour, as in the library).

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python packaging/make_resources.py``.
"""

from pathlib import Path

import numpy as np

from hopfield_gui.core.io import PatternSet, save_patterns
from hopfield_gui.gui.qtapp import ensure_app

ROOT = Path(__file__).resolve().parents[1] / "hopfield_gui" / "resources"
LETTER_SETS = {(20, 20): "ABC", (12, 12): "XO"}


def main() -> None:
    ensure_app(offscreen=True)
    from PySide6 import QtCore, QtGui

    from hopfield_gui.gui.plotting import style
    from hopfield_gui.gui.rendering import pattern_image, text_to_pattern

    for (rows, cols), letters in LETTER_SETS.items():
        pats = np.array([text_to_pattern(ch, rows, cols) for ch in letters], np.int8)
        save_patterns(ROOT / "presets" / f"letters-{rows}x{cols}.json", PatternSet(pats, rows, cols, list(letters)))

    size = 256
    pm = QtGui.QImage(size, size, QtGui.QImage.Format_ARGB32)
    pm.fill(QtCore.Qt.transparent)
    p = QtGui.QPainter(pm)
    p.setRenderHint(QtGui.QPainter.Antialiasing)
    p.setPen(QtCore.Qt.NoPen)
    p.setBrush(QtGui.QColor(style.PALETTE[1]))
    p.drawRoundedRect(QtCore.QRectF(4, 4, size - 8, size - 8), 36, 36)
    p.setBrush(QtGui.QColor("white"))
    p.drawRoundedRect(QtCore.QRectF(28, 28, size - 56, size - 56), 14, 14)
    a = text_to_pattern("A", 12, 12)
    p.setRenderHint(QtGui.QPainter.SmoothPixmapTransform, False)
    p.drawImage(QtCore.QRectF(40, 40, size - 80, size - 80), pattern_image(a, 12, 12))
    p.end()
    pm.save(str(ROOT / "icons" / "hopfield-explorer.png"))


if __name__ == "__main__":
    main()
