"""The letters the presets and the demo store, drawn once and shipped inside the package (the same on
every laptop in the room, whatever fonts it has). No Qt."""

from __future__ import annotations

import functools

from ..resources_access import resource, resource_path
from .io import PatternSet, load_patterns

__all__ = ["preset_letters"]


@functools.lru_cache(maxsize=None)
def preset_letters(rows: int, cols: int) -> PatternSet | None:
    """The bundled letters drawn at rows × cols (a PatternSet, read once: copy before changing it), or
    None if none ship at that size."""
    res = resource("presets", f"letters-{rows}x{cols}.json")
    if not res.is_file():
        return None
    with resource_path("presets", f"letters-{rows}x{cols}.json") as p:
        pset = load_patterns(p)
    pset.patterns.flags.writeable = False  # shared by every caller
    return pset
