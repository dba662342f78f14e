"""The explorer's panels bound field by field (README, "Design"): each widget shows the one
parameter announced for it, a shown value never comes back as an edit, and a user's change goes
out keyed by its field. No window, no controller: the panels and the events alone."""

import math

from PySide6 import QtCore

from hopfield_gui.gui.panels.controls import ControlsPanel
from hopfield_gui.gui.panels.state import StatePanel
from hopfield_gui.state.evented import FieldEvents
from hopfield_gui.state.params import PARAM, ExplorerParams


def _bound(qtbot, panel_class):
    panel = panel_class()
    qtbot.addWidget(panel)
    events, edits = FieldEvents(ExplorerParams), []
    panel.bind(events, ExplorerParams())
    panel.edited.connect(edits.append)
    return panel, events, edits


def test_an_announced_value_is_shown_in_its_widget_and_not_sent_back(qtbot):
    panel, events, edits = _bound(qtbot, ControlsPanel)
    old = ExplorerParams()
    new = old.with_changes(beta=3.0, rule="storkey", connectivity=0.5, seed=7)
    events.announce(old, new)
    assert panel.beta() == 3.0 and not panel.beta_inf.isChecked()
    assert panel.rule_combo.currentData() == "storkey"
    assert panel.connectivity_spin.value() == 50.0
    assert panel.seed_check.isChecked() and panel.seed_spin.value() == 7
    assert edits == []  # shown, not echoed


def test_the_users_change_goes_out_keyed_by_its_field(qtbot):
    panel, events, edits = _bound(qtbot, ControlsPanel)
    panel.beta_inf.click()  # β = ∞ by default: unticking it gives the spin box's β
    assert edits == [{PARAM.beta: panel.beta_spin.value()}] and math.isfinite(panel.beta())
    panel.rule_combo.setCurrentIndex(panel.rule_combo.findData("pinv"))
    assert edits[-1] == {PARAM.rule: "pinv"}
    panel.pruned_spin.setValue(25.0)
    assert edits[-1] == {PARAM.pruned: 0.25}


def test_the_cue_controls_show_and_send_their_own_fields(qtbot):
    panel, events, edits = _bound(qtbot, StatePanel)
    panel.set_pattern_names(["A", "B", "C"])
    edits.clear()
    old = ExplorerParams()
    events.announce(old, old.with_changes(noise=0.35, erase_shape="band", cue=2))
    assert (panel.noise.value(), panel.erase_shape.currentData()) == (35, "band")
    assert panel.cue_pattern.currentIndex() == 2 and edits == []
    qtbot.keyClick(panel.masked, QtCore.Qt.Key_Up)  # a person's arrow key on the erased fraction
    assert edits == [{PARAM.masked: 0.01}]
