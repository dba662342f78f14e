"""The files shipped inside the package (translations, icon, preset letters), found through
``importlib.resources`` so that they are found installed, editable and frozen alike."""

from __future__ import annotations

import functools
import importlib.resources
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def resource(*parts: str):
    """A Traversable for ``hopfield_gui/resources/<parts…>``."""
    return importlib.resources.files("hopfield_gui").joinpath("resources", *parts)


@contextmanager
def resource_path(*parts: str) -> Iterator[Path]:
    """A real file path for a resource (a temporary copy only if the package is zipped)."""
    with importlib.resources.as_file(resource(*parts)) as p:
        yield Path(p)


@functools.lru_cache(maxsize=None)
def preset_letters(rows: int, cols: int):
    """The bundled letters drawn at rows × cols (a core PatternSet, read once: copy before changing
    it), or None if none ship at that size."""
    from .core.io import load_patterns
    res = resource("presets", f"letters-{rows}x{cols}.json")
    if not res.is_file():
        return None
    with resource_path("presets", f"letters-{rows}x{cols}.json") as p:
        pset = load_patterns(p)
    pset.patterns.flags.writeable = False  # shared by every caller
    return pset


def check_resources() -> list[str]:
    """What is missing among the shipped resources (for ``--self-test``, installed or frozen)."""
    problems = []
    for rows, cols, names in ((20, 20, ["A", "B", "C"]), (12, 12, ["X", "O"])):
        try:
            pset = preset_letters(rows, cols)
        except (OSError, ValueError) as exc:
            problems.append(f"the preset letters {rows}x{cols} cannot be read: {exc}")
            continue
        if pset is None or pset.names != names:
            problems.append(f"the preset letters {rows}x{cols} are missing")
    if not resource("icons", "hopfield-explorer.png").is_file():
        problems.append("the window icon is missing")
    return problems
