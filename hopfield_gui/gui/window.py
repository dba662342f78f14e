"""The main window: library + editor | network state + parameters | curves."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from .. import style
from ..core.io import PatternFileError, PatternSet, load_patterns, save_patterns
from ..core.rules import MemoryBudgetError, check_dense_budget
from ..core.theory import ALPHA_C
from ..model import PatternLibrary
from .controls_panel import ControlsPanel, rule_name
from .curves_panel import CurvesPanel
from .editor_panel import EditorPanel
from .experiments_panel import ExperimentsPanel
from . import i18n, theme
from .i18n import Texts, Translated
from .messages import describe_state, explain
from .library_panel import LibraryPanel
from .weights_panel import WeightsPanel
from .livelabel import LiveLabel
from .rendering import ImageError, image_to_pattern, text_to_pattern
from .state_panel import StatePanel
from .worker import CueSpec, SimConfig, SimController


def _silently(widget: QtWidgets.QWidget, change) -> None:
    """Put a control back without emitting its signals (after a refused change)."""
    widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(False)


def _scaled(font: QtGui.QFont, scale: float, base: float | None = None) -> QtGui.QFont:
    """``font`` at ``scale`` times ``base`` (its own size by default), in points or in pixels,
    whichever the font was given in."""
    f = QtGui.QFont(font)
    if font.pointSizeF() > 0:
        f.setPointSizeF((base or font.pointSizeF()) * scale)
    elif font.pixelSize() > 0:
        f.setPixelSize(max(1, round((base or font.pixelSize()) * scale)))
    return f


class LibraryCommand(QUndoCommand):
    """One undoable library edit, kept as before/after snapshots (patterns are small)."""

    def __init__(self, window: "MainWindow", before, after, text: str):
        super().__init__(text)
        self.window, self.before, self.after = window, before, after
        self._first = True

    def redo(self):
        if self._first:  # the edit has just been made
            self._first = False
            return
        self.window._restore_library(self.after)

    def undo(self):
        self.window._restore_library(self.before)


class MainWindow(Translated, QtWidgets.QMainWindow):
    AUTOSAVE_MS = 60_000

    def __init__(self, rows: int = 20, cols: int = 20, demo: bool = True, autosave: bool = False,
                 persistent: bool = False):
        super().__init__()
        self.texts = tx = Texts()
        tx(self.setWindowTitle, lambda: self.tr("Hopfield Explorer — associative memory"))
        from ..qtapp import app_icon, collect_garbage_in_gui_thread
        self.setWindowIcon(app_icon())
        collect_garbage_in_gui_thread(True)  # before any thread starts (see there)
        self.library = PatternLibrary(rows, cols)
        self.undo = QUndoStack(self)
        self.controller = SimController(self)
        self.last_error = ""
        self.last_frame = None
        self.last_label = None
        self.preset_interval_ms = 1500  # pace of the melting preset's β schedule
        self._rule = "hebb"
        self._self_coupling = False
        self._running = False
        self._closed = False
        self._config_id = 0

        self.library_panel = LibraryPanel(self.library)
        self.editor = EditorPanel(self.undo, rows, cols)
        self.state_panel = StatePanel()
        self.controls = ControlsPanel()
        self.curves = CurvesPanel()
        self.weights = WeightsPanel()
        self.experiments = ExperimentsPanel()
        self.tabs = QtWidgets.QTabWidget()
        for i, (page, title) in enumerate([(self.curves, lambda: self.tr("Dynamics")),
                                           (self.weights, lambda: self.tr("Weights")),
                                           (self.experiments, lambda: self.tr("Experiments"))]):
            self.tabs.addTab(page, "")
            tx(lambda t, i=i: self.tabs.setTabText(i, t), title)
        tabfont = QtGui.QFont()
        tabfont.setPointSize(style.FONT_PT)
        self.tabs.tabBar().setFont(tabfont)
        self.controls.set_grid(rows, cols)

        left = QtWidgets.QSplitter(QtCore.Qt.Vertical)
        left.addWidget(self.library_panel)
        left.addWidget(self.editor)
        left.setSizes([380, 420])
        middle = QtWidgets.QWidget()
        ml = QtWidgets.QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.state_panel, 1)
        ml.addWidget(self.controls)
        split = QtWidgets.QSplitter(QtCore.Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 2)
        self.setCentralWidget(split)
        self.splitter = split
        self._sized = False

        font = QtGui.QFont()
        font.setPointSize(style.FONT_PT)
        # LiveLabels: texts that change every frame must not re-lay-out the window
        self.status_alpha = LiveLabel("⚠ N = 16384 (128×128), K = 4096, α = K/N = 0.250, β = 100.00, pseudo-inverse", font=font)
        self.status_time = LiveLabel("t = 100000.25 sweeps", font=font)
        self.status_state = LiveLabel("2-cycle (synchronous updates)", font=font)
        for lab in (self.status_alpha, self.status_time, self.status_state):
            self.statusBar().addPermanentWidget(lab)

        self._build_menus()
        self._connect()

        self._config_timer = QtCore.QTimer(self)
        self._config_timer.setSingleShot(True)
        self._config_timer.setInterval(0)
        self._config_timer.timeout.connect(self._push_config)

        self.controller.set_beta(self.controls.beta())
        self.controller.set_speed(self.controls.speed())
        if demo:
            self.load_demo()
        self._library_changed("grid")
        self.restore_offer = None
        self._autosave_timer = None
        self._persistent = persistent
        self._theme = "system"
        self.set_theme("system", remember=False)  # the default, applied before the remembered one
        hints = QtGui.QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
        if persistent:
            self.restore_settings()
        if autosave:
            self._start_autosave()

    # --- construction -------------------------------------------------------------------------
    def _action(self, text, slot, shortcut=None, tip=None) -> QtGui.QAction:
        """An action whose ``text`` (and ``tip``), functions giving the translated text, follow the language."""
        a = QtGui.QAction(self)
        self.texts(a.setText, text)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            self.texts(a.setToolTip, tip)
            self.texts(a.setStatusTip, tip)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_menus(self) -> None:
        mb = self.menuBar()
        tx = self.texts

        def menu(title):
            m = mb.addMenu("")
            tx(m.setTitle, title)
            return m

        f = menu(lambda: self.tr("&File"))
        self.act_open = self._action(lambda: self.tr("&Open patterns…"), self.open_patterns_dialog, QKeySequence.Open)
        self.act_save = self._action(lambda: self.tr("Save &patterns…"), self.save_patterns_dialog)
        self.act_open_session = self._action(lambda: self.tr("Open &session…"), self.open_session_dialog,
                                             QKeySequence("Ctrl+Shift+O"))
        self.act_save_session = self._action(lambda: self.tr("&Save session…"), self.save_session_dialog,
                                             QKeySequence.Save)
        self.recent_menu = QtWidgets.QMenu(self)
        tx(self.recent_menu.setTitle, lambda: self.tr("Recent sessions"))
        self.act_export_state = self._action(lambda: self.tr("Export network state as PNG…"), self.export_state_dialog)
        self.act_export_curves = self._action(lambda: self.tr("Export curves as PNG…"), self.export_curves_dialog)
        self.act_export_csv = self._action(lambda: self.tr("Export curves as CSV…"), self.export_csv_dialog)
        self.act_quit = self._action(lambda: self.tr("&Quit"), self.close, QKeySequence.Quit)
        for a in (self.act_open_session, self.act_save_session, "recent", None, self.act_open, self.act_save, None,
                  self.act_export_state, self.act_export_curves, self.act_export_csv, None, self.act_quit):
            if a == "recent":
                f.addMenu(self.recent_menu)
            elif a is None:
                f.addSeparator()
            else:
                f.addAction(a)
        self._refresh_recent()
        self.edit_menu = menu(lambda: self.tr("&Edit"))
        self.act_undo = self.act_redo = None
        self._make_undo_actions()
        s = menu(lambda: self.tr("&Simulation"))
        self.act_run = self._action(lambda: self.tr("Run / Pause"), self.toggle_run, QtCore.Qt.Key_Space)
        self.act_step = self._action(lambda: self.tr("Step one sweep"), self.step, QtCore.Qt.Key_S)
        self.act_reset = self._action(lambda: self.tr("Reset to cue"), self.state_panel.request_reset, QtCore.Qt.Key_R)
        for a in (self.act_run, self.act_step, self.act_reset):
            a.setShortcutContext(QtCore.Qt.WindowShortcut)
            s.addAction(a)
        pm = menu(lambda: self.tr("&Presets"))
        tb = self.addToolBar("")
        tx(tb.setWindowTitle, lambda: self.tr("Presets"))
        tb.setObjectName("presets")
        tb.setMovable(False)
        tbfont = QtGui.QFont()
        tbfont.setPointSize(style.FONT_PT)
        tb.setFont(tbfont)
        self.preset_actions = {}
        from .presets import PRESETS
        for key, title, tip, fn in PRESETS:
            a = QtGui.QAction(self)
            tx(a.setText, lambda title=title: QtCore.QCoreApplication.translate("Presets", title))
            tx(a.setToolTip, lambda tip=tip: QtCore.QCoreApplication.translate("Presets", tip))
            a.triggered.connect(lambda _=False, f=fn: f(self))
            pm.addAction(a)
            tb.addAction(a)
            self.preset_actions[key] = a
        v = menu(lambda: self.tr("&View"))
        self.act_presentation = self._action(lambda: self.tr("Presentation mode (projector)"), self.set_presentation,
                                             QtCore.Qt.Key_F5,
                                             tip=lambda: self.tr("Larger text and thicker lines for a lecture hall"))
        self.act_presentation.setCheckable(True)
        v.addAction(self.act_presentation)
        tm = QtWidgets.QMenu(self)
        tx(tm.setTitle, lambda: self.tr("Theme"))
        v.addMenu(tm)
        self.theme_actions = {}
        tgroup = QtGui.QActionGroup(self)
        for mode, text in [("system", lambda: self.tr("Follow the system")), ("light", lambda: self.tr("Light")),
                           ("dark", lambda: self.tr("Dark"))]:
            a = QtGui.QAction(self)
            tx(a.setText, text)
            a.setCheckable(True)
            a.triggered.connect(lambda _=False, mode=mode: self.set_theme(mode))
            tgroup.addAction(a)
            tm.addAction(a)
            self.theme_actions[mode] = a
        v.addAction(self._action(lambda: self.tr("Reset settings"), self.reset_settings,
                                 tip=lambda: self.tr("Forget the window layout, parameters, language, recent files "
                                                     "and folder")))
        lm = menu(lambda: self.tr("&Language"))
        self.language_actions = {}
        group = QtGui.QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            a = QtGui.QAction(name, self)  # each language is named in its own language
            a.setCheckable(True)
            a.setChecked(code == i18n.current_language())
            a.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(a)
            lm.addAction(a)
            self.language_actions[code] = a
        h = menu(lambda: self.tr("&Help"))
        h.addAction(self._action(lambda: self.tr("The model"), self.show_model_help, QKeySequence.HelpContents))
        h.addAction(self._action(lambda: self.tr("About Hopfield Explorer"), self.show_about))

    def _make_undo_actions(self) -> None:
        """Undo/Redo in the Edit menu (made again after a language change: Qt fixes their prefix)."""
        old = (self.act_undo, self.act_redo)
        self.act_undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.Redo)
        self.edit_menu.insertAction(old[0], self.act_undo)  # in place of the old ones (None: at the end)
        self.edit_menu.insertAction(old[0], self.act_redo)
        for a in old:
            if a is not None:
                self.edit_menu.removeAction(a)
                a.deleteLater()

    # --- language -----------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the interface's language now (Qt sends LanguageChange to every widget)."""
        code = i18n.install_language(code)
        for c, a in self.language_actions.items():
            a.setChecked(c == code)
        if self._persistent:
            self._settings().setValue("language", code)

    def retranslate(self) -> None:
        for c, a in self.language_actions.items():  # also when the language was changed elsewhere
            a.setChecked(c == i18n.current_language())
        self._make_undo_actions()
        self._update_alpha(force=True)
        if self.last_frame is not None:
            self._status_texts(self.last_frame)

    def _connect(self) -> None:
        c, lp, ctl = self.controller, self.library_panel, self.controls
        c.frame.connect(self.on_frame)
        c.failed.connect(self.show_error)
        self.library.subscribe(self._library_changed)
        lp.addRequested.connect(self._add_requested)
        lp.duplicateRequested.connect(self.duplicate_pattern)
        lp.removeRequested.connect(self.remove_pattern)
        lp.moveRequested.connect(self.move_pattern)
        lp.storedToggled.connect(self.set_stored)
        self.editor.storeRequested.connect(lambda: self.add_pattern(self.editor.grid.values(), self.library.new_name("E")))
        self.editor.loadRequested.connect(self._load_selected_into_editor)
        self.editor.imageRequested.connect(self._editor_image_dialog)
        self.state_panel.resetRequested.connect(self.reset_cue)
        ctl.betaChanged.connect(c.set_beta)
        ctl.speedChanged.connect(c.set_speed)
        ctl.seedChanged.connect(c.set_seed)
        ctl.modeChanged.connect(c.set_mode)
        ctl.kChanged.connect(self.set_k)
        ctl.gridChanged.connect(self.set_grid)
        ctl.ruleChanged.connect(self.set_rule)
        ctl.selfCouplingChanged.connect(self.set_self_coupling)
        ctl.runToggled.connect(self.toggle_run)
        ctl.stepRequested.connect(self.step)

    # --- demo ---------------------------------------------------------------------------------
    def load_demo(self, letters: str = "ABC") -> None:
        """A few letters from a real font, stored, and a noisy cue of the first one."""
        r, c = self.library.rows, self.library.cols
        entries = []
        from ..model import PatternEntry
        from .presets import letter
        for ch in letters:
            entries.append(PatternEntry(ch, letter(ch, r, c), True))
        self.library.replace_all(r, c, entries)

    # --- library edits (undoable) --------------------------------------------------------------
    def _edit_library(self, fn, text: str) -> None:
        before = self.library.snapshot()
        try:
            fn()
        except ValueError as exc:
            self._restore_library(before)
            self.show_error(explain(exc))
            return
        self.undo.push(LibraryCommand(self, before, self.library.snapshot(), text))

    def _restore_library(self, snap) -> None:
        rows, cols, entries = snap
        resized = (rows, cols) != (self.library.rows, self.library.cols)
        self.library.replace_all(rows, cols, entries)
        if resized:
            self.controls.set_grid(rows, cols)
            self.editor.resize_grid(rows, cols)

    def add_pattern(self, values, name=None, stored=True) -> None:
        self._edit_library(lambda: self.library.add(values, name, stored), self.tr("add pattern"))

    def add_text(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        v = text_to_pattern(text, self.library.rows, self.library.cols)
        self.add_pattern(v, text[:16])

    def add_image_file(self, path: str) -> bool:
        try:
            v = image_to_pattern(path, self.library.rows, self.library.cols)
        except ImageError as exc:
            self.show_error(explain(exc))
            return False
        self.add_pattern(v, Path(path).stem[:16])
        return True

    def duplicate_pattern(self, i: int) -> None:
        e = self.library.entries[i]
        self._edit_library(lambda: self.library.insert(i + 1, e.values, e.name + "′", e.stored), self.tr("duplicate pattern"))

    def remove_pattern(self, i: int) -> None:
        self._edit_library(lambda: self.library.remove(i), self.tr("remove pattern"))

    def move_pattern(self, i: int, j: int) -> None:
        self._edit_library(lambda: self.library.move(i, j), self.tr("move pattern"))
        self.library_panel.list.setCurrentRow(j)

    def set_stored(self, i: int, stored: bool) -> None:
        self._edit_library(lambda: self.library.set_stored(i, stored), self.tr("store pattern") if stored else self.tr("unstore pattern"))

    def set_k(self, k: int) -> None:
        if not 0 <= k <= len(self.library):
            self.show_error(self.tr("K = {k}, but the library holds only {count} patterns").format(
                k=k, count=len(self.library)))
            return
        self._edit_library(lambda: self.library.store_first(k), self.tr("set K"))

    def set_grid(self, rows: int, cols: int) -> None:
        if (rows, cols) == (self.library.rows, self.library.cols):
            return
        try:
            if self._rule != "hebb":
                check_dense_budget(rows * cols, self._rule)
        except MemoryBudgetError as exc:
            self.show_error(explain(exc))
            self.controls.set_grid(self.library.rows, self.library.cols)
            return
        self._edit_library(lambda: self.library.resize(rows, cols), self.tr("resize grid"))
        self.editor.resize_grid(rows, cols)

    def set_rule(self, rule: str) -> None:
        try:
            if rule != "hebb":
                check_dense_budget(self.library.n, rule)
            if rule == "storkey" and self._self_coupling:
                raise ValueError(self.tr("the Storkey rule is defined for i ≠ j only: untick self-coupling first"))
        except ValueError as exc:
            self.show_error(explain(exc))
            combo = self.controls.rule_combo
            _silently(combo, lambda: combo.setCurrentIndex(combo.findData(self._rule)))
            return
        self._rule = rule
        self._schedule_config()

    def set_self_coupling(self, on: bool) -> None:
        if on and self._rule == "storkey":
            self.show_error(self.tr("the Storkey rule is defined for i ≠ j only"))
            _silently(self.controls.self_coupling, lambda: self.controls.self_coupling.setChecked(False))
            return
        self._self_coupling = on
        self._schedule_config()

    def _library_changed(self, what: str) -> None:
        lib = self.library
        names = [lib.entries[i].name for i in lib.stored_indices()]
        self.state_panel.set_pattern_names(names)
        self.curves.set_names([e.name for e in lib.entries])
        self.controls.set_k_range(lib.k, len(lib))
        if what == "grid":
            self.controls.set_grid(lib.rows, lib.cols)
            if self.editor.grid.shape != (lib.rows, lib.cols):
                self.editor.resize_grid(lib.rows, lib.cols)
        self._update_alpha()
        self._schedule_config()

    def _schedule_config(self) -> None:
        self._config_id += 1  # frames of earlier configurations are stale from this moment on
        self._config_timer.start()

    def _push_config(self) -> None:
        self._config_timer.stop()
        if self._closed:
            return
        lib = self.library
        cfg = SimConfig(patterns=lib.stored_patterns(), rows=lib.rows, cols=lib.cols, rule=self._rule,
                        self_coupling=self._self_coupling, stored_ids=tuple(lib.stored_indices()),
                        config_id=self._config_id)
        self.controller.configure(cfg)
        self.weights.set_config(cfg.patterns, [lib.entries[i].name for i in cfg.stored_ids], self._rule,
                                self._self_coupling)

    # --- running ------------------------------------------------------------------------------
    def toggle_run(self) -> None:
        if self._running:
            self.controller.pause()
            self._running = False
        else:
            if self.library.k == 0:
                self.show_error(self.tr("No pattern is stored: tick at least one pattern in the library."))
            self.controller.run()
            self._running = True
        self.controls.set_running(self._running)

    def step(self) -> None:
        self._running = False
        self.controls.set_running(False)
        self.controller.step(1)

    def reset_cue(self, cue: CueSpec) -> None:
        if cue.kind == "pattern" and self.library.k == 0:
            self.show_error(self.tr("No pattern is stored, so there is no cue to start from."))
            return
        self.controller.reset(cue)

    # --- frames -------------------------------------------------------------------------------
    @QtCore.Slot(object)
    def on_frame(self, frame) -> None:
        if self._closed:
            return
        self.last_frame = frame
        if (frame.rows, frame.cols) != (self.library.rows, self.library.cols):
            return  # an old network's last frame: the new configuration is on its way
        self.state_panel.show_frame(frame)
        self.curves.append(frame)
        # the worker's running state, unless the frame was made before our last run/pause/step
        # (it would undo that command here: a pause then skipped, the network left running)
        if self._running != frame.running and frame.run_commands == self.controller.run_commands_sent:
            self._running = frame.running
            self.controls.set_running(frame.running)
        self._status_texts(frame)
        self._update_alpha()

    def _status_texts(self, frame) -> None:
        t = f"{frame.time:.2f}".rstrip("0").rstrip(".")
        self.status_time.setText(self.tr("t = {time} sweeps").format(time=t))
        self._label_state(frame)
        if frame.cycle:
            self.status_state.setText(self.tr("2-cycle (synchronous updates)"))
        elif frame.converged and math.isinf(frame.beta):
            self.status_state.setText(self.tr("fixed point reached"))
        else:
            self.status_state.setText(self.tr("running") if frame.running else self.tr("paused"))

    def _label_state(self, frame) -> None:
        """What the network is in (pattern, reversed pattern, mixture, none), shown when it rests."""
        from ..core.analysis import classify_state
        p = self.state_panel._patterns
        if frame.running or p is None or p.shape[1] != frame.state.size or not frame.energy.size:
            if frame.running:
                self.state_panel.set_verdict("")
            return
        current = frame.config_id == self._config_id  # else the library may have changed since
        names = ([self.library.entries[i].name for i in frame.stored_ids]
                 if current and len(frame.stored_ids) == p.shape[0] else None)
        label = classify_state(p, frame.state, float(frame.energy[-1]) / frame.state.size)
        self.last_label = label
        text = (self.tr("Ended in: {state}, E/N = {energy}") if (frame.converged or frame.cycle)
                else self.tr("Now in: {state}, E/N = {energy}"))
        self.state_panel.set_verdict(text.format(state=describe_state(label, names),
                                                 energy=f"{label.energy_per_neuron:+.3f}"))

    # --- preset animations (β schedule of the melting preset) ---------------------------------
    def controls_speeds(self):
        from .controls_panel import SPEEDS
        return SPEEDS

    def start_preset_animation(self, betas, interval_ms: int = 1500) -> None:
        self.stop_preset_animation()
        self._anim = list(betas)
        self._anim_timer = QtCore.QTimer(self)
        self._anim_timer.timeout.connect(self._anim_step)
        self._anim_timer.start(interval_ms)

    def _anim_step(self) -> None:
        if not getattr(self, "_anim", None):
            self.stop_preset_animation()
            return
        self.controls.set_beta(self._anim.pop(0))

    def stop_preset_animation(self) -> None:
        t = getattr(self, "_anim_timer", None)
        if t is not None:
            t.stop()
            t.deleteLater()
        self._anim_timer = None
        self._anim = []

    def _update_alpha(self, force: bool = False) -> None:
        lib = self.library
        a = lib.k / lib.n
        beta = self.controls.beta()
        btxt = "∞" if math.isinf(beta) else f"{beta:.2f}"
        over = a > ALPHA_C and self._rule == "hebb"
        # past the capacity: said in the label itself (a status-bar message had only the few
        # pixels the permanent labels leave, and was cut to "α > 0.1")
        alpha = f"α = K/N = {a:.3f}" + (f" > {ALPHA_C}" if over else "")
        text = f"N = {lib.n} ({lib.rows}×{lib.cols}), K = {lib.k}, {alpha}, β = {btxt}, {rule_name(self._rule)}"
        tip = self.tr("α > 0.138: beyond the capacity K_max = 0.138 N of the Hebb rule") if over else ""
        if over:
            text = "⚠ " + text
        if text != self.status_alpha.text() or force:
            self.status_alpha.setColour(("#F0A040" if style.dark() else "#b34700") if over else None)
            self.status_alpha.setText(text)
            self.status_alpha.setToolTip(tip)

    # --- files ----------------------------------------------------------------------------------
    def open_patterns(self, path: str) -> bool:
        try:
            ps = load_patterns(path)
        except PatternFileError as exc:
            self.show_error(explain(exc))
            return False
        if ps.k == 0:
            self.show_error(self.tr("{file} holds no pattern").format(file=Path(path).name))
            return False
        if ps.rows < 5 or ps.cols < 5:
            self.show_error(self.tr("{file}: the grid must be at least 5 × 5").format(file=Path(path).name))
            return False
        from ..model import PatternEntry
        entries = [PatternEntry(n, v, True) for n, v in zip(ps.names, ps.patterns)]
        self._edit_library(lambda: self.library.replace_all(ps.rows, ps.cols, entries), self.tr("open patterns"))
        return True

    def save_patterns(self, path: str) -> bool:
        lib = self.library
        ps = PatternSet(np.array([e.values for e in lib.entries], np.int8).reshape(len(lib), lib.n),
                        lib.rows, lib.cols, [e.name for e in lib.entries])
        try:
            save_patterns(path, ps)
        except (OSError, ValueError) as exc:
            self.show_error(self.tr("could not save {file}: {error}").format(file=path, error=explain(exc)))
            return False
        self.statusBar().showMessage(self.tr("saved {file}").format(file=path), 4000)
        return True

    # --- sessions ---------------------------------------------------------------------------
    def session(self):
        """The current work as a core Session (patterns, parameters, state, seed)."""
        from ..core.session import Session
        lib, c, sp = self.library, self.controls, self.state_panel
        f = self.last_frame
        state = f.state if f is not None and f.state.size == lib.n else -np.ones(lib.n, np.int8)
        return Session(lib.rows, lib.cols, [e.name for e in lib.entries],
                       np.array([e.values for e in lib.entries], np.int8).reshape(len(lib), lib.n),
                       [e.stored for e in lib.entries], state.copy(), c.beta(), self._rule, self._self_coupling,
                       c.mode_combo.currentData(), c.speed(), c.seed(), max(0, sp.cue_pattern.currentIndex()),
                       sp.noise.value() / 100, sp.masked.value() / 100, float(f.time) if f is not None else 0.0)

    def save_session(self, path: str) -> bool:
        from ..core.session import save_session
        try:
            save_session(path, self.session())
        except (OSError, ValueError) as exc:
            self.show_error(self.tr("could not save {file}: {error}").format(file=path, error=explain(exc)))
            return False
        self._add_recent(path)
        self.statusBar().showMessage(self.tr("saved {file}").format(file=path), 4000)
        return True

    def open_session(self, path: str, remember: bool = True) -> bool:
        """Open a session; a bad file gives a message and leaves the current work untouched."""
        from ..core.session import SessionError, load_session
        from ..model import PatternEntry
        try:
            s = load_session(path)
            if s.rule != "hebb":
                check_dense_budget(s.rows * s.cols, s.rule)
        except (SessionError, ValueError) as exc:
            self.show_error(explain(exc))
            return False
        if self._running:
            self.toggle_run()
        c, sp = self.controls, self.state_panel
        c.self_coupling.setChecked(False)
        c.rule_combo.setCurrentIndex(c.rule_combo.findData("hebb"))
        entries = [PatternEntry(n, v, st) for n, v, st in zip(s.names, s.patterns, s.stored)]
        self._edit_library(lambda: self.library.replace_all(s.rows, s.cols, entries), self.tr("open session"))
        c.rule_combo.setCurrentIndex(c.rule_combo.findData(s.rule))
        c.self_coupling.setChecked(s.self_coupling)
        c.mode_combo.setCurrentIndex(c.mode_combo.findData(s.mode))
        c.set_beta(s.beta)
        from .controls_panel import SPEEDS
        c.speed_slider.setValue(min(range(len(SPEEDS)), key=lambda i: abs(math.log(SPEEDS[i] if math.isfinite(SPEEDS[i]) else 1e9)
                                                                       - math.log(s.speed if math.isfinite(s.speed) else 1e9))))
        c.seed_check.setChecked(s.seed is not None)
        if s.seed is not None:
            c.seed_spin.setValue(s.seed)
        sp.cue_pattern.setCurrentIndex(min(s.cue, max(0, sp.cue_pattern.count() - 1)))
        sp.noise.setValue(round(s.noise * 100))
        sp.masked.setValue(round(s.masked * 100))
        self._push_config()
        self.controller.reset(CueSpec(kind="state", mu=s.cue, noise=s.noise, masked=s.masked, state=s.state.copy(),
                                      time=s.time))
        if remember:
            self._add_recent(path)
        return True

    def _settings(self) -> QtCore.QSettings:
        return QtCore.QSettings()

    def _add_recent(self, path: str) -> None:
        st = self._settings()
        items = [p for p in (st.value("recent_sessions", [], list) or []) if p != str(path)]
        st.setValue("recent_sessions", ([str(path)] + items)[:8])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        items = self._settings().value("recent_sessions", [], list) or []
        for p in items:
            a = self.recent_menu.addAction(Path(p).name)
            a.setToolTip(p)
            a.triggered.connect(lambda _=False, p=p: self.open_session(p))
        self.recent_menu.setEnabled(bool(items))

    def open_session_dialog(self) -> None:
        p = self._ask_open(self.tr("Open session"), self.tr("Hopfield sessions (*.hopfield.json *.json)"))
        if p:
            self.open_session(p)

    def save_session_dialog(self) -> None:
        p = self._ask_save(self.tr("Save session"), self.tr("Hopfield sessions (*.hopfield.json)"))
        if p:
            if not p.lower().endswith(".json"):
                p += ".hopfield.json"
            self.save_session(p)

    def _ask_open(self, title, filt) -> str:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, title, self.last_folder(), filt)
        self._remember_folder(path)
        return path

    def _ask_save(self, title, filt) -> str:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, title, self.last_folder(), filt)
        self._remember_folder(path)
        return path

    def open_patterns_dialog(self) -> None:
        p = self._ask_open(self.tr("Open patterns"), self.tr("Pattern sets (*.json *.npz)"))
        if p:
            self.open_patterns(p)

    def save_patterns_dialog(self) -> None:
        p = self._ask_save(self.tr("Save patterns"), self.tr("JSON (*.json);;NumPy (*.npz)"))
        if p:
            if not p.lower().endswith((".json", ".npz")):
                p += ".json"
            self.save_patterns(p)

    def export_state_png(self, path: str, size: int = 1200) -> bool:
        g = self.state_panel.grid
        img = g._image.scaled(size, int(size * g.shape[0] / g.shape[1]), QtCore.Qt.KeepAspectRatio, QtCore.Qt.FastTransformation)
        return self._save_image(img, path)

    def export_curves_png(self, path: str) -> bool:
        from ..plots import export_png
        self.curves.flush()
        try:
            export_png(self.curves.overlap_plot, path)
        except OSError as exc:
            self.show_error(explain(exc))
            return False
        return True

    def export_curves_csv(self, path: str) -> bool:
        from ..core.io import atomic_write
        t, m, e = self.curves.data()
        names = [self.library.entries[i].name for i in self.library.stored_indices()]
        header = ["t_sweeps", "energy_per_neuron"] + [f"m_{n}" for n in names[: m.shape[1]]]
        lines = [",".join(header)] + [",".join(f"{x:.6g}" for x in (ti, ei, *mi)) for ti, ei, mi in zip(t, e, m)]
        try:
            atomic_write(path, "\n".join(lines) + "\n")
        except OSError as exc:
            self.show_error(explain(exc))
            return False
        return True

    def _save_image(self, img: QtGui.QImage, path: str) -> bool:
        import os
        tmp = str(Path(path).with_name(f".{Path(path).stem}.tmp.png"))
        if not img.save(tmp, "PNG"):
            self.show_error(self.tr("could not write {file}").format(file=path))
            return False
        os.replace(tmp, path)
        return True

    def export_state_dialog(self) -> None:
        p = self._ask_save(self.tr("Export network state"), "PNG (*.png)")
        if p:
            self.export_state_png(p if p.lower().endswith(".png") else p + ".png")

    def export_curves_dialog(self) -> None:
        p = self._ask_save(self.tr("Export curves"), "PNG (*.png)")
        if p:
            self.export_curves_png(p if p.lower().endswith(".png") else p + ".png")

    def export_csv_dialog(self) -> None:
        p = self._ask_save(self.tr("Export curves"), "CSV (*.csv)")
        if p:
            self.export_curves_csv(p if p.lower().endswith(".csv") else p + ".csv")

    def _add_requested(self, kind: str) -> None:
        lib = self.library
        if kind == "blank":
            self.add_pattern(-np.ones(lib.n, np.int8))
        elif kind == "random":
            self.add_pattern(np.where(np.random.default_rng().random(lib.n) < 0.5, 1, -1))
        elif kind == "editor":
            self.add_pattern(self.editor.grid.values(), lib.new_name("E"))
        elif kind == "text":
            text, ok = QtWidgets.QInputDialog.getText(self, self.tr("Text to pattern"), self.tr("Letters:"))
            if ok:
                self.add_text(text)
        elif kind == "image":
            p = self._ask_open(self.tr("Image to pattern"), self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
            if p:
                self.add_image_file(p)

    def _load_selected_into_editor(self) -> None:
        i = self.library_panel.current()
        if i >= 0:
            self.editor.apply(self.library.entries[i].values, self.tr("load pattern"))

    def _editor_image_dialog(self) -> None:
        p = self._ask_open(self.tr("Image to pattern"), self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if p:
            self.load_image_into_editor(p)

    def load_image_into_editor(self, path: str) -> bool:
        rows, cols = self.editor.grid.shape
        try:
            v = image_to_pattern(path, rows, cols)
        except ImageError as exc:
            self.show_error(explain(exc))
            return False
        self.editor.apply(v, self.tr("image"))
        return True

    # --- messages and help -------------------------------------------------------------------
    @QtCore.Slot(str)
    def show_error(self, msg: str) -> None:
        self.last_error = msg
        self.statusBar().showMessage(msg, 8000)
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, self.tr("Hopfield Explorer"), msg,
                                    QtWidgets.QMessageBox.Ok, self)
        box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        box.open()  # not blocking: the simulation and the tests go on

    def show_model_help(self) -> None:
        QtWidgets.QMessageBox.information(self, self.tr("The model"), model_help())

    def show_about(self) -> None:
        from .. import __version__
        QtWidgets.QMessageBox.about(self, self.tr("About Hopfield Explorer"),
                                    f"<h3>Hopfield Explorer {__version__}</h3>" + about_text())

    def showEvent(self, ev: QtGui.QShowEvent) -> None:
        super().showEvent(ev)
        if not self._sized:  # proportions once the window has its real width
            self._sized = True
            w = max(self.width(), 1000)
            self.splitter.setSizes([int(w * 0.23), int(w * 0.34), int(w * 0.43)])

    # --- autosave -----------------------------------------------------------------------------
    @staticmethod
    def autosave_dir() -> Path:
        d = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.AppDataLocation)
        return Path(d or Path.home() / ".hopfield-explorer")

    def _start_autosave(self) -> None:
        """Save the session every minute (in a background thread, atomically); a lock file marks a
        running app, so that after an abnormal exit the next start offers to restore."""
        d = self.autosave_dir()
        self._autosave_path = d / "autosave.hopfield.json"
        self._lock_path = d / "running.lock"
        try:
            d.mkdir(parents=True, exist_ok=True)
            crashed = self._lock_path.exists() and self._autosave_path.exists()
            self._lock_path.write_text(str(os.getpid()))
        except OSError:
            return  # no writable data folder: no autosave, the app works on
        self._autosave_timer = QtCore.QTimer(self)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start(self.AUTOSAVE_MS)
        if crashed:
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Question, self.tr("Hopfield Explorer"),
                                        self.tr("The last session did not end normally. Restore the work saved "
                                                "automatically before it stopped?"),
                                        QtWidgets.QMessageBox.Yes | QtWidgets.QMessageBox.No, self)
            box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
            box.accepted.connect(self.restore_autosave)
            self.restore_offer = box
            box.open()

    def autosave_now(self):
        """Write the autosave file from a background thread; returns the thread."""
        import threading

        from ..core.session import save_session
        if self._autosave_timer is None:
            return None
        s, path = self.session(), self._autosave_path

        def write():
            try:
                save_session(path, s)
            except OSError:
                pass  # a full disk must not disturb the lesson; the previous autosave stays whole
        t = threading.Thread(target=write, name="hopfield-autosave", daemon=True)
        t.start()
        self._autosave_thread = t
        return t

    def restore_autosave(self) -> bool:
        return self.open_session(str(self._autosave_path), remember=False)  # not a file of the user's

    PRESENTATION_SCALE = 1.35

    def set_presentation(self, on: bool) -> None:
        """Projector mode: every text larger (menus, panels, labels, plot titles and numbers),
        thicker curves (F5 toggles)."""
        scale = self.PRESENTATION_SCALE if on else 1.0
        style.set_look(scale=scale)
        app = QtWidgets.QApplication.instance()
        if not hasattr(self, "_base_font"):
            self._base_font = QtGui.QFont(app.font())
        app.setFont(_scaled(self._base_font, scale))
        for w in [self] + self.findChildren(QtWidgets.QWidget):
            if not w.testAttribute(QtCore.Qt.WA_SetFont):
                continue  # follows the application's font (or its parent's)
            base = w.property("hopfield_base_size")
            if base is None:
                f0 = w.font()
                base = f0.pointSizeF() if f0.pointSizeF() > 0 else f0.pixelSize()
                w.setProperty("hopfield_base_size", base)
            w.setFont(_scaled(w.font(), scale, float(base)))
        self._restyle()
        self.act_presentation.setChecked(on)
        self._settings().setValue("view/presentation", bool(on)) if self._persistent else None

    def set_theme(self, mode: str, remember: bool = True) -> None:
        """Light, dark, or whatever the system uses (and follows it when it changes)."""
        if mode not in theme.MODES:
            mode = "system"
        self._theme = mode
        theme.apply(mode)
        for m, a in self.theme_actions.items():
            a.setChecked(m == mode)
        self._restyle()
        if self._persistent and remember:
            self._settings().setValue("view/theme", mode)

    def _system_scheme_changed(self, *_):
        if self._theme == "system" and not self._closed:
            self.set_theme("system", remember=False)

    def _restyle(self) -> None:
        """Re-apply the look (theme, presentation mode) to everything drawn."""
        self.library_panel.refresh()  # thumbnail frames in the curves' colours
        self.curves.restyle()
        self.weights.restyle()
        self.experiments.restyle()
        self._update_alpha(force=True)

    # --- settings (QSettings) ---------------------------------------------------------------
    def save_settings(self) -> None:
        st = self._settings()
        c, sp = self.controls, self.state_panel
        st.setValue("window/geometry", self.saveGeometry())
        st.setValue("window/state", self.saveState())
        st.setValue("window/splitter", self.splitter.saveState())
        st.setValue("params/beta", c.beta_spin.value())
        st.setValue("params/beta_inf", c.beta_inf.isChecked())
        st.setValue("params/rule", self._rule)
        st.setValue("params/mode", c.mode_combo.currentData())
        st.setValue("params/self_coupling", self._self_coupling)
        st.setValue("params/speed_index", c.speed_slider.value())
        st.setValue("params/seed_fixed", c.seed_check.isChecked())
        st.setValue("params/seed", c.seed_spin.value())
        st.setValue("params/noise", sp.noise.value())
        st.setValue("params/masked", sp.masked.value())
        st.sync()

    def restore_settings(self) -> None:
        """Read back what save_settings wrote (typed reads; missing or odd values are ignored)."""
        st = self._settings()
        c, sp = self.controls, self.state_panel
        geo = st.value("window/geometry")
        if isinstance(geo, QtCore.QByteArray):
            self.restoreGeometry(geo)
        state = st.value("window/state")
        if isinstance(state, QtCore.QByteArray):
            self.restoreState(state)
        spl = st.value("window/splitter")
        if isinstance(spl, QtCore.QByteArray):
            self.splitter.restoreState(spl)
            self._sized = True
        if st.contains("params/beta"):
            c._set_beta_widgets(st.value("params/beta", 4.0, float), st.value("params/beta_inf", True, bool))
            self.controller.set_beta(c.beta())
        rule = st.value("params/rule", "hebb", str)
        if rule in ("hebb", "storkey", "pinv"):
            c.rule_combo.setCurrentIndex(c.rule_combo.findData(rule))
        mode = st.value("params/mode", "async", str)
        if mode in ("async", "sync"):
            c.mode_combo.setCurrentIndex(c.mode_combo.findData(mode))
        c.self_coupling.setChecked(st.value("params/self_coupling", False, bool))
        c.speed_slider.setValue(st.value("params/speed_index", c.speed_slider.value(), int))
        c.seed_spin.setValue(st.value("params/seed", 1, int))
        c.seed_check.setChecked(st.value("params/seed_fixed", False, bool))
        sp.noise.setValue(st.value("params/noise", sp.noise.value(), int))
        sp.masked.setValue(st.value("params/masked", sp.masked.value(), int))
        if st.value("view/presentation", False, bool):
            self.set_presentation(True)
        self.set_theme(st.value("view/theme", "system", str))

    def reset_settings(self) -> None:
        """Forget every remembered setting (window layout, parameters, recent files, folder)."""
        st = self._settings()
        st.clear()
        st.sync()
        self._refresh_recent()
        self.statusBar().showMessage(self.tr("Settings reset: the defaults apply at the next start"), 6000)

    def last_folder(self) -> str:
        return self._settings().value("last_folder", "", str)

    def _remember_folder(self, path: str) -> None:
        if path:
            self._settings().setValue("last_folder", str(Path(path).parent))

    def shutdown(self) -> None:
        """Stop every timer and thread (on close, and when the application quits)."""
        if self._closed:
            return
        if self._persistent:
            self.save_settings()
        if self._autosave_timer is not None:  # a normal exit: nothing to restore next time
            self._autosave_timer.stop()
            t = getattr(self, "_autosave_thread", None)
            if t is not None:
                t.join(2.0)
            for p in (self._lock_path, self._autosave_path):
                try:
                    p.unlink()
                except OSError:
                    pass
        self._closed = True  # frames still queued from the worker are ignored from now on
        self._config_timer.stop()
        self.stop_preset_animation()
        self.curves.stop_timers()
        self.experiments.cancel()
        self.controller.shutdown()
        self.experiments.shutdown()
        from ..qtapp import collect_garbage_in_gui_thread
        collect_garbage_in_gui_thread(False)  # every thread of this window has ended

    def closeEvent(self, ev: QtGui.QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(ev)


def model_help() -> str:
    """The model in one page (Help ▸ The model), in the interface's language."""
    return QtCore.QCoreApplication.translate("Help", """<p><b>Neurons</b> S<sub>i</sub> = ±1, field h<sub>i</sub> = Σ<sub>j</sub> w<sub>ij</sub> S<sub>j</sub>.</p>
<p><b>Update</b> (Leçon 5): P[S<sub>i</sub> = +1] = 1 / (1 + exp(−β h<sub>i</sub>)); β = ∞ is S<sub>i</sub> = sign(h<sub>i</sub>).
Note the factor 2: ⟨S<sub>i</sub>⟩ = tanh(β h<sub>i</sub>/2), so one stored pattern melts below β = 2
(textbooks write β/2 for our β).</p>
<p><b>Hebb</b>: w<sub>ij</sub> = (1/N) Σ<sub>μ</sub> P<sub>i</sub><sup>μ</sup> P<sub>j</sub><sup>μ</sup>,
with w<sub>ii</sub> = 0 by default: the lecture's sum includes i = j (w<sub>ii</sub> = K/N), a self-excitation that
freezes almost any state and hides the capacity limit.</p>
<p><b>Overlap</b> m<sup>μ</sup> = (1/N) Σ<sub>i</sub> P<sub>i</sub><sup>μ</sup> S<sub>i</sub>; m = 1 means the state is the pattern.</p>
<p><b>Capacity</b>: K<sub>max</sub> = 0.138 N (Amit, Gutfreund &amp; Sompolinsky).</p>
<p><b>Energy</b> E = −½ Σ<sub>i≠j</sub> w<sub>ij</sub> S<sub>i</sub> S<sub>j</sub> never increases under
deterministic asynchronous updates; synchronous updates can end in a 2-cycle.</p>
<p><b>Time</b> is counted in sweeps: N single-neuron updates in random order, or one parallel update.</p>""")


def about_text() -> str:
    return QtCore.QCoreApplication.translate("Help", """<p>See associative memory work: the model of « Leçon 5 : Réseaux et apprentissage » (J. Ranft,
Neurosciences computationnelles).</p>
<p>References: J. J. Hopfield, PNAS 79, 2554 (1982); D. J. Amit, H. Gutfreund &amp; H. Sompolinsky,
Phys. Rev. Lett. 55, 1530 (1985) and Ann. Phys. 173, 30 (1987); A. Storkey, ICANN (1997);
L. Personnaz, I. Guyon &amp; G. Dreyfus, J. Phys. Lett. 46, L359 (1985).</p>
<p>Licence: MIT.</p>""")
