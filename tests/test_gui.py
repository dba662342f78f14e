"""The window used as a person would: mouse drags, keys, buttons (pytest-qt, offscreen)."""

import math

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt

from tests.conftest import close_to, drag, laid_out, plot_colour_at, wait_frame



def test_drag_paints_and_undo_redo(window, qtbot):
    grid = window.editor.grid
    assert np.all(grid.values() == -1)
    pts = [grid.cell_centre(3, c) for c in (2, 6, 10)]  # a horizontal stroke across row 3
    drag(grid, pts)
    v = grid.values().reshape(20, 20)
    assert np.all(v[3, 2:11] == 1) and v.sum() == -400 + 2 * 9  # the gaps of the drag are filled
    assert window.controller.undo_stack.count() == 1  # one command per stroke
    # right button erases
    drag(grid, [grid.cell_centre(3, 4), grid.cell_centre(3, 5)], Qt.RightButton)
    assert grid.values().reshape(20, 20)[3, 4] == -1
    assert window.controller.undo_stack.count() == 2
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert grid.values().reshape(20, 20)[3, 4] == 1
    window.menus.undo.trigger()
    assert np.all(grid.values() == -1)
    window.menus.redo.trigger()
    assert grid.values().reshape(20, 20)[3, 6] == 1


def test_editor_buttons_and_text(window, qtbot):
    ed = window.editor
    qtbot.mouseClick(ed.buttons["invert"], Qt.LeftButton)
    assert np.all(ed.grid.values() == 1)
    qtbot.mouseClick(ed.buttons["clear"], Qt.LeftButton)
    assert np.all(ed.grid.values() == -1)
    ed.text.setFocus()
    qtbot.keyClicks(ed.text, "T")
    qtbot.keyClick(ed.text, Qt.Key_Return)
    g = ed.grid.values().reshape(20, 20)
    # a T from a real font: a horizontal bar on top, a vertical stem in the middle
    top = np.argmax((g == 1).any(1))
    assert (g[top] == 1).sum() >= 8
    assert (g[14, 8:12] == 1).any() and not (g[14, :4] == 1).any()
    # the drawing can be stored in the library
    n0 = len(window.library)
    qtbot.mouseClick(ed.buttons["store"], Qt.LeftButton)
    assert len(window.library) == n0 + 1
    assert np.array_equal(window.library.entries[-1].values, ed.grid.values())


def test_space_runs_and_pauses(window, qtbot):
    window.controls.set_beta(3.0)  # stochastic: never a fixed point, keeps running
    qtbot.keyClick(window, Qt.Key_Space)
    f = wait_frame(qtbot, window, lambda f: f.running and f.time >= 3)
    qtbot.keyClick(window, Qt.Key_Space)
    f = wait_frame(qtbot, window, lambda f: not f.running)
    t = f.time
    # a later command's frame (β) is made after the pause: the clock has not moved meanwhile
    window.controls.set_beta(3.1)
    f = wait_frame(qtbot, window, lambda f: f.beta == pytest.approx(3.1))
    assert f.time == t and not f.running


def test_step_advances_exactly_one_sweep(window, qtbot):
    window.controls.set_beta(2.5)
    gen = window.last_frame.generation
    window.state_panel.request_reset()
    wait_frame(qtbot, window, lambda f: f.generation > gen and f.time == 0)
    qtbot.mouseClick(window.controls.step_button, Qt.LeftButton)
    wait_frame(qtbot, window, lambda f: f.time == 1)
    qtbot.keyClick(window, Qt.Key_S)
    wait_frame(qtbot, window, lambda f: f.time == 2)
    window.controls.set_beta(2.6)  # a later command's frame: nothing ran after the step
    f = wait_frame(qtbot, window, lambda f: f.beta == pytest.approx(2.6))
    assert f.time == 2 and not f.running


def test_beta_change_while_running_reaches_worker(window, qtbot):
    window.controls.set_beta(5.0)
    qtbot.keyClick(window, Qt.Key_Space)
    wait_frame(qtbot, window, lambda f: f.running and f.beta == pytest.approx(5.0))
    # drag the β slider with the keyboard as a person would (Page Down)
    slider = window.controls.beta_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key_PageDown)
    target = window.controls.beta()
    assert target < 5.0
    wait_frame(qtbot, window, lambda f: f.running and f.beta == pytest.approx(target))
    window.controls.beta_inf.click()
    wait_frame(qtbot, window, lambda f: math.isinf(f.beta))


