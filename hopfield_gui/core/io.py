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
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .messages import msg
from .patterns import MAX_NEURONS, as_patterns
from .reading import parse_json, read_file
from .writing import atomic_write

__all__ = ["PatternSet", "PatternFileError", "load_patterns", "save_patterns", "MAX_PATTERNS"]

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


def _grid_shape(n: int) -> tuple[int, int]:
    r = math.isqrt(n)
    return (r, r) if r * r == n else (1, n)


def _check_sizes(k: int, rows: int, cols: int, where: str) -> None:
    if rows < 1 or cols < 1:
        raise PatternFileError(msg("{where}: the grid must have at least one row and one column", where=where))
    if rows * cols > MAX_NEURONS:
        raise PatternFileError(
            msg("{where}: {rows} × {cols} neurons is over the maximum of 128 × 128", where=where, rows=rows, cols=cols)
        )
    if k > MAX_PATTERNS:
        raise PatternFileError(
            msg("{where}: {k} patterns is over the maximum of {max}", where=where, k=k, max=MAX_PATTERNS)
        )


#: What a names array may hold: K strings of at most 256 characters (a longer name is cut to 64 anyway)
_MAX_NAME_CHARS = 256


def _npy_header(zf: zipfile.ZipFile, member: str, file: str):
    """(shape, dtype) of ``member`` read from its header alone; then :func:`_unpacks_as_declared`
    before its data is read (a 3 MB archive whose names array unpacked to 5 GB was read for 49 s)."""
    info = zf.getinfo(member)
    with zf.open(info) as fh:
        version = np.lib.format.read_magic(fh)
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read(fh)
        header_end = fh.tell()
    if dtype.hasobject:
        raise PatternFileError(msg("{file}: '{name}' holds Python objects, which are never loaded", file=file,
                                   name=member[:-4]))
    return shape, dtype, header_end


def _unpacks_as_declared(zf: zipfile.ZipFile, member: str, shape, dtype, header_end: int, file: str) -> None:
    """What the archive says ``member`` unpacks to is exactly its header plus the data it declares."""
    expected = header_end + int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    if zf.getinfo(member).file_size != expected:
        raise PatternFileError(msg("{file}: '{name}' does not hold the data its header declares", file=file,
                                   name=member[:-4]))


def _load_npz(path: Path, data: bytes) -> PatternSet:
    import io as _io
    name = path.name
    try:
        with zipfile.ZipFile(_io.BytesIO(data)) as zf:
            members = set(zf.namelist())
            if "patterns.npy" not in members:
                raise PatternFileError(msg("{file}: no array named 'patterns' in the archive", file=name))
            # every member we read is checked from its header before its data is unpacked
            shape, dtype, end = _npy_header(zf, "patterns.npy", name)
            if len(shape) not in (2, 3):
                raise PatternFileError(msg("{file}: 'patterns' must have shape (K, N) or (K, rows, cols), not {shape}",
                                           file=name, shape=shape))
            rows, cols = (shape[1], shape[2]) if len(shape) == 3 else _grid_shape(shape[1])
            _check_sizes(shape[0], rows, cols, name)
            if dtype.kind not in "biuf":
                raise PatternFileError(msg("{file}: 'patterns' holds {dtype}, not numbers", file=name, dtype=dtype))
            _unpacks_as_declared(zf, "patterns.npy", shape, dtype, end, name)
            names = None
            if "names.npy" in members:
                n_shape, n_dtype, n_end = _npy_header(zf, "names.npy", name)
                chars = n_dtype.itemsize // (4 if n_dtype.kind == "U" else 1)
                if n_dtype.kind not in "US" or n_shape != (shape[0],) or chars > _MAX_NAME_CHARS:
                    raise PatternFileError(msg("{file}: 'names' must hold {k} texts of at most {chars} characters, "
                                               "one per pattern", file=name, k=shape[0], chars=_MAX_NAME_CHARS))
                _unpacks_as_declared(zf, "names.npy", n_shape, n_dtype, n_end, name)
                with zf.open("names.npy") as fh:
                    names = [str(x) for x in np.lib.format.read_array(fh, allow_pickle=False)]
            with zf.open("patterns.npy") as fh:
                arr = np.lib.format.read_array(fh, allow_pickle=False)
    except PatternFileError:
        raise
    except Exception:  # noqa: BLE001 - corrupt archives raise zlib, struct, zipfile… errors
        raise PatternFileError(msg("{file}: not a readable .npz pattern archive (damaged, or not made by NumPy)",
                                   file=name)) from None
    try:
        p = as_patterns(arr)
    except ValueError as exc:
        raise PatternFileError(msg("{file}: {error}", file=name, error=exc)) from None
    return PatternSet(p, rows, cols, [n[:64] for n in names] if names else [])


def _row_values(text: str, where: str) -> list[int]:
    out = []
    for ch in text:
        if ch in _ON:
            out.append(1)
        elif ch in _OFF:
            out.append(-1)
        else:
            raise PatternFileError(
                msg("{where}: unexpected character {ch!r} (use '#' for +1 and '.' for −1)", where=where, ch=ch)
            )
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
            raise error(
                msg(
                    "{where}, row {row}: {count} characters, expected {cols}",
                    where=where,
                    row=j + 1,
                    count=len(rv),
                    cols=cols,
                )
            )
        vals.extend(rv)
    return np.array(vals, np.int8)


def _load_json(path: Path, data: bytes) -> PatternSet:
    doc = parse_json(data, path.name, PatternFileError)
    if not isinstance(doc, dict) or doc.get("format") != "hopfield-patterns":
        raise PatternFileError(
            msg('{file}: not a Hopfield pattern file (expected "format": "hopfield-patterns")', file=path.name)
        )
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
    """Load a pattern set from ``.npz`` or ``.json``; raises PatternFileError with a clear message
    (a folder, a pipe, a device, a file too large, a damaged or hostile file: never a hang)."""
    path = Path(path)
    suffix = path.suffix.lower()
    data = read_file(path, _MAX_FILE_BYTES, PatternFileError)
    if suffix == ".npz" or data.startswith(b"PK"):
        if not data.startswith(b"PK"):
            raise PatternFileError(msg("{file}: not a .npz archive", file=path.name))
        return _load_npz(path, data)
    if suffix == ".json":
        return _load_json(path, data)
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
