"""French and English: the catalogue is complete and current, the French window has no English
left, switching language while running changes every text, and Qt's own dialogs speak French."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtWidgets

from hopfield_gui.gui import i18n
from tests.conftest import laid_out

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "hopfield_fr.ts"
QM = ROOT / "hopfield_gui" / "resources" / "i18n" / "hopfield_fr.qm"


def messages(ts: Path):
    """(context, source, translation, finished) for every message of a .ts file."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and bool(tr.text)
            out.append((name, m.findtext("source"), tr.text if tr is not None else None, finished))
    return out


# --- the catalogue --------------------------------------------------------------------------------
def test_every_string_of_the_sources_has_a_french_translation(tmp_path):
    """pyside6-lupdate run on today's sources finds no string that the French catalogue lacks."""
    ts = tmp_path / "hopfield_fr.ts"
    shutil.copy(TS, ts)
    i18n.extract(ROOT, ts, quiet=True)
    missing = [(c, s) for c, s, _, done in messages(ts) if not done]
    assert not missing, f"{len(missing)} strings without a French translation, e.g. {missing[:5]}" \
                        " (run python -m hopfield_gui.gui.i18n, then translate them in the .ts)"
    assert len(messages(ts)) == len(messages(TS)) > 300


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    qm = tmp_path / "fr.qm"
    subprocess.run([i18n.qt_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == QM.read_bytes()
    assert i18n.catalogue("fr").read_bytes() == QM.read_bytes()  # found through importlib.resources


def test_core_message_templates_are_in_the_catalogue():
    """Every msg("…") template of the package is a message of the context "core" (they reach lupdate
    through a generated source: the test fails if that step loses them)."""
    templates = i18n.core_templates(ROOT)
    core = {src for ctx, src, _, _ in messages(TS) if ctx == "core"}
    assert len(templates) > 80
    assert set(templates) <= core, sorted(set(templates) - core)[:5]


FIELD = re.compile(r"\{[^{}]*\}|%[vm]")


@pytest.mark.parametrize("kind", ["placeholders", "markup"])
def test_translations_keep_placeholders_and_markup(kind):
    for ctx, src, tr, _ in messages(TS):
        if kind == "placeholders":
            assert sorted(FIELD.findall(src)) == sorted(FIELD.findall(tr)), (ctx, src, tr)
        else:
            tags = re.compile(r"</?[a-z0-9]+>")
            assert sorted(tags.findall(src)) == sorted(tags.findall(tr)), (ctx, src, tr)


def test_core_messages_are_translated_with_their_values(qapp):
    from hopfield_gui.core.io import load_patterns
    from hopfield_gui.gui.i18n.messages import explain
    try:
        i18n.install_language("fr")
        with pytest.raises(ValueError) as err:
            load_patterns("/no/such/motifs.json")
        assert explain(err.value) == "/no/such/motifs.json : fichier introuvable"
        assert str(err.value) == "/no/such/motifs.json: no such file"  # the core itself stays English
    finally:
        i18n.install_language("en")


def test_a_nested_core_message_is_translated_at_every_level(qapp, tmp_path):
    from hopfield_gui.core.io import load_patterns
    from hopfield_gui.gui.i18n.messages import explain
    f = tmp_path / "lettres.json"
    f.write_text('{"format": "hopfield-patterns", "rows": 2, "cols": 2, "patterns": [{"grid": ["#.", "#?"]}]}')
    try:
        i18n.install_language("fr")
        with pytest.raises(ValueError) as err:
            load_patterns(f)
        assert explain(err.value) == ("lettres.json, motif 1, ligne 2 : caractère inattendu '?' "
                                      "(utilisez « # » pour +1 et « . » pour −1)")
    finally:
        i18n.install_language("en")


# --- the window -------------------------------------------------------------------------------------
WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
ENGLISH = {"the", "of", "and", "with", "from", "for", "is", "are", "not", "pattern", "patterns", "sweep", "sweeps",
           "stored", "neurons", "noise", "weights", "run", "runs", "step", "load", "random", "blank", "save", "open",
           "export", "undo", "redo", "none", "mixture", "reset", "state", "energy", "time", "grid", "rule", "seed",
           "speed", "trials", "library", "editor", "settings", "help", "file", "view", "edit", "quit", "presets"}


def visible_texts(win: QtWidgets.QMainWindow) -> list[str]:
    """Every text a person can see or hover in the window, visiting each tab as a person would:
    labels, buttons, titles, tabs, items, tooltips, placeholders, menus and actions, toolbar, plot
    titles, axis labels and legends."""
    out: list[str] = []
    current = win.tabs.currentIndex()
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        QtWidgets.QApplication.processEvents()
        out += _texts(win)
    win.tabs.setCurrentIndex(current)
    return out


def _texts(win: QtWidgets.QMainWindow) -> list[str]:
    out: list[str] = [win.windowTitle()]
    for w in [win] + win.findChildren(QtWidgets.QWidget):
        if not w.isVisible():
            continue  # a hidden tab is read when its turn comes (it may update as it is shown)
        out += [w.toolTip(), w.statusTip(), w.whatsThis()]
        if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QtWidgets.QGroupBox):
            out.append(w.title())
        if isinstance(w, QtWidgets.QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QtWidgets.QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QtWidgets.QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QtWidgets.QMenu):
            out.append(w.title())
        if isinstance(w, QtWidgets.QToolBar):
            out.append(w.windowTitle())
        if isinstance(w, QtWidgets.QProgressBar):
            out.append(w.format())
        if hasattr(w, "setColour"):  # LiveLabel
            out.append(w.text())
        if isinstance(w, pg.PlotWidget):
            p = w.getPlotItem()
            if p.titleLabel.isVisible():  # a short plot shows no title (it keeps the last one, unseen)
                out.append(p.titleLabel.text)
            out += [p.getAxis(n).labelText for n in ("left", "bottom") if p.getAxis(n).label.isVisible()]
            if p.legend is not None:
                out += [label.text for _, label in p.legend.items]
    actions = list(win.actions())
    for bar in [win.menuBar()] + win.findChildren(QtWidgets.QToolBar):
        actions += bar.actions()
    user_data = set(win.menus.recent_menu.actions())  # file names, not interface text
    while actions:  # the menus' actions, and those of their submenus
        a = actions.pop()
        if a in user_data:
            continue
        out += [a.text(), a.toolTip(), a.statusTip()]
        if a.menu() is not None:
            actions += a.menu().actions()
    return [t for t in out if t]


def _words(text: str) -> set[str]:
    return set(WORD.findall(re.sub(r"<[^>]+>", " ", text.replace("&", ""))))


def _same_in_both() -> set[str]:
    """Words that French shares with English here: those of the strings whose French is the English
    (Hebb, Storkey, max, Image…, Simulation) and the languages' own names."""
    words = set()
    for _, src, tr, _ in messages(TS):
        if src == tr:
            words |= _words(src)
    for name in i18n.LANGUAGES.values():
        words |= _words(name)
    return words


def _english_leaks(french: list[str], english: list[str]) -> list[str]:
    same = _same_in_both()
    leaks = []
    for t in set(french):
        words = _words(t) - same
        if not words:
            continue  # numbers, symbols, formulas, names such as Hebb
        if t in english:
            leaks.append(t)  # shown unchanged in French: it never went through the catalogue
        elif {w.lower() for w in words} & ENGLISH:
            leaks.append(t)  # an English word inside a composed text
    return sorted(leaks)


def _show_everything(qtbot, win):
    """Fill every view: a run has ended (verdict, curves), the weights and an experiment are drawn."""
    win.controls.seed_check.setChecked(True)
    win.state_panel.request_reset()
    win.controller.toggle_run()
    qtbot.waitUntil(lambda: win.last_frame is not None and win.last_frame.converged and not win.last_frame.running,
                    timeout=20000)
    win.tabs.setCurrentWidget(win.weights)
    ex = win.experiments
    ex.fields["capacity"]["n"].setValue(100)
    ex.fields["capacity"]["trials"].setValue(1)
    ex.start()
    qtbot.waitUntil(lambda: not ex.busy(), timeout=30000)
    win.tabs.setCurrentWidget(win.curves)
    laid_out()


@pytest.fixture
def english_texts(window, qtbot):
    _show_everything(qtbot, window)
    return visible_texts(window)


@pytest.fixture
def french_window(qtbot, qapp):
    from hopfield_gui.gui.window import MainWindow
    i18n.install_language("fr")
    win = MainWindow(rows=20, cols=20)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=10000)
    yield win
    win.close()
    i18n.install_language("en")


