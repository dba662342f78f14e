"""The window's menus, toolbar and keyboard shortcuts: every QAction in one place.

Each action calls the controller (running, synapses, undo), the files (``files.py``), the view modes
(``view.py``), the focus view or the settings; what only the window can do (presets, quiz, help, quit)
it connects itself to the actions kept here. None holds state of its own. Texts follow the language.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtGui import QKeySequence

from ..state.lab import LAB_PRESETS
from ..state.presets import PRESETS
from . import i18n
from .plotting import style


class MenuActions(QtCore.QObject):
    """Builds the menus of the menu ``bar`` and the toolbars (:attr:`toolbars`, for the window to add)
    and keeps their actions: ``undo``, ``redo``, ``run``, ``step``, ``reset``, ``presentation``,
    ``presets[key]``, ``themes[mode]``, ``languages[code]``, … — every one in :attr:`all_actions` (the
    window adds them, so that their shortcuts work with the menus closed). A preset chosen is said by
    ``presetChosen`` / ``labPresetChosen``."""

    presetChosen = QtCore.Signal(object)
    labPresetChosen = QtCore.Signal(object)

    def __init__(self, bar: QtWidgets.QMenuBar, *, controller, files, view, focus, settings,
                 docks: dict[str, QtWidgets.QDockWidget]):
        super().__init__(bar)
        self._settings, self._files, self._undo_stack = settings, files, controller.undo_stack
        self.all_actions: list[QtGui.QAction] = []
        self.toolbars: list[QtWidgets.QToolBar] = []
        self.texts = tx = i18n.Texts()
        ctl = controller
        mb = bar

        def menu(title):
            m = mb.addMenu("")
            tx(m.setTitle, title)
            return m

        f = menu(lambda: self.tr("&File"))
        self.open = self._action(lambda: self.tr("&Open patterns…"), files.open_patterns_dialog, QKeySequence.Open)
        self.save = self._action(lambda: self.tr("Save &patterns…"), files.save_patterns_dialog)
        self.open_session = self._action(lambda: self.tr("Open &session…"), files.open_session_dialog,
                                         QKeySequence("Ctrl+Shift+O"))
        self.save_session = self._action(
            lambda: self.tr("&Save session…"), files.save_session_dialog, QKeySequence.Save
        )
        self.recent_menu = QtWidgets.QMenu(bar)
        tx(self.recent_menu.setTitle, lambda: self.tr("Recent sessions"))
        self.export_figure = self._action(lambda: self.tr("Export &figure for slides…"), files.export_figure_dialog,
                                          tip=lambda: self.tr("The overlap curves at a fixed size with a title, "
                                                              "a legend and the parameters"))
        self.export_state = self._action(lambda: self.tr("Export network state as PNG…"), files.export_state_dialog)
        self.export_curves = self._action(lambda: self.tr("Export curves as PNG…"), files.export_curves_dialog)
        self.export_csv = self._action(lambda: self.tr("Export curves as CSV…"), files.export_csv_dialog)
        self.recover = self._action(lambda: self.tr("Recover autosaved work…"), None,
                                    tip=lambda: self.tr("The work of windows that did not end normally"))
        self.quit = self._action(lambda: self.tr("&Quit"), None, QKeySequence.Quit)
        for a in (self.open_session, self.save_session, "recent", self.recover, None, self.open, self.save, None,
                  self.export_figure, self.export_state, self.export_curves, self.export_csv, None, self.quit):
            if a == "recent":
                f.addMenu(self.recent_menu)
            elif a is None:
                f.addSeparator()
            else:
                f.addAction(a)
        self.refresh_recent()

        self.edit_menu = menu(lambda: self.tr("&Edit"))
        self.undo = self.redo = None
        self._make_undo_actions()

        s = menu(lambda: self.tr("&Simulation"))
        self.run = self._action(lambda: self.tr("Run / Pause"), ctl.toggle_run, QtCore.Qt.Key_Space)
        self.step = self._action(lambda: self.tr("Step one sweep"), ctl.step, QtCore.Qt.Key_S)
        self.reset = self._action(lambda: self.tr("Reset to cue"), ctl.reset, QtCore.Qt.Key_R)
        for a in (self.run, self.step, self.reset):
            a.setShortcutContext(QtCore.Qt.WindowShortcut)
            s.addAction(a)
        s.addSeparator()
        self.quiz = self._action(lambda: self.tr("Hide the answer (quiz)"), None, QtCore.Qt.Key_Q,
                                 tip=lambda: self.tr("The curves, the numbers, the errors and what the network ends "
                                                     "in stay hidden until you reveal them (V): the class guesses "
                                                     "first"))
        self.quiz.setCheckable(True)
        self.reveal = self._action(lambda: self.tr("Reveal the answer"), None, QtCore.Qt.Key_V)
        for a in (self.quiz, self.reveal):
            a.setShortcutContext(QtCore.Qt.WindowShortcut)
            s.addAction(a)
        s.addSeparator()
        # structural plasticity while the network runs (README, "Structural plasticity")
        self.remove_synapses = self._action(
            lambda: self.tr("Remove a quarter of the synapses"), lambda: ctl.remove_synapses("random"),
            QtCore.Qt.Key_X, tip=lambda: self.tr("At random, while the network runs: does the memory survive?"))
        self.prune_synapses = self._action(
            lambda: self.tr("Prune the weakest quarter"), lambda: ctl.remove_synapses("weakest"),
            tip=lambda: self.tr("Remove the synapses with the smallest |w_ij| first"))
        self.regrow_synapses = self._action(
            lambda: self.tr("Regrow synapses"), ctl.regrow_synapses, QtCore.Qt.Key_G,
            tip=lambda: self.tr("Give back the synapses the last removal took, with their Hebbian values"))
        for a in (self.remove_synapses, self.prune_synapses, self.regrow_synapses):
            a.setShortcutContext(QtCore.Qt.WindowShortcut)
            s.addAction(a)

        pm = menu(lambda: self.tr("&Presets"))
        pages_tb = self._toolbar("pages", lambda: self.tr("Workspaces"))
        self.pages = {}
        pgroup = QtGui.QActionGroup(self)
        for page, text, key, tip in [
                ("network", lambda: self.tr("Network"), "Ctrl+1",
                 lambda: self.tr("The network explorer: patterns, recall, capacity, temperature")),
                ("plasticity", lambda: self.tr("Plasticity"), "Ctrl+2",
                 lambda: self.tr("The Plasticity lab: the rules behind learning against the published data"))]:
            a = self._action(text, lambda _=False, page=page: view.set_page(page), QKeySequence(key), tip=tip)
            a.setCheckable(True)
            a.setChecked(page == "network")
            pgroup.addAction(a)
            pages_tb.addAction(a)
            self.pages[page] = a
        self.presets_toolbar = self._toolbar("presets", lambda: self.tr("Presets"))
        self.presets = self._preset_actions(PRESETS, "Presets", self.presetChosen, pm, self.presets_toolbar)
        pm.addSeparator()
        self.lab_toolbar = self._toolbar("lab-presets", lambda: self.tr("Plasticity presets"))
        self.lab_toolbar.hide()  # shown on the lab's page
        self.lab_presets = self._preset_actions(LAB_PRESETS, "LabPresets", self.labPresetChosen, pm,
                                               self.lab_toolbar)

        v = menu(lambda: self.tr("&View"))
        for a in self.pages.values():
            v.addAction(a)
        v.addSeparator()
        self.panels = {}
        for key, dock in docks.items():  # show or hide each panel; its text follows the dock's title
            a = dock.toggleViewAction()
            v.addAction(a)
            self.panels[key] = a
        v.addSeparator()
        self.presentation = self._action(lambda: self.tr("Presentation mode (projector)"), view.set_presentation,
                                         QtCore.Qt.Key_F5,
                                         tip=lambda: self.tr("Larger text and thicker lines for a lecture hall"))
        self.presentation.setCheckable(True)
        v.addAction(self.presentation)
        self.focus = self._action(lambda: self.tr("Focus on the plot (double-click a plot)"),
                                  lambda: focus.toggle(), QtCore.Qt.Key_F6,
                                  tip=lambda: self.tr("The plot last clicked fills the window, its texts large; "
                                                      "Esc or F6 brings the layout back"))
        v.addAction(self.focus)
        self.leave_focus = self._action(lambda: self.tr("Leave the focus view"), lambda: focus.leave(),
                                        QtCore.Qt.Key_Escape)
        self.leave_focus.setShortcutContext(QtCore.Qt.WindowShortcut)
        self.leave_focus.setEnabled(False)  # Esc is the focus view's only while there is one (not the editors')
        focus.changed.connect(lambda name: self.leave_focus.setEnabled(bool(name)))
        tm = QtWidgets.QMenu(bar)
        tx(tm.setTitle, lambda: self.tr("Theme"))
        v.addMenu(tm)
        self.themes = {}
        tgroup = QtGui.QActionGroup(self)
        for mode, text in [("system", lambda: self.tr("Follow the system")), ("light", lambda: self.tr("Light")),
                           ("dark", lambda: self.tr("Dark"))]:
            a = QtGui.QAction(self)
            tx(a.setText, text)
            a.setCheckable(True)
            a.triggered.connect(lambda _=False, mode=mode: view.set_theme(mode))
            tgroup.addAction(a)
            tm.addAction(a)
            self.themes[mode] = a
        self.reset_settings = self._action(
            lambda: self.tr("Reset settings"), None,
            tip=lambda: self.tr("Forget the window layout, parameters, language, recent files and folder"))
        v.addAction(self.reset_settings)

        lm = menu(lambda: self.tr("&Language"))
        self.languages = {}
        group = QtGui.QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            a = QtGui.QAction(name, self)  # each language is named in its own language
            a.setCheckable(True)
            a.setChecked(code == i18n.current_language())
            a.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(a)
            lm.addAction(a)
            self.languages[code] = a

        h = menu(lambda: self.tr("&Help"))
        self.lesson = self._action(lambda: self.tr("&Lesson guide"), None, QKeySequence("Ctrl+L"),
                                   tip=lambda: self.tr("The seven moments of the lecture, each one click away"))
        h.addAction(self.lesson)
        self.model_help = self._action(lambda: self.tr("The model"), None, QKeySequence.HelpContents)
        self.about = self._action(lambda: self.tr("About Hopfield Explorer"), None)
        for a in (self.model_help, self.about):
            h.addAction(a)
        view.pageChanged.connect(self.page_shown)
        view.presentationChanged.connect(self.presentation.setChecked)
        view.themeChanged.connect(self._theme_shown)
        settings.recentChanged.connect(self.refresh_recent)

    def _preset_actions(self, presets, context: str, chosen, menu, toolbar) -> dict:
        """One action per preset, numbered as the Lesson guide's moments: "3 Melting" in the toolbar
        (short enough for all to fit a 1024-pixel screen), "3. Melting (β ↓ 2)" in the menu; the
        title and what it shows in the tooltip. Texts translated in ``context``; ``chosen`` emits the preset."""
        actions = {}
        for p in presets:
            full = QtGui.QAction(self)
            self.texts(full.setText, lambda p=p: f"{p.number}. {QtCore.QCoreApplication.translate(context, p.title)}")
            self.texts(full.setToolTip, lambda p=p: QtCore.QCoreApplication.translate(context, p.tip))
            full.triggered.connect(lambda _=False, p=p: chosen.emit(p))
            menu.addAction(full)
            short = QtGui.QAction(self)
            self.texts(short.setText, lambda p=p: f"{p.number} {QtCore.QCoreApplication.translate(context, p.short)}")
            self.texts(short.setToolTip, lambda p=p: "<b>" + QtCore.QCoreApplication.translate(context, p.title)
                       + "</b><br>" + QtCore.QCoreApplication.translate(context, p.tip))
            short.triggered.connect(lambda _=False, p=p: chosen.emit(p))
            toolbar.addAction(short)
            actions[p.key] = short
        return actions

    def _toolbar(self, name: str, title) -> QtWidgets.QToolBar:
        tb = QtWidgets.QToolBar()
        self.toolbars.append(tb)
        self.texts(tb.setWindowTitle, title)
        tb.setObjectName(name)
        tb.setMovable(False)
        font = QtGui.QFont()
        font.setPointSize(style.FONT_PT)
        tb.setFont(font)
        tb.setProperty("hopfield_fixed_font", True)  # the teacher's controls: not enlarged in presentation mode
        return tb

    def _action(self, text, slot, shortcut=None, tip=None) -> QtGui.QAction:
        """An action whose ``text`` (and ``tip``), functions giving the translated text, follow the language;
        ``slot`` None: the window connects it."""
        a = QtGui.QAction(self)
        self.texts(a.setText, text)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            self.texts(a.setToolTip, tip)
            self.texts(a.setStatusTip, tip)
        if slot is not None:
            a.triggered.connect(slot)
        self.all_actions.append(a)
        return a

    def _make_undo_actions(self) -> None:
        """Undo/Redo in the Edit menu (made again after a language change: Qt fixes their prefix)."""
        old = (self.undo, self.redo)
        stack = self._undo_stack
        self.undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.Undo)
        self.redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence.Redo)
        self.edit_menu.insertAction(old[0], self.undo)  # in place of the old ones (None: at the end)
        self.edit_menu.insertAction(old[0], self.redo)
        for a in old:
            if a is not None:
                self.edit_menu.removeAction(a)
                a.deleteLater()

    def refresh_recent(self) -> None:
        """The Recent sessions menu, from the remembered list."""
        self.recent_menu.clear()
        items = self._settings.recent_sessions()
        for p in items:
            a = self.recent_menu.addAction(QtCore.QFileInfo(p).fileName())
            a.setToolTip(p)
            a.triggered.connect(lambda _=False, p=p: self._files.open_session(p))
        self.recent_menu.setEnabled(bool(items))

    def set_language(self, code: str) -> None:
        """Switch the interface's language now (Qt sends LanguageChange to every widget)."""
        code = i18n.install_language(code)
        self._settings.remember_language(code)
        for c, a in self.languages.items():
            a.setChecked(c == code)

    def page_shown(self, page: str) -> None:
        """The explorer's presets and running keys on its page, the lab's presets on the lab's."""
        self.show_page_toolbars(page)
        for a in (self.run, self.step, self.reset, self.quiz, self.reveal):
            a.setEnabled(page == "network")
        self.pages[page].setChecked(True)

    def _theme_shown(self, mode: str) -> None:
        for m, a in self.themes.items():
            a.setChecked(m == mode)

    def show_page_toolbars(self, page: str) -> None:
        self.presets_toolbar.setVisible(page == "network")
        self.lab_toolbar.setVisible(page != "network")

    def retranslate(self) -> None:
        self.texts.apply()
        for c, a in self.languages.items():  # also when the language was changed elsewhere
            a.setChecked(c == i18n.current_language())
        self._make_undo_actions()
