"""Session files: patterns, parameters, network state and seed, as human-readable JSON.

::

    {
      "format": "hopfield-session", "version": 1,
      "rows": 20, "cols": 20,
      "patterns": [{"name": "A", "stored": true, "grid": ["....##....", ...]}, ...],
      "parameters": {"beta": "inf", "rule": "hebb", "self_coupling": false, "mode": "async",
                     "speed": "max", "seed": 3, "cue": 0, "noise": 0.2, "masked": 0.0},
      "state": ["....##....", ...],
      "time": 2.0
    }

Grids use ``#`` for +1 and ``.`` for −1, one string per row. ``beta`` and ``speed`` may be
``"inf"``/``"max"``; ``seed`` may be null. Files are written atomically (temporary file, rename)
and read without pickle; every field is checked before anything is used.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .io import MAX_PATTERNS, PatternFileError, atomic_write, grid_rows, read_grid
from .network import MODES
from .rules import RULES

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
    beta: float = math.inf
    rule: str = "hebb"
    self_coupling: bool = False
    mode: str = "async"
    speed: float = math.inf
    seed: int | None = None
    cue: int = 0
    noise: float = 0.2
    masked: float = 0.0
    time: float = 0.0
    extra: dict = field(default_factory=dict)


def _num(x: float, inf_word: str):
    return inf_word if math.isinf(x) else float(x)


def save_session(path, s: Session) -> None:
    doc = {
        "format": FORMAT, "version": 1, "rows": s.rows, "cols": s.cols,
        "patterns": [{"name": n, "stored": bool(st), "grid": grid_rows(p, s.rows, s.cols)}
                     for n, p, st in zip(s.names, s.patterns, s.stored)],
        "parameters": {"beta": _num(s.beta, "inf"), "rule": s.rule, "self_coupling": bool(s.self_coupling),
                       "mode": s.mode, "speed": _num(s.speed, "max"), "seed": s.seed, "cue": int(s.cue),
                       "noise": float(s.noise), "masked": float(s.masked)},
        "state": grid_rows(s.state, s.rows, s.cols),
        "time": float(s.time),
    }
    atomic_write(path, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


def _read_grid(grid, rows: int, cols: int, where: str) -> np.ndarray:
    return read_grid(grid, rows, cols, where, SessionError)


def load_session(path) -> Session:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SessionError(f"{path.name}: too large for a session file")
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise SessionError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SessionError(f"{path}: is a folder") from None
    except UnicodeDecodeError:
        raise SessionError(f"{path.name}: not a text file (expected UTF-8 JSON)") from None
    except json.JSONDecodeError as exc:
        raise SessionError(f"{path.name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except OSError as exc:
        raise SessionError(f"{path}: cannot be read ({exc.strerror})") from None
    name = path.name
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError(f"{name}: not a Hopfield Explorer session (expected \"format\": \"{FORMAT}\")")
    rows, cols = doc.get("rows"), doc.get("cols")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (rows, cols)):
        raise SessionError(f"{name}: 'rows' and 'cols' must be whole numbers")
    if not (5 <= rows <= 128 and 5 <= cols <= 128):
        raise SessionError(f"{name}: the grid must be between 5 × 5 and 128 × 128, not {rows} × {cols}")
    items = doc.get("patterns")
    if not isinstance(items, list) or len(items) > MAX_PATTERNS:
        raise SessionError(f"{name}: 'patterns' must be a list of at most {MAX_PATTERNS} patterns")
    names, pats, stored = [], [], []
    for i, it in enumerate(items):
        if not isinstance(it, dict):
            raise SessionError(f"{name}, pattern {i + 1}: expected an object")
        pats.append(_read_grid(it.get("grid"), rows, cols, f"{name}, pattern {i + 1}"))
        names.append(str(it.get("name", f"P{i + 1}"))[:64])
        stored.append(bool(it.get("stored", True)))
    state = _read_grid(doc.get("state"), rows, cols, f"{name}, state")
    p = doc.get("parameters", {})
    if not isinstance(p, dict):
        raise SessionError(f"{name}: 'parameters' must be an object")

    def number(key, default, lo, hi, inf_word=None):
        v = p.get(key, default)
        if inf_word is not None and v == inf_word:
            return math.inf
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or not lo <= v <= hi:
            raise SessionError(f"{name}: parameter '{key}' must be a number between {lo} and {hi}"
                               + (f" or \"{inf_word}\"" if inf_word else ""))
        return float(v)

    beta = number("beta", "inf", 1e-6, 1e6, "inf")
    speed = number("speed", "max", 1e-3, 1e6, "max")
    noise = number("noise", 0.2, 0.0, 1.0)
    masked = number("masked", 0.0, 0.0, 1.0)
    rule = p.get("rule", "hebb")
    mode = p.get("mode", "async")
    if rule not in RULES:
        raise SessionError(f"{name}: unknown rule {rule!r}")
    if mode not in MODES:
        raise SessionError(f"{name}: unknown update mode {mode!r}")
    seed = p.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**31):
        raise SessionError(f"{name}: 'seed' must be a whole number from 0 to 2147483647, or null")
    cue = p.get("cue", 0)
    if not isinstance(cue, int) or isinstance(cue, bool) or cue < 0:
        raise SessionError(f"{name}: 'cue' must be a pattern number")
    t = doc.get("time", 0.0)
    if not isinstance(t, (int, float)) or isinstance(t, bool) or not math.isfinite(t) or t < 0:
        raise SessionError(f"{name}: 'time' must be a non-negative number")
    n = rows * cols
    return Session(rows, cols, names, np.array(pats, np.int8).reshape(len(pats), n), stored, state,
                   beta, rule, bool(p.get("self_coupling", False)), mode, speed, seed, cue, noise, masked, float(t))
