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

from .messages import msg
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
            raise SessionError(msg("{file}: too large for a session file", file=path.name))
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise SessionError(msg("{file}: no such file", file=path)) from None
    except IsADirectoryError:
        raise SessionError(msg("{file}: is a folder", file=path)) from None
    except UnicodeDecodeError:
        raise SessionError(msg("{file}: not a text file (expected UTF-8 JSON)", file=path.name)) from None
    except json.JSONDecodeError as exc:
        raise SessionError(msg("{file}: not valid JSON ({detail}, line {line})", file=path.name, detail=exc.msg, line=exc.lineno)) from None
    except OSError as exc:
        raise SessionError(msg("{file}: cannot be read ({reason})", file=path, reason=exc.strerror)) from None
    name = path.name
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError(msg('{file}: not a Hopfield Explorer session (expected "format": "{format}")', file=name, format=FORMAT))
    rows, cols = doc.get("rows"), doc.get("cols")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (rows, cols)):
        raise SessionError(msg("{file}: 'rows' and 'cols' must be whole numbers", file=name))
    if not (5 <= rows <= 128 and 5 <= cols <= 128):
        raise SessionError(msg("{file}: the grid must be between 5 × 5 and 128 × 128, not {rows} × {cols}", file=name, rows=rows, cols=cols))
    items = doc.get("patterns")
    if not isinstance(items, list) or len(items) > MAX_PATTERNS:
        raise SessionError(msg("{file}: 'patterns' must be a list of at most {max} patterns", file=name, max=MAX_PATTERNS))
    names, pats, stored = [], [], []
    for i, it in enumerate(items):
        if not isinstance(it, dict):
            raise SessionError(msg("{file}, pattern {number}: expected an object", file=name, number=i + 1))
        pats.append(_read_grid(it.get("grid"), rows, cols, f"{name}, pattern {i + 1}"))
        names.append(str(it.get("name", f"P{i + 1}"))[:64])
        stored.append(bool(it.get("stored", True)))
    state = _read_grid(doc.get("state"), rows, cols, f"{name}, state")
    p = doc.get("parameters", {})
    if not isinstance(p, dict):
        raise SessionError(msg("{file}: 'parameters' must be an object", file=name))

    def number(key, default, lo, hi, inf_word=None):
        v = p.get(key, default)
        if inf_word is not None and v == inf_word:
            return math.inf
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or not lo <= v <= hi:
            if inf_word:
                raise SessionError(msg("{file}: parameter '{key}' must be a number between {lo} and {hi} or \"{word}\"",
                                       file=name, key=key, lo=lo, hi=hi, word=inf_word))
            raise SessionError(msg("{file}: parameter '{key}' must be a number between {lo} and {hi}",
                                   file=name, key=key, lo=lo, hi=hi))
        return float(v)

    beta = number("beta", "inf", 1e-6, 1e6, "inf")
    speed = number("speed", "max", 1e-3, 1e6, "max")
    noise = number("noise", 0.2, 0.0, 1.0)
    masked = number("masked", 0.0, 0.0, 1.0)
    rule = p.get("rule", "hebb")
    mode = p.get("mode", "async")
    if rule not in RULES:
        raise SessionError(msg("{file}: unknown rule {rule!r}", file=name, rule=rule))
    if mode not in MODES:
        raise SessionError(msg("{file}: unknown update mode {mode!r}", file=name, mode=mode))
    seed = p.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**31):
        raise SessionError(msg("{file}: 'seed' must be a whole number from 0 to 2147483647, or null", file=name))
    cue = p.get("cue", 0)
    if not isinstance(cue, int) or isinstance(cue, bool) or cue < 0:
        raise SessionError(msg("{file}: 'cue' must be a pattern number", file=name))
    t = doc.get("time", 0.0)
    if not isinstance(t, (int, float)) or isinstance(t, bool) or not math.isfinite(t) or t < 0:
        raise SessionError(msg("{file}: 'time' must be a non-negative number", file=name))
    n = rows * cols
    return Session(rows, cols, names, np.array(pats, np.int8).reshape(len(pats), n), stored, state,
                   beta, rule, bool(p.get("self_coupling", False)), mode, speed, seed, cue, noise, masked, float(t))
