"""The layers stay apart (README, "Design"): core/ and state/ import no Qt, importing the plotting
code changes no process-wide option, the parameters are listed once, modules stay readable."""

import ast
import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "hopfield_gui"
QT = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6", "superqt", "qtpy")


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("package", ["hopfield_gui.core", "hopfield_gui.state", "hopfield_gui.cli"])
def test_the_model_and_the_state_import_no_qt(package):
    mods = {"hopfield_gui.core": "hopfield_gui.core, hopfield_gui.core.experiments, hopfield_gui.core.theory",
            "hopfield_gui.state": ", ".join(f"hopfield_gui.state.{m.stem}" for m in (PACKAGE / "state").glob("*.py")
                                            if m.stem != "__init__") + ", hopfield_gui.state",
            "hopfield_gui.cli": "hopfield_gui.cli"}[package]
    r = run(f"import sys, {mods}; bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}]; "
            "print(bad); sys.exit(1 if bad else 0)")
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_module_outside_gui_imports_qt_in_its_source():
    """Read, not run: a Qt import anywhere outside gui/ (even inside a function) is a layer leak."""
    leaks = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            leaks += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in QT]
    assert not leaks


def test_importing_the_plotting_code_does_not_reconfigure_pyqtgraph():
    r = run("import pyqtgraph as pg; before = dict(pg.CONFIG_OPTIONS); "
            "import hopfield_gui.gui.plotting.figures, hopfield_gui.gui.plotting.curve_view, "
            "hopfield_gui.gui.panels.curves, hopfield_gui.gui.window; "
            "print(before == dict(pg.CONFIG_OPTIONS))")
    assert r.stdout.strip() == "True", r.stdout + r.stderr
    # and the app does configure it, once, when it starts
    r = run("import pyqtgraph as pg; from hopfield_gui.gui.qtapp import ensure_app; ensure_app(True); "
            "print(pg.getConfigOption('background'), pg.getConfigOption('antialias'))")
    assert r.stdout.split()[-2:] == ["w", "True"], r.stdout + r.stderr


def test_the_parameter_list_is_written_once(tmp_path):
    """Sessions and the remembered settings store exactly the fields of ExplorerParams, and no
    module spells out the whole list of parameter names."""
    from hopfield_gui.state.params import ExplorerParams
    names = [f.name for f in dataclasses.fields(ExplorerParams)]
    assert set(ExplorerParams().to_dict()) == set(names)
    spelled = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "params.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        strings = {n.value for n in ast.walk(tree)
                   if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs}
        if set(names) <= strings:
            spelled.append(str(path.relative_to(ROOT)))
    assert not spelled, f"the parameter names are listed again in {spelled}"


def test_a_session_stores_the_parameters_as_defined(tmp_path):
    import numpy as np

    from hopfield_gui.state import ExplorerParams, Session, load_session, save_session
    p = ExplorerParams(beta=3.5, rule="pinv", self_coupling=True, mode="sync", speed=2.0, seed=9, cue=1,
                       noise=0.3, masked=0.1)
    s = Session(5, 5, ["a", "b"], np.ones((2, 25), np.int8), [True, True], -np.ones(25, np.int8), p, 4.0)
    save_session(tmp_path / "s.json", s)
    doc = json.loads((tmp_path / "s.json").read_text())
    assert set(doc["parameters"]) == {f.name for f in dataclasses.fields(ExplorerParams)}
    assert load_session(tmp_path / "s.json").params == p


def test_modules_stay_readable():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert max(sizes.values()) <= 500, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]
    assert sizes["hopfield_gui/gui/window.py"] <= 400


def test_nothing_at_the_package_root_imports_qt():
    for path in PACKAGE.glob("*.py"):
        if path.name == "__main__.py":  # the entry point starts the window
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        for node in top:
            mod = node.names[0].name if isinstance(node, ast.Import) else (node.module or "")
            assert mod.split(".")[0] not in QT and not mod.startswith("gui"), (path.name, mod)
