"""The Plasticity lab driven as a teacher would: toolbar, combo boxes, the parameter table and its
slider, the protocol switch, comparison, the player, sessions, exports, bad input."""

import json

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Qt

from hopfield_gui.core import plasticity as pl
from hopfield_gui.state.evented import FieldEvents
from hopfield_gui.state.lab import LabParams


def click_action(qtbot, win, action):
    """Click the toolbar button of ``action``, as a person does."""
    for tb in win.findChildren(QtWidgets.QToolBar):
        button = tb.widgetForAction(action)
        if button is not None and button.isVisible():
            qtbot.mouseClick(button, Qt.LeftButton)
            return
    raise AssertionError(f"no visible toolbar button for {action.text()!r}")


def open_lab(qtbot, win):
    click_action(qtbot, win, win.menus.pages["plasticity"])
    ws = win.plasticity
    qtbot.waitUntil(lambda: bool(ws.lab.last_curves) and ws.player.played is not None and not ws.lab.busy(),
                    timeout=20000)
    return ws


def curves_of(ws, kind):
    return next(c for choice, c in ws.lab.last_curves if choice.kind == kind)


def edit_cell(qtbot, ws, name, text):
    """Double-click the value of parameter ``name`` in the table, type ``text``, press Enter."""
    table = ws.table.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == name)
    rect = table.visualRect(table.model().index(row, 1))
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    editor = QtWidgets.QApplication.focusWidget()
    assert isinstance(editor, QtWidgets.QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_the_lab_is_a_page_of_its_own(window, qtbot):
    ws = open_lab(qtbot, window)
    assert window.pages.currentWidget() is ws
    assert not any(d.isVisible() for d in window.docks.values())  # the explorer's docks step aside
    assert not window.menus.run.isEnabled() and window.menus.lab_toolbar.isVisible()
    assert not window.menus.presets_toolbar.isVisible()
    # the default rule, drawn against the Sjöström points: the triplet rule fits them (E ≈ 0.36)
    assert curves_of(ws, "triplet").error == pytest.approx(0.36, abs=0.02)
    assert "0.36" in ws.pinned.text()
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)  # back to the network
    assert window.pages.currentWidget() is window.splitter and window.docks["patterns"].isVisible()
    assert window.menus.run.isEnabled()


def test_a_parameter_typed_in_the_table_changes_the_fit(window, qtbot):
    """Without its triplet term (A3_plus = 0) the visual-cortex rule is a pure-LTD pair rule: the
    Sjöström fit is lost."""
    ws = open_lab(qtbot, window)
    edit_cell(qtbot, ws, "A3_plus", "0")
    qtbot.waitUntil(lambda: dict(ws.lab.params.choice.params).get("A3_plus") == 0.0 and not ws.lab.busy()
                    and ws.lab.last_curves[0][0] == ws.lab.params.choice, timeout=20000)
    c = curves_of(ws, "triplet")
    assert c.error > 5
    assert (c.pairing_dw <= 1e-15).all()  # no LTP at any frequency without A₂⁺ and A₃⁺
    assert "(visual-minimal*)" in ws.pinned.text()  # a changed set is starred
    qtbot.mouseClick(ws.table.reset, Qt.LeftButton)
    qtbot.waitUntil(lambda: not ws.lab.params.choice.params and not ws.lab.busy(), timeout=20000)
    assert curves_of(ws, "triplet").error == pytest.approx(0.36, abs=0.02)


def test_bad_input_in_the_table_is_said_and_changes_nothing(window, qtbot):
    ws = open_lab(qtbot, window)
    before = ws.lab.params
    edit_cell(qtbot, ws, "tau_plus", "-3")
    qtbot.waitUntil(lambda: "tau_plus" in ws.last_error, timeout=5000)
    assert ws.lab.params == before and "tau_plus" in ws.status.text()
    table = ws.table.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == "tau_plus")
    qtbot.waitUntil(lambda: table.item(row, 1).text() == "16.8", timeout=5000)  # the table shows the truth again
    edit_cell(qtbot, ws, "tau_x", "fast")
    qtbot.waitUntil(lambda: "not a number" in ws.last_error, timeout=5000)
    assert ws.lab.params == before


