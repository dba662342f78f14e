"""The simulation worker: one QObject in one QThread that owns the running network.

The GUI talks to it only through queued signals (commands) and receives immutable
:class:`Frame` copies. Frames are coalesced: at most one in flight (the GUI acknowledges it), at
most ~60 per second, and samples recorded meanwhile are gathered into the next frame, so a slow
GUI never builds a backlog (README, "Design": a flooded queue kept a window busy for minutes after a one-second run).
"""

from __future__ import annotations

import math
import threading
import time
import traceback

import numpy as np
from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot

from ...core.network import Network
from ...core.patterns import flip_noise, mask
from ...core.rules import Interrupted, build_weights
from ...state.frames import CueSpec, Frame, SimConfig
from ..i18n.messages import explain

MAX_FPS = 60.0
FULL_SPEED = math.inf
#: At most this many single-neuron updates a second, the frames show the last neuron's decision
#: (slow motion: the class can follow one neuron at a time).
SLOW_MOTION_UPDATES = 120


class SimWorker(QObject):
    frameReady = Signal(object)
    failed = Signal(str)  # a message for the user; the previous network is kept

    def __init__(self):
        super().__init__()
        self._net: Network | None = None
        self._cfg: SimConfig | None = None
        self._beta = math.inf
        self._mode = "async"
        self._speed = FULL_SPEED
        self._seed = None
        self._rng = np.random.default_rng()
        self._running = False
        self._commands = 0  # commands received (every slot below): the frames' one staleness token
        self._generation = 0
        self._restart = True
        self._cue = CueSpec()
        self._credit = 0.0
        self._last_tick = 0.0
        self._samples_t: list[float] = []
        self._samples_m: list[np.ndarray] = []
        self._samples_e: list[float] = []
        self._samples_q: list[float] = []  # the state's overlap with the previous one (synchronous updates)
        self._cue_state = None  # the state a run started from
        self._dirty = False
        self._last_emit = 0.0
        self.acknowledged = threading.Event()
        self.acknowledged.set()
        self.stopping = threading.Event()  # set from the GUI thread on shutdown: long builds give up
        self.build_interrupted = threading.Event()  # set when a build gave up that way
        self.frames_emitted = 0
        self._timer: QtCore.QTimer | None = None

    # --- life cycle (these run in the worker thread) -----------------------------------------
    @Slot()
    def start(self) -> None:
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._last_tick = time.perf_counter()

    @Slot()
    def stop(self) -> None:
        """Stop timers and end the thread's event loop (queued from the GUI on close)."""
        self._running = False
        if self._timer is not None:
            self._timer.stop()
        self.thread().quit()

    # --- commands -----------------------------------------------------------------------------
    @Slot(object)
    def configure(self, cfg: SimConfig) -> None:
        self._command()
        if self.stopping.is_set():
            return
        try:
            weights = cfg.weights(should_stop=self.stopping.is_set) if cfg.patterns.shape[0] else None
        except Interrupted:
            self.build_interrupted.set()
            return
        except (ValueError, MemoryError) as exc:
            self.failed.emit(explain(exc))
            return
        except Exception:  # noqa: BLE001 - a bug must reach the user, not die silently in the slot
            self.failed.emit(self._internal_error())
            return
        n = cfg.rows * cfg.cols
        if weights is None:  # no stored pattern: a network with no weights (every field 0)
            weights = build_weights(np.zeros((0, n), np.int8))
        old = self._net
        self._cfg = cfg
        if old is not None and old.n == n:
            old.set_weights(weights)
        else:
            self._net = Network(weights, -np.ones(n, np.int8), beta=self._beta, mode=self._mode, rng=self._rng)
            self._apply_cue()
        self._new_history()
        self._schedule()

    @Slot(float)
    def set_beta(self, beta: float) -> None:
        self._command()
        self._beta = beta
        if self._net is not None:
            self._net.beta = beta
        self._dirty = True
        self._schedule()

    @Slot(str)
    def set_mode(self, mode: str) -> None:
        self._command()
        self._mode = mode
        if self._net is not None:
            self._net.mode = mode
        self._dirty = True
        self._schedule()

    @Slot(float)
    def set_speed(self, sweeps_per_second: float) -> None:
        self._command()
        self._speed = sweeps_per_second
        self._credit = 0.0
        self._schedule()

    @Slot(object)
    def set_seed(self, seed) -> None:
        """A new seed applies from the next reset of the cue."""
        self._command()
        self._seed = seed
        self._schedule()  # the frame that acknowledges it

    @Slot(object)
    def reset(self, cue: CueSpec) -> None:
        self._command()
        self._cue = cue
        self._rng = np.random.default_rng(self._seed)
        if self._net is not None:
            self._net.rng = self._rng
            self._apply_cue()
            self._net.sweeps_done = int(cue.time) if cue.kind == "state" else 0
            self._new_history()
        self._schedule()

    @Slot()
    def run(self) -> None:
        self._command()
        if self._net is None:
            return
        self._running = True
        self._credit = 0.0
        self._last_tick = time.perf_counter()
        self._dirty = True
        self._schedule()

    @Slot()
    def pause(self) -> None:
        self._command()
        self._running = False
        self._dirty = True
        self._schedule()

    @Slot(int)
    def step(self, sweeps: int = 1) -> None:
        """Exactly ``sweeps`` sweeps (finishing the current partial sweep first counts as one)."""
        self._command()
        if self._net is None:
            return
        self._running = False
        for _ in range(sweeps):
            self._net.sweep()
            self._record()
        self._schedule()

    # --- internals ----------------------------------------------------------------------------
    def _command(self) -> None:
        """Every command counts, and a frame acknowledging it follows (even one that changes nothing
        shown, such as the speed): the window trusts the running state only from a frame that has seen
        all its commands (``Frame.commands``)."""
        self._commands += 1
        self._dirty = True

    def _apply_cue(self) -> None:
        net, cue, rng = self._net, self._cue, self._rng
        n = net.n
        if cue.kind == "state" and cue.state is not None and cue.state.size == n:
            s = cue.state
        elif cue.kind == "pattern" and net.k:
            mu = min(cue.mu, net.k - 1)
            s = flip_noise(net.weights.patterns[mu], cue.noise, rng)
            if cue.masked:
                # a region drawn for another grid (the grid changed since the reset): random pixels
                region = cue.region if cue.region is not None and cue.region[4] == self._cfg.cols else None
                s = mask(s, cue.masked, rng, region=region, fill=cue.mask_fill)
        else:
            s = np.where(rng.random(n) < 0.5, 1, -1).astype(np.int8)
        net.set_state(s)

    def _new_history(self) -> None:
        self._generation += 1
        self._restart = True
        self._cue_state = self._net.state  # a copy: the window shows it beside the state ("before → after")
        self._samples_t.clear()
        self._samples_m.clear()
        self._samples_e.clear()
        self._samples_q.clear()
        self._record()

    def _record(self) -> None:
        net = self._net
        self._samples_t.append(net.time)
        self._samples_m.append(net.overlaps)
        self._samples_e.append(net.energy)
        self._samples_q.append(net.step_overlap)
        self._dirty = True

    def _schedule(self) -> None:
        if self._timer is None or not (self._running or self._dirty):
            return
        full = self._running and math.isinf(self._speed)
        interval = 0 if full else (5 if self._dirty and not self._running else 15)
        if not self._timer.isActive() or full:
            self._timer.start(interval)

    @Slot()
    def _tick(self) -> None:
        try:
            if self._running and self._net is not None:
                self._advance()
            self._maybe_emit()
        except Exception:  # noqa: BLE001 - never let an error kill the worker silently
            self._running = False
            self.failed.emit(self._internal_error())
        self._schedule()

    @staticmethod
    def _internal_error() -> str:
        """The message for an unexpected exception being handled: what, where (for a bug report)."""
        return (QtCore.QCoreApplication.translate("SimWorker", "internal error in the simulation:") + "\n"
                + traceback.format_exc(limit=3))

    def _advance(self) -> None:
        net = self._net
        now = time.perf_counter()
        elapsed, self._last_tick = now - self._last_tick, now
        if math.isinf(self._speed):
            deadline = now + 0.010  # then give the event loop (commands, acks) a turn
            while time.perf_counter() < deadline:
                net.sweep()
                self._record()
                if self._stopped():
                    break
                self._maybe_emit()  # as soon as one is due (not only between turns): up to MAX_FPS
            return
        self._credit = min(self._credit + elapsed * self._speed * net.n, 2.0 * net.n + 1)
        if net.mode == "async":
            todo = int(self._credit)
            while todo > 0:
                chunk = min(todo, net.n - net.position)
                net.updates(chunk)
                todo -= chunk
                self._credit -= chunk
                self._record()
                if self._stopped():
                    break
        else:
            while self._credit >= net.n:
                net.sweep()
                self._credit -= net.n
                self._record()
                if self._stopped():
                    break

    def _visit(self) -> tuple | None:
        """The last neuron's decision, in slow motion: (i, h_i, P[S_i = +1] = 1/(1 + e^(−β h_i)), S_i)."""
        net = self._net
        i = net.last_visited
        if i is None or self._speed * net.n > SLOW_MOTION_UPDATES:
            return None
        h = net.field(i)
        x = -net.beta * h if math.isfinite(net.beta) else (-math.inf if h > 0 else (math.inf if h < 0 else 0.0))
        p_plus = 0.0 if x > 700 else 1.0 / (1.0 + math.exp(x))  # the lecture's rule; β = ∞: 1, 0 or ½
        return i, h, p_plus, int(net.state[i])

    def _stopped(self) -> bool:
        """Auto-pause at a fixed point (β = ∞), and at a synchronous 2-cycle at full speed; at a
        watchable speed a 2-cycle goes on flipping until the user pauses (the class sees it)."""
        net = self._net
        if (net.converged and math.isinf(net.beta)) or (net.cycle and math.isinf(self._speed)):
            self._running = False
            self._dirty = True
            return True
        return False

    def _maybe_emit(self) -> None:
        if not self._dirty or not self.acknowledged.is_set():
            return
        now = time.perf_counter()
        if now - self._last_emit < 1.0 / MAX_FPS and self._running:
            return
        net, cfg = self._net, self._cfg
        if net is None:
            return
        k = net.k
        frame = Frame(
            generation=self._generation, rows=cfg.rows, cols=cfg.cols, state=net.state,
            times=np.array(self._samples_t),
            overlaps=np.array(self._samples_m, np.float64).reshape(len(self._samples_m), k),
            energy=np.array(self._samples_e), time=net.time, k=k, beta=net.beta, mode=net.mode,
            running=self._running, converged=net.converged, cycle=net.cycle, restart=self._restart,
            stored_ids=cfg.stored_ids, cue_mu=self._cue.mu,
            patterns=net.weights.patterns if self._restart else None,
            commands=self._commands, visit=self._visit(), step_overlaps=np.array(self._samples_q),
            cue_state=self._cue_state if self._restart else None,
        )
        self._samples_t.clear()
        self._samples_m.clear()
        self._samples_e.clear()
        self._samples_q.clear()
        self._restart = False
        self._dirty = False
        self._last_emit = now
        self.acknowledged.clear()
        self.frames_emitted += 1
        self.frameReady.emit(frame)


