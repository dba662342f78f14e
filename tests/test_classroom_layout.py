"""The window fits the screens of a classroom (1024 × 640 up to 1366 × 768 logical pixels, and a
1080p laptop at 150 %), in English and French, normal and in presentation mode, with nothing cut:
every text shown whole, every plot title inside its plot, every tab's name in full."""

import math
import os
import subprocess
import sys

import pytest
from PySide6 import QtGui

from hopfield_gui.gui import layout_report as lr
from tests.conftest import laid_out

SIZES = [(1024, 640), (1280, 720), (1280, 800), (1366, 768)]


def cut_texts(win) -> list[str]:
    """What the window shows only in part (the layout report's check, README "In class")."""
    return lr.report(win)["clipped"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "F5"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_window_fits_and_nothing_is_cut(qtbot, size, lang, presenting):
    from hopfield_gui.gui import i18n
    from hopfield_gui.gui.window import MainWindow
    i18n.install_language(lang)
    win = MainWindow()
    qtbot.addWidget(win)
    try:
        if presenting:
            win.view.set_presentation(True)
        need = win.minimumSizeHint()
        assert need.width() <= size[0] and need.height() <= size[1], (need.toTuple(), size)
        win.resize(*size)
        win.show()
        qtbot.waitUntil(lambda: win.last_frame is not None and win.last_frame.k == 3, timeout=20000)
        win.controller.step()  # a verdict, a time, curves: the texts a lesson shows
        qtbot.waitUntil(lambda: win.last_frame.time >= 1 and win.curves.settled(), timeout=10000)
        laid_out()  # the layout after the last texts
        assert win.size().toTuple() == size  # nothing made the window grow past the screen
        assert not cut_texts(win)
        if presenting:  # F5 rearranges: the side panels step aside, the state and the curves stay
            assert not any(d.isVisible() for d in win.docks.values())
            assert win.state_panel.grid.isVisible() and win.curves.overlap_plot.isVisible()
        # the Plasticity lab on the same screen: a comparison, every text whole, the window not grown
        win.menus.lab_presets["pair-fails"].trigger()
        lab = win.plasticity.lab
        qtbot.waitUntil(lambda: len(lab.last_curves) == 2 and win.plasticity.player.played is not None,
                        timeout=20000)
        laid_out()  # the panels redraw for their size
        assert win.size().toTuple() == size
        rep = lr.report(win)
        assert not rep["clipped"] and not lr.too_small(rep)  # room for the curves, every text whole
        if presenting:  # the lab's side column steps aside too; the rules and their E stay on screen
            both = win.plasticity.panels["both"].plot.getPlotItem()
            assert not win.plasticity.side.isVisible()
            assert any("E = " in label.text for _, label in both.legend.items)
    finally:
        if presenting:
            win.view.set_presentation(False)
        win.close()
        i18n.install_language("en")


def test_the_check_finds_a_cut_text(window, qtbot):
    """The check above is not blind: a button narrower than its text is reported."""
    b = window.state_panel.reset_button
    b.setFixedWidth(20)
    laid_out()
    assert any("Reset to cue" in s for s in cut_texts(window))
    b.setMinimumWidth(0)
    b.setMaximumWidth(16777215)


def test_presentation_mode_brings_the_panels_back(window, qtbot):
    window.docks["editor"].show()
    shown = {k: not d.isHidden() for k, d in window.docks.items()}
    qtbot.keyClick(window, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_F5)
    assert all(d.isHidden() for d in window.docks.values())
    window.menus.panels["parameters"].trigger()  # View ▸ Parameters during F5
    assert not window.docks["parameters"].isHidden()
    qtbot.keyClick(window, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_F5)
    assert {k: not d.isHidden() for k, d in window.docks.items()} == shown


def run_screenshot(tmp_path, *args, env=None):
    out = tmp_path / "shot.png"
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    r = subprocess.run([sys.executable, "-m", "hopfield_gui", "--screenshot", str(out), *args], capture_output=True,
                       text=True, timeout=180, env=e)
    return r, out


def test_screenshot_at_exactly_the_size_asked(tmp_path, qapp):
    r, out = run_screenshot(tmp_path, "--size", "1024x640", "--language", "fr", "--presentation")
    assert r.returncode == 0, r.stderr
    assert QtGui.QImage(str(out)).size().toTuple() == (1024, 640)


def test_screenshot_at_150_percent_on_a_1080p_laptop(tmp_path, qapp):
    """QT_SCALE_FACTOR=1.5: 1280 × 720 logical pixels are 1920 × 1080 on the screen."""
    r, out = run_screenshot(tmp_path, "--size", "1280x720", env={"QT_SCALE_FACTOR": "1.5"})
    assert r.returncode == 0, r.stderr
    assert QtGui.QImage(str(out)).size().toTuple() == (1920, 1080)


def test_screenshot_refuses_a_size_the_window_cannot_fit(tmp_path):
    r, out = run_screenshot(tmp_path, "--size", "600x400")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "needs at least" in r.stderr, r.stderr
    assert not out.exists()
    r, _ = run_screenshot(tmp_path, "--size", "big")
    assert r.returncode == 2 and "WIDTHxHEIGHT" in r.stderr


def test_tick_steps_are_round_and_never_crowded():
    from hopfield_gui.gui.plotting.fit import nice_step
    for span in (0.07, 0.7, 2.1, 13.0, 950.0):
        for most in (2, 3, 5, 8):
            step = nice_step(span, most)
            mantissa = step / 10 ** math.floor(math.log10(step))
            assert round(mantissa, 9) in (1, 2, 5) and span / step <= most * (1 + 1e-9)
            assert span / step > most / 5  # not needlessly sparse either


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "F5"])
def test_the_longest_verdict_and_hint_still_fit_the_smallest_screen(qtbot, presenting):
    """French, 1024 × 640: a run that ends in the wrong letter shows the verdict and the hint about
    correlated patterns; the window keeps its size and no text is cut."""
    import numpy as np

    from hopfield_gui.gui import i18n
    from hopfield_gui.gui.window import MainWindow
    i18n.install_language("fr")
    win = MainWindow()
    qtbot.addWidget(win)
    try:
        if presenting:
            win.view.set_presentation(True)
        win.resize(1024, 640)
        win.show()
        qtbot.waitUntil(lambda: win.last_frame is not None and win.last_frame.k == 3, timeout=20000)
        smiley = -np.ones((20, 20), np.int8)
        smiley[5:8, 5:8] = smiley[5:8, 12:15] = 1
        smiley[13:15, 5:15] = 1
        win.controller.add_pattern(smiley.ravel(), "sourire")
        win.controller.update(cue=3, noise=0.1, seed=1)
        win.controller.reset()
        win.controller.run()
        qtbot.waitUntil(lambda: win.last_frame.k == 4 and win.last_frame.converged and not win.last_frame.running,
                        timeout=20000)
        qtbot.waitUntil(lambda: bool(win.state_panel.hint.text()), timeout=5000)
        assert win.state_panel.hint.isVisible() != presenting  # for the teacher; F5 puts it aside
        laid_out()
        assert win.size().toTuple() == (1024, 640)
        assert not cut_texts(win)
    finally:
        if presenting:
            win.view.set_presentation(False)
        win.close()
        i18n.install_language("en")


