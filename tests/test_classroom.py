"""What a class sees, defect by defect (issue "every moment readable from the back row"): each test
drives the window as a teacher does and checks what used to be wrong."""

import math

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Qt

from hopfield_gui.gui import i18n
from hopfield_gui.gui import layout_report as lr
from tests.conftest import laid_out, wait_frame


def settle(qtbot, win, cond, timeout=30000):
    return wait_frame(qtbot, win, cond, timeout)


# --- the numbers and the curves --------------------------------------------------------------------------------
def test_eighty_patterns_fold_the_numbers_into_one_line(window, qtbot):
    window.resize(1024, 640)
    window.menus.presets["overload"].trigger()
    settle(qtbot, window, lambda f: f.k == 80 and f.converged and not f.running)
    qtbot.waitUntil(lambda: "others" in window.curves.values.text(), timeout=5000)
    text = window.curves.values.text()
    assert text.count("m<sup>") == 1 and "more" not in text  # the cued pattern only, then the largest other |m|
    laid_out()
    rep = lr.report(window)
    assert not lr.too_small(rep), rep["plots"]


def test_melting_marks_each_real_change_of_beta_once_in_a_strip_of_their_own(window, qtbot):
    window.controller.preset_interval_ms = 150
    window.menus.presets["melting"].trigger()
    settle(qtbot, window, lambda f: f.beta == pytest.approx(1.2), timeout=30000)
    # the preset starts at β = 10: the schedule's first 10 is no change, so no mark "10 → 10"
    assert window.curves.mark_texts() == ["6", "4", "3", "2.5", "2.2", "2", "1.8", "1.5", "1.2"]
    top = window.curves.overlap_plot.getPlotItem().getAxis("top")
    assert top.isVisible()  # the values above the plot, not labels on the curves
    laid_out()
    assert not [c for c in lr.report(window)["clipped"] if "curves.overlap" in c]


def test_synchronous_two_cycle_shows_in_a_curve(window, qtbot):
    window.menus.presets["cycle"].trigger()
    f = settle(qtbot, window, lambda f: f.k == 1 and f.mode == "sync" and f.time >= 4)
    qtbot.waitUntil(lambda: window.curves.settled(), timeout=5000)
    steps = window.curves.data_steps()
    assert np.isfinite(steps).sum() >= 3 and steps[-1] == pytest.approx(-1.0)  # S(t) = −S(t−1): the 2-cycle
    assert "S(t)·S(t−1)/N = −1.000" in window.curves.values.text()
    assert f.cycle


# --- teaching moments --------------------------------------------------------------------------------------------
def test_quiz_hides_the_curves_and_the_numbers_until_the_reveal(window, qtbot):
    qtbot.keyClick(window, Qt.Key_Q)
    assert window.answer.quiz
    window.controller.reset()
    window.controller.run()
    f = settle(qtbot, window, lambda f: f.converged and not f.running and f.time >= 1)
    laid_out()
    assert not window.curves.overlap_item.isVisible() and not window.curves.energy_item.isVisible()
    assert "m<sup>" not in window.curves.values.text() and "+1.000" not in window.curves.values.text()
    assert window.state_panel.verdict.text() == ""  # settled, yet still hidden: the teacher decides
    qtbot.keyClick(window, Qt.Key_V)
    qtbot.waitUntil(lambda: window.curves.overlap_item.isVisible(), timeout=3000)
    assert "m<sup>" in window.curves.values.text() and window.state_panel.verdict.text().startswith("Ended in")
    assert f.converged


def test_paused_at_finite_beta_the_verdict_says_what_the_state_is_near(window, qtbot):
    from hopfield_gui.gui.rendering import letter
    from hopfield_gui.state.library import PatternEntry
    ctl = window.controller
    ctl.library.replace_all(20, 20, [PatternEntry(ch, letter(ch, 20, 20), True, ch) for ch in "ABCD"])
    ctl.update(beta=3.0, noise=0.1, seed=1, cue=0)
    ctl.push_config_now()
    ctl.reset()
    ctl.run()
    settle(qtbot, window, lambda f: f.k == 4 and f.time >= 30)
    ctl.pause()
    settle(qtbot, window, lambda f: not f.running)
    qtbot.waitUntil(lambda: bool(window.state_panel.verdict.text()), timeout=5000)
    text, hint = window.state_panel.verdict.text(), window.state_panel.hint.text()
    assert text.startswith("Now near") and "(m = " in text  # not "none of the stored patterns", silently
    assert "β = 3" in hint  # what the temperature does to what the class sees


