"""The pattern library the explorer edits: plain Python, no Qt (the controller announces changes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..core.messages import msg
from ..core.patterns import as_state

MIN_SIDE, MAX_SIDE = 5, 128


@dataclass
class PatternEntry:
    name: str
    values: np.ndarray  # (N,) int8 ±1
    stored: bool = True
    text: str | None = None  # letters it was drawn from: drawn again, not stretched, when the grid changes

    def copy(self) -> PatternEntry:
        return PatternEntry(self.name, self.values.copy(), self.stored, self.text)


def resample(values: np.ndarray, rows: int, cols: int, new_rows: int, new_cols: int) -> np.ndarray:
    """Nearest-neighbour resampling of a flattened rows × cols grid."""
    g = np.asarray(values).reshape(rows, cols)
    ri = np.minimum((np.arange(new_rows) + 0.5) * rows / new_rows, rows - 1).astype(int)
    ci = np.minimum((np.arange(new_cols) + 0.5) * cols / new_cols, cols - 1).astype(int)
    return np.ascontiguousarray(g[np.ix_(ri, ci)]).reshape(-1).astype(np.int8)


class PatternLibrary:
    """An ordered list of named patterns on a rows × cols grid; some of them stored (K of them).

    Every change calls the subscribers with a short string saying what changed
    ("patterns", "stored", "grid").
    """

    def __init__(self, rows: int = 16, cols: int = 16):
        check_grid(rows, cols)
        self.rows, self.cols = rows, cols
        self.entries: list[PatternEntry] = []
        self._listeners: list[Callable[[str], None]] = []
        self._counter = 0

    # --- events -----------------------------------------------------------------------------
    def subscribe(self, fn: Callable[[str], None]) -> None:
        self._listeners.append(fn)

    def _emit(self, what: str) -> None:
        for fn in list(self._listeners):
            fn(what)

    # --- queries -----------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return self.rows * self.cols

    def __len__(self) -> int:
        return len(self.entries)

    def stored_indices(self) -> list[int]:
        return [i for i, e in enumerate(self.entries) if e.stored]

    @property
    def k(self) -> int:
        return len(self.stored_indices())

    def stored_patterns(self) -> np.ndarray:
        idx = self.stored_indices()
        if not idx:
            return np.zeros((0, self.n), np.int8)
        return np.array([self.entries[i].values for i in idx], dtype=np.int8)

    def new_name(self, prefix: str = "P") -> str:
        self._counter += 1
        names = {e.name for e in self.entries}
        while f"{prefix}{self._counter}" in names:
            self._counter += 1
        return f"{prefix}{self._counter}"

    # --- edits -------------------------------------------------------------------------------
    def insert(self, index: int, values, name: str | None = None, stored: bool = True, text: str | None = None) -> int:
        v = as_state(values)
        if v.size != self.n:
            raise ValueError(msg("the pattern has {neurons} neurons, the grid has {n}", neurons=v.size, n=self.n))
        index = max(0, min(index, len(self.entries)))
        self.entries.insert(index, PatternEntry(name or self.new_name(), v.copy(), stored, text))
        self._emit("patterns")
        return index

    def add(self, values, name: str | None = None, stored: bool = True, text: str | None = None) -> int:
        return self.insert(len(self.entries), values, name, stored, text)

    def remove(self, index: int) -> PatternEntry:
        e = self.entries.pop(index)
        self._emit("patterns")
        return e

    def move(self, src: int, dst: int) -> None:
        e = self.entries.pop(src)
        self.entries.insert(dst, e)
        self._emit("patterns")

    def set_values(self, index: int, values) -> None:
        v = as_state(values)
        if v.size != self.n:
            raise ValueError(msg("wrong pattern size"))
        self.entries[index].values = v.copy()
        self._emit("patterns")

    def rename(self, index: int, name: str) -> None:
        name = name.strip()[:64]
        if not name:
            raise ValueError(msg("a pattern needs a name"))
        if self.entries[index].name != name:
            self.entries[index].name = name
            self._emit("patterns")

    def set_stored(self, index: int, stored: bool) -> None:
        if self.entries[index].stored != bool(stored):
            self.entries[index].stored = bool(stored)
            self._emit("stored")

    def store_first(self, k: int) -> None:
        """Store the first ``k`` patterns of the library and no others (the K control)."""
        if not 0 <= k <= len(self.entries):
            raise ValueError(msg("K = {k} but the library holds {count} patterns", k=k, count=len(self.entries)))
        for i, e in enumerate(self.entries):
            e.stored = i < k
        self._emit("stored")

    def replace_all(self, rows: int, cols: int, entries: list[PatternEntry]) -> None:
        check_grid(rows, cols)
        for e in entries:
            if e.values.size != rows * cols:
                raise ValueError(msg("pattern size does not match the grid"))
        self.rows, self.cols = rows, cols
        self.entries = [e.copy() for e in entries]
        self._emit("grid")

    def snapshot(self) -> tuple[int, int, list[PatternEntry]]:
        return self.rows, self.cols, [e.copy() for e in self.entries]

    def resize(self, rows: int, cols: int, redraw: Callable[[str, int, int], np.ndarray] | None = None) -> None:
        """Change the grid; no pattern is lost. Patterns drawn from letters are drawn again at the new
        size with ``redraw(text, rows, cols)`` (a letter stretched from 20 × 20 to 128 × 128 stays a
        blocky 20 × 20 letter); the others are resampled (nearest neighbour)."""
        check_grid(rows, cols)
        for e in self.entries:
            if e.text is not None and redraw is not None:
                e.values = as_state(redraw(e.text, rows, cols))
            else:
                e.values = resample(e.values, self.rows, self.cols, rows, cols)
        self.rows, self.cols = rows, cols
        self._emit("grid")


def check_grid(rows: int, cols: int) -> None:
    if not (MIN_SIDE <= rows <= MAX_SIDE and MIN_SIDE <= cols <= MAX_SIDE):
        raise ValueError(
            msg(
                "grid sides must lie between {min} and {max}, not {rows} × {cols}",
                min=MIN_SIDE,
                max=MAX_SIDE,
                rows=rows,
                cols=cols,
            )
        )