def test_the_window_in_french_has_no_english_left(english_texts, french_window, qtbot):
    _show_everything(qtbot, french_window)
    french = visible_texts(french_window)
    assert "Paramètres" in french and "&Fichier" in french and "Dynamique" in french
    assert any(t.startswith("État final : le motif") for t in french)  # the verdict, composed in French
    assert any("recouvrement final m" == t for t in french)  # the experiment's plot, in French terms
    leaks = _english_leaks(french, english_texts)
    assert leaks == [], leaks


def test_the_check_would_catch_an_english_string(english_texts, french_window, qtbot):
    """The test above can fail: a label that skips the catalogue is reported."""
    lab = QtWidgets.QLabel("Store in library", french_window.editor)
    lab.show()
    try:
        assert "Store in library" in _english_leaks(visible_texts(french_window), english_texts)
    finally:
        lab.deleteLater()


def test_switching_language_while_running_changes_every_text(window, qtbot):
    _show_everything(qtbot, window)
    english = visible_texts(window)
    window.controls.set_beta(3.0)  # stochastic: the network keeps running
    window.controller.toggle_run()  # running while the language changes
    qtbot.waitUntil(lambda: window.last_frame is not None and window.last_frame.running, timeout=5000)
    try:
        window.menus.languages["fr"].trigger()
        laid_out()  # Qt posts LanguageChange to every widget
        assert window.menus.languages["fr"].isChecked()
        window.controller.toggle_run()
        qtbot.waitUntil(lambda: not window.last_frame.running, timeout=5000)
        laid_out()
        french = visible_texts(window)
        assert "Paramètres" in french and "Motifs (cochés = stockés, K en tout)" in french
        assert window.menus.undo.text().startswith("&Annuler")
        assert _english_leaks(french, english) == []
        window.menus.languages["en"].trigger()
        laid_out()
        back = visible_texts(window)
        assert "Parameters" in back and "Paramètres" not in back
        assert window.menus.undo.text().startswith("&Undo")
    finally:
        i18n.install_language("en")


