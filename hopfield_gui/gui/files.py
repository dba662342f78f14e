"""Files: pattern sets, sessions (with the recent list), pictures and exports.

Every load is checked before anything is changed: a bad file gives a message and the current
work is kept. Every write is atomic (a temporary file, then a rename), so a failed export never
leaves half a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ..core.io import PatternFileError, PatternSet, load_patterns, save_patterns
from ..core.writing import write_csv
from ..state.library import PatternEntry
from ..state.session import SessionError, load_session, save_session
from .i18n.messages import explain
from .i18n.numbers import localize, number
from .rendering import ImageError, image_to_pattern, text_to_pattern
from .widgets.savedialog import ask_open_path, ask_save_path


#: Fewer pixels than this across a letter and it cannot be read (a bold capital needs about 6).
MIN_LETTER_PIXELS = 6



class FileActions(QtCore.QObject):
    """What the File menu and the library's Add buttons do: on the ``controller``'s library and
    parameters, the ``editor``, the lab's settings (``lab.open``) and the Experiments tab's
    (``experiments.open``); exports read the ``state`` panel,
    the ``curves`` and the status line (``status_line()``); ``session()`` is the whole work to save.
    Dialogs open over ``parent``. What it has to say goes out as signals — ``error`` (a message box),
    ``message`` (the status bar) — and a session opened or saved as ``sessionUsed`` (the recent list)."""

    error = QtCore.Signal(str)
    message = QtCore.Signal(str, float)
    sessionUsed = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget, *, controller, editor, state, curves, lab, experiments,
                 session: Callable[[], object], status_line: Callable[[], str]):
        super().__init__(parent)
        self._parent = parent
        self.controller = controller
        self._editor, self._state, self._curves, self._lab = editor, state, curves, lab
        self._experiments = experiments
        self._session, self._status_line = session, status_line

    def _error(self, text: str) -> None:
        self.error.emit(text)

    def _status(self, text: str, seconds: float = 6.0) -> None:
        self.message.emit(text, seconds)

    # --- dialogs ------------------------------------------------------------------------------
    def _ask_open(self, title, filt) -> str:
        return ask_open_path(self._parent, title, filt)

    def _ask_save(self, title, suffix, filt=None) -> str:
        return ask_save_path(self._parent, title, suffix, filt)

    def _images(self) -> str:
        return self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)")

    # --- patterns -------------------------------------------------------------------------------
    def add_requested(self, kind: str) -> None:
        """The library panel's Add buttons."""
        lib, ctl = self.controller.library, self.controller
        if kind == "blank":
            ctl.add_pattern(-np.ones(lib.n, np.int8))
        elif kind == "random":
            ctl.add_pattern(np.where(np.random.default_rng().random(lib.n) < 0.5, 1, -1))
        elif kind == "editor":
            ctl.add_pattern(self._editor.grid.values(), lib.new_name("E"))
        elif kind == "text":
            text, ok = QtWidgets.QInputDialog.getText(self._parent, self.tr("Text to pattern"), self.tr("Letters:"))
            if ok:
                self.add_text(text)
        elif kind == "image":
            p = self._ask_open(self.tr("Image to pattern"), self._images())
            if p:
                self.add_image_file(p)

    def add_text(self, text: str) -> None:
        text = text.strip()
        if text:
            lib = self.controller.library
            self.controller.add_pattern(text_to_pattern(text, lib.rows, lib.cols), text[:16], text=text)
            width = lib.cols / len(text)
            if width < MIN_LETTER_PIXELS:  # "HOPFIELD" on 20 × 20: 2.5 pixels a letter, a smudge
                self._status(self.tr(
                    "“{text}” has {width} pixels a letter on {rows} × {cols}: too few to read. Use fewer "
                    "letters or a larger grid (about {side} a side).").format(
                    text=text, width=number(width, ".1f"), rows=lib.rows, cols=lib.cols,
                    side=min(128, MIN_LETTER_PIXELS * len(text))), 12)

    def add_image_file(self, path: str) -> bool:
        lib = self.controller.library
        try:
            v = image_to_pattern(path, lib.rows, lib.cols)
        except ImageError as exc:
            self._error(explain(exc))
            return False
        return self.controller.add_pattern(v, Path(path).stem[:16])

    def editor_image_dialog(self) -> None:
        p = self._ask_open(self.tr("Image to pattern"), self._images())
        if p:
            self.load_image_into_editor(p)

    def load_image_into_editor(self, path: str) -> bool:
        editor = self._editor
        try:
            v = image_to_pattern(path, *editor.grid.shape)
        except ImageError as exc:
            self._error(explain(exc))
            return False
        editor.apply(v, self.tr("image"))
        return True

    def open_patterns(self, path: str) -> bool:
        try:
            ps = load_patterns(path)
        except PatternFileError as exc:
            self._error(explain(exc))
            return False
        if ps.k == 0:
            self._error(self.tr("{file} holds no pattern").format(file=Path(path).name))
            return False
        if ps.rows < 5 or ps.cols < 5:
            self._error(self.tr("{file}: the grid must be at least 5 × 5").format(file=Path(path).name))
            return False
        entries = [PatternEntry(n, v, True) for n, v in zip(ps.names, ps.patterns, strict=True)]
        return self.controller.replace_library(ps.rows, ps.cols, entries, self.tr("open patterns"))

    def save_patterns(self, path: str) -> bool:
        lib = self.controller.library
        ps = PatternSet(np.array([e.values for e in lib.entries], np.int8).reshape(len(lib), lib.n),
                        lib.rows, lib.cols, [e.name for e in lib.entries])
        try:
            save_patterns(path, ps)
        except (OSError, ValueError) as exc:
            self._error(self.tr("could not save {file}: {error}").format(file=path, error=explain(exc)))
            return False
        self._status(self.tr("saved {file}").format(file=path))
        return True

    def open_patterns_dialog(self) -> None:
        p = self._ask_open(self.tr("Open patterns"), self.tr("Pattern sets (*.json *.npz)"))
        if p:
            self.open_patterns(p)

    def save_patterns_dialog(self) -> None:
        p = self._ask_save(self.tr("Save patterns"), ".json", self.tr("JSON (*.json);;NumPy (*.npz)"))
        if p:
            self.save_patterns(p)

    # --- sessions -------------------------------------------------------------------------------
    def save_session(self, path: str) -> bool:
        try:
            save_session(path, self._session())
        except (OSError, ValueError) as exc:
            self._error(self.tr("could not save {file}: {error}").format(file=path, error=explain(exc)))
            return False
        self.sessionUsed.emit(path)
        self._status(self.tr("saved {file}").format(file=path))
        return True

    def open_session(self, path: str, remember: bool = True) -> bool:
        """Open a session; a bad file gives a message and leaves the current work untouched. With
        ``remember`` False (an autosave offered back: not a file of the user's) it is not added to the
        recent list."""
        try:
            s = load_session(path)
        except SessionError as exc:
            self._error(explain(exc))
            return False
        if not self.controller.open_session(s):
            return False
        if s.lab is not None:
            self._lab.open(s.lab)
        if s.experiments is not None:
            self._experiments.open(s.experiments)
        if remember:
            self.sessionUsed.emit(path)
        return True

    def open_session_dialog(self) -> None:
        p = self._ask_open(self.tr("Open session"), self.tr("Hopfield sessions (*.hopfield.json *.json)"))
        if p:
            self.open_session(p)

    def save_session_dialog(self) -> None:
        p = self._ask_save(self.tr("Save session"), ".hopfield.json", self.tr("Hopfield sessions (*.hopfield.json)"))
        if p:
            self.save_session(p)

    # --- exports --------------------------------------------------------------------------------
    def _save_image(self, img: QtGui.QImage, path: str) -> bool:
        from .plotting.slides import save_image
        try:
            save_image(img, path)
        except OSError as exc:
            self._error(explain(exc))
            return False
        return True

    def export_state_png(self, path: str, size: int = 1200) -> bool:
        """The network state as shown (errors in orange), with the stored patterns named in their
        colours and a caption: the time and what the network is in."""
        from .plotting.slides import state_figure
        from .rendering import pattern_image
        lib, f = self.controller.library, self.controller.last_frame
        thumbs = [(pattern_image(lib.entries[i].values, lib.rows, lib.cols), lib.entries[i].name, i)
                  for i in lib.stored_indices()[:8]]
        time = localize(f"{f.time:.2f}".rstrip("0").rstrip(".")) if f is not None else "0"
        title = QtCore.QCoreApplication.translate("StatePanel", "t = {time} sweeps").format(time=time)
        caption = "\n".join(t for t in (self._state.verdict.text(), self._status_line()) if t)
        img = state_figure(self._state.grid.image(), thumbs, title, caption, size)
        return self._save_image(img, path)

    def export_curves_png(self, path: str) -> bool:
        from .plotting.figures import export_png
        curves = self._curves
        curves.flush()
        try:
            export_png(curves.overlap_plot, path)
        except OSError as exc:
            self._error(explain(exc))
            return False
        return True

    def export_curves_csv(self, path: str) -> bool:
        t, m, e = self._curves.data()
        lib = self.controller.library
        names = [lib.entries[i].name for i in lib.stored_indices()]
        header = ["t_sweeps", "energy_per_neuron"] + [f"m_{n}" for n in names[: m.shape[1]]]
        rows = [[ti, ei, *mi] for ti, ei, mi in zip(t, e, m, strict=True)]
        try:
            write_csv(path, header, rows)  # the csv module quotes a pattern name with a comma
        except OSError as exc:
            self._error(explain(exc))
            return False
        return True

    def export_figure(self, path: str, size: tuple[int, int] = (1600, 1000)) -> bool:
        """The overlap curves as a slide figure: ``size`` pixels, a title, each pattern named in its
        colour (the first eight of the library; the rest are said in the caption), axis labels and
        the parameters in a caption line."""

        from .panels.controls import rule_name
        from .plotting import style
        from .plotting.slides import curves_figure, save_image
        ctl, lib = self.controller, self.controller.library
        self._curves.flush()
        t, m, _ = self._curves.data()
        ids = lib.stored_indices()[: m.shape[1]]
        shown = [k for k, i in enumerate(ids) if i < len(style.PALETTE)]
        p = ctl.params
        beta = number(p.beta)
        caption = (f"N = {lib.n} ({lib.rows}×{lib.cols}) · K = {lib.k} · β = {beta} · {rule_name(p.rule)} · "
                   + (self.tr("synchronous") if p.mode == "sync" else self.tr("asynchronous"))
                   + (" · " + self.tr("seed = {seed}").format(seed=p.seed) if p.seed is not None else "")
                   + (" · " + self.tr("{count} more patterns not drawn").format(count=len(ids) - len(shown))
                      if len(shown) < len(ids) else "") + " — Hopfield Explorer")
        try:
            img = curves_figure(t, m[:, shown], [lib.entries[ids[k]].name for k in shown],
                                [style.pattern_colour(ids[k]) for k in shown], size,
                                self.tr("Overlaps m<sup>μ</sup>(t) with the stored patterns"), caption,
                                (self.tr("overlap m<sup>μ</sup>"), self.tr("time t (sweeps)")))
            save_image(img, path)
        except OSError as exc:
            self._error(explain(exc))
            return False
        return True

    def export_figure_dialog(self) -> None:
        from .plotting.slides import SIZES
        p = self._ask_save(self.tr("Export figure for slides"), ".png")
        if not p:
            return
        choices = [f"{w} × {h}" for w, h in SIZES]
        choice, ok = QtWidgets.QInputDialog.getItem(self._parent, self.tr("Export figure for slides"),
                                                    self.tr("Size in pixels:"), choices, 0, False)
        if ok:
            self.export_figure(p, SIZES[choices.index(choice)])

    def export_state_dialog(self) -> None:
        p = self._ask_save(self.tr("Export network state"), ".png")
        if p:
            self.export_state_png(p)

    def export_curves_dialog(self) -> None:
        p = self._ask_save(self.tr("Export curves"), ".png")
        if p:
            self.export_curves_png(p)

    def export_csv_dialog(self) -> None:
        p = self._ask_save(self.tr("Export curves"), ".csv")
        if p:
            self.export_curves_csv(p)
