"""Help ▸ Lesson guide: reachable from the menu, in both languages, and each moment's button sets
the window up for it."""

from PySide6.QtCore import Qt


def test_the_lesson_guide_sets_up_each_moment(window, qtbot):
    window.menus.lesson.trigger()
    guide = window.lesson
    assert guide.isVisible() and len(guide.buttons) == 8
    qtbot.mouseClick(guide.buttons["lab:pair-fails"], Qt.LeftButton)  # the lecture's second half
    assert window.pages.currentWidget() is window.plasticity
    lab = window.plasticity.lab
    assert lab.params.choice.kind == "triplet" and [c.kind for c in lab.params.pinned] == ["pair"]
    qtbot.waitUntil(lambda: len(lab.last_curves) == 2, timeout=20000)
    qtbot.mouseClick(guide.buttons["overload"], Qt.LeftButton)
    qtbot.waitUntil(lambda: window.last_frame.k == 80, timeout=20000)
    assert window.status_alpha.text().startswith("⚠")
    qtbot.mouseClick(guide.buttons["superposition"], Qt.LeftButton)
    assert window.tabs.currentWidget() is window.weights and window.pages.currentWidget() is window.splitter
    guide.close()


def test_structural_plasticity_half_the_synapses_and_the_memory_survives(window, qtbot):
    """Moment 8: the letters on a network with half of its synapses; X removes a quarter more while
    it runs and the cued letter is still recalled; G gives them back."""
    window.show_lesson()
    qtbot.mouseClick(window.lesson.buttons["synapses"], Qt.LeftButton)
    ctl = window.controller
    assert ctl.params.connectivity == 0.5 and window.tabs.currentWidget() is window.weights
    qtbot.waitUntil(lambda: window.last_frame.cue_mu == 1 and window.last_frame.converged
                    and not window.last_frame.running, timeout=20000)
    assert window.last_frame.overlaps[-1, 1] == 1.0  # O recalled with half the synapses
    assert "of 79 800 synapses (50" in window.weights.note.text()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_X)  # a quarter more, at random
    assert ctl.params.connectivity == 0.375
    ctl.reset()
    ctl.run()
    qtbot.waitUntil(lambda: window.last_frame.converged and not window.last_frame.running
                    and window.last_frame.time >= 1, timeout=20000)
    assert window.last_frame.overlaps[-1, 1] == 1.0
    qtbot.keyClick(window, Qt.Key_G)
    assert ctl.params.connectivity == 0.5
    window.lesson.close()


def test_the_lesson_guide_speaks_french(window, qtbot):
    from PySide6 import QtWidgets

    from hopfield_gui.gui import i18n
    window.show_lesson()
    try:
        i18n.install_language("fr")
        qtbot.waitUntil(lambda: window.lesson.windowTitle() != "Lesson guide", timeout=5000)
        texts = [w.text() for w in window.lesson.findChildren(QtWidgets.QLabel)]
        assert any("Capacité" in t or "capacité" in t for t in texts)
        assert any("Espace" in t for t in texts)
    finally:
        i18n.install_language("en")
        window.lesson.close()