def test_small_things_a_class_notices(window, qtbot):
    """The editor waits behind the patterns; Run/Pause/Step draw Qt's icons (a font may lack ⏸);
    α has digits enough at 128 × 128 with K = 3."""
    from hopfield_gui.gui.verdicts import alpha_text
    def seen(key):  # Qt keeps a dock behind another tab "visible", with nothing of it on the screen
        return not window.docks[key].visibleRegion().isEmpty()

    assert not seen("editor") and seen("patterns")  # the editor is a tab behind the patterns
    window.show_editor()
    qtbot.waitUntil(lambda: seen("editor"), timeout=2000)
    for b in (window.controls.run_button, window.controls.step_button):
        assert not b.icon().isNull() and not any(ch in b.text() for ch in "⏸▶◀")
    window.controller.run()
    qtbot.waitUntil(lambda: "Pause" in window.controls.run_button.text(), timeout=5000)
    assert "⏸" not in window.controls.run_button.text()
    assert alpha_text(3 / 16384) == "0.00018" and alpha_text(0.138) == "0.138" and alpha_text(0) == "0.000"


def test_experiment_axis_titles_fit_a_narrow_plot(qtbot):
    """The basins' x title was cut ("fraction of the cue flippe") in a narrow plot."""
    import numpy as np

    from hopfield_gui.core.experiments import BasinResult
    from hopfield_gui.gui.plotting import figures
    from hopfield_gui.gui.plotting.fit import html_width
    w = figures.new_plot()
    qtbot.addWidget(w)
    w.resize(300, 300)
    w.show()
    laid_out()
    res = BasinResult(n=100, alpha=np.array([0.05]), noise=np.linspace(0, 0.5, 6), m_final=np.ones((1, 6, 2)))
    figures.draw_basins(w, res)
    p = w.getPlotItem()
    label = p.getAxis("bottom").labelText
    assert html_width(label, 16) <= p.getViewBox().width()
