"""Every plasticity rule of the lab, one module each: a module of this package that defines
``RULES`` (a tuple of :class:`~.kind.RuleKind`) is found here and nowhere else has to name it — the
lab's list, its parameter table, the player, sessions and ``hopfield plasticity --rule`` all come
from :data:`KINDS` (README, "How to add a plasticity rule"). No Qt.
"""

from __future__ import annotations

from ..messages import msg
from ..plugins import discover
from .kind import Course, Option, RuleKind, Trace, spike_frequency

__all__ = ["KINDS", "kind", "kind_of", "RuleKind", "Option", "Trace", "Course", "spike_frequency"]


#: name → rule, in the lab's order (from the least to the most detailed)
KINDS: dict[str, RuleKind] = discover(__path__, __name__, lambda module: getattr(module, "RULES", ()),
                                      "plasticity rules")


def kind(name: str) -> RuleKind:
    """The rule called ``name`` (pair, triplet, …), or a ValueError naming the choices."""
    try:
        return KINDS[name]
    except (KeyError, TypeError):
        raise ValueError(msg("unknown rule {name!r}: choose one of {choices}", name=name,
                             choices=", ".join(KINDS))) from None


def kind_of(rule) -> RuleKind:
    """The declaration of a rule object (the first kind whose type it is)."""
    for k in KINDS.values():
        if isinstance(rule, k.rule_type):
            return k
    raise ValueError(msg("unknown rule {name!r}: choose one of {choices}", name=type(rule).__name__,
                         choices=", ".join(KINDS)))