def test_noisy_cue_is_recalled_at_beta_infinity(window, qtbot):
    sp = window.state_panel
    sp.cue_pattern.setCurrentIndex(2)  # "C"
    sp.noise.setValue(25)
    gen = window.last_frame.generation
    qtbot.mouseClick(sp.reset_button, Qt.LeftButton)
    f = wait_frame(qtbot, window, lambda f: f.generation > gen and f.time == 0 and f.cue_mu == 2)
    assert f.overlaps[-1, 2] == pytest.approx(0.5, abs=0.01)  # 25 % flipped: m = 1 − 2·0.25
    qtbot.keyClick(window, Qt.Key_Space)
    f = wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    assert f.overlaps[-1, 2] == 1.0
    assert "fixed point" in window.state_panel.status.text()
    window.curves.flush()
    t, m, e = window.curves.data()
    assert m[-1, 2] == 1.0 and np.all(np.diff(e) <= 1e-12)  # energy never rose


def test_erased_cue_like_the_lecture(window, qtbot):
    sp = window.state_panel
    sp.cue_pattern.setCurrentIndex(0)
    sp.noise.setValue(0)
    sp.masked.setValue(30)  # 30 % of the letter's pixels erased (set to −1)
    gen = window.last_frame.generation
    qtbot.keyClick(window, Qt.Key_R)
    f = wait_frame(qtbot, window, lambda f: f.generation > gen and f.time == 0)
    assert f.overlaps[-1, 0] < 1.0
    qtbot.keyClick(window, Qt.Key_Space)
    f = wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    assert f.overlaps[-1, 0] == 1.0


def test_synchronous_two_cycle_in_status(window, qtbot):
    # N = 30 neurons, one pattern of all +1, start with exactly half flipped: each +1 neuron sees
    # one more −1 than +1 among the others and vice versa, so a synchronous update inverts the
    # state, and the next one inverts it back (Bruck 1990: the N = 2 example, scaled up)
    window.controls.rows_spin.setValue(5)
    window.controls.cols_spin.setValue(6)
    wait_frame(qtbot, window, lambda f: f.rows == 5 and f.cols == 6)
    window.controller.set_k(0)
    window.controller.add_pattern(np.ones(30, np.int8), "ones")
    wait_frame(qtbot, window, lambda f: f.k == 1 and f.rows == 5)
    window.controls.mode_combo.setCurrentIndex(1)
    state = np.ones(30, np.int8)
    state[::2] = -1  # 15 of 30 flipped
    from hopfield_gui.state.frames import CueSpec
    gen = window.last_frame.generation
    window.controller.reset(CueSpec(kind="state", state=state))
    wait_frame(qtbot, window, lambda f: f.generation > gen and f.time == 0 and f.mode == "sync")
    qtbot.keyClick(window, Qt.Key_Space)
    wait_frame(qtbot, window, lambda f: f.cycle and not f.running)
    assert "2-cycle" in window.state_panel.status.text()


def test_library_add_remove_reorder_undo(window, qtbot):
    lib = window.library
    names = [e.name for e in lib.entries]
    qtbot.mouseClick(window.library_panel.buttons["random"], Qt.LeftButton)
    assert len(lib) == 4 and lib.k == 4
    wait_frame(qtbot, window, lambda f: f.k == 4)
    window.library_panel.list.setCurrentRow(0)
    qtbot.mouseClick(window.library_panel.buttons["right"], Qt.LeftButton)
    assert [e.name for e in lib.entries][:2] == [names[1], names[0]]
    qtbot.mouseClick(window.library_panel.buttons["remove"], Qt.LeftButton)
    assert len(lib) == 3
    for _ in range(3):
        window.menus.undo.trigger()
    assert [e.name for e in lib.entries] == names
    wait_frame(qtbot, window, lambda f: f.k == 3)
    # unticking a thumbnail unstores the pattern: K drops
    item = window.library_panel.list.item(1)
    item.setCheckState(Qt.Unchecked)
    assert lib.k == 2 and window.controls.k_spin.value() == 2
    wait_frame(qtbot, window, lambda f: f.k == 2)


