"""Figures for slides: the size asked, a title, the legend naming each pattern, the caption with
the parameters; the same look from the window and from `hopfield … --plot`."""

import numpy as np
from PySide6 import QtGui
from PySide6.QtCore import Qt

from tests.conftest import wait_frame


def colour_pixels(img: QtGui.QImage, hex_colour: str, tol: int = 40) -> int:
    ref = QtGui.QColor(hex_colour)
    arr = np.frombuffer(img.convertToFormat(QtGui.QImage.Format_RGB32).constBits(), np.uint32).reshape(
        img.height(), img.width())
    r, g, b = ((arr >> s) & 255 for s in (16, 8, 0))
    return int(np.count_nonzero((np.abs(r.astype(int) - ref.red()) < tol) & (np.abs(g.astype(int) - ref.green()) < tol)
                                & (np.abs(b.astype(int) - ref.blue()) < tol)))


def test_the_curves_figure_has_the_size_asked_and_every_pattern_in_its_colour(window, qtbot, tmp_path):
    from hopfield_gui.gui.plotting import style
    qtbot.mouseClick(window.controls.run_button, Qt.LeftButton)
    wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    for size in ((1600, 1000), (1200, 1200)):
        out = tmp_path / f"fig{size[0]}.png"
        assert window.files.export_figure(str(out), size)
        img = QtGui.QImage(str(out))
        assert (img.width(), img.height()) == size
        for i in range(3):  # A, B, C: their curves and legend entries in their colours
            assert colour_pixels(img, style.pattern_colour(i)) > 200, i
        assert not list(tmp_path.glob(".*tmp*"))  # written atomically


def test_the_cli_figure_is_a_slide_too(tmp_path):
    from hopfield_gui import cli
    out = tmp_path / "cap.png"
    assert cli.main(["capacity", "--n", "200", "--alpha", "0.05:0.25:0.05", "--trials", "2", "--seed", "3",
                     "--plot", str(out)]) == 0
    img = QtGui.QImage(str(out))
    assert (img.width(), img.height()) == (1600, 1000)
    from hopfield_gui.gui.plotting import style
    assert colour_pixels(img, style.CRITICAL) > 100  # the α_c line
    assert colour_pixels(img, style.PALETTE[0]) > 500  # the measured curve


def test_the_state_figure_names_the_stored_patterns_in_their_colours(window, qtbot, tmp_path):
    from hopfield_gui.gui.plotting import style
    qtbot.mouseClick(window.controls.run_button, Qt.LeftButton)
    wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    out = tmp_path / "state.png"
    assert window.files.export_state_png(str(out))
    img = QtGui.QImage(str(out))
    assert img.width() == 1200 and img.height() > 1000
    for i in range(3):  # each thumbnail framed in its pattern's colour
        assert colour_pixels(img, style.pattern_colour(i), tol=20) > 300, i
    assert colour_pixels(img, "#141414", tol=10) > 100_000  # the state itself, large (dark = +1)
