"""What a state is: a stored pattern, a reversed pattern, a mixture, or none of these."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .patterns import overlaps

__all__ = ["StateLabel", "classify_state", "nearest_state", "stabilities", "most_correlated"]

RECALLED = 0.95  # |m| at or above: the state is (nearly) that pattern or its reverse
MIXTURE_SIZES = (3, 5, 7)  # odd: sign(±P¹ ± P² ± P³ …) then has no ties (Amit, Gutfreund & Sompolinsky 1985)


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

    A pattern when m^μ ≥ 0.95, its reverse when m^μ ≤ −0.95; a **mixture** when the state is (95 %
    of its neurons or more) the mixture state sign(Σ_μ s_μ P^μ) of its n most overlapping
    patterns, n = 3, 5 or 7, with the signs s_μ of their overlaps — the spurious states of the
    model, whose symmetric 3-mixture has m = ½ ½ ½; otherwise none. A state merely near several
    correlated patterns (letters share their white background) is not called a mixture.
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
    s = np.asarray(state)
    for n in MIXTURE_SIZES:
        if n > p.shape[0]:
            break
        members = tuple(int(mu) for mu in order[:n])
        signs = tuple(1 if m[mu] >= 0 else -1 for mu in members)
        mix = np.sign(sum(sg * p[mu].astype(np.int32) for mu, sg in zip(members, signs, strict=True)))
        if float(np.mean(mix == s)) >= RECALLED:
            return StateLabel("mixture", members, signs, m, energy_per_neuron)
    return StateLabel("none", (), (), m, energy_per_neuron)


NEAR = 0.5  # |m| at or above: at finite β the state fluctuates around that pattern (or its reverse)
CLOSE = 0.75  # |m| at or above: near that pattern even if the state also looks like a mixture
NEAR_MIXTURE = 0.8  # fraction of neurons: near the mixture state of its most overlapping patterns


def nearest_state(patterns, state, energy_per_neuron: float | None = None) -> StateLabel:
    """What a fluctuating state (finite β) is near: a pattern ("near"), a reversed pattern
    ("near-reversed"), a mixture ("near-mixture"), or none of them (the overlaps tell the largest
    |m|). A state that :func:`classify_state` recognises keeps that label (kind "pattern", …):
    at finite β a recalled pattern has m = tanh(βm/2) < 1, so it is called near it, not in it,
    when a few neurons are flipped by the noise."""
    label = classify_state(patterns, state, energy_per_neuron)
    if label.kind in ("pattern", "reversed") or label.overlaps.size == 0:
        return label
    p, m = np.asarray(patterns), label.overlaps
    order = np.argsort(-np.abs(m), kind="stable")
    top = int(order[0])
    sign = 1 if m[top] >= 0 else -1
    if abs(m[top]) >= CLOSE:  # near one pattern, even if the state also matches a mixture with it
        return StateLabel("near" if sign > 0 else "near-reversed", (top,), (sign,), m, energy_per_neuron)
    if label.kind == "mixture":
        return label
    s = np.asarray(state)
    for n in MIXTURE_SIZES:
        if n > p.shape[0]:
            break
        members = tuple(int(mu) for mu in order[:n])
        signs = tuple(1 if m[mu] >= 0 else -1 for mu in members)
        mix = np.sign(sum(sg * p[mu].astype(np.int32) for mu, sg in zip(members, signs, strict=True)))
        if float(np.mean(mix == s)) >= NEAR_MIXTURE:
            return StateLabel("near-mixture", members, signs, m, energy_per_neuron)
    if abs(m[top]) >= NEAR:
        return StateLabel("near" if sign > 0 else "near-reversed", (top,), (sign,), m, energy_per_neuron)
    return label


def stabilities(weights, patterns=None) -> np.ndarray:
    """Stabilities P_i^μ h_i(P^μ) of every bit of every stored pattern, shape (K, N).

    Negative values are the bits that flip on the first update at that pattern.
    """
    p = weights.patterns if patterns is None else np.asarray(patterns)
    return np.array([x * weights.fields(x) for x in p])


#: |C_μν| from which stored patterns count as strongly correlated: random patterns of N neurons
#: overlap by about 1/√N (0.05 at N = 400); letters on a shared white background by 0.4–0.7.
CORRELATED = 0.3


def most_correlated(patterns, limit: int = 64) -> tuple[int, int, float] | None:
    """(μ, ν, C_μν) of the two most overlapping of the first ``limit`` patterns (by |C_μν|, μ ≠ ν),
    or None with fewer than two; cheap enough to call at every change of the stored set."""
    p = np.asarray(patterns)[:limit].astype(np.float64)
    if p.shape[0] < 2:
        return None
    c = (p @ p.T) / p.shape[1]
    np.fill_diagonal(c, 0.0)
    mu, nu = np.unravel_index(int(np.argmax(np.abs(c))), c.shape)
    return int(mu), int(nu), float(c[mu, nu])
