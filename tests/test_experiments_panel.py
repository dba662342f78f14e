import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from hopfield_gui import cli


def open_form(window, kind, **values):
    """The Experiments tab on ``kind``, its fields set (numbers into spin boxes, text into lines)."""
    ex = window.experiments
    window.tabs.setCurrentWidget(ex)
    ex.set_kind(kind)
    for name, value in values.items():
        w = ex.fields[kind][name]
        w.setText(value) if isinstance(value, str) else w.setValue(value)
    return ex


def test_capacity_in_app_matches_cli_for_same_seed(window, qtbot, capsys):
    ex = open_form(window, "capacity", n=300, a0=0.05, a1=0.25, da=0.05, trials=3, seed=42)
    with qtbot.waitSignal(ex.resultReady, timeout=60000) as blocker:
        qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    res = blocker.args[0]
    assert not res.cancelled and ex.progress_bar.value() == ex.progress_bar.maximum() == 15
    code = cli.main(["capacity", "--n", "300", "--alpha", "0.05:0.25:0.05", "--trials", "3", "--seed", "42", "--json"])
    d = json.loads(capsys.readouterr().out)
    assert code == 0
    assert d["m_mean"] == pytest.approx(list(res.m_mean))
    assert d["retrieved_fraction"] == pytest.approx(list(res.retrieved_fraction))


def test_experiment_cancel(window, qtbot):
    ex = window.experiments
    ex.set_kind("capacity")
    f = ex.fields["capacity"]
    f["n"].setValue(3000)
    f["trials"].setValue(50)
    with qtbot.waitSignal(ex.resultReady, timeout=60000) as blocker:
        qtbot.mouseClick(ex.run_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: ex.progress_bar.value() >= 2, timeout=30000)
        qtbot.mouseClick(ex.cancel_button, Qt.LeftButton)
    res = blocker.args[0]
    assert res.cancelled
    assert 0 < np.isfinite(res.m_final).sum() < res.m_final.size
    assert ex.run_button.isEnabled()


def test_temperature_experiment_and_exports(window, qtbot, tmp_path):
    ex = window.experiments
    ex.set_kind("temperature")
    f = ex.fields["temperature"]
    f["n"].setValue(1000)
    f["b0"].setValue(1.0)
    f["b1"].setValue(4.0)
    f["db"].setValue(1.5)
    f["sweeps"].setValue(60)
    f["burn_in"].setValue(20)
    with qtbot.waitSignal(ex.resultReady, timeout=60000) as blocker:
        ex.start()
    res = blocker.args[0]
    assert list(res.beta) == [1.0, 2.5, 4.0]
    assert abs(res.m_mean[0]) < 0.15 and res.m_mean[2] == pytest.approx(0.9575, abs=0.03)
    # the empty plot's fixed 0…1 view gives way to the result's: β from 1 to 4 is all in sight
    view = ex.plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: view.viewRange()[0][0] <= 1.0 and view.viewRange()[0][1] >= 4.0, timeout=5000)
    ex.export_png(str(tmp_path / "t.png"))
    ex.export_csv(str(tmp_path / "t.csv"))
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "t.csv").read_text().splitlines()[0] == "beta,m_mean,m_std,m_theory"


def test_bad_experiment_parameters_give_a_message(window, qtbot):
    ex = window.experiments
    ex.set_kind("basins")
    ex.fields["basins"]["alphas"].setText("0.1, abc")
    ex.start()
    assert "numbers" in ex.last_error and not ex.busy() and ex.run_button.isEnabled()


def test_basins_and_weights_export(window, qtbot, tmp_path):
    ex = window.experiments
    ex.set_kind("basins")
    ex.fields["basins"]["n"].setValue(300)
    ex.fields["basins"]["trials"].setValue(3)
    with qtbot.waitSignal(ex.resultReady, timeout=60000) as blocker:
        ex.start()
    res = blocker.args[0]
    m = res.m_mean
    assert m.shape == (3, 11)
    assert m[0, 0] == 1.0 and m[0, -1] < 0.5  # small noise recalled, half flipped is not
    ex.export_csv(str(tmp_path / "b.csv"))
    assert (tmp_path / "b.csv").read_text().startswith("alpha,noise,m_mean")
    window.tabs.setCurrentWidget(window.weights)
    window.weights.export_png(str(tmp_path / "w.png"))
    assert (tmp_path / "w.png").read_bytes().startswith(b"\x89PNG")
    from PySide6 import QtGui
    assert QtGui.QImage(str(tmp_path / "w.png")).width() >= 2 * window.weights.width()