@pytest.mark.parametrize("rule, name, text", [("triplet", "A2_plus", "1e308"), ("triplet", "tau_plus", "1e-300"),
                                              ("calcium", "sigma", "1e300"), ("calcium", "tau", "1e-300"),
                                              ("triplet", "A2_minus", "nan"), ("triplet", "tau_x", "9" * 400)])
def test_extreme_values_in_the_table_are_refused_with_a_message(window, qtbot, rule, name, text):
    """Values that once gave "Cannot set range [-inf, inf]", a stale player and a traceback in the
    status line: each is refused in one sentence, the rule and the player as they were."""
    ws = open_lab(qtbot, window)
    if ws.lab.params.choice.kind != rule:
        ws.lab.set_rule(rule)
        qtbot.waitUntil(lambda: ws.lab.params.choice.kind == rule and not ws.lab.busy(), timeout=20000)
    before, played = ws.lab.params, ws.player.played
    edit_cell(qtbot, ws, name, text)
    qtbot.waitUntil(lambda: name in ws.last_error, timeout=5000)
    assert ws.lab.params == before and "Traceback" not in ws.status.text() and "\n" not in ws.last_error
    assert ws.player.played is played


def test_the_slider_moves_a_parameter_and_the_curves_follow(window, qtbot):
    ws = open_lab(qtbot, window)
    table = ws.table.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == "tau_y")
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(table.model().index(row, 0)).center())
    assert ws.table.current_name() == "tau_y"
    window_before = curves_of(ws, "triplet").pairing_dw.copy()
    for _ in range(3):
        qtbot.keyClick(ws.table.slider, Qt.Key_PageUp)  # a longer post trace: more LTP at high rates
    qtbot.waitUntil(lambda: dict(ws.lab.params.choice.params).get("tau_y", 114) > 114 and not ws.lab.busy()
                    and ws.lab.last_curves[0][0] == ws.lab.params.choice, timeout=20000)
    after = curves_of(ws, "triplet").pairing_dw
    assert after[1, -1] > window_before[1, -1]  # Δt = +10 ms at 50 Hz


def test_comparing_rules_shows_the_pair_rule_failing(window, qtbot):
    ws = open_lab(qtbot, window)
    qtbot.mouseClick(ws.pin_button, Qt.LeftButton)
    ws.rule.setFocus()
    qtbot.keyClick(ws.rule, Qt.Key_Home)  # the first rule in the list: pair STDP
    qtbot.waitUntil(lambda: len(ws.lab.last_curves) == 2 and not ws.lab.busy(), timeout=20000)
    assert ws.lab.params.choice.kind == "pair" and ws.lab.params.choice.set_name == "bi-poo"
    pair, triplet = curves_of(ws, "pair"), curves_of(ws, "triplet")
    assert pair.error > 5 > 0.5 > triplet.error
    text = ws.pinned.text()
    assert f"{pair.error:.2f}" in text and f"{triplet.error:.2f}" in text
    # for Δt = +10 ms the data rise with the frequency; the pair rule's LTP falls (at 50 Hz each post
    # spike also follows the next pre spike by 10 ms: LTD mixed in)
    data, _ = pl.published("sjostrom-2001")
    plus = data["dt_ms"] == 10.0
    assert data["dw_mean"][plus][-1] > data["dw_mean"][plus][0] and pair.pairing_dw[1, -1] < pair.pairing_dw[1, 0]
    qtbot.mouseClick(ws.clear_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(ws.lab.last_curves) == 1, timeout=5000)


def test_the_real_protocol_loses_the_high_frequency_ltp(window, qtbot):
    ws = open_lab(qtbot, window)
    continuous = curves_of(ws, "triplet")
    qtbot.mouseClick(ws.protocol_buttons["bursts"], Qt.LeftButton)
    qtbot.waitUntil(lambda: ws.lab.last_curves[0][1].protocol == "bursts" and not ws.lab.busy(), timeout=20000)
    bursts = curves_of(ws, "triplet")
    at_50 = list(continuous.pair_hz).index(50.0)
    assert bursts.pairing_dw[1, at_50] < 0.5 * continuous.pairing_dw[1, at_50]
    assert bursts.error > 5
    # the protocol left behind stays on the plot, faint: the difference at a glance
    qtbot.waitUntil(lambda: ws.lab.other_protocol is not None and ws.lab.other_protocol[1] == "continuous",
                    timeout=20000)
    assert np.allclose(ws.lab.other_protocol[2], continuous.pairing_dw)


