import math

import pytest

from hopfield_gui.gui.view import PRESENTATION_SCALE
from PySide6 import QtCore, QtGui, QtWidgets
from tests.conftest import laid_out


def test_settings_survive_a_restart_and_reset(qtbot):
    from hopfield_gui.gui.window import MainWindow
    QtCore.QSettings().clear()
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    win.menus.panels["patterns"].trigger()  # View ▸ Patterns: hidden
    laid_out()
    win.splitter.setSizes([500, 700])
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
    # the layout: the state/curves proportion (the widths themselves follow the restored docks)
    restored = again.splitter.sizes()
    assert restored[0] / sum(restored) == pytest.approx(sizes[0] / sum(sizes), abs=0.01)
    assert sizes[0] / sum(sizes) != pytest.approx(0.44, abs=0.01)  # not the default proportion
    assert again.docks["patterns"].isHidden() and not again.docks["parameters"].isHidden()
    qtbot.waitUntil(lambda: again.last_frame is not None and again.last_frame.beta == 3.3, timeout=20000)
    again.settings.reset()
    again.settings.persistent = False  # closing must not write them back for this check
    again.close()
    fresh = MainWindow(persistent=True)
    qtbot.addWidget(fresh)
    assert math.isinf(fresh.controls.beta()) and fresh.controls.rule_combo.currentData() == "hebb"
    fresh.settings.persistent = False
    fresh.close()


def test_presentation_mode_enlarges_text_and_lines(window, qtbot):
    ax = window.curves.overlap_plot.getPlotItem().getAxis("left")
    before_font = ax.style["tickFont"].pointSize() if ax.style.get("tickFont") else 0
    before_label = window.state_panel.verdict.font().pointSizeF()
    qtbot.keyClick(window, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_F5)
    assert window.menus.presentation.isChecked()
    assert ax.style["tickFont"].pointSize() > before_font
    assert window.state_panel.verdict.font().pointSizeF() > before_label
    assert window.curves.line_px > 4
    window.view.set_presentation(False)
    assert window.state_panel.verdict.font().pointSizeF() == before_label


def test_presentation_mode_enlarges_every_panel_and_plot_title(window, qtbot):
    """Widgets with their own font (parameters, tabs, presets bar) grow too, and so do plot titles."""
    controls = window.controls.font().pointSizeF()
    tabs = window.tabs.tabBar().font().pointSizeF()
    title = window.curves.overlap_plot.getPlotItem().titleLabel.opts["size"]
    window.menus.presentation.trigger()
    try:
        assert window.controls.font().pointSizeF() == pytest.approx(controls * PRESENTATION_SCALE)
        assert window.tabs.tabBar().font().pointSizeF() > tabs
        assert float(window.curves.overlap_plot.getPlotItem().titleLabel.opts["size"][:-2]) > float(title[:-2])
        # the verdict line makes room for its larger text
        assert window.state_panel.verdict.sizeHint().height() > 0
    finally:
        window.menus.presentation.trigger()
    assert window.controls.font().pointSizeF() == pytest.approx(controls)
    assert window.curves.overlap_plot.getPlotItem().titleLabel.opts["size"] == title


def _luminance(colour) -> float:
    c = QtGui.QColor(colour)
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def _contrast(a, b) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def lum(colour):
        c = QtGui.QColor(colour)
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_theme_darkens_widgets_and_plots_and_keeps_contrast(window, qtbot):
    from hopfield_gui.gui.plotting import style
    pw = window.curves.overlap_plot
    assert _luminance(pw.backgroundBrush().color()) > 0.9  # light by default here (no dark system)
    window.menus.themes["dark"].trigger()
    try:
        assert window.menus.themes["dark"].isChecked()
        pal = QtWidgets.QApplication.instance().palette()
        assert _luminance(pal.color(QtGui.QPalette.Window)) < 0.25
        assert _luminance(pal.color(QtGui.QPalette.WindowText)) > 0.8
        assert _luminance(pw.backgroundBrush().color()) < 0.2
        axis = pw.getPlotItem().getAxis("left")
        assert _luminance(axis.pen().color()) > 0.8 and _luminance(axis.textPen().color()) > 0.8
        assert _luminance(style.pattern_colour(7)) > 0.8  # the eighth pattern's black curve turns light
        for i in range(len(style.PALETTE)):  # every pattern colour readable on the dark background:
            # WCAG contrast ≥ 4 (the values are large bold text; 3 is the minimum for large text)
            assert _contrast(style.pattern_colour(i), style.bg()) >= 4.0, style.pattern_colour(i)
        assert _contrast(style.PALETTE[0], style.bg()) < 4.0  # the substitution is needed
        for plot in (window.weights.sum_plot, window.experiments.plot):
            assert _luminance(plot.backgroundBrush().color()) < 0.2
    finally:
        window.menus.themes["light"].trigger()
    assert _luminance(pw.backgroundBrush().color()) > 0.9
    assert not style.dark()


