"""Every experiment of the Experiments tab and of ``hopfield``, one module each: a module of this
package that defines ``EXPERIMENT`` (an :class:`~.kind.ExperimentKind`) is found here and nowhere
else has to name it — the tab's list and forms, the subcommands, the slide figures and captions all
come from :data:`KINDS` (README, "How to add an experiment"). No Qt.
"""

from __future__ import annotations

from ..messages import msg
from ..plugins import discover
from .kind import ExperimentKind, read_values

__all__ = ["KINDS", "kind", "ExperimentKind", "read_values"]


#: name → experiment, in the tab's order
KINDS: dict[str, ExperimentKind] = discover(
    __path__, __name__, lambda module: [module.EXPERIMENT] if hasattr(module, "EXPERIMENT") else [], "experiments")


def kind(name: str) -> ExperimentKind:
    """The experiment called ``name`` (capacity, temperature, …), or a ValueError naming the choices."""
    try:
        return KINDS[name]
    except (KeyError, TypeError):
        raise ValueError(msg("unknown experiment {name!r}: choose one of {choices}", name=name,
                             choices=", ".join(KINDS))) from None
