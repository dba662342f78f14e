"""The window's helpers on their own, without a MainWindow: each receives the models and services it
needs (README, "Design"), so each can be built from a few plain widgets and callables and tested alone."""

import ast
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtWidgets

from hopfield_gui.gui.autosave import Autosave
from hopfield_gui.gui.plotting import style
from hopfield_gui.gui.settings import Layout, WindowSettings
from hopfield_gui.gui.view import ViewModes
from hopfield_gui.state.experiment_settings import ExperimentSettings
from hopfield_gui.state.lab import LabParams
from hopfield_gui.state.params import ExplorerParams
from hopfield_gui.state.session import Session, load_session

HELPERS = ("actions", "answer", "autosave", "explorer", "files", "focus", "settings", "statusline", "view")
GUI = Path(__file__).resolve().parents[1] / "hopfield_gui" / "gui"


def test_no_helper_takes_or_reaches_into_the_window():
    """Not a parameter, a name or an attribute called ``win`` (what each helper once took, to reach two
    levels into the window's other helpers), and no import of the window module."""
    for name in HELPERS:
        tree = ast.parse((GUI / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            assert not (isinstance(node, ast.arg) and node.arg in ("win", "window")), (name, node.lineno)
            assert not (isinstance(node, ast.Name) and node.id == "win"), (name, node.lineno)
            assert not (isinstance(node, ast.Attribute) and node.attr == "win"), (name, node.lineno)
            if isinstance(node, ast.ImportFrom):
                assert node.module not in ("window", "hopfield_gui.gui.window"), (name, node.lineno)


def a_session(beta: float = 2.5) -> Session:
    p = np.where(np.arange(50).reshape(2, 25) % 3 == 0, 1, -1).astype(np.int8)
    return Session(5, 5, ["A", "B"], p, [True, True], p[0].copy(), ExplorerParams(beta=beta))


def test_autosave_writes_what_it_is_given_and_opens_an_orphan_through_its_callable(qtbot, tmp_path):
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    work = {"beta": 2.5}
    opened = []
    first = Autosave(parent, lambda: a_session(work["beta"]), opened.append, folder=tmp_path)
    assert first.active() and first.save_now()
    qtbot.waitUntil(lambda: not first.jobs.busy())  # written, and the result handed back
    assert load_session(first.path).params.beta == 2.5
    work["beta"] = 4.0  # the session is taken when the write is asked for, not when the helper was made
    assert first.save_now()
    qtbot.waitUntil(lambda: not first.jobs.busy())
    assert load_session(first.path).params.beta == 4.0
    first.stop(normal_exit=False)  # as a crash leaves it: the file stays, its lock is free

    def open_session(path: str) -> bool:
        opened.append(path)
        return True

    second = Autosave(parent, lambda: a_session(1.0), open_session, folder=tmp_path)
    offer = second.restore_offer
    assert offer is not None  # the first one's work is offered
    assert second.restore(offer.orphans[0])
    assert opened == [str(first.path)] and not first.path.exists()  # opened here, then deleted
    assert load_session(second.path).params.beta == 1.0  # this one's own work written before the orphan went
    second.stop(normal_exit=True)
    assert not second.path.exists()


def test_settings_give_back_what_they_kept_and_list_what_they_could_not_read(qapp):
    st = QtCore.QSettings()
    st.clear()
    kept = WindowSettings(persistent=True)
    layout = Layout(QtCore.QByteArray(b"geo"), QtCore.QByteArray(b"state"), QtCore.QByteArray(b"split"))
    params, lab = ExplorerParams(beta=3.25, seed=7), LabParams(protocol="bursts", play_dt=-10.0)
    experiments = ExperimentSettings().with_shown("basins").with_value("basins", "alphas", "0.1, 0.2")
    kept.save_on_exit(layout, params, lab, experiments)
    kept.remember_view("presentation", True)
    kept.remember_view("theme", "dark")
    got = WindowSettings(persistent=True).restore(n=100)
    assert (got.geometry, got.state, got.splitter) == (layout.geometry, layout.state, layout.splitter)
    assert got.params == params and got.lab == lab and got.presentation and got.theme == "dark"
    assert got.experiments == experiments
    # parameters another version wrote and a theme nobody offers: the defaults, and the keys named
    st.setValue("params", '{"beta": "hot"}')
    st.setValue("view/theme", "purple")
    st.setValue("experiments", '{"settings": {"capacity": {"n": -3}}}')
    again = WindowSettings(persistent=True)
    got = again.restore(n=100)
    assert got.params is None and got.theme == "system" and got.experiments is None
    assert set(again.damaged) == {"params", "view/theme", "experiments"} and "params" in again.damage_message()
    emitted = []
    again.recentChanged.connect(lambda: emitted.append(1))
    again.add_recent("/tmp/a.hopfield.json")
    assert again.recent_sessions() == ["/tmp/a.hopfield.json"] and emitted == [1]
    assert again.reset() and emitted == [1, 1] and again.recent_sessions() == []


def test_view_modes_switch_pages_and_the_look_of_plain_widgets(qtbot):
    main = QtWidgets.QMainWindow()
    qtbot.addWidget(main)
    pages = QtWidgets.QStackedWidget()
    pages.addWidget(QtWidgets.QLabel("network"))
    pages.addWidget(QtWidgets.QLabel("lab"))
    main.setCentralWidget(pages)
    dock = QtWidgets.QDockWidget("patterns", main)
    main.addDockWidget(QtCore.Qt.LeftDockWidgetArea, dock)
    main.show()
    remembered, said = {}, []
    view = ViewModes(main, pages, {"patterns": dock}, lambda key, value: remembered.__setitem__(key, value))
    view.pageChanged.connect(lambda page: said.append(("page", page)))
    view.presentationChanged.connect(lambda on: said.append(("presenting", on, style.presenting())))
    view.restyled.connect(lambda: said.append(("restyled",)))
    try:
        view.set_page("plasticity")
        assert pages.currentIndex() == 1 and dock.isHidden()  # the explorer's docks belong to its page
        view.set_page("nowhere")  # not a page: nothing happens
        view.set_page("network")
        assert pages.currentIndex() == 0 and not dock.isHidden()
        view.set_presentation(True)
        assert dock.isHidden() and style.presenting()
        with view.normal_layout():  # what the settings keep
            assert not dock.isHidden()
        assert dock.isHidden()
        view.set_presentation(False)
        assert not dock.isHidden() and not style.presenting()
        assert said == [("page", "plasticity"), ("page", "network"), ("presenting", True, True), ("restyled",),
                        ("presenting", False, False), ("restyled",)]
        assert remembered == {"presentation": False}
    finally:
        style.set_look(scale=1.0)
