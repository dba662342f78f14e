import math

from PySide6 import QtCore


def test_settings_survive_a_restart_and_reset(qtbot):
    from hopfield_gui.gui.window import MainWindow
    QtCore.QSettings().clear()
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    win.splitter.setSizes([300, 500, 700])
    sizes = win.splitter.sizes()
    win.controls.set_beta(3.3)
    win.controls.rule_combo.setCurrentIndex(2)
    win.controls.mode_combo.setCurrentIndex(1)
    win.controls.speed_slider.setValue(4)
    win.controls.seed_check.setChecked(True)
    win.controls.seed_spin.setValue(77)
    win.state_panel.noise.setValue(42)
    win.close()

    again = MainWindow(persistent=True)
    qtbot.addWidget(again)
    again.show()
    c = again.controls
    assert c.beta() == 3.3 and c.rule_combo.currentData() == "pinv" and c.mode_combo.currentData() == "sync"
    assert c.speed_slider.value() == 4 and c.seed() == 77 and again.state_panel.noise.value() == 42
    again.resize(1500, 950)
    assert again.splitter.sizes() == sizes  # the layout (geometry itself is clamped offscreen)
    qtbot.waitUntil(lambda: again.last_frame is not None and again.last_frame.beta == 3.3, timeout=20000)
    again.reset_settings()
    again._persistent = False  # closing must not write them back for this check
    again.close()
    fresh = MainWindow(persistent=True)
    qtbot.addWidget(fresh)
    assert math.isinf(fresh.controls.beta()) and fresh.controls.rule_combo.currentData() == "hebb"
    fresh._persistent = False
    fresh.close()


def test_presentation_mode_enlarges_text_and_lines(window, qtbot):
    ax = window.curves.overlap_plot.getPlotItem().getAxis("left")
    before_font = ax.style["tickFont"].pointSize() if ax.style.get("tickFont") else 0
    before_label = window.state_panel.verdict.font().pointSizeF()
    qtbot.keyClick(window, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_F5)
    assert window.act_presentation.isChecked()
    assert ax.style["tickFont"].pointSize() > before_font
    assert window.state_panel.verdict.font().pointSizeF() > before_label
    assert window.curves._line_px > 4
    window.set_presentation(False)
    assert window.state_panel.verdict.font().pointSizeF() == before_label
