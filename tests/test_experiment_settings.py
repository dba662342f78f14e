"""The Experiments tab's settings as data (state/experiment_settings.py) and in the window: what a
teacher typed in a form is kept in the session and remembered, a damaged value is refused with a
message, and a half-typed list is kept as typed (it is read when the experiment runs)."""

import json

import pytest
from PySide6.QtCore import Qt

from hopfield_gui.core.experiment_kinds import KINDS
from hopfield_gui.state.experiment_settings import SEED, ExperimentSettings
from hopfield_gui.state.session import SessionError, load_session


def test_the_defaults_are_the_declared_ones_and_come_back_from_json():
    s = ExperimentSettings()
    assert s.shown == "capacity" and set(s.values) == set(KINDS)
    assert s.of("capacity")["n"] == KINDS["capacity"].fields["n"].default
    assert (s.of("temperature")["b0"], s.of("temperature")["b1"]) == (0.5, 8.0)
    assert s.of("basins")[SEED] == 1
    changed = s.with_shown("phase").with_value("phase", "betas", "2, 4, inf").with_value("capacity", "n", 300)
    again = ExperimentSettings.from_dict(json.loads(json.dumps(changed.to_dict())))
    assert again == changed and again.of("capacity")["n"] == 300 and again.shown == "phase"


@pytest.mark.parametrize("kind, key, value, says", [
    ("capacity", "n", 5, "between 10 and"),
    ("capacity", "n", 100.5, "whole number"),
    ("capacity", "noise", 1.5, "between 0.0 and 1.0, not 1.5"),
    ("capacity", "rule", "hopfield", "choose one of hebb, storkey, pinv"),
    ("capacity", "a0", "0.1", "between"),
    ("capacity", SEED, -1, "between 0 and"),
    ("basins", "alphas", "1," * 600, "at most 1000 characters"),
    ("dilution", "mode", None, "choose one of random, prune, clip"),
])
def test_a_value_that_does_not_fit_its_box_is_refused_with_a_message(kind, key, value, says):
    with pytest.raises(ValueError, match=says):
        ExperimentSettings().with_value(kind, key, value)
    with pytest.raises(ValueError, match=f"session.json: .*{says}"):
        ExperimentSettings.from_dict({"settings": {kind: {key: value}}}, "session.json")


def test_another_versions_experiments_and_keys_are_ignored_and_missing_ones_take_defaults():
    s = ExperimentSettings.from_dict({"shown": "basins", "settings": {"spin-glass": {"n": 3},
                                                                      "basins": {"colour": "red", "n": 200}}})
    assert s.shown == "basins" and s.of("basins")["n"] == 200
    assert s.of("capacity") == ExperimentSettings().of("capacity")
    for bad in ([], {"settings": []}, {"shown": "spin-glass"}):
        with pytest.raises(ValueError):
            ExperimentSettings.from_dict(bad, "x.json")


def test_a_half_typed_list_is_kept_and_refused_only_when_the_experiment_runs():
    s = ExperimentSettings().with_value("basins", "alphas", "0.05, 0.")
    assert s.of("basins")["alphas"] == "0.05, 0."
    with pytest.raises(ValueError, match="positive"):  # α = 0 is no load: said when Run is pressed
        KINDS["basins"].arguments_from_form(s.of("basins"))
    done = s.with_value("basins", "alphas", "0.05, 0.12")
    assert KINDS["basins"].arguments_from_form(done.of("basins"))["alphas"] == [0.05, 0.12]


def test_what_is_typed_in_a_form_is_saved_in_the_session_and_opened_again(window, qtbot, tmp_path):
    ex = window.experiments
    window.tabs.setCurrentWidget(ex)
    ex.set_kind("temperature")
    k = ex.fields["temperature"]["k"]
    k.lineEdit().selectAll()
    qtbot.keyClicks(k.lineEdit(), "7")  # a person typing in the box
    qtbot.keyClick(k.lineEdit(), Qt.Key_Enter)
    beta = ex.fields["phase"]["betas"]
    beta.clear()
    qtbot.keyClicks(beta, "2, 4, inf")
    assert ex.settings.of("temperature")["k"] == 7 and ex.settings.of("phase")["betas"] == "2, 4, inf"
    path = tmp_path / "lesson.hopfield.json"
    assert window.files.save_session(str(path))
    assert load_session(path).experiments == ex.settings

    ex.open(ExperimentSettings())  # another lesson in between
    assert k.value() == 1 and ex.kind.currentData() == "capacity"
    assert window.files.open_session(str(path))
    assert k.value() == 7 and beta.text() == "2, 4, inf" and ex.kind.currentData() == "temperature"
    assert ex.form_set.params("temperature", ex.settings.of("temperature"))["k"] == 7  # what Run takes


def test_a_session_with_a_damaged_experiment_setting_is_refused_and_the_work_kept(window, tmp_path):
    path = tmp_path / "s.hopfield.json"
    assert window.files.save_session(str(path))
    doc = json.loads(path.read_text())
    doc["experiments"]["settings"]["capacity"]["trials"] = 10**9
    path.write_text(json.dumps(doc))
    with pytest.raises(SessionError, match="s.hopfield.json: capacity trials must lie between"):
        load_session(path)
    before = window.experiments.settings
    errors = []
    window.files.error.connect(errors.append)
    assert not window.files.open_session(str(path))
    assert errors and window.experiments.settings == before