def test_qt_standard_dialogs_speak_french(qapp):
    try:
        i18n.install_language("fr")
        assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Question, "t", "q",
                                    QtWidgets.QMessageBox.Yes | QtWidgets.QMessageBox.No)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Oui", "Non"}
        box.deleteLater()
    finally:
        i18n.install_language("en")


def test_language_menu_choice_survives_a_restart(qtbot, qapp):
    from hopfield_gui.gui.window import MainWindow
    win = MainWindow(persistent=True)
    qtbot.addWidget(win)
    try:
        win.menus.languages["fr"].trigger()
        win.close()
        assert QtCore.QSettings().value("language", "", str) == "fr"
        from hopfield_gui.gui import app
        # what main() does at start
        assert app.start_language(None) == "fr"
        win.settings.reset()
        assert app.start_language(None) == i18n.system_language()
    finally:
        i18n.install_language("en")


def test_system_language_is_chosen_at_start(monkeypatch, qapp):
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale("fr_CA")))
    assert i18n.system_language() == "fr"
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_help_and_plots_follow_the_language(qapp):
    from hopfield_gui.gui.help import about_text, model_help
    try:
        i18n.install_language("fr")
        assert "Attention au facteur 2" in model_help() and "Références" in about_text()
    finally:
        i18n.install_language("en")
    assert "Note the factor 2" in model_help()


def test_plots_have_a_plain_translated_menu(french_window, qtbot):
    """pyqtgraph's English expert menu is replaced by two entries in the interface's language."""
    from hopfield_gui.gui.widgets import plotmenu
    pw = french_window.curves.overlap_plot
    assert pw.contextMenuPolicy() == QtCore.Qt.CustomContextMenu
    assert not pw.getPlotItem().getViewBox().menuEnabled()
    menu = plotmenu.context_menu(pw)
    assert [a.text() for a in menu.actions()] == ["Tout afficher", "Exporter en PNG…"]
    pw.getPlotItem().setXRange(1000, 1001)  # zoomed away from the data (t = 0)
    menu.actions()[0].trigger()  # show everything again
    lo, hi = pw.getPlotItem().viewRange()[0]
    assert lo <= 0 <= hi
    menu.close()


def test_french_words_as_a_french_physics_course_writes_them(qapp):
    """Recouvrement (not overlap), a plural from 2 on, and two words for Clear and erase."""
    from PySide6.QtCore import QCoreApplication

    from hopfield_gui.gui.panels.controls import speed_text
    try:
        i18n.install_language("fr")
        assert speed_text(2) == "2 balayages/s" and speed_text(0.5) == "0,5 balayage/s"
        assert QCoreApplication.translate("EditorPanel", "Clear") != QCoreApplication.translate("StatePanel", "erase")
        assert "recouvrement" in QCoreApplication.translate("CurvesPanel", "overlap m<sup>μ</sup>")
        french = [tr for _, _, tr, done in messages(TS) if done]
        assert not [t for t in french if "overlap" in re.sub(r"\{[^}]*\}", "", t).lower()]
    finally:
        i18n.install_language("en")


def test_file_errors_are_french_from_end_to_end(qapp, tmp_path):
    """No English parser words left in a translated message: the position instead of the detail."""
    from hopfield_gui.core.io import PatternFileError, load_patterns
    from hopfield_gui.gui.i18n.messages import explain
    bad = tmp_path / "cassé.json"
    bad.write_text('{"format": "hopfield-patterns", "rows": 5,\n "cols": }')
    npz = tmp_path / "cassé.npz"
    npz.write_bytes(b"PK\x03\x04 not a zip")
    try:
        i18n.install_language("fr")
        for f in (bad, npz):
            with pytest.raises(PatternFileError) as err:
                load_patterns(f)
            text = explain(err.value)
            assert text.startswith(f"{f.name} : ") and not re.search(r"\b(Expecting|value|File|zip|not)\b", text), text
        assert "ligne 2, colonne 10" in explain(pytest.raises(PatternFileError, load_patterns, bad).value)
    finally:
        i18n.install_language("en")
