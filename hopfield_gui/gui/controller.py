"""The explorer's controller: owns the state, runs the network, knows no widget.

:class:`ExplorerController` (a QObject, no widget) owns

* the pattern library (``state.library``) and its undo stack: every edit is one undoable command;
* the parameters (``state.params.ExplorerParams``): changed only through :meth:`update`, which
  validates them, tells the simulation what changed and announces the new value;
* the simulation proxy (``background.simulation.SimProxy``): run, pause, step, reset, presets.

Widgets never hold the truth: they display what the controller announces (each parameter's own
event in ``events``, ``libraryChanged``, ``frame``, ``runningChanged``) and send edits keyed by
field (``edit({PARAM.beta: 3.0})``) to it. The path of one action is
told in the README, "Design".
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.analysis import classify_state, nearest_state
from ..state.frames import CueSpec, SimConfig
from ..state.library import PatternEntry, PatternLibrary
from ..state.evented import FieldEvents, names
from ..state.params import MAX_PRUNED, MIN_CONNECTIVITY, PARAM, ExplorerParams, erase_region
from ..state.presets import Preset
from ..state.session import Session
from .background.simulation import SimProxy
from .background.throttle import Throttle
from .i18n.messages import explain

__all__ = ["ExplorerController"]

#: The seed of which pairs are connected: one structure for every network of the session (and every
#: machine), so that lowering the connectivity removes a subset of the synapses and raising it again
#: regrows them (core.structure.network_weights).
STRUCTURE_SEED = 2026
STRUCTURE_STEP = 0.25  # each Remove takes a quarter of the synapses there are; each Regrow gives them back


class LibraryCommand(QUndoCommand):
    """One undoable library edit, kept as before/after snapshots (patterns are small)."""

    def __init__(self, controller: ExplorerController, before, after, text: str):
        super().__init__(text)
        self.controller, self.before, self.after = controller, before, after
        self._first = True

    def redo(self):
        if self._first:  # the edit has just been made
            self._first = False
            return
        self.controller.restore_library(self.after)

    def undo(self):
        self.controller.restore_library(self.before)


class ExplorerController(QObject):
    # ExplorerParams, after any change (the status line, the autosave); a panel listens to its own
    # fields in ``events`` instead
    paramsChanged = Signal(object)
    libraryChanged = Signal(str)  # "patterns" | "stored" | "grid"
    configured = Signal(object)  # the SimConfig sent to the worker
    frame = Signal(object)  # a Frame of the current network
    runningChanged = Signal(bool)
    error = Signal(str)  # a message for the user, in the interface's language
    presetApplied = Signal(object)  # the Preset
    scheduledBeta = Signal(float)  # a preset's β schedule has just set this β

    def __init__(self, rows: int = 20, cols: int = 20, parent=None, sim=None):
        """``sim``: the simulation it commands (default a SimProxy and its worker thread; the tests give
        a synchronous stand-in with the same commands, ``commands_sent``, ``frame`` and ``failed``)."""
        super().__init__(parent)
        self.library = PatternLibrary(rows, cols)
        self.undo_stack = QUndoStack(self)
        self.sim = sim if sim is not None else SimProxy(self)
        self._params = ExplorerParams()
        self.events = FieldEvents(ExplorerParams)  # one event per parameter: its new value
        self._running = False
        self._closed = False
        self._config_pending = False  # the library changed; its configuration not sent yet
        self._config_sent = 0  # Frame.commands of the first frame made with the configuration in use
        self._frame_patterns = None  # the stored patterns of the network the frames show
        self.last_frame = None
        self.last_label = None  # core.analysis.StateLabel of the resting network, None while it runs
        self._energy: float | None = None  # the network's energy at the last sample received
        self.preset_interval_ms = 1500  # pace of a preset's β schedule
        self.draw_text = None  # draw_text(text, rows, cols) -> pattern: letters drawn again at a new grid size
        self._schedule: list[float] = []
        self._schedule_timer = QtCore.QTimer(self)
        self._schedule_timer.timeout.connect(self._schedule_step)
        # every library or rule change of one event-loop turn gives one network build
        self._config = Throttle(self._push_config, parent=self)
        self.library.subscribe(self._library_changed)
        self.sim.frame.connect(self._on_frame)
        self.sim.failed.connect(self.error)
        self._push_params(self._params, set(ExplorerParams.__dataclass_fields__))

    # --- parameters ---------------------------------------------------------------------------
    @property
    def params(self) -> ExplorerParams:
        return self._params

    def edit(self, changes: dict) -> bool:
        """A user's edit, keyed by field (``{PARAM.beta: 3.0}``): see :meth:`update`."""
        return self.update(**names(changes, ExplorerParams))

    def update(self, **changes) -> bool:
        """Change parameters; refused (a message, nothing changed) if the result is not valid."""
        new = self._params.with_changes(**changes)
        if new == self._params:
            return True
        try:
            new.validate(self.library.n)
        except ValueError as exc:
            self.error.emit(explain(exc))
            # the widgets of the refused fields go back to the current value
            self.events.repeat(self._params, [getattr(PARAM, name) for name in changes])
            return False
        self._set_params(new)
        return True

    def _set_params(self, new: ExplorerParams) -> None:
        old, self._params = self._params, new
        self._push_params(new, new.changed(old))
        self.events.announce(old, new)
        self.paramsChanged.emit(new)

    def _push_params(self, p: ExplorerParams, changed: set[str]) -> None:
        """Tell the worker what changed (in order: the worker applies its commands in order)."""
        if "beta" in changed:
            self.sim.set_beta(p.beta)
        if "mode" in changed:
            self.sim.set_mode(p.mode)
        if "speed" in changed:
            self.sim.set_speed(p.speed)
        if "seed" in changed:
            self.sim.set_seed(p.seed)
        if changed & {"rule", "self_coupling", "connectivity", "pruned", "clipped"}:
            self._schedule_config()
        # the cue (cue, noise, masked, erase_shape) applies at the next reset

    # --- structural plasticity ----------------------------------------------------------------------
    def remove_synapses(self, how: str = "random") -> bool:
        """Remove a quarter of the synapses there are, at random (lower the connectivity: the same
        pairs stay connected) or the weakest first (prune more); the network runs on."""
        p = self._params
        if how == "random":
            return self.update(connectivity=round(max(MIN_CONNECTIVITY, p.connectivity * (1 - STRUCTURE_STEP)), 12))
        return self.update(pruned=round(min(MAX_PRUNED, 1 - (1 - p.pruned) * (1 - STRUCTURE_STEP)), 12))

    def regrow_synapses(self) -> bool:
        """Undo one removal: the pruned synapses first, then those removed at random, with their Hebbian values."""
        p = self._params
        if p.pruned > 0:
            return self.update(pruned=max(0.0, round(1 - (1 - p.pruned) / (1 - STRUCTURE_STEP), 12)))
        return self.update(connectivity=min(1.0, round(p.connectivity / (1 - STRUCTURE_STEP), 12)))

    # --- library edits (undoable) ------------------------------------------------------------------
    def edit_library(self, fn, text: str) -> bool:
        """Apply ``fn()`` to the library as one undoable command ``text``; a ValueError undoes it
        and becomes a message."""
        before = self.library.snapshot()
        try:
            fn()
        except ValueError as exc:
            self.restore_library(before)
            self.error.emit(explain(exc))
            return False
        self.undo_stack.push(LibraryCommand(self, before, self.library.snapshot(), text))
        return True

    def restore_library(self, snap) -> None:
        rows, cols, entries = snap
        self.library.replace_all(rows, cols, entries)

    def add_pattern(self, values, name=None, stored=True, text: str | None = None) -> bool:
        """Add a pattern (``text``: the letters it was drawn from, drawn again when the grid changes)."""
        return self.edit_library(lambda: self.library.add(values, name, stored, text), self.tr("add pattern"))

    def duplicate_pattern(self, i: int) -> None:
        e = self.library.entries[i]
        self.edit_library(lambda: self.library.insert(i + 1, e.values, e.name + "′", e.stored, e.text),
                          self.tr("duplicate pattern"))

    def remove_pattern(self, i: int) -> None:
        self.edit_library(lambda: self.library.remove(i), self.tr("remove pattern"))

    def move_pattern(self, i: int, j: int) -> None:
        self.edit_library(lambda: self.library.move(i, j), self.tr("move pattern"))

    def rename_pattern(self, i: int, name: str) -> None:
        if name.strip() != self.library.entries[i].name:
            self.edit_library(lambda: self.library.rename(i, name), self.tr("rename pattern"))
        else:
            self.libraryChanged.emit("patterns")  # the list shows the name again (e.g. spaces trimmed)

    def set_stored(self, i: int, stored: bool) -> None:
        self.edit_library(lambda: self.library.set_stored(i, stored),
                          self.tr("store pattern") if stored else self.tr("unstore pattern"))

    def set_k(self, k: int) -> None:
        if not 0 <= k <= len(self.library):
            self.error.emit(self.tr("K = {k}, but the library holds only {count} patterns").format(
                k=k, count=len(self.library)))
            self.libraryChanged.emit("stored")  # the K control goes back
            return
        self.edit_library(lambda: self.library.store_first(k), self.tr("set K"))

    def set_grid(self, rows: int, cols: int) -> None:
        if (rows, cols) == (self.library.rows, self.library.cols):
            return
        try:
            self._params.validate(rows * cols)  # the dense rules' memory budget at the new size
        except ValueError as exc:
            self.error.emit(explain(exc))
            self.libraryChanged.emit("grid")  # the grid controls go back
            return
        self.edit_library(lambda: self.library.resize(rows, cols, self.draw_text), self.tr("resize grid"))

    def replace_library(self, rows: int, cols: int, entries: list[PatternEntry], text: str) -> bool:
        return self.edit_library(lambda: self.library.replace_all(rows, cols, entries), text)

    def _library_changed(self, what: str) -> None:
        self.libraryChanged.emit(what)
        self._schedule_config()

    # --- the network ---------------------------------------------------------------------------
    def _schedule_config(self) -> None:
        self._config_pending = True  # frames of earlier configurations are stale from this moment on
        self._config.request()

    def push_config_now(self) -> None:
        """Send the pending configuration now (before a reset, which the worker applies after it)."""
        self._config.flush()

    def _push_config(self) -> None:
        if self._closed:
            return
        lib, p = self.library, self._params
        cfg = SimConfig(patterns=lib.stored_patterns(), rows=lib.rows, cols=lib.cols, rule=p.rule,
                        self_coupling=p.self_coupling, stored_ids=tuple(lib.stored_indices()),
                        connectivity=p.connectivity, pruned=p.pruned,
                        clipped=p.clipped, structure_seed=STRUCTURE_SEED)
        self.sim.configure(cfg)
        self._config_pending, self._config_sent = False, self.sim.commands_sent
        self.configured.emit(cfg)

    @property
    def running(self) -> bool:
        return self._running

    def _set_running(self, on: bool) -> None:
        if on != self._running:
            self._running = on
            self.runningChanged.emit(on)

    def run(self) -> None:
        if self.library.k == 0:
            self.error.emit(self.tr("No pattern is stored: tick at least one pattern in the library."))
        self.sim.run()
        self._set_running(True)

    def pause(self) -> None:
        self.sim.pause()
        self._set_running(False)

    def toggle_run(self) -> None:
        self.pause() if self._running else self.run()

    def step(self) -> None:
        self._set_running(False)
        self.sim.step(1)

    def cue_from_params(self) -> CueSpec:
        p = self._params
        lib = self.library
        region = erase_region(p.erase_shape, p.masked, lib.rows, lib.cols, p.erase_rect)
        return CueSpec(kind="pattern", mu=p.cue, noise=p.noise, masked=p.masked if region is None else 1.0,
                       mask_fill="blank", region=region)

    def reset(self, cue: CueSpec | None = None) -> None:
        """Start again from ``cue`` (default: the cue the parameters describe)."""
        cue = cue or self.cue_from_params()
        if cue.kind == "pattern" and self.library.k == 0:
            self.error.emit(self.tr("No pattern is stored, so there is no cue to start from."))
            return
        self.sim.reset(cue)

    def reset_random(self) -> None:
        self.reset(CueSpec(kind="random"))

    @Slot(object)
    def _on_frame(self, frame) -> None:
        if self._closed:
            return
        self.last_frame = frame
        if (frame.rows, frame.cols) != (self.library.rows, self.library.cols):
            return  # an old network's last frame: the new configuration is on its way
        if frame.patterns is not None:
            self._frame_patterns = frame.patterns
        # the controller owns the intent (run, pause, step set it at once); the worker reports what it does,
        # and its report counts only from a frame made after our last command (an older one would undo a
        # pause here: the pause skipped, the network left running)
        if frame.commands == self.sim.commands_sent:
            self._set_running(frame.running)
        self._classify(frame)
        self.frame.emit(frame)

    def _classify(self, frame) -> None:
        """What the network rests in (pattern, reversed pattern, mixture, none)."""
        p = self._frame_patterns
        if frame.restart:
            self._energy = None
        if frame.energy.size:
            self._energy = float(frame.energy[-1])  # a frame carries only the samples since the last one:
            # the frame that says "paused" may carry none, and the state it shows is the last sample's
        if frame.running:
            self.last_label = None
        elif p is not None and p.shape[1] == frame.state.size and self._energy is not None:
            # at finite β the state fluctuates: what it is near (a pattern, its reverse, a mixture)
            label_of = nearest_state if math.isfinite(frame.beta) and not frame.converged else classify_state
            self.last_label = label_of(p, frame.state, self._energy / frame.state.size)

    def names_of(self, frame) -> list[str] | None:
        """The names of the patterns a frame's overlaps refer to, or None if the library has
        changed since the frame's network was built."""
        if self._config_pending or frame.commands < self._config_sent or len(frame.stored_ids) != frame.k:
            return None
        return [self.library.entries[i].name for i in frame.stored_ids]

    # --- presets ---------------------------------------------------------------------------------
    def apply_preset(self, preset: Preset, letter) -> None:
        """Put the explorer in the preset's state (one undoable library edit) and start it."""
        self.stop_schedule()
        if self._running:
            self.pause()
        entries = preset.patterns(letter)
        params = ExplorerParams().with_changes(**preset.params)
        try:
            params.validate(preset.rows * preset.cols)
        except ValueError as exc:  # a preset is data: a wrong one is a bug, said and not applied
            self.error.emit(explain(exc))
            return
        self._set_params(params)
        if not self.replace_library(preset.rows, preset.cols, entries,
                                    QtCore.QCoreApplication.translate("MainWindow", "preset")):
            return
        self.push_config_now()
        self.reset(preset.cue(entries) if preset.cue is not None else None)
        if preset.run:
            self.run()
        if preset.beta_schedule:
            self._schedule = list(preset.beta_schedule)
            self._schedule_timer.start(self.preset_interval_ms)
        self.presetApplied.emit(preset)

    def _schedule_step(self) -> None:
        if not self._schedule:
            self.stop_schedule()
            return
        beta = float(self._schedule.pop(0))
        if beta != self._params.beta and self.update(beta=beta):  # a mark for each real change only
            self.scheduledBeta.emit(beta)

    def stop_schedule(self) -> None:
        self._schedule_timer.stop()
        self._schedule = []

    def schedule_running(self) -> bool:
        """A preset's β schedule is still being applied."""
        return bool(self._schedule)

    def stored_patterns(self) -> np.ndarray:
        """The stored patterns (K, N), a copy."""
        lib = self.library
        return np.array([lib.entries[i].values for i in lib.stored_indices()], np.int8).reshape(-1, lib.n)

    # --- sessions --------------------------------------------------------------------------------
    def session(self) -> Session:
        """The current work as a Session (patterns, parameters, state, time)."""
        lib, f = self.library, self.last_frame
        state = f.state if f is not None and f.state.size == lib.n else -np.ones(lib.n, np.int8)
        return Session(lib.rows, lib.cols, [e.name for e in lib.entries],
                       np.array([e.values for e in lib.entries], np.int8).reshape(len(lib), lib.n),
                       [e.stored for e in lib.entries], state.copy(), self._params,
                       float(f.time) if f is not None else 0.0, [e.text for e in lib.entries])

    def open_session(self, s: Session) -> bool:
        """Replace the work by a session's (one undoable library edit); False if it cannot be used."""
        try:
            s.params.validate(s.rows * s.cols)
        except ValueError as exc:
            self.error.emit(explain(exc))
            return False
        if self._running:
            self.pause()
        entries = [
            PatternEntry(n, v, st, t) for n, v, st, t in zip(s.names, s.patterns, s.stored, s.texts, strict=True)
        ]
        self._set_params(s.params)
        if not self.replace_library(s.rows, s.cols, entries, self.tr("open session")):
            return False
        self.push_config_now()
        self.sim.reset(CueSpec(kind="state", mu=s.params.cue, noise=s.params.noise, masked=s.params.masked,
                               state=s.state.copy(), time=s.time))
        return True

    # --- life cycle ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the timers and the worker's thread (on close)."""
        if self._closed:
            return
        self._closed = True  # frames still queued from the worker are ignored from now on
        self._config.cancel()
        self.stop_schedule()
        self.sim.shutdown()
