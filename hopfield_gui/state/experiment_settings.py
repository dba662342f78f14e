"""The Experiments tab's settings as data, no Qt: which experiment is shown and what each one's form
holds, checked against the experiments' declarations (``core/experiment_kinds/``). Kept in sessions
(``"experiments"``) and remembered between launches, like the lab's settings; the tab's panel owns
the current value, its form widgets show it and send the user's edits.

A list typed in a form (the loads α of the basins, the β of the phase diagram) is kept as typed,
half-typed included: it is read when the experiment runs, by the same checks as the command line's,
so that saving never refuses the work of a teacher in the middle of a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.experiment_kinds import KINDS
from ..core.messages import msg
from .params import SEED_MAX

__all__ = ["ExperimentSettings", "SEED"]

SEED = "seed"  # the form's seed (not an experiment's setting: where the run's numbers come from)
DEFAULT_SEED = 1


def _defaults() -> dict[str, dict]:
    return {name: {**kind.form_values(), SEED: DEFAULT_SEED} for name, kind in KINDS.items()}


def check_value(kind: str, key: str, value):
    """``value`` for ``key`` of experiment ``kind``'s form if it fits (see
    :meth:`ExperimentKind.check_form_value`), else ValueError (a message)."""
    if key == SEED:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= SEED_MAX:
            raise ValueError(msg("{name} must lie between {lo} and {hi}, not {value}", name=f"{kind} {SEED}", lo=0,
                                 hi=SEED_MAX, value=value))
        return value
    return KINDS[kind].check_form_value(key, value)


@dataclass(frozen=True)
class ExperimentSettings:
    """``shown``: the experiment the tab shows; ``values``: experiment → form key → value (every key
    of every declared experiment, the defaults where nothing else was given)."""

    shown: str = next(iter(KINDS))
    values: dict = field(default_factory=_defaults)

    def of(self, kind: str) -> dict:
        """Experiment ``kind``'s form values (a copy)."""
        return dict(self.values[kind])

    def with_value(self, kind: str, key: str, value) -> ExperimentSettings:
        """A copy with ``key`` of ``kind`` set (ValueError, a message, if it does not fit)."""
        value = check_value(kind, key, value)
        return ExperimentSettings(self.shown, {**self.values, kind: {**self.values[kind], key: value}})

    def with_shown(self, kind: str) -> ExperimentSettings:
        if kind not in KINDS:
            raise ValueError(msg("unknown experiment {name!r}: choose one of {choices}", name=kind,
                                 choices=", ".join(KINDS)))
        return ExperimentSettings(kind, self.values)

    def to_dict(self) -> dict:
        return {"shown": self.shown, "settings": {k: dict(v) for k, v in self.values.items()}}

    @classmethod
    def from_dict(cls, d, where: str = "experiments", error=ValueError) -> ExperimentSettings:
        """Read what :meth:`to_dict` wrote: missing experiments and keys take their defaults, unknown
        ones are ignored (another version's), a value that does not fit raises ``error`` naming
        ``where``."""
        if not isinstance(d, dict) or not isinstance(d.get("settings", {}), dict):
            raise error(msg("{file}: 'experiments' must be an object", file=where))
        s = cls()
        try:
            if "shown" in d:
                s = s.with_shown(d["shown"])
            for kind, given in d.get("settings", {}).items():
                if kind not in KINDS:
                    continue
                if not isinstance(given, dict):
                    raise ValueError(msg("{file}: 'experiments' must be an object", file=kind))
                for key, value in given.items():
                    if key in s.values[kind]:
                        s = s.with_value(kind, key, value)
        except ValueError as exc:
            raise error(msg("{file}: {reason}", file=where, reason=exc)) from None
        return s
