"""The main window: lays out the panels and connects them to the controller.

library + editor | network state + parameters | curves, weights, experiments (tabs). The state
lives in :class:`~hopfield_gui.gui.controller.ExplorerController`; menus are built by
``actions.py``, files by ``files.py``, remembered settings by ``settings.py``, the autosave by
``autosave.py``, presentation mode and theme by ``view.py``. README, "Design", has the map.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtCore, QtGui, QtWidgets

from ..core.analysis import CORRELATED, most_correlated
from ..state.library import PatternEntry
from ..state.presets import Preset
from .actions import MenuActions
from .autosave import Autosave
from .controller import ExplorerController
from .files import FileActions
from .focus import FocusView
from .i18n import Texts, Translated
from . import verdicts
from .lab.workspace import PlasticityWorkspace
from .panels.controls import ControlsPanel
from .panels.curves import CurvesPanel
from .panels.editor import EditorPanel
from .panels.experiments import ExperimentsPanel
from .panels.library import LibraryPanel
from .panels.state import StatePanel
from .panels.weights import WeightsPanel
from .plotting import style
from .plotting.setup import configure_pyqtgraph
from .rendering import draw_text, letter
from .settings import WindowSettings
from .view import ViewModes, fit_current_page
from .widgets.livelabel import LiveLabel
from .widgets.scrolling import scrolling


class MainWindow(Translated, QtWidgets.QMainWindow):
    def __init__(self, rows: int = 20, cols: int = 20, demo: bool = True, autosave: bool = False,
                 persistent: bool = False):
        super().__init__()
        configure_pyqtgraph()
        self.texts = tx = Texts()
        tx(self.setWindowTitle, lambda: self.tr("Hopfield Explorer — associative memory"))
        from .qtapp import app_icon, collect_garbage_in_gui_thread
        self.setWindowIcon(app_icon())
        collect_garbage_in_gui_thread(True)  # before any thread starts (see there)
        self.controller = ctl = ExplorerController(rows, cols, self)
        ctl.draw_text = draw_text  # letters are drawn again, not stretched, when the grid changes
        self.last_error = ""
        self._closed = False
        self._correlated = None  # (name, name, C) of the two most correlated stored patterns, if strongly
        self.lesson = None  # Help ▸ Lesson guide, made when first asked for
        self.quiz = False  # Simulation ▸ Hide the answer: curves, numbers, overlay and verdict wait for the reveal
        self._revealed = False  # the teacher revealed the answer of this run

        self.library_panel = LibraryPanel(ctl.library)
        self.editor = EditorPanel(ctl.undo_stack, rows, cols)
        self.state_panel = StatePanel()
        self.controls = ControlsPanel()
        self.curves = CurvesPanel()
        self.weights = WeightsPanel()
        self.experiments = ExperimentsPanel()
        self.plasticity = PlasticityWorkspace(ctl.stored_patterns)  # the lecture's second half
        self._lay_out(rows, cols)

        self.files = FileActions(self)
        self.view = ViewModes(self)
        self.focus = FocusView(self)  # double-click a plot (or F6): it fills the window
        c, wt, ex, lab = self.curves, self.weights, self.experiments, self.plasticity
        for widget, name, restyle in (
            (c.overlap_plot, "curves.overlap", c.restyle),
            (c.energy_plot, "curves.energy", c.restyle),
            (wt.sum_plot, "weights.sum", wt.restyle),
            (wt.trace_plot, "weights.trace", wt.restyle),
            (wt.hist_plot, "weights.stabilities", wt.restyle),
            (wt.overlap_plot, "weights.overlaps", wt.restyle),
            (ex.plot, "experiments.plot", ex.restyle),
            (lab.player, "player", lab.restyle),
            *((panel, f"lab.{key}", lab.restyle) for key, panel in lab.panels.items()),
        ):
            self.focus.register(widget, name, restyle)
        self.settings = WindowSettings(self, persistent)
        self.menus = MenuActions(self)
        self._connect()
        self._show_params(ctl.params)
        if demo:
            self.load_demo()
        self._library_changed("grid")
        self.view.set_theme("system", remember=False)  # the default, applied before the remembered one
        if persistent:
            self.settings.restore()
        self.autosave = Autosave(self) if autosave else None
        if self.autosave is not None:
            self.autosave.failed.connect(self.show_error)

    # --- construction -------------------------------------------------------------------------
    def _lay_out(self, rows: int, cols: int) -> None:
        """The network state and the curves in the middle; the patterns, the editor (a tab behind
        the patterns, out of the way until used) and the parameters in docks on the left, which
        View shows and hides and presentation mode moves aside (README, "In class")."""
        tx = self.texts
        self.tabs = QtWidgets.QTabWidget()
        for i, (page, title) in enumerate([(self.curves, lambda: self.tr("Dynamics")),
                                           (self.weights, lambda: self.tr("Weights")),
                                           (self.experiments, lambda: self.tr("Experiments"))]):
            self.tabs.addTab(page, "")
            tx(lambda t, i=i: self.tabs.setTabText(i, t), title)
        tabfont = QtGui.QFont()
        tabfont.setPointSize(style.FONT_PT)
        self.tabs.tabBar().setFont(tabfont)
        self.tabs.setUsesScrollButtons(False)  # every tab's name in full: the bar sets the least width
        self.tabs.setElideMode(QtCore.Qt.ElideNone)
        self.controls.set_grid(rows, cols)
        self.splitter = split = QtWidgets.QSplitter(QtCore.Qt.Horizontal)
        split.addWidget(self.state_panel)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.pages = QtWidgets.QStackedWidget()  # the network explorer, the Plasticity lab (View ▸ …)
        self.pages.addWidget(split)
        self.pages.addWidget(self.plasticity)
        fit_current_page(self.pages)
        self.setCentralWidget(self.pages)
        self.sized = False  # the splitter's proportions are set once the window has its width
        self.setDockOptions(QtWidgets.QMainWindow.AnimatedDocks | QtWidgets.QMainWindow.AllowTabbedDocks)
        self.docks = {
            "patterns": self._dock("patterns", lambda: self.tr("Patterns"), self.library_panel),
            "editor": self._dock("editor", lambda: self.tr("Editor"), scrolling(self.editor)),
            "parameters": self._dock("parameters", lambda: self.tr("Parameters"), scrolling(self.controls)),
        }
        self.splitDockWidget(self.docks["patterns"], self.docks["parameters"], QtCore.Qt.Vertical)
        self.tabifyDockWidget(self.docks["patterns"], self.docks["editor"])
        self.docks["patterns"].raise_()
        font = QtGui.QFont()
        font.setPointSize(style.FONT_PT)
        # a LiveLabel: a text that changes every frame must not re-lay-out the window
        self.status_alpha = LiveLabel("N = 16384 (128×128) · K = 4096 · α = 0.250 > 0.138 · β = 100.00 · Hebb",
                                      font=font)
        self.statusBar().addPermanentWidget(self.status_alpha, 1)
        # a message ("saved …") takes the whole bar while it is shown: the permanent label steps aside
        # (it took the whole width, and messages were never seen)
        self.statusBar().messageChanged.connect(self._message_shown)
        self.status_state = self.state_panel.status  # running, paused, fixed point, 2-cycle

    def _dock(self, key: str, title, widget: QtWidgets.QWidget) -> QtWidgets.QDockWidget:
        d = QtWidgets.QDockWidget(self)
        d.setObjectName(key)  # saveState/restoreState find it by name
        self.texts(d.setWindowTitle, title)
        d.setFeatures(QtWidgets.QDockWidget.DockWidgetClosable | QtWidgets.QDockWidget.DockWidgetMovable
                      | QtWidgets.QDockWidget.DockWidgetFloatable)
        d.setWidget(widget)
        self.addDockWidget(QtCore.Qt.LeftDockWidgetArea, d)
        return d

    def arrange_center(self) -> None:
        """In presentation mode the network state steps aside while an experiment is shown: its plot
        takes the whole width (the state has nothing to do with the experiment's runs)."""
        aside = self.view.presenting() and self.tabs.currentWidget() is self.experiments
        if self.state_panel.isHidden() != aside:
            self.state_panel.setVisible(not aside)

    def show_editor(self) -> None:
        """Bring the editor forward (it waits behind the patterns until it is used)."""
        d = self.docks["editor"]
        d.show()
        d.raise_()

    def _connect(self) -> None:
        ctl, lp, ed, sp, c = self.controller, self.library_panel, self.editor, self.state_panel, self.controls
        ctl.frame.connect(self.on_frame)
        self.tabs.currentChanged.connect(lambda _: self.arrange_center())
        ctl.error.connect(self.show_error)
        ctl.paramsChanged.connect(self._show_params)
        ctl.libraryChanged.connect(self._library_changed)
        ctl.runningChanged.connect(c.set_running)
        ctl.configured.connect(self._configured)
        ctl.presetApplied.connect(self._preset_applied)
        ctl.scheduledBeta.connect(self._beta_scheduled)
        lp.addRequested.connect(self.files.add_requested)
        lp.duplicateRequested.connect(ctl.duplicate_pattern)
        lp.removeRequested.connect(ctl.remove_pattern)
        lp.moveRequested.connect(self._move_pattern)
        lp.storedToggled.connect(ctl.set_stored)
        lp.renameRequested.connect(ctl.rename_pattern)
        ed.storeRequested.connect(lambda: ctl.add_pattern(ed.grid.values(), ctl.library.new_name("E")))
        ed.loadRequested.connect(self._load_selected_into_editor)
        ed.imageRequested.connect(self.files.editor_image_dialog)
        sp.edited.connect(lambda changes: ctl.update(**changes))
        sp.resetRequested.connect(ctl.reset)
        sp.randomRequested.connect(ctl.reset_random)
        c.edited.connect(lambda changes: ctl.update(**changes))
        c.kChanged.connect(ctl.set_k)
        c.gridChanged.connect(ctl.set_grid)
        c.runToggled.connect(ctl.toggle_run)
        c.stepRequested.connect(ctl.step)

    # --- what the controller announces ---------------------------------------------------------
    def _show_params(self, p) -> None:
        self.controls.show_params(p)
        self.state_panel.show_params(p)
        self.update_status()

    def _library_changed(self, what: str) -> None:
        lib = self.controller.library
        self.state_panel.set_pattern_names([lib.entries[i].name for i in lib.stored_indices()])
        self.state_panel.show_params(self.controller.params)
        self.curves.set_names([e.name for e in lib.entries])
        self.controls.set_k_range(lib.k, len(lib))
        if what == "grid":
            self.controls.set_grid(lib.rows, lib.cols)
            if self.editor.grid.shape != (lib.rows, lib.cols):
                self.editor.resize_grid(lib.rows, lib.cols)
        self.update_status()

    def _configured(self, cfg) -> None:
        names = [self.controller.library.entries[i].name for i in cfg.stored_ids]
        self.weights.set_config(cfg, names)
        pair = most_correlated(cfg.patterns)
        self._correlated = None
        if pair is not None and abs(pair[2]) >= CORRELATED and cfg.rule == "hebb":
            self._correlated = (names[pair[0]], names[pair[1]], pair[2])

    def _preset_applied(self, preset: Preset) -> None:
        if preset.cue is None:
            self.state_panel.set_target(preset.params.get("cue", 0))
        self.tabs.setCurrentWidget(self.weights if preset.tab == "weights" else self.curves)

    def _beta_scheduled(self, beta: float) -> None:
        f = self.controller.last_frame
        self.curves.mark(f.time if f is not None else 0.0, beta)

    @QtCore.Slot(object)
    def on_frame(self, frame) -> None:
        if self._closed:
            return
        self.state_panel.show_frame(frame)
        self.curves.append(frame)
        self._status_texts(frame)
        self.update_status()

    def set_quiz(self, on: bool) -> None:
        """Quiz mode: everything that gives the answer away — the overlap curves and their numbers,
        the error overlay, what the network is in — stays hidden until the teacher reveals it
        (Simulation ▸ Reveal the answer, V), so the class guesses first while watching the state."""
        self.quiz = on
        self.menus.quiz.setChecked(on)
        if self.controller.last_frame is not None:
            self._status_texts(self.controller.last_frame)

    def reveal(self) -> None:
        self._revealed = True
        if self.controller.last_frame is not None:
            self._status_texts(self.controller.last_frame)

    def _status_texts(self, frame) -> None:
        label = self.controller.last_label
        if frame.restart:
            self._revealed = False  # a new run: a new question
        hidden = self.quiz and not self._revealed
        self.state_panel.set_answer_hidden(hidden)
        self.curves.set_answer_hidden(hidden)
        if frame.running or hidden:
            self.state_panel.set_verdict("")
        elif label is not None:
            self.state_panel.set_verdict(*verdicts.verdict(frame, label, self.controller.names_of(frame),
                                                           self._correlated))
        self.status_state.setText(verdicts.run_state(frame))

    def update_status(self, force: bool = False) -> None:
        """N, K, α, β and the rule in the status bar; α past the capacity said in the label itself
        (a status-bar message had only the few pixels the permanent labels leave)."""
        text, over, tip = verdicts.status_line(self.controller.library, self.controller.params,
                                               self.status_alpha.width() - 12, self.status_alpha.font())
        if text != self.status_alpha.text() or force:
            self.status_alpha.setColour(("#F0A040" if style.dark() else "#b34700") if over else None)
            self.status_alpha.setText(text)
            self.status_alpha.setToolTip(tip)

    # --- user actions the panels ask for ---------------------------------------------------------
    def load_demo(self, letters: str = "ABC") -> None:
        """A few letters from a real font, stored."""
        lib = self.controller.library
        lib.replace_all(lib.rows, lib.cols,
                        [PatternEntry(ch, letter(ch, lib.rows, lib.cols), True, ch) for ch in letters])

    def show_lesson(self) -> None:
        """Help ▸ Lesson guide (made once, kept beside the window)."""
        if self.lesson is None:
            from .lesson import LessonGuide
            self.lesson = LessonGuide(self)
        self.lesson.show()
        self.lesson.raise_()

    def apply_preset(self, preset: Preset) -> None:
        self.focus.leave()
        self.view.set_page("network")
        self.controller.apply_preset(preset, letter)

    def show_experiment(self, kind: str, start: bool = True) -> None:
        """The Experiments tab with ``kind`` chosen, started with its settings (the Lesson guide's
        buttons, ``--screenshot --experiment``)."""
        self.view.set_page("network")
        self.tabs.setCurrentWidget(self.experiments)
        self.experiments.set_kind(kind)
        if start:
            self.experiments.start()

    def _move_pattern(self, i: int, j: int) -> None:
        self.controller.move_pattern(i, j)
        self.library_panel.list.setCurrentRow(j)

    def _load_selected_into_editor(self) -> None:
        i = self.library_panel.current()
        if i >= 0:
            self.editor.apply(self.controller.library.entries[i].values, self.tr("load pattern"))

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.menus.retranslate()
        self.update_status(force=True)
        if self.controller.last_frame is not None:
            self._status_texts(self.controller.last_frame)

    # --- messages ---------------------------------------------------------------------------------
    def notify(self, text: str, seconds: float = 6.0) -> None:
        """A transient message in the status bar, the whole bar for at least 4 s."""
        self.statusBar().showMessage(text, int(1000 * max(4.0, seconds)))

    def _message_shown(self, text: str) -> None:
        self.status_alpha.setVisible(not text and self.view.page == "network")

    @QtCore.Slot(str)
    def show_error(self, msg: str) -> None:
        self.last_error = msg
        self.notify(msg, 8)
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, self.tr("Hopfield Explorer"), msg,
                                    QtWidgets.QMessageBox.Ok, self)
        box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        box.open()  # not blocking: the simulation and the tests go on

    def session(self):
        """The whole work: the explorer's (its controller) and the Plasticity lab's settings."""
        return replace(self.controller.session(), lab=self.plasticity.lab.params)

    # --- conveniences for scripts and tests (the controller holds the truth) -----------------------
    @property
    def library(self):
        return self.controller.library

    @property
    def last_frame(self):
        return self.controller.last_frame

    # --- life cycle -------------------------------------------------------------------------------
    def resizeEvent(self, ev: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        QtCore.QTimer.singleShot(0, self, self.update_status)  # once the status bar has its new width

    def showEvent(self, ev: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(ev)
        if not self.sized:  # proportions once the window has its real size (not when restored)
            self.sized = True
            w = self.splitter.width()
            self.splitter.setSizes([int(w * 0.44), int(w * 0.56)])
            QtCore.QTimer.singleShot(0, self, self._size_docks)  # once the docks are laid out

    def _size_docks(self) -> None:
        """The parameters whole; the patterns' list takes what is left (it scrolls)."""
        need = self.controls.sizeHint().height() + 40  # and the dock's title bar
        self.resizeDocks([self.docks["patterns"], self.docks["parameters"]],
                         [max(1, self.height() - need), need], QtCore.Qt.Vertical)

    def shutdown(self) -> None:
        """Stop every timer and thread (on close, and when the application quits)."""
        if self._closed:
            return
        self.settings.save_on_exit()
        if self.autosave is not None:
            self.autosave.stop(normal_exit=True)
        self._closed = True
        self.curves.shutdown()
        self.experiments.shutdown()
        self.plasticity.shutdown()
        if self.lesson is not None:
            self.lesson.shutdown()
        self.controller.shutdown()
        from .qtapp import collect_garbage_in_gui_thread
        collect_garbage_in_gui_thread(False)  # every thread of this window has ended

    def closeEvent(self, ev: QtGui.QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.shutdown()
        super().closeEvent(ev)