def test_the_cue_is_shown_beside_the_result(window, qtbot):
    window.controller.update(noise=0.3)
    generation = window.last_frame.generation
    window.controller.reset()
    first = settle(qtbot, window, lambda f: f.generation > generation and f.cue_state is not None)
    cue = first.cue_state.copy()
    window.controller.run()
    settle(qtbot, window, lambda f: f.converged and not f.running and f.time >= 1)
    assert np.array_equal(window.state_panel.cue_grid.values(), cue)
    assert not np.array_equal(window.last_frame.state, cue)  # before → after
    assert window.state_panel.cue_grid.isVisible()


def test_presets_are_numbered_and_all_reachable_at_1024(window, qtbot):
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    texts = [window.menus.presets[p].text() for p in ("word", "superposition", "melting", "overload", "mixture",
                                                      "cycle")]
    assert [t.split()[0] for t in texts] == ["1", "2", "3", "4", "5", "6"]
    bar = window.menus.presets_toolbar
    assert all(bar.widgetForAction(a).isVisible() for a in window.menus.presets.values())  # nothing behind »
    window.view.set_page("plasticity")
    laid_out()
    assert [window.menus.lab_presets[k].text().split()[0] for k in window.menus.lab_presets] == [
        "7a", "7b", "7c", "7d", "7e", "7f"]
    assert all(window.menus.lab_toolbar.widgetForAction(a).isVisible() for a in window.menus.lab_presets.values())


def test_the_lesson_guide_runs_each_experiment(window, qtbot):
    window.show_lesson()
    guide = window.lesson
    assert set(guide.experiment_buttons) == {"capacity", "temperature", "basins", "phase", "finite-size", "dilution"}
    window.experiments.fields["capacity"]["n"].setValue(100)
    window.experiments.fields["capacity"]["trials"].setValue(2)
    qtbot.mouseClick(guide.experiment_buttons["capacity"], Qt.LeftButton)
    assert window.tabs.currentWidget() is window.experiments
    qtbot.waitUntil(lambda: window.experiments.last_result is not None and not window.experiments.busy(),
                    timeout=30000)
    assert type(window.experiments.last_result).__name__ == "CapacityResult"
    guide.close()


# --- the window on the teacher's screen ------------------------------------------------------------------
def test_messages_are_seen_the_permanent_label_steps_aside(window, qtbot, tmp_path):
    assert window.status_alpha.isVisible()
    window.files.save_patterns(str(tmp_path / "p.json"))
    bar = window.statusBar()
    assert bar.currentMessage().startswith("saved")
    assert not window.status_alpha.isVisible()  # it took the whole bar: the message was never seen
    bar.clearMessage()
    qtbot.waitUntil(lambda: window.status_alpha.isVisible(), timeout=2000)


def test_the_first_start_fits_the_screen_and_later_starts_restore_the_teachers_size(qtbot, qapp):
    from hopfield_gui.gui.app import place_window
    from hopfield_gui.gui.window import MainWindow
    screen = qapp.primaryScreen().availableGeometry()
    QtCore.QSettings().clear()
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    place_window(win)  # no settings yet: as large as fits, never the fixed 1400 × 900 past a small screen
    need = win.minimumSizeHint()
    assert win.height() == min(900, screen.height())  # the offscreen screen is 800 high: not 900
    assert win.width() == max(need.width(), min(1400, screen.width()))
    win.resize(win.width(), 700)
    win.close()  # the size is remembered
    again = MainWindow(persistent=True)
    qtbot.addWidget(again)
    place_window(again)
    assert again.height() == 700  # the teacher's size, not the first start's
    again.resize(again.width(), 5000)  # remembered too large (another screen): brought back within this one
    again.close()
    third = MainWindow(persistent=True)
    qtbot.addWidget(third)
    place_window(third)
    assert third.height() <= screen.height()
    third.close()
    QtCore.QSettings().clear()


