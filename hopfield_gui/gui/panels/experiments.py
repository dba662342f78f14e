"""Class experiments (capacity, temperature, basins) run in a worker thread with progress and Cancel.

Results are drawn as they arrive next to the theory: the AGS curve and α_c = 0.138 for capacity,
the mean-field curve m = tanh(βm/2) and β_c = 2 for temperature.
"""

from __future__ import annotations

import time


from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Signal

from ..plotting import figures, style
from ...core.writing import write_csv
from ..background.jobs import Jobs
from ...state.experiment_settings import SEED, ExperimentSettings
from .experiment_forms import EXPERIMENTS, KINDS, ExperimentForms
from .experiment_job import run_experiment
from ..background.throttle import Throttle
from ..view import fit_current_page
from ..widgets import plotmenu
from ..layout_report import name_plot
from ..widgets.savedialog import ask_save_path, warn
from ..i18n import Texts, Translated
from ..i18n.messages import explain, translate_message
from ..i18n.numbers import number


def experiment_name(kind: str) -> str:
    """The experiment's name in the interface's language, the first words of its title ("Capacity")."""
    return translate_message(EXPERIMENTS[kind].title).split(":")[0]

class ExperimentsPanel(Translated, QtWidgets.QWidget):
    resultReady = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs = Jobs("experiments", parent=self)
        self.last_result = None  # the last finished (or cancelled) result, what the exports write…
        self.last_kind = "capacity"  # …its experiment…
        self.last_seed = None  # …and the seed it ran with (the form may have changed since)
        self._shown = None  # (kind, result) on the plot now: partial while running, else the last result
        self.last_error = ""
        self._kind = "capacity"
        self._t0 = 0.0
        self._status = ("", 0.0)  # what the status label says: "", "running", "done", "cancelled", "error"
        self.texts = tx = Texts()

        self.kind = QtWidgets.QComboBox()
        for i, key in enumerate(KINDS):  # every declared experiment (core/experiment_kinds/), in its order
            self.kind.addItem("", key)
            tx(lambda t, i=i: self.kind.setItemText(i, t), lambda key=key: translate_message(EXPERIMENTS[key].title))
        tx(self.kind.setToolTip, lambda: self.tr("Which experiment to run"))
        # its longest name must not widen the window on a 1024-pixel projector
        self.kind.setSizeAdjustPolicy(QtWidgets.QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(24)
        # what the forms hold, owned here (sessions and the remembered settings keep it); the forms
        # show it and send the user's edits
        self.settings = ExperimentSettings()
        self.forms = QtWidgets.QStackedWidget()
        self.form_set = ExperimentForms(tx, self)
        for kind in KINDS:
            self.forms.addWidget(self.form_set.make(kind))
            self.form_set.show(kind, self.settings.of(kind))
        self.fields = self.form_set.fields  # kind → field name → its widget
        self.form_set.edited.connect(self._edited)
        self.kind.currentIndexChanged.connect(self.forms.setCurrentIndex)
        # the shown form alone sets the height (a short one leaves the plot the room)
        self.kind.currentIndexChanged.connect(lambda _: fit_current_page(self.forms))
        fit_current_page(self.forms)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.kind.currentIndexChanged.connect(lambda _: self.settings_button.setChecked(True))

        def button(text, tip):
            b = QtWidgets.QPushButton()
            tx(b.setText, text)
            tx(b.setToolTip, tip)
            return b

        self.run_button = button(lambda: self.tr("Run"),
                                 lambda: self.tr("Run the experiment in the background; the window stays responsive"))
        self.cancel_button = button(lambda: self.tr("Cancel"),
                                    lambda: self.tr("Stop the experiment; the runs already done stay on the plot"))
        self.cancel_button.setEnabled(False)
        self.progress_bar = QtWidgets.QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setMinimumWidth(40)  # its text shortens with it ("2.3 s"): never the reason the window widens
        # the bar also says how it ended ("done in 1.9 s"): a row less for the plot
        # the form folds away while an experiment runs and after (the plot takes the room); this
        # button brings it back
        self.settings_button = QtWidgets.QToolButton()
        self.settings_button.setCheckable(True)
        self.settings_button.setChecked(True)
        self.settings_button.setToolButtonStyle(QtCore.Qt.ToolButtonTextBesideIcon)
        tx(self.settings_button.setText, lambda: self.tr("Settings"))
        tx(self.settings_button.setToolTip, lambda: self.tr("Show or hide the experiment's settings"))
        self.settings_button.toggled.connect(self._show_form)
        self.export_button = QtWidgets.QToolButton()
        self.export_button.setPopupMode(QtWidgets.QToolButton.InstantPopup)
        tx(self.export_button.setText, lambda: self.tr("Export"))
        tx(self.export_button.setToolTip, lambda: self.tr("Save the plot as a figure for slides, or the results as a "
                                                          "CSV table"))
        export_menu = QtWidgets.QMenu(self)
        self.export_png_action = export_menu.addAction("")
        tx(self.export_png_action.setText, lambda: self.tr("Figure for slides (PNG)…"))
        self.export_csv_action = export_menu.addAction("")
        tx(self.export_csv_action.setText, lambda: self.tr("Results as CSV…"))
        self.export_button.setMenu(export_menu)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_png_action.triggered.connect(self._export_png_dialog)
        self.export_csv_action.triggered.connect(self._export_csv_dialog)
        self.plot = figures.new_plot()
        # empty until a first run: a margin inside, so that the top tick's number is not cut at the
        # edge (this fixes the range; _draw gives the autorange back before drawing a result)
        self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.05)
        plotmenu.install(self.plot)
        name_plot(self.plot.getPlotItem(), "experiments.plot")
        # drawn again after a resize: the axis labels and the legend's place depend on the size
        self._redraw_on_resize = Throttle(self._redraw_last, delay_ms=150, parent=self)
        self.plot.installEventFilter(self)

        # two short rows rather than one wide one: the tab fits beside the state on a 1024-pixel
        # screen; the form between them folds away once an experiment runs
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.settings_button)
        run = QtWidgets.QHBoxLayout()
        run.addWidget(self.run_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress_bar, 1)
        run.addWidget(self.export_button)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.forms)
        lay.addLayout(run)
        lay.addWidget(self.plot, 1)
        self._set_status("")

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    # --- the settings ----------------------------------------------------------------------------
    def _kind_chosen(self, i: int) -> None:
        self.settings = self.settings.with_shown(KINDS[i])

    def _edited(self, kind: str, key: str, value) -> None:
        try:
            self.settings = self.settings.with_value(kind, key, value)
        except ValueError as exc:  # a line longer than a form keeps: said, and the kept value shown again
            self._message(explain(exc))
            self.form_set.show(kind, self.settings.of(kind))

    def open(self, settings: ExperimentSettings) -> None:
        """Show ``settings`` (a session's, the remembered ones): every form, and the experiment shown."""
        self.settings = settings
        for kind in KINDS:
            self.form_set.show(kind, settings.of(kind))
        self.set_kind(settings.shown)

    # --- running ----------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy():
            return
        kind = self.settings.shown
        values = self.settings.of(kind)
        try:
            params = self.form_set.params(kind, values)
        except ValueError as exc:
            self._on_failed(explain(exc))
            return
        self._kind = kind
        self._seed = values[SEED]
        self.last_error = ""
        self.settings_button.setChecked(False)  # the plot takes the room (the button brings the form back)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self._set_status("running")
        self._t0 = time.perf_counter()
        self.jobs.submit("experiment", run_experiment, kind, params, on_done=self._on_done,
                         on_progress=self._on_progress)

    def cancel(self) -> None:
        self.jobs.cancel()

    def _on_done(self, res, error) -> None:
        if error is None:
            self._on_finished(res)
        elif isinstance(error, (ValueError, MemoryError)):
            self._on_failed(explain(error))
        else:  # a bug: said, not hidden
            self._on_failed(self.tr("internal error in the experiment:") + "\n"
                            + getattr(error, "traceback_text", repr(error)))

    def _on_progress(self, report) -> None:
        done, total, res = report
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)
        self._draw(res, self._kind)

    def _on_finished(self, res) -> None:
        self.last_result, self.last_kind, self.last_seed = res, self._kind, self._seed
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        secs = time.perf_counter() - self._t0
        self._set_status("cancelled" if res.cancelled else "done", secs)
        self._draw(res, self._kind)
        self.resultReady.emit(res)

    def _on_failed(self, msg: str) -> None:
        self.last_error = msg
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._set_status("error")
        self._message(msg)

    def _set_status(self, what: str, secs: float = 0.0) -> None:
        """What the progress bar says: the runs done while running, then how it ended — the longest
        version that fits the bar (a narrow bar says "2.3 s")."""
        self._status = (what, secs)
        seconds = number(secs, ".1f")
        versions = {"": [""], "running": [self.tr("%v / %m runs"), "%v / %m", "%p %"],
                    "error": [self.tr("error")],
                    "done": [self.tr("%v / %m runs — done in {seconds} s"), self.tr("done in {seconds} s"),
                             "{seconds} s"],
                    "cancelled": [self.tr("%v / %m runs — cancelled after {seconds} s"),
                                  self.tr("cancelled after {seconds} s"), self.tr("cancelled")]}[what]
        fm = self.progress_bar.fontMetrics()
        room = self.progress_bar.width() - 10
        value, top = self.progress_bar.value(), self.progress_bar.maximum()
        for v in versions:
            text = v.format(seconds=seconds)
            shown = text.replace("%v", str(value)).replace("%m", str(top)).replace("%p", "100")
            if fm.horizontalAdvance(shown) <= room:
                break
        self.progress_bar.setFormat(text)

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        self._set_status(*self._status)  # the version that fits the new width

    def _show_form(self, on: bool) -> None:
        self.forms.setVisible(on)

    def restyle(self) -> None:
        """Apply the current look (theme, presentation mode)."""
        self.plot.setBackground(style.bg())
        self._redraw()

    def retranslate(self) -> None:
        self._set_status(*self._status)
        self._redraw()

    def _message(self, msg: str) -> None:
        warn(self, msg, self.tr("Experiment"))

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt name)
        if obj is self.plot and ev.type() == QtCore.QEvent.Resize and self._shown is not None:
            self._redraw_on_resize.request()
        return False

    def _redraw_last(self) -> None:
        if not self.busy():  # a running experiment draws itself at its next report
            self._redraw()

    def _redraw(self) -> None:
        if self._shown is not None:
            self._draw(self._shown[1], self._shown[0])

    def _draw(self, res, kind: str) -> None:
        """Draw ``res``, a result of the experiment ``kind`` (not necessarily the one chosen now)."""
        from ..plotting.results import draw_result
        self._shown = (kind, res)
        self.plot.enableAutoRange()
        draw_result(self.plot, res, kind)

    # --- export -----------------------------------------------------------------------------
    def export_png(self, path: str, size: tuple[int, int] = (1600, 1000)) -> None:
        """The result as a slide figure: ``size`` pixels, the experiment as title, the legend, a
        caption with the parameters (OSError if it cannot be written)."""
        from ..plotting.slides import result_caption, result_figure, save_image
        if self.last_result is None:
            raise ValueError(self.tr("run an experiment first"))
        kind = self.last_kind
        img = result_figure(self.last_result, kind, size, self.kind.itemText(KINDS.index(kind)),
                            result_caption(self.last_result, kind, self.last_seed))
        save_image(img, path)

    def export_csv(self, path: str) -> None:
        """The last result as a table (the ``csv`` module's quoting; empty cells where not run)."""
        res = self.last_result
        if res is None:
            raise ValueError(self.tr("run an experiment first"))
        header, table = res.columns()  # every result says its own columns
        write_csv(path, header, table.tolist())

    def _export_png_dialog(self) -> None:
        from ..plotting.slides import SIZES
        p = ask_save_path(self, self.tr("Export plot"), ".png")
        if not p:
            return
        choices = [f"{w} × {h}" for w, h in SIZES]
        choice, ok = QtWidgets.QInputDialog.getItem(self, self.tr("Export plot"), self.tr("Size in pixels:"),
                                                    choices, 0, False)
        if ok:
            try:
                self.export_png(p, SIZES[choices.index(choice)])
            except (OSError, ValueError) as exc:
                self._message(explain(exc))

    def _export_csv_dialog(self) -> None:
        p = ask_save_path(self, self.tr("Export results"), ".csv")
        if p:
            try:
                self.export_csv(p)
            except (OSError, ValueError) as exc:
                self._message(explain(exc))

    def busy(self) -> bool:
        """An experiment is running (or its result is on its way to the window): the one answer,
        the jobs' (``background/jobs.py``)."""
        return self.jobs.busy()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel a running experiment and wait for it to stop (between two runs: milliseconds)."""
        self._redraw_on_resize.cancel()
        return self.jobs.shutdown(timeout_ms)