def test_k_spin_and_status_warns_past_capacity(window, qtbot):
    for _ in range(5):
        window.controller.add_pattern(np.where(np.random.default_rng(_).random(400) < 0.5, 1, -1))
    window.controls.k_spin.setValue(8)
    assert window.library.k == 8
    wait_frame(qtbot, window, lambda f: f.k == 8)
    assert "α = K/N = 0.020" in window.status_alpha.text()
    assert not window.status_alpha.text().startswith("⚠")
    for i in range(60):
        window.controller.add_pattern(np.where(np.random.default_rng(100 + i).random(400) < 0.5, 1, -1))
    assert window.library.k == 68  # 68/400 = 0.17 > 0.138
    assert window.status_alpha.text().startswith("⚠")


def test_grid_resize_keeps_patterns(window, qtbot):
    window.controls.rows_spin.setValue(32)
    window.controls.cols_spin.setValue(32)
    f = wait_frame(qtbot, window, lambda f: f.rows == 32 and f.cols == 32)
    assert window.library.n == 1024 and len(window.library) == 3 and f.k == 3
    assert window.editor.grid.shape == (32, 32)
    assert window.state_panel.grid.shape == (32, 32)


def test_bad_image_gives_message_and_keeps_library(window, qtbot, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    before = [e.values.copy() for e in window.library.entries]
    assert window.files.add_image_file(str(bad)) is False
    assert "broken.png" in window.last_error
    assert len(window.library) == 3
    assert all(np.array_equal(a, e.values) for a, e in zip(before, window.library.entries, strict=True))


def test_image_to_pattern(window, qtbot, tmp_path):
    img = QtGui.QImage(64, 64, QtGui.QImage.Format_RGB32)
    img.fill(QtGui.QColor("white"))
    p = QtGui.QPainter(img)
    p.fillRect(0, 0, 32, 64, QtGui.QColor("black"))  # left half dark
    p.end()
    path = tmp_path / "half.png"
    img.save(str(path))
    assert window.files.add_image_file(str(path))
    v = window.library.entries[-1].values.reshape(20, 20)
    assert np.all(v[:, :10] == 1) and np.all(v[:, 10:] == -1)


def test_rule_over_budget_is_refused_and_reverted(window, qtbot):
    window.controls.rows_spin.setValue(128)
    window.controls.cols_spin.setValue(128)
    wait_frame(qtbot, window, lambda f: f.rows == 128 and f.cols == 128, timeout=30000)
    window.controls.rule_combo.setCurrentIndex(1)  # Storkey at N = 16384: over the budget
    assert "budget" in window.last_error
    assert window.controls.rule_combo.currentData() == "hebb"
    assert len(window.library) == 3


def test_open_bad_pattern_file_keeps_work(window, qtbot, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{"format": "hopfield-patterns", "rows": 2')
    names = [e.name for e in window.library.entries]
    assert window.files.open_patterns(str(f)) is False
    assert "not valid JSON" in window.last_error
    assert [e.name for e in window.library.entries] == names


def test_save_and_open_patterns_round_trip(window, qtbot, tmp_path):
    f = tmp_path / "mine.json"
    assert window.files.save_patterns(str(f))
    vals = [e.values.copy() for e in window.library.entries]
    window.controller.remove_pattern(0)
    assert window.files.open_patterns(str(f))
    assert all(np.array_equal(a, e.values) for a, e in zip(vals, window.library.entries, strict=True))


def test_no_stored_pattern_run_gives_message(window, qtbot):
    window.controller.set_k(0)
    qtbot.keyClick(window, Qt.Key_Space)
    assert "No pattern is stored" in window.last_error


def test_exports(window, qtbot, tmp_path):
    qtbot.keyClick(window, Qt.Key_Space)
    wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    assert window.files.export_state_png(str(tmp_path / "s.png"))
    assert window.files.export_curves_png(str(tmp_path / "c.png"))
    assert window.files.export_curves_csv(str(tmp_path / "c.csv"))
    assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"
    lines = (tmp_path / "c.csv").read_text().splitlines()
    assert lines[0].startswith("t_sweeps,energy_per_neuron,m_A")


def test_closing_while_running_stops_the_thread(qtbot):
    from hopfield_gui.gui.window import MainWindow
    win = MainWindow(rows=64, cols=64)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    win.controls.set_beta(3.0)
    win.controller.toggle_run()
    qtbot.waitUntil(lambda: win.last_frame.running and win.last_frame.time > 2, timeout=15000)
    thread = win.controller.sim.thread
    win.close()
    assert not thread.isRunning()


def test_many_signal_emits_do_not_crash(qtbot):
    # PySide6 6.12.0 aborted Python <= 3.11 after ~500 Python-side emits (a regression guard: see the pin in
    # pyproject.toml)
    class Emitter(QtCore.QObject):
        sig = QtCore.Signal(object)
    e = Emitter()
    got = []
    e.sig.connect(got.append)
    for i in range(3000):
        e.sig.emit(i)
    assert len(got) == 3000


def test_k_zero_still_shows_the_network(window, qtbot):
    window.controls.k_spin.setValue(0)
    f = wait_frame(qtbot, window, lambda f: f.k == 0)
    assert f.overlaps.shape[1] == 0 and window.last_error == ""
    qtbot.keyClick(window, Qt.Key_S)  # stepping with no weights: every field is 0, nothing moves
    wait_frame(qtbot, window, lambda f: f.k == 0 and f.time >= 1)


def test_undo_redo_across_grid_resizes(window, qtbot):
    # undoing a resize used to clear the undo stack from inside the running command (a crash)
    g = window.editor.grid
    drag(g, [g.cell_centre(1, 1), g.cell_centre(1, 5)])
    window.controls.rows_spin.setValue(10)
    window.controls.cols_spin.setValue(10)
    assert window.library.rows == 10 and g.shape == (10, 10)
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.library.rows == 20 and g.shape == (20, 20)
    assert np.all(g.values() == -1)
    for _ in range(4):
        window.menus.redo.trigger()
    assert window.library.rows == 10 and g.shape == (10, 10)
    wait_frame(qtbot, window, lambda f: f.rows == 10 and f.cols == 10)


def test_a_frame_with_thousands_of_samples_is_thinned_not_lost(window, qtbot):
    import dataclasses
    from hopfield_gui.gui.panels.curves import MAX_POINTS
    f = window.last_frame
    n = 3 * MAX_POINTS
    big = dataclasses.replace(f, restart=True, times=np.arange(n, dtype=float), overlaps=np.zeros((n, f.k)),
                              energy=np.zeros(n))
    window.curves.append(big)
    window.curves.append(dataclasses.replace(big, restart=False, times=big.times + n))
    t, m, e = window.curves.data()
    assert t.size <= MAX_POINTS and t[-1] == 2 * n - 1 and np.all(np.diff(t) > 0)


def test_energy_plot_follows_the_overlap_plots_time_axis(window, qtbot):
    """Not by pyqtgraph's XLink (two plots repainted in one pass made the longest event-loop
    pauses) but a moment later: after a pan or zoom of the overlaps, the energy shows the same times."""
    po = window.curves.overlap_plot.getPlotItem()
    pe = window.curves.energy_plot.getPlotItem()
    po.setXRange(3.0, 7.0, padding=0)
    qtbot.waitUntil(lambda: pe.viewRange()[0] == pytest.approx([3.0, 7.0]), timeout=2000)


@pytest.mark.parametrize("width", [1400, 1000])
def test_current_values_are_never_cut_off(window, qtbot, width):
    """With more than eight patterns the numbers fold into one line — the cued pattern, the largest
    other |m|, E/N — which fits its label however narrow the panel; with eight, each pattern's number
    shows where two lines hold them."""
    from PySide6 import QtGui
    from hopfield_gui.state.library import PatternEntry
    rng = np.random.default_rng(5)
    pats = rng.choice(np.array([-1, 1], np.int8), size=(20, 400))
    window.library.replace_all(20, 20, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats)])
    window.resize(width, 900)
    qtbot.waitUntil(lambda: window.last_frame is not None and window.last_frame.k == 20, timeout=10000)
    window.controller.step()
    qtbot.waitUntil(lambda: window.last_frame.time >= 1, timeout=10000)
    window.curves.flush()
    laid_out()  # the new layout
    window.curves.flush()
    lab = window.curves.values
    text = lab.text()
    assert text.count("m<sup>") == 1 and "others: max |m|" in text and "E/N" in text
    assert lab.fits()
    window.library.replace_all(20, 20, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats[:8])])
    qtbot.waitUntil(lambda: window.last_frame.k == 8, timeout=10000)
    window.controller.step()
    qtbot.waitUntil(lambda: window.last_frame.k == 8 and window.last_frame.time >= 1, timeout=10000)
    window.curves.flush()
    laid_out()
    text = lab.text()
    assert lab.fits() and "E/N" in text
    assert all(f"R{i}</sup>" in text for i in range(8)) or (width < 1400 and "others" in text)
    assert QtGui is not None


