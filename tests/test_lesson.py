"""Help ▸ Lesson guide: reachable from the menu, in both languages, and each moment's button sets
the window up for it."""

from PySide6.QtCore import Qt


def test_the_lesson_guide_sets_up_each_moment(window, qtbot):
    window.menus.lesson.trigger()
    guide = window.lesson
    assert guide.isVisible() and len(guide.buttons) == 7
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