def test_theme_is_remembered(qtbot):
    from hopfield_gui.gui.plotting import style
    from hopfield_gui.gui.window import MainWindow
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.view.set_theme("dark")
    win.close()
    again = MainWindow(persistent=True)
    qtbot.addWidget(again)
    try:
        assert again.menus.themes["dark"].isChecked() and style.dark()
    finally:
        again.view.set_theme("light")
        again.settings.reset()
        again.close()
    assert not style.dark()


def test_following_the_system_changes_theme_when_the_system_does(window, qtbot, monkeypatch):
    from hopfield_gui.gui.plotting import style
    from hopfield_gui.gui import theme
    assert window.menus.themes["system"].isChecked() and not style.dark()
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    window.view.system_scheme_changed()  # what Qt's colorSchemeChanged signal calls
    try:
        assert style.dark()
        assert _luminance(window.curves.energy_plot.backgroundBrush().color()) < 0.2
        window.menus.themes["light"].trigger()  # a choice of the user's is not overridden
        window.view.system_scheme_changed()
        assert not style.dark()
    finally:
        monkeypatch.undo()
        window.view.set_theme("system")
    assert not style.dark()


def test_presentation_mode_strengthens_greys(window, qtbot):
    """High contrast on a projector: secondary text and the reference lines get darker."""
    from hopfield_gui.gui.plotting import style
    light = _luminance(style.muted())
    one = window.curves.one_line.pen.color()
    window.view.set_presentation(True)
    try:
        assert _luminance(style.muted()) < light
        assert _luminance(window.curves.one_line.pen.color()) < _luminance(one)
    finally:
        window.view.set_presentation(False)
    assert _luminance(style.muted()) == light


def test_leaving_the_app_in_presentation_mode_keeps_the_side_panels(qtbot):
    """F5 puts the docks aside; closing the app while presenting must not remember them hidden."""
    from hopfield_gui.gui.window import MainWindow
    QtCore.QSettings().clear()
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.show()
    win.view.set_presentation(True)
    assert all(d.isHidden() for d in win.docks.values())
    win.close()
    again = MainWindow(persistent=True)
    qtbot.addWidget(again)
    again.show()
    try:
        assert again.menus.presentation.isChecked()  # F5 is remembered
        again.view.set_presentation(False)  # leaving F5: the panels come back
        assert not again.docks["patterns"].isHidden() and not again.docks["parameters"].isHidden()
    finally:
        again.settings.reset()
        again.settings.persistent = False
        again.close()


def test_leaving_the_app_on_the_lab_page_starts_it_on_the_network_with_its_toolbars(qtbot):
    """The lab's page hides the explorer's docks and presets toolbar; closing the app there must not
    remember them hidden (nor the lab's toolbar shown)."""
    from hopfield_gui.gui.window import MainWindow
    QtCore.QSettings().clear()
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.show()
    win.view.set_page("plasticity")
    assert win.menus.lab_toolbar.isVisible() and not win.menus.presets_toolbar.isVisible()
    win.close()
    again = MainWindow(persistent=True)
    qtbot.addWidget(again)
    again.show()
    try:
        assert again.pages.currentWidget() is again.splitter
        assert again.menus.presets_toolbar.isVisible() and not again.menus.lab_toolbar.isVisible()
        assert not again.docks["patterns"].isHidden() and again.menus.run.isEnabled()
    finally:
        again.settings.reset()
        again.settings.persistent = False
        again.close()


def test_the_labs_settings_survive_a_restart(qtbot):
    """The rule, its set, a changed parameter, the compared rule and the protocol chosen in the lab
    are there again at the next start; a damaged value is reset and said."""
    from hopfield_gui.gui.window import MainWindow
    from hopfield_gui.state.lab import RuleChoice
    QtCore.QSettings().clear()
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.show()
    lab = win.plasticity
    lab.rule.setCurrentIndex(lab.rule.findData("calcium"))
    lab.set_combo.setCurrentIndex(lab.set_combo.findData("cortical"))
    lab.protocol_buttons["bursts"].click()
    qtbot.waitUntil(lambda: lab.lab.params.choice == RuleChoice("calcium", "cortical")
                    and lab.lab.params.protocol == "bursts", timeout=5000)
    lab.pin_button.click()
    qtbot.waitUntil(lambda: lab.lab.params.pinned == (RuleChoice("calcium", "cortical"),), timeout=5000)
    lab.lab.set_param("theta_p", 1.5)
    chosen = lab.lab.params
    assert chosen.choice.params == (("theta_p", 1.5),)
    win.close()

    again = MainWindow(persistent=True)
    qtbot.addWidget(again)
    again.show()
    assert again.plasticity.lab.params == chosen
    assert again.plasticity.rule.currentData() == "calcium"
    again.close()
    st = QtCore.QSettings()
    st.setValue("lab", '{"rule": {"rule": "no such rule"}}')
    st.sync()
    third = MainWindow(persistent=True)
    qtbot.addWidget(third)
    third.show()
    assert third.settings.damaged == ["lab"] and "lab" in third.last_error
    assert third.plasticity.lab.params == type(chosen)()
    third.settings.persistent = False
    third.close()
    QtCore.QSettings().clear()
