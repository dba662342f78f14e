"""pyqtgraph's own curves as the tested fallback of the picture item (HOPFIELD_CURVES=pyqtgraph):
a pyqtgraph or numba upgrade that breaks the fast path never leaves the app without curves."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.conftest import close_to, open_window, plot_colour_at, wait_frame


@pytest.fixture
def fallback_window(qtbot, monkeypatch):
    from hopfield_gui.gui.plotting import curve_view
    monkeypatch.setenv(curve_view.ENVIRONMENT, "pyqtgraph")
    win = open_window(qtbot)
    yield win
    win.close()


def test_the_backend_is_chosen_by_the_environment(monkeypatch):
    from hopfield_gui.gui.plotting import curve_view
    for value, expected in (("pyqtgraph", "pyqtgraph"), ("PyQtGraph ", "pyqtgraph"), ("raster", "raster"),
                            ("nonsense", "raster"), ("", "raster")):
        monkeypatch.setenv(curve_view.ENVIRONMENT, value)
        assert curve_view.backend() == expected


def test_the_fallback_shows_the_recall_and_exports_it(fallback_window, qtbot, tmp_path):
    from hopfield_gui.gui.plotting import style
    from hopfield_gui.gui.plotting.curve_view import PyqtgraphCurves
    win = fallback_window
    assert isinstance(win.curves.overlap_item, PyqtgraphCurves)
    assert win.curves.renderer.pictures == 0
    win.state_panel.cue_pattern.setCurrentIndex(2)  # "C"
    win.state_panel.noise.setValue(20)
    gen = win.last_frame.generation
    qtbot.mouseClick(win.state_panel.reset_button, Qt.LeftButton)
    wait_frame(qtbot, win, lambda f: f.generation > gen and f.time == 0)
    qtbot.keyClick(win, Qt.Key_Space)
    wait_frame(qtbot, win, lambda f: f.converged and not f.running)
    win.curves.flush()
    t, m, _ = win.curves.data()
    xs, ys, colours, _ = win.curves.overlap_item.curves()
    assert np.array_equal(xs, t) and m[-1, 2] == 1.0
    # on the last stretch C's curve lies at m = 1 (pyqtgraph draws its grid over the curves: most
    # points, not all, show the curve's colour)
    xs_last = t[-1] - np.linspace(0.03, 0.3, 7) * (t[-1] - t[0])
    on = [close_to(plot_colour_at(win.curves.overlap_plot, x, 1.0), style.PALETTE[2]) for x in xs_last]
    off = [close_to(plot_colour_at(win.curves.overlap_plot, x, 0.6), style.PALETTE[2]) for x in xs_last]
    assert sum(on) >= 4 and not any(off)
    out = tmp_path / "curves.png"
    assert win.files.export_curves_png(str(out)) and out.stat().st_size > 1000
