"""Languages: the app's catalogue (``hopfield_<lang>.qm``) and Qt's own (``qtbase_<lang>.qm``, the
standard dialogs), the system language at start, and switching while the app runs.

The catalogue is found through ``importlib.resources``, so it works installed, editable and frozen.
Its source is ``resources/translations/hopfield_<lang>.ts`` at the top of the repository
(``python -m hopfield_gui.gui.i18n`` extracts the strings and compiles the ``.qm``). ``messages.py``
translates the core's messages.

Switching while running is Qt's usual ``LanguageChange`` event: every widget that shows text keeps a
:class:`Texts` list of (setter, text-maker) pairs and re-applies it when the event arrives, the way
Qt Designer's ``retranslateUi`` does.
"""

from __future__ import annotations

import importlib.resources
from typing import Callable

from PySide6 import QtCore, QtWidgets

from . import language
from .language import LANGUAGES, SOURCE_LANGUAGE, current_language  # noqa: F401 (the package says it too)

_installed: list[QtCore.QTranslator] = []


class Texts:
    """The texts of one widget that follow the language: ``texts(label.setText, lambda: self.tr("…"))``
    sets the text now and again after each language change."""

    def __init__(self) -> None:
        self._bindings: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def __call__(self, setter: Callable[[str], object], make: Callable[[], str]):
        self._bindings.append((setter, make))
        setter(make())
        return setter

    def label(self, make: Callable[[], str]) -> QtWidgets.QLabel:
        """A new QLabel whose text follows the language."""
        lab = QtWidgets.QLabel()
        self(lab.setText, make)
        return lab

    def apply(self) -> None:
        for setter, make in self._bindings:
            setter(make())


class Translated:
    """Mixin for a QWidget with ``self.texts``: re-applies them, then ``self.retranslate()``, when the
    language changes."""

    def changeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        if ev.type() == QtCore.QEvent.LanguageChange and hasattr(self, "texts"):
            self.texts.apply()
            self.retranslate()
        super().changeEvent(ev)

    def retranslate(self) -> None:
        """Texts made from data (counts, names): rebuilt here after a language change."""


def catalogue(lang: str):
    """The compiled catalogue of ``lang`` as an importlib.resources Traversable."""
    from ...resources_access import resource
    return resource("i18n", f"hopfield_{lang}.qm")


def system_language() -> str:
    """The first of the system's preferred languages that the app speaks, else English."""
    for name in QtCore.QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def _qt_translations_dir() -> str:
    return QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)


def _load_translators(lang: str, parent=None) -> tuple[QtCore.QTranslator | None, QtCore.QTranslator | None]:
    """The app's catalogue and Qt's own for ``lang``, each None when it cannot be loaded."""
    ours = QtCore.QTranslator(parent)
    try:
        with importlib.resources.as_file(catalogue(lang)) as path:
            loaded = ours.load(str(path))
    except OSError:
        loaded = False
    qt = QtCore.QTranslator(parent)
    return (ours if loaded and not ours.isEmpty() else None,
            qt if qt.load(f"qtbase_{lang}", _qt_translations_dir()) else None)


def install_language(lang: str) -> str:
    """Make ``lang`` the language of the interface (unknown codes fall back to English).

    Installs the app's catalogue and Qt's own; Qt then sends ``LanguageChange`` to every window.
    Returns the language now in use."""
    app = QtCore.QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = SOURCE_LANGUAGE
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        ours, qt = _load_translators(lang, app)
        if ours is None:
            raise RuntimeError(f"cannot read the {lang} translation catalogue {catalogue(lang)}")
        for t in ([qt] if qt is not None else []) + [ours]:
            app.installTranslator(t)
            _installed.append(t)
    language.set_current(lang)
    from .numbers import locale_for
    QtCore.QLocale.setDefault(locale_for(lang))  # Qt's spin boxes write 0,5 in French
    return lang


def check_catalogues() -> list[str]:
    """What is missing for the other languages (for ``--self-test``, installed or frozen)."""
    problems = []
    for lang in LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        ours, qt = _load_translators(lang)
        if ours is None or not ours.translate("MenuActions", "&File"):
            problems.append(f"the {lang} catalogue {catalogue(lang)} is missing, unreadable or empty")
        if qt is None:
            problems.append(f"Qt's own {lang} translations (qtbase_{lang}.qm) are not in {_qt_translations_dir()}")
    return problems


# --- for developers: extracting and compiling the catalogues -----------------------------------------
def core_templates(root) -> list[str]:
    """Every message template of the core (``msg("…", …)`` calls), in file order."""
    import ast
    from pathlib import Path

    out: list[str] = []
    for path in sorted(Path(root, "hopfield_gui").rglob("*.py")):
        calls = [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                 and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]
        for node in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            if node.args[0].value not in out:
                out.append(node.args[0].value)
    return out


def core_messages_source(root) -> str:
    """The core's templates marked for pyside6-lupdate, as a Python source (written to a temporary
    file for each extraction: the core itself imports no Qt, and nothing in the repository has to
    change when a module adds a message)."""
    lines = ['from PySide6.QtCore import QT_TRANSLATE_NOOP', "", "TEMPLATES = ["]
    extra = ["not enough memory for this size"]
    for t in core_templates(root) + extra:
        lines.append(f'    QT_TRANSLATE_NOOP("core", {t!r}),')
    lines.append("]")
    return "\n".join(lines) + "\n"


def qt_tool(name: str) -> str:
    """A PySide6 command (pyside6-lupdate, pyside6-lrelease) of this Python, even outside an activated venv."""
    import shutil
    import sys
    from pathlib import Path

    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def extract(root, ts, quiet: bool = False) -> None:
    """Run pyside6-lupdate on every source of the package and the core's templates into ``ts``
    (translations already made are kept, strings no longer used are dropped)."""
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        core = Path(tmp, "core_messages.py")
        core.write_text(core_messages_source(root), encoding="utf-8")
        sources = sorted(str(p) for p in (Path(root) / "hopfield_gui").rglob("*.py")) + [str(core)]
        subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                       cwd=root, check=True, capture_output=quiet)


def update_catalogues() -> None:
    """Extract the strings into resources/translations/*.ts and compile them with pyside6-lrelease into
    hopfield_gui/resources/i18n/*.qm."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    for lang in LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        ts = root / "resources" / "translations" / f"hopfield_{lang}.ts"
        qm = root / "hopfield_gui" / "resources" / "i18n" / f"hopfield_{lang}.qm"
        ts.parent.mkdir(parents=True, exist_ok=True)
        qm.parent.mkdir(parents=True, exist_ok=True)
        extract(root, ts)
        subprocess.run([qt_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=root, check=True)