def test_curves_are_drawn_outside_the_gui_thread_and_shown(window, qtbot, monkeypatch):
    """The pictures of the curves come from the renderer's thread; the window shows them: after
    the recall of C, the screen at (last time, m = 1) has C's colour."""
    import threading

    from hopfield_gui.gui.plotting import style
    from hopfield_gui.gui.plotting import raster_curves
    drawn_in = []
    original = raster_curves.draw_curves
    monkeypatch.setattr(raster_curves, "draw_curves",
                        lambda *a, **k: (drawn_in.append(threading.get_ident()), original(*a, **k))[1])
    sp = window.state_panel
    sp.cue_pattern.setCurrentIndex(2)  # "C"
    sp.noise.setValue(20)
    gen = window.last_frame.generation
    qtbot.mouseClick(sp.reset_button, Qt.LeftButton)
    wait_frame(qtbot, window, lambda f: f.generation > gen and f.time == 0)
    qtbot.keyClick(window, Qt.Key_Space)
    wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    qtbot.waitUntil(window.curves.settled, timeout=5000)
    assert drawn_in and threading.get_ident() not in drawn_in
    t, m, _ = window.curves.data()
    assert m[-1, 2] == 1.0
    assert close_to(plot_colour_at(window.curves.overlap_plot, t[-1], 1.0), style.PALETTE[2])
    assert not close_to(plot_colour_at(window.curves.overlap_plot, t[-1], 0.6), style.PALETTE[2])


