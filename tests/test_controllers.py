"""The two controllers on their own, without a window: each owns its settings, refuses what does not
hold with one message, and runs its background work (the explorer's simulation worker, the lab's
curves and played protocol)."""

import math

import pytest

from hopfield_gui.gui.controller import ExplorerController
from hopfield_gui.gui.lab.controller import LabController
from hopfield_gui.gui.rendering import letter
from hopfield_gui.state.library import PatternEntry


@pytest.fixture
def explorer(qtbot):
    ctl = ExplorerController(20, 20)
    frames = []
    ctl.frame.connect(frames.append)
    ctl.frames = frames
    ctl.library.replace_all(20, 20, [PatternEntry(ch, letter(ch, 20, 20), True, ch) for ch in "ABC"])
    ctl.push_config_now()
    try:
        qtbot.waitUntil(lambda: bool(frames) and frames[-1].k == 3, timeout=20000)
        yield ctl
    finally:
        ctl.shutdown()
    assert ctl.sim.thread.isFinished()


@pytest.fixture
def lab(qtbot):
    ctl = LabController()
    yield ctl
    ctl.shutdown()
    assert not ctl.busy()


def test_a_refused_edit_says_why_and_keeps_the_parameters(explorer, qtbot):
    before = explorer.params
    errors, announced = [], []
    explorer.error.connect(errors.append)
    explorer.paramsChanged.connect(announced.append)
    assert not explorer.update(noise=1.5)
    assert errors and "noise" in errors[0] and explorer.params == before
    assert announced == [before]  # the widgets are told the truth again
    assert explorer.update(beta=4.0) and explorer.params.beta == 4.0


def test_library_edits_are_undone_and_redone(explorer):
    k = explorer.library.k
    explorer.add_pattern(letter("D", 20, 20), "D")
    assert explorer.library.k == k + 1
    explorer.undo_stack.undo()
    assert explorer.library.k == k
    explorer.undo_stack.redo()
    assert [e.name for e in explorer.library.entries][-1] == "D"


def test_paused_at_finite_beta_the_resting_state_is_labelled(explorer, qtbot):
    """The frame that says "paused" may carry no new sample: the label comes from the last one."""
    explorer.update(beta=3.0, noise=0.1, seed=1, cue=0)
    explorer.push_config_now()
    explorer.reset()
    explorer.run()
    qtbot.waitUntil(lambda: explorer.frames[-1].running and explorer.frames[-1].time >= 10, timeout=20000)
    for _ in range(3):  # pause and resume a few times: each pause ends with a label
        explorer.pause()
        qtbot.waitUntil(lambda: not explorer.frames[-1].running, timeout=10000)
        assert explorer.last_label is not None and explorer.last_label.kind.startswith(("near", "pattern",
                                                                                        "reversed", "mixture",
                                                                                        "none"))
        explorer.run()
        qtbot.waitUntil(lambda: explorer.frames[-1].running, timeout=10000)
        assert explorer.last_label is None  # running: no verdict


def test_a_session_round_trip(explorer):
    s = explorer.session()
    explorer.add_pattern(letter("Z", 20, 20), "Z")
    explorer.update(beta=2.5)
    assert explorer.open_session(s)
    assert [e.name for e in explorer.library.entries] == s.names and math.isinf(explorer.params.beta)


def test_the_lab_refuses_a_parameter_out_of_its_range(lab, qtbot):
    errors = []
    lab.error.connect(errors.append)
    before = lab.params
    assert not lab.update(play_freq=1e6)
    assert errors and lab.params == before
    lab.set_param("tau_plus", 1e-300)
    assert "tau_plus" in errors[-1] and lab.params == before


def test_the_lab_computes_its_curves_and_plays_its_protocol(lab, qtbot):
    with qtbot.waitSignals([lab.curvesReady, lab.playedReady], timeout=30000):
        lab.start()
    assert lab.last_curves and lab.last_curves[0][0] == lab.params.choice
    assert lab.last_played is not None


def test_the_lab_compares_at_most_its_maximum(lab, qtbot):
    from hopfield_gui.state.lab import MAX_PINNED
    from hopfield_gui.core import plasticity as pl
    errors = []
    lab.error.connect(errors.append)
    sets = [(kind, name) for kind, names in pl.RULE_SETS.items() for name in names][: MAX_PINNED + 1]
    for kind, name in sets:
        lab.set_rule(kind)
        lab.set_parameter_set(name)
        lab.pin()
    assert len(lab.params.pinned) == MAX_PINNED and errors