# --- the lab ---------------------------------------------------------------------------------------------------
def test_the_parameter_table_is_rebuilt_for_each_rule(window, qtbot):
    """The pair rule's "interaction" combo stayed in row 5 after switching to the triplet rule: it hid
    tau_plus and sent "interaction" to the wrong rule."""
    window.view.set_page("plasticity")
    ws = window.plasticity
    ws.lab.set_rule("pair")
    ws.lab.set_rule("triplet")
    table = ws.table.table
    names = [table.item(r, 0).data(Qt.UserRole) for r in range(table.rowCount())]
    assert names[-1] == "interaction" and "tau_plus" in names
    for r, name in enumerate(names):
        combo = table.cellWidget(r, 1)
        assert (combo is not None) == (name == "interaction"), (r, name)
    row = names.index("tau_plus")
    assert table.item(row, 1).text() == "16.8"
    label = table.cellWidget(row, 0)
    assert "τ" in label.text() and "(ms)" in label.text()  # the symbol and its unit, not tau_plus
    for kind, name, unit in (("bcm", "tau_theta", "(s)"), ("bcm", "theta0", "(Hz)"), ("calcium", "tau_ca", "(ms)")):
        ws.lab.set_rule(kind)
        names = [table.item(r, 0).data(Qt.UserRole) for r in range(table.rowCount())]
        assert all(table.cellWidget(r, 1) is None for r in range(table.rowCount()))
        assert unit in table.cellWidget(names.index(name), 0).text()
        # the old rule's labels are gone from the screen at once, not when Qt deletes them later (the
        # triplet rule's "A₂⁺" was drawn over the calcium rule's "τ_Ca" in a screenshot)
        shown = [w for w in table.viewport().findChildren(QtWidgets.QLabel) if w.isVisibleTo(table)]
        assert len(shown) == table.rowCount(), [w.text() for w in shown]


def test_lab_headers_grow_with_presentation_mode_like_the_plots(window, qtbot):
    window.view.set_page("plasticity")
    panel = window.plasticity.panels["both"]
    normal = panel.title.font().pointSize()
    window.view.set_presentation(True)
    try:
        assert panel.title.font().pointSize() > normal >= 13
        assert window.plasticity.player.spikes.isVisible() or not window.plasticity.player.isVisible()
    finally:
        window.view.set_presentation(False)


def test_the_player_shows_bcm_rates_and_its_threshold(window, qtbot):
    """The sliding-threshold preset plays BCM's whole 1 Hz protocol: θ_M visibly slides (from 10 Hz by
    more than 3 Hz in 15 min), where the 1982 set's hour-long τ_θ left it still."""
    window.menus.lab_presets["sliding-threshold"].trigger()
    ws = window.plasticity
    qtbot.waitUntil(lambda: ws.player.played is not None and ws.player.played.rate_rule, timeout=20000)
    ws.player.advance(1e9)
    for name in ("θ_M", "y"):
        x, y = ws.player.curves[name].getData()
        assert x is not None and len(x) > 10 and np.isfinite(y).all()
    _, theta = ws.player.curves["θ_M"].getData()
    assert theta[0] == pytest.approx(10.0) and theta[0] - theta[-1] > 3.0
    # 15 minutes in seconds on the time axis (not 900000 ms)
    axis = ws.player.weight.getAxis("bottom")
    assert axis.scale == 1e-3 and "(s)" in axis.labelText
    window.menus.lab_presets["bi-poo"].trigger()
    qtbot.waitUntil(lambda: ws.player.played is not None and not ws.player.played.rate_rule, timeout=20000)
    assert axis.scale == 1.0 and "(ms)" in axis.labelText