def test_the_picture_follows_a_resize_and_a_wheel_zoom(window, qtbot):
    item = window.curves.overlap_item
    vb = window.curves.overlap_plot.getPlotItem().getViewBox()
    qtbot.waitUntil(item.up_to_date, timeout=5000)
    height_before = item.shown_key()[5]
    window.resize(1400, 1100)
    qtbot.waitUntil(lambda: item.up_to_date() and item.shown_key()[5] != height_before, timeout=5000)
    # the plot's new height in device pixels (±1: the plot may start at half a pixel)
    assert abs(item.shown_key()[5] - vb.height() * window.devicePixelRatioF()) <= 1
    # zoom the time axis with the mouse wheel, as a person would
    pw = window.curves.overlap_plot
    x_before = vb.viewRange()[0]
    centre = QtCore.QPointF(pw.viewport().width() / 2, pw.viewport().height() / 2)
    ev = QtGui.QWheelEvent(centre, QtCore.QPointF(pw.viewport().mapToGlobal(centre.toPoint())), QtCore.QPoint(),
                           QtCore.QPoint(0, 240), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QtWidgets.QApplication.sendEvent(pw.viewport(), ev)
    x_after = vb.viewRange()[0]
    assert x_after[1] - x_after[0] < x_before[1] - x_before[0]
    qtbot.waitUntil(lambda: item.up_to_date() and item.shown_key()[:2] == pytest.approx(tuple(x_after)), timeout=5000)


def test_exported_curves_show_the_curves(window, qtbot, tmp_path):
    """An exported PNG is drawn at its own resolution (not the screen's picture stretched) and
    shows the cued pattern's curve."""
    from hopfield_gui.gui.plotting import style
    qtbot.keyClick(window, Qt.Key_Space)
    wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    path = tmp_path / "c.png"
    from hopfield_gui.gui.plotting.figures import export_png
    window.curves.flush()
    export_png(window.curves.overlap_plot, str(path), width=2400)
    img = QtGui.QImage(str(path))
    assert img.width() == 2400
    cue = window.last_frame.cue_mu
    ref = QtGui.QColor(style.pattern_colour(cue))
    rgb = img.convertToFormat(QtGui.QImage.Format_RGB32)
    arr = np.frombuffer(rgb.constBits(), np.uint32).reshape(rgb.height(), rgb.bytesPerLine() // 4)[:, :rgb.width()]
    r, g, b = ((arr >> s) & 255 for s in (16, 8, 0))
    near = (np.abs(r.astype(int) - ref.red()) < 30) & (np.abs(g.astype(int) - ref.green()) < 30) & (
        np.abs(b.astype(int) - ref.blue()) < 30)
    # the line is as thick, relative to the picture, as on the screen (the plot is ~380 px wide
    # there): at 2400 px, several times the screen's 4 px, over a good part of the plot's width
    rows = np.flatnonzero(near.sum(axis=1) > 200)
    assert rows.size >= 12


def test_the_energy_curve_is_still_shown_after_its_range_changed(window, qtbot):
    """A preset with another grid moves the energy to another range: the plot shows the curve
    there (a stale cached view rectangle once hid it until something else was redrawn)."""
    from hopfield_gui.gui.plotting import style
    window.menus.presets["mixture"].trigger()
    wait_frame(qtbot, window, lambda f: f.rows == 40 and f.converged and not f.running)
    qtbot.waitUntil(window.curves.settled, timeout=5000)
    t, _, e = window.curves.data()
    lo, hi = window.curves.energy_plot.getPlotItem().viewRange()[1]
    assert lo < e[-1] < hi and not (lo < -0.59 < hi)  # a range of its own (the letters' was ≈ −0.6)
    # never on the axis line: at least 5 % of the plot's height from either edge
    assert lo + 0.05 * (hi - lo) <= e.min() and e.max() <= hi - 0.05 * (hi - lo)
    assert close_to(plot_colour_at(window.curves.energy_plot, t[-1], e[-1]), style.ink())
    # and only there: far above the curve, no ink (the background or a grid line)
    assert not close_to(plot_colour_at(window.curves.energy_plot, t[-1] / 2, hi - 0.05 * (hi - lo)), style.ink())


def test_a_hidden_plot_is_not_drawn_until_shown(window, qtbot):
    """While another tab is shown, the running network's curves cost no drawing; back on the
    Dynamics tab the picture is brought up to date."""
    qtbot.waitUntil(window.curves.settled, timeout=5000)
    window.tabs.setCurrentWidget(window.weights)
    before = window.curves.renderer.pictures
    window.controls.speed_slider.setValue(window.controls.speed_slider.maximum())
    qtbot.keyClick(window, Qt.Key_Space)
    wait_frame(qtbot, window, lambda f: f.converged and not f.running)
    qtbot.waitUntil(window.curves.settled, timeout=5000)  # every frame handled, no redraw pending
    assert window.curves.renderer.pictures == before
    window.tabs.setCurrentWidget(window.curves)
    qtbot.waitUntil(lambda: window.curves.settled() and window.curves.renderer.pictures > before, timeout=5000)
    assert window.curves.overlap_item.shown_key() is not None


def test_the_cued_curve_stays_on_top_and_thick_through_presentation_mode(window, qtbot):
    """With more than eight patterns, the cued one (here the 11th, grey otherwise) is drawn last and
    thickest, also after presentation mode re-creates the curves."""
    from hopfield_gui.gui.plotting import style
    from hopfield_gui.state.library import PatternEntry
    rng = np.random.default_rng(3)
    pats = rng.choice(np.array([-1, 1], np.int8), size=(12, 400))
    window.library.replace_all(20, 20, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats)])
    wait_frame(qtbot, window, lambda f: f.k == 12)
    window.state_panel.cue_pattern.setCurrentIndex(10)
    window.state_panel.request_reset()
    wait_frame(qtbot, window, lambda f: f.cue_mu == 10 and f.time == 0)
    try:
        for presenting in (False, True):
            if presenting:
                qtbot.keyClick(window, Qt.Key_F5)
                assert style.presenting()
            window.curves.flush()
            t, m, _ = window.curves.data()
            xs, ys, colours, widths = window.curves.overlap_item.curves()
            assert np.array_equal(ys[:, -1], m[:, 10])
            edges = {style.outline(c) for c in style.PALETTE} - {None}
            assert (
                widths[-1]
                == style.line_px()
                > max(w for w, c in zip(widths[:-1], colours[:-1], strict=True) if c not in edges)
            )
            assert colours[-1] == style.ink()  # past the palette: drawn in the ink colour, not grey
    finally:
        if style.presenting():
            qtbot.keyClick(window, Qt.Key_F5)
    assert not style.presenting()


