"""What a state is: a stored pattern, a reversed pattern, a mixture, or none of these."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .patterns import overlaps

__all__ = ["StateLabel", "classify_state", "stabilities"]

RECALLED = 0.95  # |m| at or above: the state is (nearly) that pattern or its reverse
PRESENT = 0.2  # |m| at or above: the pattern takes part in a mixture


@dataclass(frozen=True)
class StateLabel:
    kind: str  # "pattern" | "reversed" | "mixture" | "none"
    members: tuple  # pattern indices involved (in decreasing |m|)
    signs: tuple  # +1 / −1 for each member
    overlaps: np.ndarray  # all K overlaps
    energy_per_neuron: float | None = None

    def describe(self, names=None) -> str:
        nm = (lambda mu: names[mu]) if names is not None else (lambda mu: f"P{mu + 1}")
        if self.kind == "pattern":
            mu = self.members[0]
            return f"pattern {nm(mu)} (m = {self.overlaps[mu]:+.3f})"
        if self.kind == "reversed":
            mu = self.members[0]
            return f"reversed pattern −{nm(mu)} (m = {self.overlaps[mu]:+.3f})"
        if self.kind == "mixture":
            parts = [f"{'' if s > 0 else '−'}{nm(mu)}" for mu, s in zip(self.members, self.signs, strict=True)]
            ms = ", ".join(f"{self.overlaps[mu]:+.2f}" for mu in self.members)
            return f"mixture of {', '.join(parts)} (m = {ms})"
        return "none of the stored patterns"


def classify_state(patterns, state, energy_per_neuron: float | None = None) -> StateLabel:
    """Label ``state`` with respect to the stored ``patterns`` (K, N).

    A pattern when m^μ ≥ 0.95, its reverse when m^μ ≤ −0.95, a mixture when two or more patterns
    have |m| ≥ 0.2 (e.g. the symmetric 3-mixture has m = ½ ½ ½), otherwise none.
    """
    p = np.asarray(patterns)
    if p.ndim != 2 or p.shape[0] == 0:
        return StateLabel("none", (), (), np.zeros(0), energy_per_neuron)
    m = overlaps(p, state)
    order = np.argsort(-np.abs(m), kind="stable")
    top = int(order[0])
    if m[top] >= RECALLED:
        return StateLabel("pattern", (top,), (1,), m, energy_per_neuron)
    if m[top] <= -RECALLED:
        return StateLabel("reversed", (top,), (-1,), m, energy_per_neuron)
    members = tuple(int(mu) for mu in order if abs(m[mu]) >= PRESENT)
    if len(members) >= 2:
        return StateLabel("mixture", members, tuple(int(np.sign(m[mu])) for mu in members), m, energy_per_neuron)
    return StateLabel("none", (), (), m, energy_per_neuron)


def stabilities(weights, patterns=None) -> np.ndarray:
    """Stabilities P_i^μ h_i(P^μ) of every bit of every stored pattern, shape (K, N).

    Negative values are the bits that flip on the first update at that pattern.
    """
    p = weights.patterns if patterns is None else np.asarray(patterns)
    return np.array([x * weights.fields(x) for x in p])
