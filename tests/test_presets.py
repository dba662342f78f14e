"""Each preset, one click, reaches the phenomenon it promises."""

import math

import numpy as np
import pytest

from tests.conftest import wait_sweeps


def click(window, key):
    window.menus.presets[key].trigger()


def settle(qtbot, window, cond, timeout=20000):
    qtbot.waitUntil(lambda: window.last_frame is not None and cond(window.last_frame), timeout=timeout)
    return window.last_frame


def test_word_preset_completes_the_erased_letter(window, qtbot):
    click(window, "word")
    f = settle(qtbot, window, lambda f: f.cue_mu == 1 and f.converged and not f.running)
    assert f.overlaps[-1, 1] == 1.0
    window.curves.flush()
    t, m, e = window.curves.data()
    assert t[0] == 0 and m[0, 1] < 0.9  # the cue: 40 % of the letter erased
    assert window.controller.last_label.kind == "pattern" and window.controller.last_label.members == (1,)
    assert "pattern O" in window.state_panel.verdict.text()


def test_superposition_preset_shows_the_sum_of_traces(window, qtbot):
    click(window, "superposition")
    assert window.tabs.currentWidget() is window.weights
    qtbot.waitUntil(lambda: window.weights.sum_img.image is not None, timeout=10000)
    p = window.library.stored_patterns().astype(float)
    n = p.shape[1]
    traces = sum(np.outer(x, x) for x in p) / n
    np.fill_diagonal(traces, 0)
    assert np.allclose(window.weights.sum_img.image, traces)
    one = window.weights.trace_img.image
    assert np.allclose(one, np.outer(p[0], p[0]) / n)


def test_melting_preset_melts_below_beta_2(window, qtbot):
    window.controller.preset_interval_ms = 250
    click(window, "melting")
    settle(qtbot, window, lambda f: f.k == 1 and f.rows == 40 and f.running and f.beta == 10.0)
    f = settle(qtbot, window, lambda f: f.beta == pytest.approx(10.0) and f.time > 3)
    assert f.overlaps[-1, 0] > 0.95
    settle(qtbot, window, lambda f: f.beta == pytest.approx(1.2), timeout=30000)
    # every change of β is marked on the curves, with its value, in time order
    marks = window.curves.marks
    assert window.curves.mark_texts()[-3:] == ["1.8", "1.5", "1.2"]
    assert all(a[0] <= b[0] for a, b in zip(marks, marks[1:], strict=False))
    wait_sweeps(qtbot, window, 40)  # a few dozen sweeps at beta = 1.2 (hot): melted
    window.curves.flush()
    t, m, e = window.curves.data()
    assert abs(m[-20:, 0].mean()) < 0.3


def test_overload_preset_fails_to_recall(window, qtbot):
    click(window, "overload")
    settle(qtbot, window, lambda f: f.k == 80 and f.running)
    assert window.status_alpha.text().startswith("⚠")
    f = settle(qtbot, window, lambda f: f.k == 80 and f.converged and not f.running)
    assert f.overlaps[-1, 0] < 0.8


def test_mixture_preset_ends_in_a_three_mixture(window, qtbot):
    click(window, "mixture")
    f = settle(qtbot, window, lambda f: f.k == 3 and f.rows == 40 and f.converged and not f.running)
    assert np.allclose(f.overlaps[-1], 0.5, atol=0.1)
    assert window.controller.last_label.kind == "mixture" and len(window.controller.last_label.members) == 3
    assert window.controller.last_label.energy_per_neuron == pytest.approx(-3 / 8, abs=0.03)


def test_cycle_preset_shows_the_synchronous_two_cycle(window, qtbot):
    """The 2-cycle goes on flipping, at one sweep a second, until the user pauses: the state and its
    opposite in turn, the status saying 2-cycle."""
    click(window, "cycle")
    f = settle(qtbot, window, lambda f: f.mode == "sync" and f.cycle and f.running)
    assert "2-cycle" in window.state_panel.status.text()
    assert math.isinf(f.beta)
    g = settle(qtbot, window, lambda g: g.time == f.time + 1)
    assert np.array_equal(g.state, -f.state)  # one parallel update flips every neuron
    qtbot.keyClick(window, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_Space)
    settle(qtbot, window, lambda f: not f.running)
    assert "2-cycle" in window.state_panel.status.text()


