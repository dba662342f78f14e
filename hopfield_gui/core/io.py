"""Pattern sets on disk, and atomic writes.

Two formats, both loaded without pickle:

``.npz`` — a NumPy archive with an array ``patterns`` of shape (K, rows, cols) or (K, N), values
±1 (0/1 accepted, 0 → −1). Optional: ``names`` (K strings). A (K, N) array is shown as a square
grid when N is a perfect square, else as one row.

``.json`` — human-editable::

    {
      "format": "hopfield-patterns",
      "version": 1,
      "rows": 5, "cols": 5,
      "patterns": [
        {"name": "T", "grid": ["#####",
                               "..#..",
                               "..#..",
                               "..#..",
                               "..#.."]},
        {"name": "random", "values": [1, -1, 1, ...]}
      ]
    }

In ``grid`` each string is one row; ``#``, ``X``, ``x``, ``1`` or ``+`` is +1 and ``.``, ``-``,
``0``, ``_`` or a space is −1. ``values`` is a flat list of rows·cols numbers (±1 or 0/1).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .messages import msg
from .patterns import MAX_NEURONS, as_patterns

__all__ = ["PatternSet", "PatternFileError", "load_patterns", "save_patterns", "atomic_write",
           "MAX_PATTERNS"]

from .rules import MAX_PATTERNS  # the most patterns a file may hold
_MAX_FILE_BYTES = 256 * 2**20
_ON = set("#Xx1+*")
_OFF = set(".-0_ ")


class PatternFileError(ValueError):
    """A pattern file that cannot be read; the message says why, in words."""


@dataclass
class PatternSet:
    patterns: np.ndarray  # (K, N) int8
    rows: int
    cols: int
    names: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.rows * self.cols != self.patterns.shape[1]:
            raise ValueError(msg("rows × cols must equal the number of neurons"))
        if not self.names:
            self.names = [f"P{i + 1}" for i in range(self.patterns.shape[0])]

    @property
    def k(self) -> int:
        return self.patterns.shape[0]

    @property
    def n(self) -> int:
        return self.patterns.shape[1]


def _read_umask() -> int:
    # read once, at import (os.umask can only be read by setting it, which is not thread-safe)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def atomic_write(path, data: bytes | str) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    A failure at any point leaves the previous file (if any) untouched. The file gets the usual
    permissions (those of a file made with ``open``, as the user's umask sets them), not the
    owner-only ones of the temporary file.
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _grid_shape(n: int) -> tuple[int, int]:
    r = math.isqrt(n)
    return (r, r) if r * r == n else (1, n)


def _check_sizes(k: int, rows: int, cols: int, where: str) -> None:
    if rows < 1 or cols < 1:
        raise PatternFileError(msg("{where}: the grid must have at least one row and one column", where=where))
    if rows * cols > MAX_NEURONS:
        raise PatternFileError(msg("{where}: {rows} × {cols} neurons is over the maximum of 128 × 128", where=where, rows=rows, cols=cols))
    if k > MAX_PATTERNS:
        raise PatternFileError(msg("{where}: {k} patterns is over the maximum of {max}", where=where, k=k, max=MAX_PATTERNS))


def _load_npz(path: Path) -> PatternSet:
    try:
        with np.load(path, allow_pickle=False) as z:
            if "patterns" not in z.files:
                raise PatternFileError(msg("{file}: no array named 'patterns' in the archive", file=path.name))
            # check the declared shape before reading the data
            with zipfile.ZipFile(path) as zf:
                with zf.open("patterns.npy") as fh:
                    version = np.lib.format.read_magic(fh)
                    read = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                            else np.lib.format.read_array_header_2_0)
                    shape, _, dtype = read(fh)
            if len(shape) not in (2, 3):
                raise PatternFileError(msg("{file}: 'patterns' must have shape (K, N) or (K, rows, cols), not {shape}", file=path.name, shape=shape))
            rows, cols = (shape[1], shape[2]) if len(shape) == 3 else _grid_shape(shape[1])
            _check_sizes(shape[0], rows, cols, path.name)
            if dtype.kind not in "biuf":
                raise PatternFileError(msg("{file}: 'patterns' holds {dtype}, not numbers", file=path.name, dtype=dtype))
            arr = z["patterns"]
            names = None
            if "names" in z.files:
                nm = z["names"]
                if nm.dtype.kind in "US" and nm.shape == (shape[0],):
                    names = [str(x) for x in nm]
    except PatternFileError:
        raise
    except Exception:  # noqa: BLE001 - corrupt archives raise zlib, struct, zipfile… errors
        raise PatternFileError(msg("{file}: not a readable .npz pattern archive (damaged, or not made by NumPy)",
                                   file=path.name)) from None
    try:
        p = as_patterns(arr)
    except ValueError as exc:
        raise PatternFileError(msg("{file}: {error}", file=path.name, error=exc)) from None
    return PatternSet(p, rows, cols, names or [])


def _row_values(text: str, where: str) -> list[int]:
    out = []
    for ch in text:
        if ch in _ON:
            out.append(1)
        elif ch in _OFF:
            out.append(-1)
        else:
            raise PatternFileError(msg("{where}: unexpected character {ch!r} (use '#' for +1 and '.' for −1)", where=where, ch=ch))
    return out


def grid_rows(values, rows: int, cols: int) -> list[str]:
    """A pattern as human-editable text: one string per row, '#' for +1 and '.' for −1."""
    return ["".join("#" if v > 0 else "." for v in row) for row in np.asarray(values).reshape(rows, cols)]


def read_grid(grid, rows: int, cols: int, where: str, error=PatternFileError) -> np.ndarray:
    """The inverse of :func:`grid_rows`, checking every row; raises ``error`` with a clear message."""
    if not isinstance(grid, list) or len(grid) != rows or not all(isinstance(r, str) for r in grid):
        raise error(msg("{where}: 'grid' must be a list of {rows} strings", where=where, rows=rows))
    vals = []
    for j, row in enumerate(grid):
        try:
            rv = _row_values(row, msg("{where}, row {row}", where=where, row=j + 1))
        except PatternFileError as exc:
            raise error(exc.args[0]) from None
        if len(rv) != cols:
            raise error(msg("{where}, row {row}: {count} characters, expected {cols}", where=where, row=j + 1, count=len(rv), cols=cols))
        vals.extend(rv)
    return np.array(vals, np.int8)


def _load_json(path: Path) -> PatternSet:
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise PatternFileError(msg("{file}: not a text file (expected UTF-8 JSON)", file=path.name)) from None
    except json.JSONDecodeError as exc:
        # the position, not the parser's English words: the whole message can be translated
        raise PatternFileError(msg("{file}: not valid JSON (line {line}, column {column})", file=path.name,
                                   line=exc.lineno, column=exc.colno)) from None
    if not isinstance(doc, dict) or doc.get("format") != "hopfield-patterns":
        raise PatternFileError(msg('{file}: not a Hopfield pattern file (expected "format": "hopfield-patterns")', file=path.name))
    items = doc.get("patterns")
    if not isinstance(items, list):
        raise PatternFileError(msg("{file}: 'patterns' must be a list", file=path.name))
    rows, cols = doc.get("rows"), doc.get("cols")
    if not (isinstance(rows, int) and isinstance(cols, int)) or isinstance(rows, bool) or isinstance(cols, bool):
        raise PatternFileError(msg("{file}: 'rows' and 'cols' must be whole numbers", file=path.name))
    _check_sizes(len(items), rows, cols, path.name)
    n = rows * cols
    pats, names = [], []
    for i, item in enumerate(items):
        where = msg("{file}, pattern {number}", file=path.name, number=i + 1)
        if not isinstance(item, dict):
            raise PatternFileError(msg("{where}: each pattern must be an object with 'grid' or 'values'", where=where))
        if "grid" in item:
            vals = read_grid(item["grid"], rows, cols, where)
        elif "values" in item:
            vals = item["values"]
            if not isinstance(vals, list) or len(vals) != n or not all(
                    isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
                raise PatternFileError(msg("{where}: 'values' must be a list of {n} numbers", where=where, n=n))
        else:
            raise PatternFileError(msg("{where}: each pattern needs 'grid' or 'values'", where=where))
        try:
            pats.append(as_patterns(np.array(vals, dtype=np.float64), n)[0])
        except ValueError as exc:
            raise PatternFileError(msg("{where}: {error}", where=where, error=exc)) from None
        name = item.get("name", f"P{i + 1}")
        names.append(str(name)[:64])
    p = np.array(pats, dtype=np.int8).reshape(len(pats), n)
    return PatternSet(p, rows, cols, names)


def load_patterns(path) -> PatternSet:
    """Load a pattern set from ``.npz`` or ``.json``; raises PatternFileError with a clear message."""
    path = Path(path)
    if not path.exists():
        raise PatternFileError(msg("{file}: no such file", file=path))
    if path.is_dir():
        raise PatternFileError(msg("{file}: is a folder, not a pattern file", file=path))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PatternFileError(msg("{file}: cannot be read ({reason})", file=path, reason=exc.strerror)) from None
    if size > _MAX_FILE_BYTES:
        raise PatternFileError(msg("{file}: {megabytes:.0f} MB is too large for a pattern file", file=path.name, megabytes=size / 2**20))
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise PatternFileError(msg("{file}: cannot be read ({reason})", file=path, reason=exc.strerror)) from None
    if suffix == ".npz" or head.startswith(b"PK"):
        if not head.startswith(b"PK"):
            raise PatternFileError(msg("{file}: not a .npz archive", file=path.name))
        return _load_npz(path)
    if suffix == ".json":
        return _load_json(path)
    raise PatternFileError(msg("{file}: unknown pattern file type (use .npz or .json)", file=path.name))


def save_patterns(path, pset: PatternSet) -> None:
    """Save a pattern set as ``.npz`` or ``.json`` (chosen by the suffix), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    grid = pset.patterns.reshape(pset.k, pset.rows, pset.cols)
    if suffix == ".npz":
        import io as _io
        buf = _io.BytesIO()
        np.savez_compressed(buf, patterns=grid, names=np.array(pset.names, dtype=str))
        atomic_write(path, buf.getvalue())
    elif suffix == ".json":
        doc = {
            "format": "hopfield-patterns", "version": 1, "rows": pset.rows, "cols": pset.cols,
            "patterns": [
                {"name": name, "grid": grid_rows(g, pset.rows, pset.cols)}
                for name, g in zip(pset.names, grid, strict=True)
            ],
        }
        atomic_write(path, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    else:
        raise ValueError(msg("{file}: save as .npz or .json", file=path.name))