def test_pale_colours_get_an_edge_and_readable_numbers(window, qtbot):
    """On white, orange, sky blue and yellow stand out too little (WCAG contrast < 3): their
    curves are drawn over a thin dark edge, and every pattern's number is in a shade of its colour
    with a contrast of at least 3 (WCAG's level for large bold text, which they are)."""
    from hopfield_gui.gui.plotting import style
    from hopfield_gui.state.library import PatternEntry
    rng = np.random.default_rng(4)
    pats = rng.choice(np.array([-1, 1], np.int8), size=(8, 400))
    window.library.replace_all(20, 20, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats)])
    wait_frame(qtbot, window, lambda f: f.k == 8)
    window.curves.flush()
    xs, ys, colours, widths = window.curves.overlap_item.curves()
    pale = [c for c in style.PALETTE if style.contrast(c, style.bg()) < 3]
    assert set(pale) == {"#E69F00", "#56B4E9", "#F0E442"}
    for c in pale:
        i = colours.index(c)
        assert colours[i - 1] == style.outline(c) and widths[i - 1] == widths[i] + 2
        assert np.array_equal(ys[:, i - 1], ys[:, i])
    assert sum(c in pale for c in colours) == 3 and len(colours) == 8 + 3
    text = window.curves.values.text()
    for i in range(8):
        shade = style.text_colour(i)
        assert shade.lower() in text.lower() and style.contrast(shade, style.bg()) >= 3.0
        assert window.curves.values.font().bold() or "font-weight:bold" in text
        assert window.curves.values.font().pointSize() >= 14  # "large" text for WCAG
        hue = QtGui.QColor(style.PALETTE[i]).hslHue()
        if hue >= 0:  # the same colour, only darker
            assert abs(QtGui.QColor(shade).hslHue() - hue) <= 8