class SimProxy(QObject):
    """Lives in the GUI thread: owns the thread and the worker, relays commands and frames.

    Tests and widgets connect to the controller's signals, never to the worker's.
    """

    frame = Signal(object)
    failed = Signal(str)

    _configure = Signal(object)
    _beta = Signal(float)
    _mode = Signal(str)
    _speed = Signal(float)
    _seed = Signal(object)
    _reset = Signal(object)
    _run = Signal()
    _pause = Signal()
    _step = Signal(int)
    _stop = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread = QtCore.QThread()
        self.thread.setObjectName("hopfield-worker")
        self.worker = SimWorker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.start)
        self.thread.finished.connect(self.worker.deleteLater)  # destroyed in its own thread
        for sig, slot in ((self._configure, self.worker.configure), (self._beta, self.worker.set_beta),
                          (self._mode, self.worker.set_mode), (self._speed, self.worker.set_speed),
                          (self._seed, self.worker.set_seed), (self._reset, self.worker.reset),
                          (self._run, self.worker.run), (self._pause, self.worker.pause),
                          (self._step, self.worker.step), (self._stop, self.worker.stop)):
            sig.connect(slot)
        self.worker.frameReady.connect(self._on_frame)
        self.worker.failed.connect(self._on_failed)
        self.last_frame: Frame | None = None
        self.frames_received = 0
        self.commands_sent = 0  # every command: a frame whose Frame.commands is smaller was made before one
        self._shut = False
        self._stopping = self.worker.stopping  # kept: the worker is deleted with its thread
        self.build_interrupted = self.worker.build_interrupted
        self.thread.start()

    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        if self._shut:
            return
        self.last_frame = frame
        self.frames_received += 1
        try:
            self.frame.emit(frame)
        finally:
            self.worker.acknowledged.set()

    @Slot(str)
    def _on_failed(self, msg: str) -> None:
        self.failed.emit(msg)

    # commands
    def configure(self, cfg: SimConfig) -> None:
        self.commands_sent += 1
        self._configure.emit(cfg)

    def set_beta(self, beta: float) -> None:
        self.commands_sent += 1
        self._beta.emit(float(beta))

    def set_mode(self, mode: str) -> None:
        self.commands_sent += 1
        self._mode.emit(mode)

    def set_speed(self, speed: float) -> None:
        self.commands_sent += 1
        self._speed.emit(float(speed))

    def set_seed(self, seed) -> None:
        self.commands_sent += 1
        self._seed.emit(seed)

    def reset(self, cue: CueSpec) -> None:
        self.commands_sent += 1
        self._reset.emit(cue)

    def run(self) -> None:
        self.commands_sent += 1
        self._run.emit()

    def pause(self) -> None:
        self.commands_sent += 1
        self._pause.emit()

    def step(self, sweeps: int = 1) -> None:
        self.commands_sent += 1
        self._step.emit(int(sweeps))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop the worker and its thread; True when the thread has ended."""
        self._shut = True
        self._stopping.set()
        if not self.thread.isRunning():
            return True
        self._stop.emit()
        ok = self.thread.wait(timeout_ms)
        return ok
