"""Plots that are always right: each experiment drawn in its own ranges, legends off the data,
critical values with real subscripts, the theory visible where it is 0, axis titles clear of the
numbers."""

import numpy as np
from PySide6 import QtGui
from PySide6.QtCore import Qt


def run_experiment(window, qtbot, kind, **fields):
    ex = window.experiments
    window.tabs.setCurrentWidget(ex)
    ex.set_kind(kind)
    for key, value in fields.items():
        ex.fields[kind][key].setValue(value)
    qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not ex.busy() and ex.last_result is not None and ex.last_result.__class__.__name__
                    .lower().startswith(kind[:4]), timeout=60000)
    return ex


def critical_labels(plot):
    return [item.label for item in plot.getPlotItem().items if hasattr(item, "label") and hasattr(item, "angle")]


def test_temperature_after_capacity_shows_its_own_points(window, qtbot):
    run_experiment(window, qtbot, "capacity", n=200, trials=2)
    ex = run_experiment(window, qtbot, "temperature", n=200, sweeps=20, burn_in=5)
    (x0, x1), (y0, y1) = ex.plot.getPlotItem().viewRange()
    beta = np.asarray(ex.last_result.beta)
    assert x0 <= beta.min() and beta.max() <= x1 and x1 < 20  # not the capacity's 0 … 0.3, nor stretched
    assert y0 < 0 < 1 <= y1


def test_legend_never_covers_the_data_and_critical_values_have_subscripts(window, qtbot):
    window.resize(1024, 640)  # the narrowest classroom screen: the plot is narrow
    ex = run_experiment(window, qtbot, "capacity", n=200, trials=2)
    p = ex.plot.getPlotItem()
    qtbot.waitUntil(lambda: p.legend.sceneBoundingRect().top() > 0, timeout=5000)  # laid out
    legend = p.legend.sceneBoundingRect()
    data = p.getViewBox().sceneBoundingRect()
    assert legend.height() > 0 and not legend.intersects(data)
    names = [label.text for _, label in p.legend.items]
    assert any("AGS" in n for n in names) and any("measured" in n for n in names)
    (label,) = critical_labels(ex.plot)
    assert "vertical-align:sub;\">c</span>" in label.toHtml() and "_" not in label.toPlainText()  # a real subscript
    assert label.toPlainText().replace("\u2009", " ") == "αc = 0.138"
    # the AGS curve is 0 above α_c: drawn above the lower edge, not on the axis line
    assert p.viewRange()[1][0] < 0


def test_axis_titles_leave_room_for_three_decimals(window, qtbot):
    from hopfield_gui.gui.plotting import style
    pe = window.curves.energy_plot.getPlotItem()
    ax = pe.getAxis("left")
    font = QtGui.QFont()
    font.setPointSize(style.pt(style.TICK_PT))
    numbers = QtGui.QFontMetrics(font).horizontalAdvance("−0.565")
    title = ax.label.boundingRect().height()  # the rotated title's thickness
    offset = ax.style["tickTextOffset"]
    offset = offset[0] if isinstance(offset, (list, tuple)) else offset
    assert ax.width() >= numbers + title + offset


def test_weight_images_have_axes_and_a_colour_scale(window, qtbot):
    window.menus.presets["superposition"].trigger()
    w = window.weights
    qtbot.waitUntil(lambda: w.sum_img.image is not None, timeout=10000)
    n = window.library.n
    for img, plot, limit in ((w.sum_img, w.sum_plot, None), (w.trace_img, w.trace_plot, 1 / n),
                             (w.overlap_img, w.overlap_plot, 1.0)):
        lo, hi = img.getLevels()
        assert lo == -hi and (limit is None or hi == limit)
        assert tuple(img.scale_bar.levels()) == (lo, hi)  # the scale says what the colours are worth
        for name in ("left", "bottom"):
            assert plot.getPlotItem().getAxis(name).isVisible()


def test_the_finite_size_top_axis_writes_n_without_a_scale_factor(qtbot):
    """The top axis names each N over its point; pyqtgraph's SI prefix once titled it "N (x0.001)"
    (the N^(−1/2) range), which read as N in thousandths."""
    import pyqtgraph as pg

    from hopfield_gui.core.phase import FiniteSizeResult
    from hopfield_gui.gui.plotting.phase_figures import draw_finite_size
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    n = np.array([250, 500, 1000, 2000])
    res = FiniteSizeResult(n, np.arange(0.1, 0.23, 0.01), np.zeros((4, 13)), np.array([0.176, 0.165, 0.158, 0.153]),
                           np.full(4, 0.002), 24, 0.141, 0.003, 0.55)
    draw_finite_size(w, res)
    w.resize(800, 600)
    top = w.getPlotItem().getAxis("top")
    assert top.autoSIPrefixScale == 1.0 and "x0.001" not in top.labelString()