def test_a_mixture_of_many_patterns_is_named_by_its_three_largest(window):
    """At high load the network can rest near many patterns at once; the verdict names the three
    largest overlaps and says there are more, so that it fits its two lines."""
    from hopfield_gui.core.analysis import StateLabel
    from hopfield_gui.gui.i18n.messages import describe_state
    m = np.array([0.48, 0.32, 0.29, -0.26, 0.24, 0.23, 0.2])
    label = StateLabel("mixture", tuple(range(7)), tuple(int(np.sign(x)) for x in m), m, -0.58)
    text = describe_state(label, [f"R{i}" for i in range(7)])
    assert "R0, R1, R2, …" in text and "R3" not in text and "+0.48, +0.32, +0.29, …" in text
    three = StateLabel("mixture", (0, 1, 2), (1, -1, 1), m, -0.4)
    assert "R0, −R1, R2 (" in describe_state(three, [f"R{i}" for i in range(7)])


def test_overload_is_said_in_the_status_bar_itself(window, qtbot):
    window.menus.presets["overload"].trigger()
    qtbot.waitUntil(lambda: window.library.k == 80, timeout=10000)
    text = window.status_alpha.text()
    assert text.startswith("⚠") and "α = K/N = 0.200 > 0.138" in text
    assert "0.138" in window.status_alpha.toolTip()


def test_a_frame_made_before_the_last_run_command_does_not_undo_it(window, qtbot):
    """Run, then a frame the worker made before it received "run" (running = False) arrives: the
    window still knows it is running, so a later pause (opening a session, a preset) is really
    sent. Before, such a frame reset the window's flag and the pause was skipped: the network ran
    on (seen as a rare timeout of the session test)."""
    import dataclasses
    stale = dataclasses.replace(window.last_frame, running=False, restart=False,
                                commands=window.controller.sim.commands_sent)
    qtbot.keyClick(window, Qt.Key_Space)
    assert window.controller.running
    window.controller.sim.frame.emit(stale)  # as if it had been queued before the worker saw the command
    assert window.controller.running and "Pause" in window.controls.run_button.text()
    qtbot.keyClick(window, Qt.Key_Space)  # pause: really sent
    wait_frame(qtbot, window, lambda f: not f.running and f.commands == window.controller.sim.commands_sent)
    t = window.last_frame.time
    window.controls.set_beta(4.2)  # a later command's frame: the network did not run on
    f = wait_frame(qtbot, window, lambda f: f.beta == pytest.approx(4.2))
    assert f.time == t and not f.running and not window.controller.running


