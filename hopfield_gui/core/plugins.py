"""Finding plug-ins: the modules of a package that declare something (a plasticity rule, an
experiment) are imported and their declarations gathered, so that nothing else has to list them
(``plasticity_rules/``, ``experiment_kinds/``; README, "How to add…")."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Iterable

__all__ = ["discover"]


def discover(path: Iterable[str], package: str, declared: Callable[[object], Iterable], what: str) -> dict:
    """Name → declaration of every module of ``package`` (at ``path``) but ``kind`` (where the
    declarations' class lives); ``declared(module)``: the module's declarations, each with ``name``
    and ``order``; sorted by (order, name). RuntimeError when two declare one name (``what``:
    "plasticity rules", "experiments")."""
    found = []
    for info in pkgutil.iter_modules(path):
        if info.name != "kind":
            found.extend(declared(importlib.import_module(f"{package}.{info.name}")))
    found.sort(key=lambda k: (k.order, k.name))
    kinds = {k.name: k for k in found}
    if len(kinds) != len(found):
        raise RuntimeError(f"two {what} declare the same name")
    return kinds
