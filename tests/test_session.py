import json

import numpy as np
import pytest

from hopfield_gui.state.session import SessionError, load_session


def test_session_saves_and_reopens_identically(window, qtbot, tmp_path):
    # make the work specific: a preset, then run it to its end
    window.menus.presets["mixture"].trigger()
    qtbot.waitUntil(lambda: window.last_frame.rows == 40 and window.last_frame.converged
                    and not window.last_frame.running, timeout=20000)
    window.controls.set_beta(7.5)
    window.state_panel.noise.setValue(35)
    f0 = window.last_frame
    path = tmp_path / "lesson.hopfield.json"
    assert window.files.save_session(str(path))
    before = window.controller.session()
    # change everything
    window.menus.presets["cycle"].trigger()
    qtbot.waitUntil(lambda: window.last_frame.rows == 20, timeout=20000)
    assert window.library.rows == 20
    # and open the session again
    assert window.files.open_session(str(path))
    # the frame of the restored state (its clock restarts at the saved time; a frame of the new
    # network made before the worker took the saved state would start at 0)
    assert f0.time >= 1
    qtbot.waitUntil(lambda: window.last_frame.rows == 40 and not window.last_frame.running
                    and window.last_frame.k == 3 and window.last_frame.beta == 7.5
                    and window.last_frame.time == int(f0.time), timeout=20000)
    after = window.controller.session()
    assert after.names == before.names and after.stored == before.stored
    assert np.array_equal(after.patterns, before.patterns)
    assert np.array_equal(after.state, f0.state)
    p = after.params
    assert (p.beta, p.rule, p.mode, p.seed, p.noise) == (7.5, "hebb", "async", before.params.seed, 0.35)
    assert window.last_frame.time == int(f0.time)
    # saving again gives the same file
    path2 = tmp_path / "again.hopfield.json"
    window.files.save_session(str(path2))
    assert json.loads(path2.read_text()) == json.loads(path.read_text())
    assert window.menus.recent_menu.actions()[0].text() == "again.hopfield.json"


@pytest.mark.parametrize("content,match", [
    ("{", "not valid JSON"),
    ('{"format": "hopfield-session", "rows": 3, "cols": 3}', "between 5"),
    ('{"format": "hopfield-session", "rows": 5, "cols": 5, "patterns": [], "state": ["....."]}', "5 strings"),
    ('{"format": "hopfield-patterns"}', "not a Hopfield Explorer session"),
])
def test_bad_session_files(tmp_path, content, match):
    p = tmp_path / "s.json"
    p.write_text(content)
    with pytest.raises(SessionError, match=match):
        load_session(p)


def test_bad_session_in_window_keeps_work(window, qtbot, tmp_path):
    p = tmp_path / "bad.json"
    p.write_text(
        '{"format": "hopfield-session", "rows": 5, "cols": 5, "patterns": [], '
        '"state": [".....", ".....", ".....", ".....", "....."], "parameters": {"beta": -3}}'
    )
    names = [e.name for e in window.library.entries]
    assert not window.files.open_session(str(p))
    assert "beta" in window.last_error
    assert [e.name for e in window.library.entries] == names and window.library.rows == 20