def test_playing_a_protocol_reveals_the_traces_as_the_spikes_arrive(window, qtbot):
    ws = open_lab(qtbot, window)
    player = ws.player
    played = player.played
    assert set(played.traces) == {"r1", "r2", "o1", "o2"}  # the triplet rule's four traces
    qtbot.mouseClick(player.play_button, Qt.LeftButton)
    assert player.playing()
    qtbot.waitUntil(lambda: player.head > played.t[0] + 5, timeout=10000)
    qtbot.mouseClick(player.play_button, Qt.LeftButton)
    assert not player.playing()
    shown = len(player.curves["w"].getData()[0])
    player.advance(200.0)
    assert len(player.curves["w"].getData()[0]) > shown
    # at the end the running weight is the protocol's whole change (15 pairs at 20 Hz, Δt = +10 ms)
    player.advance(1e9)
    expected = pl.weight_change(pl.stdp_set("visual-minimal"), *pl.pairs(15, 20.0, 10.0))
    assert player.curves["w"].getData()[1][-1] == pytest.approx(expected, rel=1e-9)
    qtbot.mouseClick(player.restart_button, Qt.LeftButton)
    assert player.head == played.t[0]
    # Space plays and pauses the protocol on the lab's page (the network's Run is the explorer's)
    player.setFocus()
    qtbot.keyClick(player, Qt.Key_Space)
    assert player.playing() and not window.controller.running
    qtbot.keyClick(player, Qt.Key_Space)
    assert not player.playing()


def test_the_calcium_rule_plays_its_calcium_with_the_thresholds(window, qtbot):
    ws = open_lab(qtbot, window)
    ws.rule.setFocus()
    qtbot.keyClick(ws.rule, Qt.Key_Home)  # the rules from the least detailed: pair, triplet, calcium
    qtbot.keyClick(ws.rule, Qt.Key_Down)
    qtbot.keyClick(ws.rule, Qt.Key_Down)
    qtbot.waitUntil(lambda: ws.player.played is not None and "c" in ws.player.played.traces
                    and not ws.lab.busy(), timeout=20000)
    played = ws.player.played
    assert played.levels == {"θ_d": 1.0, "θ_p": 1.3} and played.w_name == "ρ"
    assert played.traces["c"].max() > 1.3  # pairs at 20 Hz take calcium above θ_p


def test_the_lab_state_lives_in_sessions(window, qtbot, tmp_path):
    ws = open_lab(qtbot, window)
    qtbot.mouseClick(ws.pin_button, Qt.LeftButton)
    qtbot.mouseClick(ws.protocol_buttons["bursts"], Qt.LeftButton)
    edit_cell(qtbot, ws, "tau_y", "90")
    qtbot.waitUntil(lambda: dict(ws.lab.params.choice.params).get("tau_y") == 90.0, timeout=5000)
    saved = ws.lab.params
    path = tmp_path / "lab.hopfield.json"
    assert window.files.save_session(str(path))
    doc = json.loads(path.read_text())
    assert doc["plasticity"]["rule"]["params"] == {"tau_y": 90.0} and doc["plasticity"]["protocol"] == "bursts"
    qtbot.mouseClick(ws.clear_button, Qt.LeftButton)
    qtbot.mouseClick(ws.protocol_buttons["continuous"], Qt.LeftButton)
    assert window.files.open_session(str(path))
    assert ws.lab.params == saved
    # a damaged plasticity part: a clear message, and the work is untouched
    doc["plasticity"]["rule"]["params"] = {"tau_y": -1}
    bad = tmp_path / "bad.hopfield.json"
    bad.write_text(json.dumps(doc))
    assert not window.files.open_session(str(bad))
    assert "tau_y" in window.last_error and ws.lab.params == saved


