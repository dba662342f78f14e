"""A damaged settings file (another version's, edited by hand, corrupted) never stops the app: each
value that cannot be read is reset to its default and the window says which."""

import pytest
from PySide6 import QtCore


@pytest.fixture
def settings():
    st = QtCore.QSettings()  # in the tests' own folder (conftest)
    st.clear()
    yield st
    st.clear()
    st.sync()


def start(qtbot):
    from hopfield_gui.gui.window import MainWindow
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    return win


@pytest.mark.parametrize("params", [
    '{"beta": ' + "9" * 400 + "}",  # a 400-digit number
    "[" * 5000 + "]" * 5000,  # nested 5 000 deep
    '{"beta": NaN}',
    '{"beta": "hot"}',
    "\x00\xff not json",
    '{"seed": 1e999}',
])
def test_damaged_parameters_are_reset_and_reported(settings, qtbot, params):
    settings.setValue("params", params)
    settings.sync()
    win = start(qtbot)
    assert win.settings.damaged == ["params"]
    assert "params" in win.last_error and "reset" in win.last_error
    assert win.controller.params.beta == pytest.approx(win.controller.params.__class__().beta)
    assert not settings.contains("params")  # removed: the next start is clean


def test_damaged_values_of_every_type_are_reset(settings, qtbot):
    settings.setValue("window/geometry", "not a geometry")
    settings.setValue("view/theme", ["a", "list"])
    settings.setValue("view/presentation", "maybe")
    settings.setValue("recent_sessions", 12)
    settings.sync()
    win = start(qtbot)
    assert set(win.settings.damaged) >= {"window/geometry", "view/theme"}
    assert all(isinstance(p, str) for p in win.settings.recent_sessions())
    assert win.view.page  # the window is up and usable
    win.menus.presets["word"].trigger()
    qtbot.waitUntil(lambda: win.last_frame.k >= 2, timeout=10000)


def test_good_settings_come_back(settings, qtbot):
    win = start(qtbot)
    win.controller.update(beta=3.5)
    win.close()
    win2 = start(qtbot)
    assert win2.controller.params.beta == 3.5 and win2.settings.damaged == []


def test_an_uncaught_exception_is_shown_and_logged(qtbot, tmp_path, monkeypatch):
    from hopfield_gui.gui import autosave, crash
    monkeypatch.setattr(autosave, "autosave_dir", lambda: tmp_path)
    monkeypatch.setattr(crash.sys, "__stderr__", None)
    try:
        raise ZeroDivisionError("in a slot")
    except ZeroDivisionError:
        import sys
        crash.hook(*sys.exc_info())
    box = crash.hook.box
    assert box is not None and "ZeroDivisionError: in a slot" in box.text() and "errors.log" in box.text()
    assert "Traceback" in box.detailedText()
    assert "ZeroDivisionError" in (tmp_path / "errors.log").read_text()
    box.close()
    qtbot.waitUntil(lambda: crash.hook.box is None, timeout=3000)