def test_double_click_renames_a_pattern_and_undo_brings_the_name_back(window, qtbot):
    lst = window.library_panel.list
    rect = lst.visualItemRect(lst.item(1))
    qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())  # a double-click: press, release, press
    qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
    editor = lst.findChild(QtWidgets.QLineEdit)
    assert isinstance(editor, QtWidgets.QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Bee")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.library.entries[1].name == "Bee", timeout=3000)
    assert window.library.entries[1].stored  # renaming is not (un)storing
    assert window.state_panel.cue_pattern.itemText(1) == "Bee"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.library.entries[1].name == "B" and lst.item(1).text() == "B"


def test_letters_are_drawn_again_when_the_grid_grows(window, qtbot):
    """A letter from the font is drawn anew at 40 × 40 (not the 20 × 20 one stretched); a random
    pattern is resampled; undo brings the 20 × 20 letters back; a session keeps the letters."""
    from hopfield_gui.gui.rendering import draw_text, text_to_pattern
    from hopfield_gui.state.library import resample
    window.files.add_text("Hi")
    window.library_panel.buttons["random"].click()
    rnd = window.library.entries[-1].values.copy()
    a20 = window.library.entries[0].values.copy()
    window.controls.rows_spin.setValue(40)
    window.controls.cols_spin.setValue(40)
    qtbot.waitUntil(lambda: window.library.rows == 40 and window.library.cols == 40, timeout=5000)
    lib = window.library
    assert np.array_equal(lib.entries[3].values, text_to_pattern("Hi", 40, 40))
    assert np.array_equal(lib.entries[0].values, draw_text("A", 40, 40))
    assert not np.array_equal(lib.entries[0].values, resample(a20, 20, 20, 40, 40))  # not stretched
    assert np.array_equal(lib.entries[4].values, resample(rnd, 20, 20, 40, 40))
    for _ in range(2):  # rows, then columns: two edits
        qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.library.rows == 20 and np.array_equal(window.library.entries[0].values, a20)
    s = window.controller.session()
    assert s.texts[:4] == ["A", "B", "C", "Hi"] and s.texts[4] is None


def test_slow_motion_shows_one_neuron_deciding(window, qtbot):
    """In slow motion the neuron just updated is outlined, with its field and the lecture's
    probability 1/(1 + e^(−βh)); its new state follows that rule (β = ∞: the sign of h)."""
    import re
    window.controls.speed_slider.setValue(0)  # 0.05 sweeps/s: 20 neurons a second
    qtbot.mouseClick(window.state_panel.reset_button, Qt.LeftButton)
    qtbot.mouseClick(window.controls.run_button, Qt.LeftButton)
    f = wait_frame(qtbot, window, lambda f: f.running and f.visit is not None)
    i, h, p_plus, s = f.visit
    assert window.state_panel.grid.highlighted() == i  # outlined on the grid
    assert p_plus == (1.0 if h > 0 else 0.0 if h < 0 else 0.5)  # β = ∞
    assert s == (1 if h > 0 else -1) or h == 0
    net_h = window.library.stored_patterns().astype(float)  # the field from the weights, by hand
    w = net_h.T @ net_h / net_h.shape[1]
    np.fill_diagonal(w, 0)
    assert h == pytest.approx(float(w[i] @ f.state))
    text = window.state_panel.info_label.text()
    row, col = divmod(i, 20)
    assert re.search(rf"\({row + 1}, {col + 1}\): h = [+−-]\d\.\d{{3}}, P\(\+1\) = {p_plus:.2f}", text), text
    window.controls.speed_slider.setValue(window.controls.speed_slider.maximum())  # full speed: no visit shown
    t0 = window.last_frame.time
    wait_frame(qtbot, window, lambda f: f.time > t0 + 1 and f.visit is None)
    assert window.state_panel.grid.highlighted() is None


def test_text_too_long_for_the_grid_gets_a_hint(window, qtbot):
    window.files.add_text("HOPFIELD")
    msg = window.statusBar().currentMessage()
    assert "HOPFIELD" in msg and "2.5" in msg and "48" in msg  # 20 / 8 pixels a letter; 6 × 8 a side
    window.statusBar().clearMessage()
    window.files.add_text("AB")
    assert window.statusBar().currentMessage() == ""