def test_exports_hold_every_curve_shown(window, qtbot, tmp_path):
    ws = open_lab(qtbot, window)
    ws.lab.pin()
    ws.lab.set_rule("pair")
    qtbot.waitUntil(lambda: len(ws.lab.last_curves) == 2 and not ws.lab.busy(), timeout=20000)
    csv = tmp_path / "lab.csv"
    ws.export_csv(str(csv))
    lines = csv.read_text().splitlines()
    assert lines[0] == "rule,set,changed,protocol,panel,x_name,x,dw"
    rows = [line.split(",") for line in lines[1:]]
    assert {r[0] for r in rows} == {"pair", "triplet"}
    timing = [r for r in rows if r[0] == "pair" and r[4] == "timing"]
    assert len(timing) == 201
    dt, dw = float(timing[110][6]), float(timing[110][7])
    assert dw == pytest.approx(pl.window(pl.stdp_set("bi-poo"), [dt])[0], rel=1e-5)
    png = tmp_path / "lab.png"
    ws.export_png(str(png), "both", (1600, 1000))
    from PySide6 import QtGui
    img = QtGui.QImage(str(png))
    # a slide figure at the size asked, not a picture of the screen with its combo boxes and buttons
    assert (img.width(), img.height()) == (1600, 1000)


def test_from_synapse_to_network_the_rate_rule_learns_the_hebb_matrix(window, qtbot):
    ws = open_lab(qtbot, window)
    qtbot.mouseClick(ws.bridge_button, Qt.LeftButton)
    dialog = ws.bridge
    assert dialog.isVisible() and dialog.result is not None
    r = dialog.result
    expected = window.controller.stored_patterns().astype(float)
    hebb = expected.T @ expected / expected.shape[1]
    np.fill_diagonal(hebb, 0)
    assert np.array_equal(r.hebb, hebb)
    assert r.correlation > 0.85  # 1 s per pattern: the spike noise blurs a little
    dialog.seconds.setValue(500.0)
    qtbot.mouseClick(dialog.learn_button, Qt.LeftButton)
    assert dialog.result.correlation > 0.99 and dialog.result.relative_error < 0.1
    assert "0.99" in dialog.verdict.text() or "1.000" in dialog.verdict.text()
    dialog.close()


def test_the_lab_speaks_french(window, qtbot):
    from hopfield_gui.gui import i18n
    ws = open_lab(qtbot, window)
    try:
        i18n.install_language("fr")
        qtbot.waitUntil(lambda: ws.panels["timing"].title.text().startswith("Temps précis"), timeout=5000)
        assert ws.rule.currentText() == "STDP par triplets"
        assert "Jouer" == ws.player.play_button.text()
        assert "paires à la suite" in ws.player.caption.text()
    finally:
        i18n.install_language("en")


def test_closing_the_window_while_the_lab_computes(qtbot):
    from hopfield_gui.gui.window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_lab()
    win.plasticity.lab.set_rule("calcium")
    win.close()  # mid-computation: no crash, no job left (the fixture checks)
    assert not win.plasticity.lab.busy()
    QtCore.QCoreApplication.processEvents()


def test_the_players_fields_hold_every_value_the_lab_settings_allow(qtbot):
    """Their ranges come from LabParams' declarations: once the player's Δt stopped at ±100 ms while a
    session could hold ±200, and a session's Δt was silently clipped when shown."""
    from hopfield_gui.gui.lab.player import TracePlayer
    player = TracePlayer()
    qtbot.addWidget(player)
    for name, box in (("play_dt", player.dt), ("play_freq", player.freq)):
        spec = LabParams.spec(name)
        assert (box.minimum(), box.maximum()) == (spec.low, spec.high), name
    events = FieldEvents(LabParams)
    player.bind(events, LabParams())
    extreme = LabParams(play_dt=-200.0, play_freq=0.1).validate()
    events.announce(LabParams(), extreme)
    assert (player.dt.value(), player.freq.value()) == (-200.0, 0.1)
    with pytest.raises(ValueError, match="Δt"):
        LabParams(play_dt=200.5).validate()
