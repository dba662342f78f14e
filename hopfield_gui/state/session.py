"""Session files: patterns, parameters, network state and seed, as human-readable JSON.

::

    {
      "format": "hopfield-session", "version": 1,
      "rows": 20, "cols": 20,
      "patterns": [{"name": "A", "stored": true, "grid": ["....##....", ...]}, ...],
      "parameters": {"beta": "inf", "rule": "hebb", "self_coupling": false, "mode": "async",
                     "speed": "max", "seed": 3, "cue": 0, "noise": 0.2, "masked": 0.0},
      "state": ["....##....", ...],
      "time": 2.0,
      "plasticity": {"rule": {"rule": "triplet", "set": "visual-minimal", "params": {}}, ...}
    }

``plasticity`` (optional) is the Plasticity lab's :meth:`LabParams.to_dict
<hopfield_gui.state.lab.LabParams.to_dict>`. The ``parameters`` object is
:meth:`ExplorerParams.to_dict <hopfield_gui.state.params.ExplorerParams.to_dict>`.
Grids use ``#`` for +1 and ``.`` for −1, one string per row. ``beta`` and ``speed`` may be
``"inf"``/``"max"``; ``seed`` may be null. Files are written atomically (temporary file, rename)
and read without pickle; every field is checked before anything is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.io import MAX_PATTERNS, PatternFileError, grid_rows, read_grid
from ..core.reading import parse_json, read_file
from ..core.writing import atomic_write
from ..core.messages import msg
from .experiment_settings import ExperimentSettings
from .lab import LabParams
from .library import check_grid
from .params import ExplorerParams

__all__ = ["Session", "save_session", "load_session", "SessionError"]

FORMAT = "hopfield-session"
MAX_BYTES = 64 * 2**20


class SessionError(PatternFileError):
    """A session file that cannot be used; the message says why."""


@dataclass
class Session:
    rows: int
    cols: int
    names: list[str]
    patterns: np.ndarray  # (P, N) int8, the whole library
    stored: list[bool]
    state: np.ndarray  # (N,) int8
    params: ExplorerParams = field(default_factory=ExplorerParams)
    time: float = 0.0
    texts: list = field(default_factory=list)  # per pattern: the letters it was drawn from, or None
    lab: LabParams | None = None  # the Plasticity lab's settings (None: a session without them)
    experiments: ExperimentSettings | None = None  # the Experiments tab's forms (None: a session without them)

    def __post_init__(self):
        if len(self.texts) != len(self.names):
            self.texts = (list(self.texts) + [None] * len(self.names))[:len(self.names)]


def save_session(path, s: Session) -> None:
    doc = {
        "format": FORMAT, "version": 1, "rows": s.rows, "cols": s.cols,
        "patterns": [{"name": n, "stored": bool(st), "grid": grid_rows(p, s.rows, s.cols)} | ({"text": t} if t else {})
                     for n, p, st, t in zip(s.names, s.patterns, s.stored, s.texts, strict=True)],
        "parameters": s.params.to_dict(),
        "state": grid_rows(s.state, s.rows, s.cols),
        "time": float(s.time),
    } | ({"plasticity": s.lab.to_dict()} if s.lab is not None else {}) | (
        {"experiments": s.experiments.to_dict()} if s.experiments is not None else {})
    atomic_write(path, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


def _read_grid(grid, rows: int, cols: int, where: str) -> np.ndarray:
    return read_grid(grid, rows, cols, where, SessionError)


def load_session(path) -> Session:
    """Read a session file, every field checked (SessionError with one clear sentence otherwise)."""
    path = Path(path)
    doc = parse_json(read_file(path, MAX_BYTES, SessionError), path.name, SessionError)
    name = path.name
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError(
            msg('{file}: not a Hopfield Explorer session (expected "format": "{format}")', file=name, format=FORMAT)
        )
    rows, cols = doc.get("rows"), doc.get("cols")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (rows, cols)):
        raise SessionError(msg("{file}: 'rows' and 'cols' must be whole numbers", file=name))
    try:
        check_grid(rows, cols)
    except ValueError as exc:
        raise SessionError(msg("{file}: {reason}", file=name, reason=exc)) from None
    items = doc.get("patterns")
    if not isinstance(items, list) or len(items) > MAX_PATTERNS:
        raise SessionError(
            msg("{file}: 'patterns' must be a list of at most {max} patterns", file=name, max=MAX_PATTERNS)
        )
    names, pats, stored, texts = [], [], [], []
    for i, it in enumerate(items):
        if not isinstance(it, dict):
            raise SessionError(msg("{file}, pattern {number}: expected an object", file=name, number=i + 1))
        pats.append(_read_grid(it.get("grid"), rows, cols, f"{name}, pattern {i + 1}"))
        names.append(str(it.get("name", f"P{i + 1}"))[:64])
        stored.append(bool(it.get("stored", True)))
        text = it.get("text")
        texts.append(str(text)[:64] if isinstance(text, str) and text.strip() else None)
    state = _read_grid(doc.get("state"), rows, cols, f"{name}, state")
    params = ExplorerParams.from_dict(doc.get("parameters", {}), name, SessionError)
    t = doc.get("time", 0.0)
    if not isinstance(t, (int, float)) or isinstance(t, bool) or not np.isfinite(t) or t < 0:
        raise SessionError(msg("{file}: 'time' must be a non-negative number", file=name))
    lab = LabParams.from_dict(doc["plasticity"], name, SessionError) if "plasticity" in doc else None
    experiments = (ExperimentSettings.from_dict(doc["experiments"], name, SessionError) if "experiments" in doc
                   else None)
    n = rows * cols
    return Session(rows, cols, names, np.array(pats, np.int8).reshape(len(pats), n), stored, state, params, float(t),
                   texts, lab, experiments)