def test_the_phase_diagram_in_the_app_refines_and_matches_the_command(window, qtbot, capsys, tmp_path):
    """Phase diagram from the Experiments tab: the result equals `hopfield phase` for the same seed,
    and it exports as CSV (the coarse-first refinement is tested on the core)."""
    ex = open_form(window, "phase", n=200, a0=0.05, a1=0.15, da=0.05, betas="2, 4, inf", sweeps=10, burn_in=5,
                   seed=3)
    with qtbot.waitSignal(ex.resultReady, timeout=60000) as blocker:
        qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    res = blocker.args[0]
    assert res.m.shape == (3, 3) and np.isfinite(res.m).all()
    code = cli.main(["phase", "--n", "200", "--alpha", "0.05:0.15:0.05", "--beta", "2,4,inf", "--trials", "1",
                     "--sweeps", "10", "--burn-in", "5", "--seed", "3", "--json"])
    d = json.loads(capsys.readouterr().out)
    assert code == 0 and np.allclose(d["m"], res.m)
    path = tmp_path / "phase.csv"
    ex.export_csv(str(path))
    assert path.read_text().splitlines()[0] == "alpha,beta,m,m_spread" and len(path.read_text().splitlines()) == 10


def test_exports_write_the_result_shown_while_another_kind_runs(window, qtbot, tmp_path):
    """A capacity result, then a phase diagram started: Export PNG/CSV write the capacity result
    (its kind and seed), not a TypeError from mixing the two."""
    ex = open_form(window, "capacity", n=200, a0=0.05, a1=0.15, da=0.05, trials=2, seed=3)
    with qtbot.waitSignal(ex.resultReady, timeout=60000):
        qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    open_form(window, "phase", n=4000, trials=10)
    qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: ex.busy(), timeout=5000)
    ex.export_csv(str(tmp_path / "c.csv"))
    ex.export_png(str(tmp_path / "c.png"), (800, 500))
    assert (tmp_path / "c.csv").read_text().splitlines()[0].startswith("alpha,k,m_mean")
    assert ex.last_kind == "capacity" and ex.last_seed == 3
    ex.restyle()  # a redraw (theme, presentation) while the other kind runs
    with qtbot.waitSignal(ex.resultReady, timeout=10000) as blocker:
        qtbot.mouseClick(ex.cancel_button, Qt.LeftButton)
    assert blocker.args[0].cancelled and ex.last_kind == "phase"


def test_cancel_stops_inside_a_long_run(window, qtbot):
    """N = 16 384 at β = 3: one run lasts many sweeps; Cancel is asked after every sweep, so the
    result comes back long before the first runs could have ended."""
    ex = open_form(window, "capacity", n=16384, a0=0.1, a1=0.1, da=0.01, trials=40, beta="3")
    qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: ex.busy(), timeout=5000)
    qtbot.wait(300)  # a duration on purpose: the runs under way, far from their end, when Cancel comes
    with qtbot.waitSignal(ex.resultReady, timeout=5000) as blocker:
        qtbot.mouseClick(ex.cancel_button, Qt.LeftButton)
    res = blocker.args[0]
    assert res.cancelled and np.isnan(res.m_final).sum() > 30


def test_an_impossible_grid_is_refused_with_a_message(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(window.experiments, "_message", shown.append)
    ex = open_form(window, "phase", n=1000, a0=0.001, a1=2.0, da=0.001, betas="0.1:100:0.1")
    qtbot.mouseClick(ex.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "too many" in shown[0] and not ex.busy() and ex.run_button.isEnabled()


def test_csv_quotes_a_pattern_name_with_a_comma(window, qtbot, tmp_path):
    import csv
    from hopfield_gui.gui.rendering import letter
    from hopfield_gui.state.library import PatternEntry
    lib = window.library
    lib.replace_all(lib.rows, lib.cols, [PatternEntry("A, then B", letter("A", lib.rows, lib.cols), True),
                                         PatternEntry('say "C"', letter("C", lib.rows, lib.cols), True)])
    window.controller.run()
    qtbot.waitUntil(lambda: window.last_frame.k == 2 and window.last_frame.time >= 1, timeout=20000)
    window.curves.flush()
    assert window.files.export_curves_csv(str(tmp_path / "m.csv"))
    rows = list(csv.reader(open(tmp_path / "m.csv")))
    assert rows[0] == ["t_sweeps", "energy_per_neuron", "m_A, then B", 'm_say "C"']
    assert all(len(r) == 4 for r in rows)
