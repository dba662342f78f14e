"""Every experiment of the Experiments tab and of ``hopfield``, one module each: a module of this
package that defines ``EXPERIMENT`` (an :class:`~.kind.ExperimentKind`) is found here and nowhere
else has to name it — the tab's list and forms, the subcommands, the slide figures and captions all
come from :data:`KINDS` (README, "How to add an experiment"). No Qt.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..messages import msg
from .kind import ExperimentKind, read_values

__all__ = ["KINDS", "kind", "ExperimentKind", "read_values"]


def _discover() -> dict[str, ExperimentKind]:
    found: list[ExperimentKind] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name == "kind":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "EXPERIMENT"):
            found.append(module.EXPERIMENT)
    found.sort(key=lambda k: (k.order, k.name))
    kinds = {k.name: k for k in found}
    if len(kinds) != len(found):
        raise RuntimeError("two experiments declare the same name")
    return kinds


#: name → experiment, in the tab's order
KINDS: dict[str, ExperimentKind] = _discover()


def kind(name: str) -> ExperimentKind:
    """The experiment called ``name`` (capacity, temperature, …), or a ValueError naming the choices."""
    try:
        return KINDS[name]
    except (KeyError, TypeError):
        raise ValueError(msg("unknown experiment {name!r}: choose one of {choices}", name=name,
                             choices=", ".join(KINDS))) from None
