"""The classroom contract (README, "In class"): every moment of the lecture — the six presets, the
five experiments, the five lab presets — at 1024 × 640 in French presentation mode, at 1024 × 640 in
English, and at 1366 × 768 in French presentation mode: the window renders at exactly that size, every
plot's data area is at least 200 × 120 logical pixels, and no text is cut (the layout report,
``hopfield-gui --screenshot … --layout-report``)."""

import json
import os
import subprocess
import sys

import pytest

from hopfield_gui.gui import i18n, selftest
from hopfield_gui.gui import layout_report as lr
from hopfield_gui.state.lab import LAB_PRESETS
from hopfield_gui.state.presets import PRESETS
from tests.conftest import laid_out

MOMENTS = ([("preset", p.key) for p in PRESETS]
           + [("experiment", k) for k in ("capacity", "temperature", "basins", "phase", "finite-size", "dilution")]
           + [("lab", p.key) for p in LAB_PRESETS])
CONFIGS = [((1024, 640), "fr", True), ((1024, 640), "en", False), ((1366, 768), "fr", True)]


@pytest.mark.parametrize("config", CONFIGS, ids=["1024x640-fr-F5", "1024x640-en", "1366x768-fr-F5"])
@pytest.mark.parametrize("moment", MOMENTS, ids=[key for _, key in MOMENTS])
def test_every_moment_is_readable_from_the_back_row(qtbot, qapp, moment, config):
    (width, height), lang, presenting = config
    kind, key = moment
    i18n.install_language(lang)
    win = selftest.open_window(qapp, width, height, presentation=presenting)
    assert win is not None, "the window cannot fit this screen"
    qtbot.addWidget(win)
    try:
        assert selftest.stage(qapp, win, **{kind: key}, freeze=False), "the moment did not settle"
        rep = lr.report(win)
        assert rep["window"] == [width, height]
        assert rep["plots"], "nothing to see"
        assert not lr.too_small(rep)
        assert not rep["clipped"]
    finally:
        win.view.set_presentation(False)
        win.close()
        i18n.install_language("en")


def test_the_report_finds_a_small_plot_and_a_cut_text(window, qtbot):
    """The contract is not blind: a plot squeezed under 120 pixels and a cut button are reported."""
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    window.curves.energy_plot.setMinimumHeight(0)
    window.curves.energy_plot.setMaximumHeight(90)
    window.state_panel.reset_button.setFixedWidth(20)
    laid_out()
    rep = lr.report(window)
    assert any(s.startswith("curves.energy") for s in lr.too_small(rep))
    assert any("Reset to cue" in s for s in rep["clipped"])
    window.curves.energy_plot.setMaximumHeight(16777215)
    window.curves.restyle()  # its least height again
    window.state_panel.reset_button.setMinimumWidth(0)
    window.state_panel.reset_button.setMaximumWidth(16777215)


def test_layout_report_from_the_command_line(tmp_path, qapp):
    """The issue's own command (French at 1024 × 640 with an experiment once exited 2) writes the
    picture and the report."""
    png, report = tmp_path / "x.png", tmp_path / "x.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "hopfield_gui", "--screenshot", str(png), "--size", "1024x640",
                        "--language", "fr", "--experiment", "capacity", "--layout-report", str(report)],
                       capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr
    rep = json.loads(report.read_text(encoding="utf-8"))
    assert rep["window"] == [1024, 640] and set(rep) >= {"plots", "clipped", "diagrams"}
    assert [p["name"] for p in rep["plots"]] == ["experiments.plot"] and not lr.too_small(rep)
    assert rep["clipped"] == []