# --- focus view ----------------------------------------------------------------------------------------------
def test_a_double_click_fills_the_window_with_the_plot_and_esc_brings_the_layout_back(window, qtbot):
    from PySide6.QtTest import QTest
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    pw = window.curves.overlap_plot
    before = pw.getPlotItem().getViewBox().width()
    QTest.mouseDClick(pw.viewport(), Qt.LeftButton, Qt.NoModifier, pw.viewport().rect().center())
    assert window.focus.name() == "curves.overlap"
    laid_out()
    assert not window.state_panel.isVisible() and not window.curves.energy_plot.isVisible()
    assert pw.getPlotItem().getViewBox().width() > 1.5 * before
    assert not any(d.isVisible() for d in window.docks.values())
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.focus.name() == ""
    laid_out()
    assert window.state_panel.isVisible() and window.curves.energy_plot.isVisible()
    assert window.size().toTuple() == (1024, 640)
    # F6 focuses the plot clicked last
    QTest.mouseClick(window.curves.energy_plot.viewport(), Qt.LeftButton)
    qtbot.keyClick(window, Qt.Key_F6)
    assert window.focus.name() == "curves.energy"
    qtbot.keyClick(window, Qt.Key_F6)
    assert window.focus.name() == ""


def test_every_plot_can_take_the_focus_with_a_readable_data_area(window, qtbot):
    window.resize(1024, 640)
    window.menus.lab_presets["pair-fails"].trigger()
    qtbot.waitUntil(lambda: bool(window.plasticity.lab.last_curves) and not window.plasticity.lab.busy(),
                    timeout=20000)
    window.view.set_page("network")
    for widget, name in list(window.focus.plots.items()):
        page = "plasticity" if name.startswith(("lab", "player")) else "network"
        window.view.set_page(page)
        if page == "network":
            for tab in (window.curves, window.weights, window.experiments):
                if tab.isAncestorOf(widget):
                    window.tabs.setCurrentWidget(tab)
        window.plasticity.area.show_item(widget)
        laid_out()
        window.focus.enter(widget)
        laid_out()
        assert window.focus.name() == name
        sizes = {p["name"]: p for p in lr.report(window)["plots"]}
        assert sizes and not lr.too_small({"plots": list(sizes.values())}), (name, sizes)
        window.focus.leave()
    assert window.size().toTuple() == (1024, 640)


# --- French, as a French lecture prints it ----------------------------------------------------------------------
def test_french_numbers_have_a_decimal_comma_and_a_real_minus(window, qtbot):
    from hopfield_gui.gui.i18n.numbers import number
    from hopfield_gui.gui.plotting.axes import LocaleAxis
    try:
        i18n.install_language("fr")
        assert number(-0.592, ".3f") == "−0,592" and number(0.138, ".3f") == "0,138"
        assert number(-0.00004, ".4f") == "0,0000"  # never "−0.000"
        axis = LocaleAxis("left")
        assert axis.tickStrings([-0.5, 0.0, 0.5], 1.0, 0.5) == ["−0,5", "0", "0,5"]
        window.update_status(force=True)
        assert "α = K/N = 0,0075" in window.status_alpha.text() or "α = 0,0075" in window.status_alpha.text()
        window.controller.step()
        qtbot.waitUntil(lambda: "," in window.state_panel.verdict.text(), timeout=5000)
        assert "-0." not in window.state_panel.verdict.text()
    finally:
        i18n.install_language("en")
    assert number(-0.592, ".3f") == "−0.592"  # English keeps the point, with a real minus too


def test_french_slide_caption_says_graine(window, qtbot, tmp_path):
    from hopfield_gui.gui.plotting.slides import result_caption
    from hopfield_gui.core.experiments import CapacityResult
    res = CapacityResult(100, np.array([0.1]), np.array([10]), np.ones((1, 2)), 0.1, math.inf, "hebb", 2)
    try:
        i18n.install_language("fr")
        caption = result_caption(res, "capacity", seed=2)
        assert "graine = 2" in caption and "seed" not in caption and "0,1" in caption
    finally:
        i18n.install_language("en")


def test_french_fits_1024_with_every_tab(qtbot):
    """French at 1024 × 640 did not fit with the Weights tab (1064 px) or an experiment (1034 px)."""
    from hopfield_gui.gui.window import MainWindow
    try:
        i18n.install_language("fr")
        win = MainWindow()
        qtbot.addWidget(win)
        for tab in (win.curves, win.weights, win.experiments):
            win.tabs.setCurrentWidget(tab)
            QtWidgets.QApplication.processEvents()
            need = win.minimumSizeHint()
            assert need.width() <= 1024 and need.height() <= 640, (type(tab).__name__, need.toTuple())
        win.close()
    finally:
        i18n.install_language("en")
