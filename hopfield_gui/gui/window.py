"""The main window, the composition root: lays out the panels, builds the helpers and connects them.

library + editor | network state + parameters | curves, weights, experiments (tabs). The state
lives in :class:`~hopfield_gui.gui.controller.ExplorerController`, bound to the explorer's panels by
``explorer.py``; menus are built by ``actions.py``, files by ``files.py``, remembered settings by
``settings.py``, the autosave by ``autosave.py``, the page, presentation mode and theme by ``view.py``.
None of them receives the window: each gets what it needs and speaks through signals, connected here.
README, "Design", has the map.
"""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6 import QtCore, QtGui, QtWidgets

from ..state.library import PatternEntry
from ..state.presets import Preset
from .actions import MenuActions
from .answer import Answer
from .autosave import Autosave
from .controller import ExplorerController
from .explorer import ExplorerBinding
from .files import FileActions
from .focus import FocusView
from .help import show_about, show_model_help
from .i18n import Texts, Translated
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
from .settings import Layout, WindowSettings, fit_on_screen
from .statusline import StatusLine
from .view import ViewModes, fit_current_page
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
        self.lesson = None  # Help ▸ Lesson guide, made when first asked for

        self.library_panel = LibraryPanel(ctl.library)
        self.editor = EditorPanel(ctl.undo_stack, rows, cols)
        self.state_panel = StatePanel()
        self.controls = ControlsPanel()
        self.curves = CurvesPanel()
        self.weights = WeightsPanel()
        self.experiments = ExperimentsPanel()
        self.plasticity = PlasticityWorkspace(ctl.stored_patterns)  # the lecture's second half
        self._lay_out(rows, cols)
        self.answer = Answer(ctl, self.state_panel, self.curves, self)  # what the network is in; quiz mode

        self.settings = WindowSettings(persistent, self)
        self.files = FileActions(self, controller=ctl, editor=self.editor, state=self.state_panel, curves=self.curves,
                                 lab=self.plasticity.lab, experiments=self.experiments, session=self.session,
                                 status_line=self.status_alpha.text)
        self.view = ViewModes(self, self.pages, self.docks, self.settings.remember_view)
        self.focus = FocusView(self, self.docks)  # double-click a plot (or F6): it fills the window
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
        self.menus = MenuActions(self.menuBar(), controller=ctl, files=self.files, view=self.view, focus=self.focus,
                                 settings=self.settings, docks=self.docks)
        for tb in self.menus.toolbars:
            self.addToolBar(tb)
        self.addActions(self.menus.all_actions)
        self.restored_geometry = False  # the teacher's size and place were read back (app.place_window)
        self.explorer = ExplorerBinding(ctl, library=self.library_panel, editor=self.editor, state=self.state_panel,
                                        controls=self.controls, curves=self.curves, weights=self.weights,
                                        answer=self.answer, status=self.status, tabs=self.tabs, parent=self)
        self._connect()
        self.status.update()
        if demo:
            self.load_demo()
        self.explorer.library_changed("grid")
        self.view.set_theme("system", remember=False)  # the default, applied before the remembered one
        if persistent:
            self._restore_settings()
        # an autosave offered back is opened without joining the recent list (not a file of the user's)
        self.autosave = Autosave(self, self.session, lambda path: self.files.open_session(path, remember=False)
                                 ) if autosave else None
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
        self.status = StatusLine(self.statusBar(), self.controller)
        self.status_alpha = self.status.label

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
        """The helpers' announcements to those who act on them."""
        ctl, files, view, menus = self.controller, self.files, self.view, self.menus
        files.error.connect(self.show_error)
        files.message.connect(self.notify)
        files.sessionUsed.connect(self.settings.add_recent)
        view.aboutToRearrange.connect(self.focus.leave)
        view.pageChanged.connect(self._page_shown)
        view.presentationChanged.connect(self._presentation_changed)
        view.restyled.connect(self._restyle)
        menus.quit.triggered.connect(self.close)
        menus.quiz.triggered.connect(self.answer.set_quiz)
        menus.reveal.triggered.connect(self.answer.reveal)
        self.answer.quizChanged.connect(menus.quiz.setChecked)
        menus.lesson.triggered.connect(self.show_lesson)
        menus.model_help.triggered.connect(lambda: show_model_help(self))
        menus.about.triggered.connect(lambda: show_about(self))
        menus.recover.triggered.connect(self.recover)
        menus.reset_settings.triggered.connect(lambda: self.notify(self.settings.reset()))
        menus.presetChosen.connect(self.apply_preset)
        menus.labPresetChosen.connect(self.open_lab)
        self.tabs.currentChanged.connect(lambda _: self.arrange_center())
        ctl.error.connect(self.show_error)
        self.library_panel.addRequested.connect(files.add_requested)
        self.editor.imageRequested.connect(files.editor_image_dialog)

    # --- what the view modes announce -------------------------------------------------------------
    def _page_shown(self, page: str) -> None:
        """The explorer's keys and status belong to its page; a running network is paused when the lab
        is shown (it would run unseen)."""
        network = page == "network"
        self.status.set_network_shown(network)
        if not network:
            self.plasticity.lab.start()
            if self.controller.running:
                self.controller.pause()
            self.plasticity.player.setFocus()  # Space plays the protocol
        self.update_status(force=True)

    def _presentation_changed(self, on: bool) -> None:
        self.state_panel.set_compact(on)
        self.plasticity.set_compact(on)
        self.arrange_center()

    def _restyle(self) -> None:
        """Every panel drawn again in the look (theme, presentation mode)."""
        self.library_panel.refresh()  # thumbnail frames in the curves' colours
        self.curves.restyle()
        self.weights.restyle()
        self.experiments.restyle()
        self.plasticity.restyle()
        self.update_status(force=True)

    def open_lab(self, preset=None) -> None:
        """The Plasticity lab, set up by one of its presets if given."""
        self.view.set_page("plasticity")
        if preset is not None:
            self.plasticity.lab.apply_preset(preset)
            self.plasticity.show_panel(preset.params.play_panel)

    def update_status(self, force: bool = False) -> None:
        self.status.update(force)

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
            for asked, act in ((self.lesson.presetRequested, self.apply_preset),
                               (self.lesson.labRequested, self.open_lab),
                               (self.lesson.experimentRequested, self.show_experiment)):
                asked.connect(lambda value, act=act: self._come_forward(act, value))
        self.lesson.show()
        self.lesson.raise_()

    def _come_forward(self, act, value) -> None:
        """What the Lesson guide asked for, then the window in front of it."""
        act(value)
        self.raise_()
        self.activateWindow()

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

    def recover(self) -> None:
        """File ▸ Recover autosaved work: the work of windows that did not end normally, if any."""
        if self.autosave is None or not self.autosave.active():
            self.notify(self.tr("Autosave is off in this window."))
        elif not self.autosave.offer():
            self.notify(self.tr("No autosaved work to recover: every other window ended normally or is still open."))

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.menus.retranslate()
        self.update_status(force=True)
        self.answer.refresh()

    # --- messages ---------------------------------------------------------------------------------
    def notify(self, text: str, seconds: float = 6.0) -> None:
        """A transient message in the status bar, the whole bar for at least 4 s."""
        self.status.notify(text, seconds)

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
        return replace(self.controller.session(), lab=self.plasticity.lab.params,
                       experiments=self.experiments.settings)

    # --- remembered settings ----------------------------------------------------------------------
    def _restore_settings(self) -> None:
        """What the settings remember, applied; what could not be read is said once."""
        got = self.settings.restore(self.controller.library.n)
        self.restored_geometry = got.geometry is not None and self.restoreGeometry(got.geometry)
        if self.restored_geometry:
            fit_on_screen(self)  # the teacher's size, but never larger than this screen (another projector)
        if got.state is not None:
            self.restoreState(got.state)
        if got.splitter is not None:
            self.splitter.restoreState(got.splitter)
            self.sized = True
        if got.params is not None:
            self.controller.update(**asdict(got.params))
        if got.lab is not None:
            self.plasticity.lab.open(got.lab)
        if got.experiments is not None:
            self.experiments.open(got.experiments)
        if got.presentation:
            self.view.set_presentation(True)
        self.view.set_theme(got.theme)
        if self.settings.damaged:
            self.show_error(self.settings.damage_message())

    def _layout(self) -> Layout:
        """The window's layout to remember: the docks and toolbars as on the explorer outside
        presentation mode (leaving the app in F5 or in the lab must not hide the side panels for good)."""
        with self.view.normal_layout():
            self.menus.show_page_toolbars("network")
            state = self.saveState()
            self.menus.show_page_toolbars(self.view.page)
        return Layout(self.saveGeometry(), state, self.splitter.saveState())

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
        self.focus.leave()  # the layout as it is outside the focus view is the one to remember
        if self.settings.persistent:
            self.settings.save_on_exit(self._layout(), self.controller.params, self.plasticity.lab.params,
                                       self.experiments.settings)
        if self.autosave is not None:
            self.autosave.stop(normal_exit=True)
        self._closed = True
        self.explorer.shutdown()
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
