"""The Plasticity lab's page: the rule and its parameters on the left; the slide's three panels and
the protocol player in a 2 × 2 grid on the right. Thin: it shows what the lab's controller
announces and sends it the user's edits."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ...core import plasticity as pl
from ...core.writing import write_csv
from ...state.lab import LAB, PROTOCOLS
from ..background.throttle import Throttle
from ..i18n import Texts, Translated
from ...core.plasticity_claims import fitted_to
from ..i18n.messages import explain, translate_message
from ..i18n.numbers import number
from ..plotting import lab_figures as lf
from ..widgets.savedialog import ask_save_path
from ..widgets.scrolling import scrolling
from ..widgets.showing import Showing
from .controller import LabController
from ..widgets.adaptive import AdaptiveGrid, Arrangement
from .panels import ProtocolPanel
from .params_table import ParamTable
from .player import TracePlayer


class PlasticityWorkspace(Translated, QtWidgets.QWidget):
    def __init__(self, patterns_of, parent=None):
        """``patterns_of()``: the explorer's stored patterns, for the synapse-to-network bridge."""
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # what is shown is not sent back as the user's change
        self.lab = LabController(self)
        self.patterns_of = patterns_of
        self.bridge = None
        self.last_error = ""
        self.compact = False  # presentation mode

        self.rule = QtWidgets.QComboBox()
        for i, kind in enumerate(pl.RULE_SETS):
            self.rule.addItem("", kind)
            tx(lambda t, i=i: self.rule.setItemText(i, t), lambda kind=kind: lf.kind_name(kind))
        tx(self.rule.setToolTip, lambda: self.tr("The plasticity rule, from the least to the most detailed"))
        self.set_combo = QtWidgets.QComboBox()
        tx(self.set_combo.setToolTip, lambda: self.tr("Published parameter set (Song & Abbott 2000, Bi & Poo 2001, "
                                                      "Pfister & Gerstner 2006, Graupner & Brunel 2012)"))
        self.protocols = QtWidgets.QButtonGroup(self)
        self.protocol_buttons = {}
        for i, (key, text, tip) in enumerate([
                ("continuous", lambda: self.tr("60 pairs in a row"),
                 lambda: self.tr("As Pfister & Gerstner fitted the Sjöström points")),
                ("bursts", lambda: self.tr("5 pairs × 15, every 10 s"),
                 lambda: self.tr("The protocol Sjöström et al. really used"))]):
            b = QtWidgets.QRadioButton()
            tx(b.setText, text)
            tx(b.setToolTip, tip)
            self.protocols.addButton(b, i)
            self.protocol_buttons[key] = b
        self.table = ParamTable()
        self.pin_button = QtWidgets.QPushButton()
        tx(self.pin_button.setText, lambda: self.tr("Compare: keep this rule"))
        tx(self.pin_button.setToolTip, lambda: self.tr("Keep the current rule's curves on the plots, then choose "
                                                       "another rule to compare"))
        self.clear_button = QtWidgets.QPushButton()
        tx(self.clear_button.setText, lambda: self.tr("Clear"))
        tx(self.clear_button.setToolTip, lambda: self.tr("Forget the rules kept for comparison"))
        self.pinned = QtWidgets.QLabel("")
        self.pinned.setWordWrap(True)
        self.pinned.setTextFormat(QtCore.Qt.RichText)
        self.bridge_button = QtWidgets.QPushButton()
        tx(self.bridge_button.setText, lambda: self.tr("Learn the stored patterns…"))
        tx(self.bridge_button.setToolTip, lambda: self.tr("From synapse to network: present the explorer's stored "
                                                          "patterns to a rate rule and compare with the Hebb matrix"))
        self.png_button = QtWidgets.QPushButton()
        tx(self.png_button.setText, lambda: self.tr("Export PNG…"))
        tx(self.png_button.setToolTip, lambda: self.tr("Save one of the slide's panels as a figure for slides: title, "
                                                       "legend, data sources"))
        self.csv_button = QtWidgets.QPushButton()
        tx(self.csv_button.setText, lambda: self.tr("Export CSV…"))
        tx(self.csv_button.setToolTip, lambda: self.tr("Save every curve shown as a CSV table"))
        self.status = QtWidgets.QLabel("")
        self.status.setWordWrap(True)

        side = QtWidgets.QWidget()
        form = QtWidgets.QVBoxLayout(side)
        form.setContentsMargins(4, 4, 4, 4)
        grid = QtWidgets.QGridLayout()
        grid.addWidget(tx.label(lambda: self.tr("rule")), 0, 0)
        grid.addWidget(self.rule, 0, 1)
        grid.addWidget(tx.label(lambda: self.tr("set")), 1, 0)
        grid.addWidget(self.set_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        form.addLayout(grid)
        box = QtWidgets.QGroupBox()
        tx(box.setTitle, lambda: self.tr("Sjöström protocol"))
        bl = QtWidgets.QVBoxLayout(box)
        for b in self.protocol_buttons.values():
            bl.addWidget(b)
        form.addWidget(box)
        form.addWidget(self.table, 1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.pin_button, 1)
        row.addWidget(self.clear_button)
        form.addLayout(row)
        form.addWidget(self.pinned)
        form.addWidget(self.status)
        form.addWidget(self.bridge_button)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        form.addLayout(row)
        self.side = scrolling(side)
        self.side.setMinimumWidth(250)
        self.side.setMaximumWidth(340)

        self.panels = {key: ProtocolPanel(key) for key in ("frequency", "timing", "both")}
        self.player = TracePlayer()
        # the slide's three panels in a row and the player across under them when the screen has
        # room; else the three in a row and the player in a tab beside them; else one tab each:
        # every plot keeps a readable size
        titles = [lambda: self.tr("Frequency"), lambda: self.tr("Δt pre–post"), lambda: self.tr("Both"),
                  lambda: self.tr("Player")]
        self.area = AdaptiveGrid([self.panels["frequency"], self.panels["timing"], self.panels["both"], self.player],
                                 titles, [Arrangement(((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1), (1, 0, 1, 3)),
                                                      (1, 1)),
                                          Arrangement(((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1), None),
                                                      grid_title=lambda: self.tr("The slide's three experiments"))],
                                 lambda w: w.need())
        self._rearrange = Throttle(self.area.rearrange, delay_ms=50, parent=self)  # a panel's legend grew or shrank
        for panel in self.panels.values():
            panel.needChanged.connect(self._rearrange.request)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.side)
        lay.addWidget(self.area, 1)

        ctl = self.lab
        self.rule.currentIndexChanged.connect(self.showing.user(lambda _: ctl.set_rule(self.rule.currentData())))
        self.set_combo.currentIndexChanged.connect(self.showing.user(
            lambda _: self.set_combo.currentData() and ctl.set_parameter_set(self.set_combo.currentData())))
        self.protocols.idClicked.connect(lambda i: ctl.edit({LAB.protocol: PROTOCOLS[i]}))
        self.table.changed.connect(ctl.set_param)
        self.table.resetRequested.connect(ctl.reset_params)
        self.pin_button.clicked.connect(ctl.pin)
        self.clear_button.clicked.connect(ctl.clear_pins)
        self.player.edited.connect(ctl.edit)
        self.bridge_button.clicked.connect(self.show_bridge)
        self.png_button.clicked.connect(self._export_png_dialog)
        self.csv_button.clicked.connect(self._export_csv_dialog)
        ctl.curvesReady.connect(self.show_curves)
        ctl.playedReady.connect(self.player.set_played)
        ctl.error.connect(self.show_error)
        self.play_key = QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key_Space), self, self.player.toggle,
                                        context=QtCore.Qt.WidgetWithChildrenShortcut)
        # each setting shown where it belongs, when the controller announces it
        shows = {LAB.choice: self.show_choice, LAB.protocol: self.show_protocol, LAB.pinned: self.show_pinned}
        for field, show in shows.items():
            show(getattr(ctl.params, field.name))
            ctl.events[field].connect(show)
        self.player.bind(ctl.events, ctl.params)

    # --- what the controller announces -------------------------------------------------------------
    def show_choice(self, choice) -> None:
        """The rule, its parameter set and its parameters (a RuleChoice)."""
        kind = choice.kind
        with self.showing:
            self.rule.setCurrentIndex(self.rule.findData(kind))
            if [self.set_combo.itemData(i) for i in range(self.set_combo.count())] != list(pl.RULE_SETS[kind]):
                self.set_combo.clear()
                for i, name in enumerate(pl.RULE_SETS[kind]):
                    self.set_combo.addItem(name, name)
                    # what the set was fitted to: a hippocampal set scored on visual-cortex points is a comparison
                    self.set_combo.setItemData(i, self.tr("fitted to: {data}").format(
                        data=translate_message(fitted_to(kind, name))), QtCore.Qt.ToolTipRole)
            self.set_combo.setCurrentIndex(self.set_combo.findData(choice.set_name))
        self.table.show_choice(choice)
        self.retranslate()

    def show_protocol(self, protocol: str) -> None:
        self.protocol_buttons[protocol].setChecked(True)
        self.retranslate()

    def show_pinned(self, pinned: tuple) -> None:
        self.clear_button.setEnabled(bool(pinned))
        self.retranslate()

    def show_curves(self, results) -> None:
        p = self.lab.params
        for key, panel in self.panels.items():
            panel.show_results(results, p, self.lab.other_protocol if key == "both" else None)
        self.retranslate()

    def retranslate(self) -> None:
        """The compared rules with E for each (text made from data)."""
        results = {c: r for c, r in self.lab.last_curves}
        p = self.lab.params
        lines = []
        for i, c in enumerate((p.choice, *[x for x in p.pinned if x != p.choice])):
            r = results.get(c)
            e = f" — E = {number(r.error, '.2f')}" if r is not None and r.error is not None else ""
            lines.append(f"<span style='color:{lf.rule_colour(i)}'>■</span> {lf.rule_label(c)}{e}")
        head = self.tr("E: the error on Sjöström's ten points ({protocol}); below 1 the rule fits").format(
            protocol=self.protocol_buttons[p.protocol].text())
        self.pinned.setText(head + "<br>" + "<br>".join(lines))
        for panel in self.panels.values():
            panel.set_compact(self.compact)
        self.area.retranslate()

    def show_error(self, message: str) -> None:
        self.last_error = message
        self.status.setText(message)
        QtCore.QTimer.singleShot(8000, self, lambda: self.status.setText("") if self.status.text() == message
                                 else None)

    # --- actions ---------------------------------------------------------------------------------------
    def show_bridge(self) -> None:
        if self.bridge is None:
            from .bridge import BridgeDialog
            self.bridge = BridgeDialog(self.patterns_of, self)
        self.bridge.show()
        self.bridge.raise_()
        self.bridge.learn()

    def export_png(self, path: str, panel: str = "both", size: tuple[int, int] = (1600, 1000)) -> None:
        """One of the slide's panels as a figure for slides: its title, the curves of every rule shown
        with the published points and a legend, the protocol and the sources in a caption (not a
        picture of the screen with its buttons). OSError if it cannot be written."""
        from ..plotting.slides import lab_figure, save_image
        if not self.lab.last_curves:
            raise ValueError(self.tr("the curves are still being computed"))
        p = self.lab.params
        view = self.panels[panel]
        caption = view.figure_caption() + " — Hopfield Explorer"
        img = lab_figure(panel, self.lab.last_curves, p.protocol, self.lab.other_protocol if panel == "both" else None,
                         size, view.title.text(), caption)
        save_image(img, path)

    def export_csv(self, path: str) -> None:
        """Every curve shown: rule, set, changed parameters, panel, x, dw (one row per point)."""
        if not self.lab.last_curves:
            raise ValueError(self.tr("the curves are still being computed"))
        rows = []
        for choice, curves in self.lab.last_curves:
            changed = ";".join(f"{k}={v}" for k, v in choice.params)
            rows += [[choice.kind, choice.set_name, changed, curves.protocol, panel, xname, x, dw]
                     for panel, xname, x, dw in curves.rows()]
        write_csv(path, ["rule", "set", "changed", "protocol", "panel", "x_name", "x", "dw"], rows)

    def _export_png_dialog(self) -> None:
        from ..plotting.slides import SIZES
        panels = list(self.panels)
        names = [self.panels[k].title.text() for k in panels]
        choice, ok = QtWidgets.QInputDialog.getItem(self, self.tr("Export a panel for slides"), self.tr("Panel:"),
                                                    names, panels.index("both"), False)
        if not ok:
            return
        sizes = [f"{w} × {h}" for w, h in SIZES]
        size, ok = QtWidgets.QInputDialog.getItem(self, self.tr("Export a panel for slides"),
                                                  self.tr("Size in pixels:"), sizes, 0, False)
        if not ok:
            return
        p = ask_save_path(self, self.tr("Export a panel for slides"), ".png")
        if p:
            try:
                self.export_png(p, panels[names.index(choice)], SIZES[sizes.index(size)])
            except (OSError, ValueError) as exc:
                self.show_error(explain(exc))

    def _export_csv_dialog(self) -> None:
        p = ask_save_path(self, self.tr("Export the lab's curves"), ".csv")
        if p:
            try:
                self.export_csv(p)
            except (OSError, ValueError) as exc:
                self.show_error(explain(exc))

    def show_panel(self, panel: str) -> None:
        """Bring one of the slide's panels forward (its tab, when the screen is too small for all)."""
        self.area.show_item(self.panels.get(panel, self.player))

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the side column steps aside (as the explorer's docks do); each plot's
        legend names the rules (with E on the Sjöström panel)."""
        self.compact = on
        self.side.setVisible(not on)
        self.player.set_compact(on)
        self.retranslate()

    def restyle(self) -> None:
        self.table.table.resizeColumnToContents(0)  # the names in the current type size
        for panel in self.panels.values():
            panel.restyle()
        self.player.restyle()
        self.area.rearrange()

    def shutdown(self) -> None:
        self._rearrange.close()
        for panel in self.panels.values():
            panel.shutdown()
        self.player.shutdown()
        self.lab.shutdown()
