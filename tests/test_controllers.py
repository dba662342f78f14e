"""The two controllers on their own, without a window: each owns its settings, refuses what does not
hold with one message, and runs its background work (the explorer's simulation worker, the lab's
curves and played protocol)."""

import math

import numpy as np
import pytest
from PySide6 import QtCore

from hopfield_gui.gui.controller import ExplorerController
from hopfield_gui.gui.lab.controller import LabController
from hopfield_gui.gui.rendering import letter
from hopfield_gui.state.frames import Frame
from hopfield_gui.state.lab import LAB
from hopfield_gui.state.library import PatternEntry
from hopfield_gui.state.params import PARAM


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
    errors, noise, beta, whole = [], [], [], []
    explorer.error.connect(errors.append)
    explorer.events.noise.connect(noise.append)
    explorer.events.beta.connect(beta.append)
    explorer.paramsChanged.connect(whole.append)
    assert not explorer.edit({PARAM.noise: 1.5})
    assert errors and "noise" in errors[0] and explorer.params == before
    assert noise == [before.noise] and not beta and not whole  # only the refused widget goes back
    assert explorer.edit({PARAM.beta: 4.0}) and explorer.params.beta == 4.0
    assert beta == [4.0] and noise == [before.noise]  # each field announces its own change only


def test_an_edit_is_keyed_by_the_explorers_own_fields(explorer):
    """A key of another model (the lab's) or a plain string is refused before anything changes."""
    before = explorer.params
    for changes in ({LAB.speed: 2.0}, {"beta": 2.0}):
        with pytest.raises(TypeError):
            explorer.edit(changes)
    assert explorer.params == before


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


# --- the explorer's controller against a synchronous stand-in for its worker --------------------------------
class FakeSim(QtCore.QObject):
    """The simulation's commands, recorded; frames are made when the test says, with the number of
    commands the "worker" had seen — so the order of commands and frames is the test's, not a thread's."""

    frame = QtCore.Signal(object)
    failed = QtCore.Signal(str)

    def __init__(self):
        super().__init__()
        self.commands: list[tuple] = []
        self.cfg = None

    @property
    def commands_sent(self) -> int:
        return len(self.commands)

    def _got(self, *command) -> None:
        self.commands.append(command)

    def configure(self, cfg):
        self.cfg = cfg
        self._got("configure")

    def set_beta(self, beta):
        self._got("beta", beta)

    def set_mode(self, mode):
        self._got("mode", mode)

    def set_speed(self, speed):
        self._got("speed", speed)

    def set_seed(self, seed):
        self._got("seed", seed)

    def reset(self, cue):
        self._got("reset", cue.kind)

    def run(self):
        self._got("run")

    def pause(self):
        self._got("pause")

    def step(self, sweeps=1):
        self._got("step", sweeps)

    def shutdown(self):
        return True

    def report(self, seen: int, running: bool, converged: bool = False):
        """A frame made after the first ``seen`` commands, the worker ``running`` or not."""
        cfg = self.cfg
        k, n = cfg.patterns.shape
        state = cfg.patterns[0].copy()
        self.frame.emit(Frame(generation=1, rows=cfg.rows, cols=cfg.cols, state=state, times=np.array([1.0]),
                              overlaps=np.ones((1, k)), energy=np.array([-0.5 * n]), time=1.0, k=k,
                              beta=math.inf, mode="async", running=running, converged=converged, cycle=False,
                              restart=False, stored_ids=cfg.stored_ids, patterns=cfg.patterns, commands=seen))


@pytest.fixture
def commanded(qtbot):
    sim = FakeSim()
    ctl = ExplorerController(20, 20, sim=sim)
    ctl.library.replace_all(20, 20, [PatternEntry(ch, letter(ch, 20, 20), True, ch) for ch in "AB"])
    ctl.push_config_now()
    yield ctl, sim
    ctl.shutdown()


def test_the_controller_owns_the_intent_and_trusts_only_frames_that_saw_its_last_command(commanded, qtbot):
    ctl, sim = commanded
    said = []
    ctl.runningChanged.connect(said.append)
    ctl.run()
    assert ctl.running and said == [True] and sim.commands[-1] == ("run",)  # at once, not when a frame comes
    sim.report(seen=sim.commands_sent - 1, running=False)  # made before the worker saw "run"
    assert ctl.running and said == [True]  # it does not undo the command
    sim.report(seen=sim.commands_sent, running=True)
    ctl.pause()
    sim.report(seen=sim.commands_sent - 1, running=True)  # made before the pause
    assert not ctl.running and said == [True, False]
    ctl.run()
    sim.report(seen=sim.commands_sent, running=False, converged=True)  # the worker stopped on its own
    assert not ctl.running and said == [True, False, True, False]
    assert ctl.last_label is not None and ctl.last_label.kind == "pattern"  # and what it rests in is said
    ctl.toggle_run()
    assert ctl.running and sim.commands[-1] == ("run",)


def test_a_frame_of_an_earlier_configuration_names_no_pattern(commanded):
    ctl, sim = commanded
    sim.report(seen=sim.commands_sent, running=False)
    assert ctl.names_of(ctl.last_frame) == ["A", "B"]
    ctl.rename_pattern(0, "Alpha")  # the library changed: its configuration is on its way
    sim.report(seen=sim.commands_sent, running=False)
    assert ctl.names_of(ctl.last_frame) is None
    ctl.push_config_now()
    sim.report(seen=sim.commands_sent - 1, running=False)  # made before the new configuration arrived
    assert ctl.names_of(ctl.last_frame) is None
    sim.report(seen=sim.commands_sent, running=False)
    assert ctl.names_of(ctl.last_frame) == ["Alpha", "B"]


def test_a_refused_edit_sends_no_command(commanded):
    ctl, sim = commanded
    errors = []
    ctl.error.connect(errors.append)
    before = sim.commands_sent
    assert not ctl.update(beta=-1.0)
    assert errors and sim.commands_sent == before
    assert ctl.update(beta=2.5)
    assert sim.commands[before:] == [("beta", 2.5)]  # only what changed is sent
