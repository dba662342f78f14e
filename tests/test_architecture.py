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


# --- no import cycles, function-level imports included ------------------------------------------------
def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the package's modules it imports anywhere in its source (``from . import x`` counts
    as importing x; a module's own package counts only when it is imported by name)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = ".".join(here[:len(here) - node.level + 1] + ([node.module] if node.module else [])) \
                    if node.level else (node.module or "")
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for t in targets:
                while t not in modules and "." in t:
                    t = t.rsplit(".", 1)[0]
                if t in modules and t != name:
                    deps.add(t)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    graph = import_graph()
    assert len(graph) > 100 and "hopfield_gui.core.plasticity_rules.clopath" in graph
    assert cycles(graph) == []
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]  # the walker finds one


def test_the_resources_do_not_import_the_core_back():
    assert not {d for d in import_graph()["hopfield_gui.resources_access"] if d.startswith("hopfield_gui.core")}