def test_correlated_patterns_that_fail_get_a_hint(window, qtbot):
    """A hand-drawn smiley among letters is recalled as another letter: the verdict says the patterns
    are correlated and suggests the pseudo-inverse rule; with that rule the smiley is recalled."""
    from hopfield_gui.core.analysis import most_correlated
    lib = window.library
    a, b, c = (lib.entries[i].values for i in range(3))
    mu, nu, corr = most_correlated(np.array([a, b, c]))
    assert abs(corr) > 0.3  # letters share their white background
    smiley = -np.ones((20, 20), np.int8)
    smiley[5:8, 5:8] = smiley[5:8, 12:15] = 1
    smiley[13:15, 5:15] = 1
    window.controller.add_pattern(smiley.ravel(), "smiley")
    window.state_panel.cue_pattern.setCurrentIndex(3)
    window.state_panel.noise.setValue(10)
    window.controller.reset()
    window.controller.run()
    f = settle(qtbot, window, lambda f: f.k == 4 and f.converged and not f.running)
    assert f.overlaps[-1, 3] < 0.95  # the Hebb rule does not bring the smiley back
    assert window.controller.last_label.members != (3,)
    assert "pseudo-inverse" in window.state_panel.hint.text() and window.state_panel.hint.isVisible()
    window.controls.rule_combo.setCurrentIndex(window.controls.rule_combo.findData("pinv"))
    window.controller.reset()
    window.controller.run()
    f = settle(qtbot, window, lambda f: f.k == 4 and f.converged and not f.running and f.overlaps[-1, 3] > 0.9)
    assert window.controller.last_label.kind == "pattern" and window.controller.last_label.members == (3,)
    assert not window.state_panel.hint.isVisible()


def test_quiz_mode_hides_the_answer_until_the_network_settles(window, qtbot):
    from PySide6.QtCore import Qt
    qtbot.keyClick(window, Qt.Key_Q)  # Simulation ▸ Hide the answer
    assert window.answer.quiz and window.menus.quiz.isChecked()
    window.controller.update(speed=1)  # slow enough to look while it runs
    click(window, "word")
    window.controller.update(speed=1)
    settle(qtbot, window, lambda f: f.running and f.time >= 0.5)
    assert window.state_panel.verdict.text() == "" and window.state_panel.info_label.text() == ""
    qtbot.keyClick(window, Qt.Key_V)  # Reveal the answer: the overlay's count comes back at once
    assert "neurons differ from" in window.state_panel.info_label.text()
    window.controller.update(speed=float("inf"))
    settle(qtbot, window, lambda f: f.converged and not f.running)
    assert "pattern O" in window.state_panel.verdict.text()
    # the next run is a new question
    qtbot.keyClick(window, Qt.Key_R)
    settle(qtbot, window, lambda f: f.time == 0)
    assert window.state_panel.info_label.text() == ""


def test_a_region_of_the_cue_can_be_erased(window, qtbot):
    """« C*ci est j*ste un p*tit exa*ple »: the right part of the letter erased, not random pixels."""
    sp = window.state_panel
    sp.cue_pattern.setCurrentIndex(1)  # B
    sp.noise.setValue(0)
    sp.masked.setValue(50)
    sp.erase_shape.setCurrentIndex(sp.erase_shape.findData("right"))
    assert window.controller.params.erase_shape == "right"
    gen = window.last_frame.generation
    sp.request_reset()
    f = settle(qtbot, window, lambda f: f.generation > gen and f.time == 0)
    state, b = f.state.reshape(20, 20), window.library.entries[1].values.reshape(20, 20)
    assert np.all(state[:, 10:] == -1)  # the right half blank
    assert np.array_equal(state[:, :10], b[:, :10])  # the left half intact



@pytest.mark.parametrize("side", [12, 30, 40, 128])
def test_letter_completion_works_at_every_grid_size(window, qtbot, side):
    """The letters are drawn again at the new size (not stretched) and weakly correlated, so the
    erased letter is completed at any grid size the window offers."""
    click(window, "word")
    settle(qtbot, window, lambda f: f.rows == 20)
    ctl = window.controller
    ctl.pause()
    ctl.update(speed=float("inf"))
    window.controls.rows_spin.setValue(side)
    window.controls.cols_spin.setValue(side)
    settle(qtbot, window, lambda f: f.rows == side and f.cols == side)
    qtbot.mouseClick(window.state_panel.reset_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.LeftButton)
    ctl.run()
    f = settle(qtbot, window, lambda f: f.rows == side and f.converged and not f.running, timeout=30000)
    assert ctl.last_label.kind == "pattern" and ctl.last_label.members == (1,), ctl.last_label
    assert f.overlaps[-1, 1] == 1.0


def test_a_rectangle_dragged_on_the_state_is_erased_from_the_cue(window, qtbot):
    from tests.conftest import drag
    sp = window.state_panel
    sp.cue_pattern.setCurrentIndex(2)  # C
    sp.noise.setValue(0)
    g = sp.grid
    drag(g, [g.cell_centre(3, 2), g.cell_centre(6, 5), g.cell_centre(9, 12)])
    p = window.controller.params
    assert p.erase_shape == "rectangle" and p.erase_rect == (3 / 20, 10 / 20, 2 / 20, 13 / 20)
    assert sp.erase_shape.currentData() == "rectangle"
    gen = window.last_frame.generation
    qtbot.keyClick(window, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_R)
    f = settle(qtbot, window, lambda f: f.generation > gen and f.time == 0)
    state, c = f.state.reshape(20, 20), window.library.entries[2].values.reshape(20, 20)
    inside = np.zeros((20, 20), bool)
    inside[3:10, 2:13] = True
    assert np.all(state[inside] == -1) and np.array_equal(state[~inside], c[~inside])
