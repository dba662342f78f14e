"""The lab's controller: owns :class:`~hopfield_gui.state.lab.LabParams`, computes the curves and the
played protocol in the background, and announces them. No widget here.

Edits arrive keyed by field, ``edit({LAB.play_dt: 20.0})``, or as ``update(**changes)`` and the
helpers below; the new settings are checked first (a bad value is said, and the widgets of the
refused fields are told the value that still holds). Each field announces its own new value in
``events`` (``state/evented.py``): a widget listens to the one it shows. Curves are computed
by a background job (``background/jobs.py``: the latest request wins, so dragging a slider never
queues stale work), one rule at a time, and kept per (rule, protocol): comparing rules does not
recompute the ones already drawn.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal

from ...core import plasticity as pl
from ...core import plasticity_lab as lab
from ...core import plasticity_rules
from ...state.evented import FieldEvents, names
from ...state.lab import LAB, MAX_PINNED, LabError, LabParams, LabPreset, RuleChoice
from ..background.jobs import Jobs
from ..i18n.messages import explain

CURVE_FIELDS = {LAB.choice, LAB.protocol, LAB.pinned}  # what the three panels' curves depend on
PLAY_FIELDS = {LAB.choice, LAB.protocol, LAB.play_panel, LAB.play_dt, LAB.play_freq}  # and the played course


def compute_curves(ctx, wanted: list[tuple[RuleChoice, str]], other: tuple[RuleChoice, str] | None):
    """The background job: the curves of each (rule, protocol) asked for, then the Sjöström curves
    of the current rule under the other protocol (drawn faintly: the protocol trap at a glance)."""
    out = {}
    for choice, protocol in wanted:
        if ctx.cancelled():
            break
        out[(choice, protocol)] = lab.lab_curves(choice.kind, choice.build(), protocol)
    ghost = None
    if other is not None and not ctx.cancelled() and plasticity_rules.kind(other[0].kind).timing:
        ghost = (*other, pl.pairing(other[0].build(), lab.PAIRING_HZ, lab.PAIRING_DT, other[1]).T)
    return out, ghost


def compute_played(ctx, p: LabParams):
    return lab.play(p.choice.kind, p.choice.build(), p.play_panel, p.protocol, p.play_dt, p.play_freq)


class LabController(QtCore.QObject):
    curvesReady = Signal(object)  # [(RuleChoice, Curves)], the current rule first
    playedReady = Signal(object)  # plasticity_lab.Played
    error = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._params = LabParams()
        self.events = FieldEvents(LabParams)  # one event per setting: its new value
        self.jobs = Jobs("plasticity", parent=self)
        self._cache: dict[tuple[RuleChoice, str], lab.Curves] = {}
        self.last_curves: list = []
        self.other_protocol = None  # (RuleChoice, protocol, dw (2, n)): the current rule, other protocol
        self.last_played = None

    @property
    def params(self) -> LabParams:
        return self._params

    # --- edits ------------------------------------------------------------------------------------
    def edit(self, changes: dict) -> bool:
        """A user's edit, keyed by field (``{LAB.play_dt: 20.0}``): see :meth:`update`."""
        return self.update(**names(changes, LabParams))

    def update(self, **changes) -> bool:
        """Apply ``changes`` to the settings if they hold; else say why (and re-announce the old)."""
        try:
            new = self._params.with_changes(**changes).validate()
        except (LabError, ValueError) as exc:
            self.error.emit(explain(exc))
            self.events.repeat(self._params, [getattr(LAB, name) for name in changes])
            return False
        self._set(new)
        return True

    def _set(self, new: LabParams) -> None:
        old, self._params = self._params, new
        self.events.announce(old, new)
        changed = {f for f in CURVE_FIELDS | PLAY_FIELDS if getattr(old, f.name) != getattr(new, f.name)}
        if changed & CURVE_FIELDS or not self.last_curves:
            self.recompute()
        if changed & PLAY_FIELDS or self.last_played is None:
            self.replay()

    def set_rule(self, kind: str) -> None:
        if kind != self._params.choice.kind:
            self.update(choice=RuleChoice(kind, pl.DEFAULT_SET[kind]))

    def set_parameter_set(self, name: str) -> None:
        if name != self._params.choice.set_name:
            self.update(choice=RuleChoice(self._params.choice.kind, name))

    def set_param(self, name: str, value) -> None:
        self.update(choice=self._params.choice.with_param(name, value))

    def reset_params(self) -> None:
        self.update(choice=RuleChoice(self._params.choice.kind, self._params.choice.set_name))

    def pin(self) -> None:
        """Keep the current rule on the plots for comparison."""
        p = self._params
        if p.choice in p.pinned:
            return
        if len(p.pinned) >= MAX_PINNED:
            self.error.emit(self.tr("At most {count} rules can be compared at once: clear some first.")
                            .format(count=MAX_PINNED))
            return
        self.update(pinned=p.pinned + (p.choice,))

    def clear_pins(self) -> None:
        self.update(pinned=())

    def apply_preset(self, preset: LabPreset) -> None:
        self._set(preset.params.validate())

    def open(self, params: LabParams) -> None:
        """Settings from a session (already checked)."""
        self._set(params)

    # --- computing ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Compute what is shown, if not yet done (the lab is first opened)."""
        if not self.last_curves and not self.jobs.busy("curves"):
            self.recompute()
        if self.last_played is None and not self.jobs.busy("play"):
            self.replay()

    def recompute(self) -> None:
        p = self._params
        rules = [p.choice, *(c for c in p.pinned if c != p.choice)]
        wanted = [(c, p.protocol) for c in rules if (c, p.protocol) not in self._cache]
        other = (p.choice, "bursts" if p.protocol == "continuous" else "continuous")
        ghost_ready = self.other_protocol is not None and self.other_protocol[:2] == other
        if not wanted and ghost_ready:
            self._announce_curves()
            return
        self.jobs.submit("curves", compute_curves, wanted, None if ghost_ready else other,
                         on_done=self._curves_done)

    def _curves_done(self, result, error) -> None:
        if error is not None:
            self.error.emit(explain(error) if isinstance(error, ValueError) else
                            self.tr("internal error in the plasticity lab:") + "\n"
                            + getattr(error, "traceback_text", repr(error)))
            return
        curves, ghost = result
        if len(self._cache) > 200:  # a long slider drag leaves many; keep what is shown
            keep = {(c, self._params.protocol) for c in (self._params.choice, *self._params.pinned)}
            self._cache = {k: v for k, v in self._cache.items() if k in keep}
        self._cache.update(curves)
        if ghost is not None:
            self.other_protocol = ghost
        self._announce_curves()

    def _announce_curves(self) -> None:
        p = self._params
        rules = [p.choice, *(c for c in p.pinned if c != p.choice)]
        ready = [(c, self._cache[(c, p.protocol)]) for c in rules if (c, p.protocol) in self._cache]
        if ready and ready[0][0] == p.choice:  # the current rule's curves first, always
            self.last_curves = ready
            self.curvesReady.emit(ready)

    def replay(self) -> None:
        self.jobs.submit("play", compute_played, self._params, on_done=self._played_done)

    def _played_done(self, result, error) -> None:
        if error is not None:
            self.error.emit(explain(error) if isinstance(error, ValueError) else repr(error))
            return
        self.last_played = result
        self.playedReady.emit(result)

    def busy(self) -> bool:
        return self.jobs.busy()

    def shutdown(self) -> None:
        self.jobs.shutdown()
