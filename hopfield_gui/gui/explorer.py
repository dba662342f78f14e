"""The network explorer's page bound to its controller: what the controller announces reaches the
panels that show it, and what a panel asks for reaches the controller.

The controller (``controller.py``) holds the truth — the library, the parameters, the running network;
the panels only show it and ask for changes (README, "Design"). This binding is the one place where the
two meet, so that neither knows the other.
"""

from __future__ import annotations

from PySide6 import QtCore

from ..state.presets import Preset


class ExplorerBinding(QtCore.QObject):
    """Binds the explorer's panels — ``library`` (the patterns' list), ``editor``, ``state`` (the network
    state), ``controls`` (the parameters), ``curves``, ``weights`` — to the ``controller``; ``answer`` says
    what the network is in, ``status`` is the status line, ``tabs`` the centre's tabs (a preset picks one)."""

    def __init__(self, controller, *, library, editor, state, controls, curves, weights, answer, status, tabs,
                 parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._controller = ctl = controller
        self._library, self._editor, self._state, self._controls = library, editor, state, controls
        self._curves, self._weights, self._answer, self._status, self._tabs = curves, weights, answer, status, tabs
        self._closed = False
        ctl.frame.connect(self.on_frame)
        ctl.paramsChanged.connect(lambda _params: status.update())
        controls.bind(ctl.events, ctl.params)  # each widget listens to its own parameter
        state.bind(ctl.events, ctl.params)
        ctl.libraryChanged.connect(self.library_changed)
        ctl.runningChanged.connect(controls.set_running)
        ctl.configured.connect(self._configured)
        ctl.presetApplied.connect(self._preset_applied)
        ctl.scheduledBeta.connect(self._beta_scheduled)
        library.duplicateRequested.connect(ctl.duplicate_pattern)
        library.removeRequested.connect(ctl.remove_pattern)
        library.moveRequested.connect(self._move_pattern)
        library.storedToggled.connect(ctl.set_stored)
        library.renameRequested.connect(ctl.rename_pattern)
        editor.storeRequested.connect(lambda: ctl.add_pattern(editor.grid.values(), ctl.library.new_name("E")))
        editor.loadRequested.connect(self._load_selected_into_editor)
        state.edited.connect(ctl.edit)
        state.resetRequested.connect(ctl.reset)
        state.randomRequested.connect(ctl.reset_random)
        controls.edited.connect(ctl.edit)
        controls.kChanged.connect(ctl.set_k)
        controls.gridChanged.connect(ctl.set_grid)
        controls.runToggled.connect(ctl.toggle_run)
        controls.stepRequested.connect(ctl.step)

    # --- what the controller announces ---------------------------------------------------------
    def library_changed(self, what: str) -> None:
        lib = self._controller.library
        self._state.set_pattern_names([lib.entries[i].name for i in lib.stored_indices()])
        self._state.show_cue(self._controller.params.cue)  # the list of patterns was made again
        self._curves.set_names([e.name for e in lib.entries])
        self._controls.set_k_range(lib.k, len(lib))
        if what == "grid":
            self._controls.set_grid(lib.rows, lib.cols)
            if self._editor.grid.shape != (lib.rows, lib.cols):
                self._editor.resize_grid(lib.rows, lib.cols)
        self._status.update()

    def _configured(self, cfg) -> None:
        names = [self._controller.library.entries[i].name for i in cfg.stored_ids]
        self._weights.set_config(cfg, names)
        self._answer.configured(cfg, names)

    def _preset_applied(self, preset: Preset) -> None:
        if preset.cue is None:
            self._state.set_target(preset.params.get("cue", 0))
        self._tabs.setCurrentWidget(self._weights if preset.tab == "weights" else self._curves)

    def _beta_scheduled(self, beta: float) -> None:
        f = self._controller.last_frame
        self._curves.mark(f.time if f is not None else 0.0, beta)

    @QtCore.Slot(object)
    def on_frame(self, frame) -> None:
        if self._closed:
            return
        self._state.show_frame(frame)
        self._curves.append(frame)
        self._answer.show(frame)
        self._status.update()

    def shutdown(self) -> None:
        """No frame is shown any more (the window is closing; the panels are being shut down)."""
        self._closed = True

    # --- what the panels ask for -------------------------------------------------------------------
    def _move_pattern(self, i: int, j: int) -> None:
        self._controller.move_pattern(i, j)
        self._library.list.setCurrentRow(j)

    def _load_selected_into_editor(self) -> None:
        i = self._library.current()
        if i >= 0:
            self._editor.apply(self._controller.library.entries[i].values, self.tr("load pattern"))
