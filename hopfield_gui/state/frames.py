"""What crosses between the window and the simulation worker: plain, immutable data (no Qt).

The window sends a :class:`SimConfig` (what to build the network from) and :class:`CueSpec` (where
a run starts); the worker sends back :class:`Frame` copies. Every array in a frame is the worker's
copy, so the two threads never share a mutable array.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["SimConfig", "CueSpec", "Frame"]


@dataclass(frozen=True)
class SimConfig:
    """What the network is built from: the stored patterns and the rule."""

    patterns: np.ndarray  # (K, N) int8
    rows: int
    cols: int
    rule: str = "hebb"
    self_coupling: bool = False
    stored_ids: tuple = ()  # library indices of the stored patterns (for colours)
    connectivity: float = 1.0  # the network's structure (core.structure.network_weights)
    pruned: float = 0.0
    clipped: bool = False
    structure_seed: int = 0  # the same seed: nested structures (removing keeps a subset)

    def weights(self, should_stop=None):
        """The network's weights, built by the one function the window, the worker and the Weights view share."""
        from ..core.structure import network_weights
        return network_weights(self.patterns, self.rule, self.self_coupling, self.connectivity, self.pruned,
                               self.clipped, self.structure_seed, should_stop)


@dataclass(frozen=True)
class CueSpec:
    """Where a run starts: stored pattern ``mu`` with ``noise`` flipped and ``masked`` erased,
    or a random state."""

    kind: str = "pattern"  # "pattern" | "random" | "state"
    mu: int = 0
    noise: float = 0.0
    masked: float = 0.0
    region: tuple | None = None  # with masked: erase this rectangle (core.patterns.mask) instead of random pixels
    mask_fill: str = "blank"  # "blank" (−1) or "random"
    state: np.ndarray | None = None
    time: float = 0.0  # with kind "state": the clock starts here (whole sweeps)


@dataclass(frozen=True)
class Frame:
    """One picture of the worker's network; every array is the worker's copy."""

    generation: int  # increases with every new configuration or cue
    rows: int
    cols: int
    state: np.ndarray
    times: np.ndarray  # new samples since the previous frame (time in sweeps)
    overlaps: np.ndarray  # (samples, K)
    energy: np.ndarray  # (samples,)
    time: float
    k: int
    beta: float
    mode: str
    running: bool
    converged: bool
    cycle: bool
    restart: bool  # curves start again from this frame
    stored_ids: tuple = ()
    cue_mu: int = 0
    patterns: np.ndarray | None = field(default=None, repr=False)
    # every command the worker had received when it made this frame (configure, β, mode, speed, seed, reset,
    # run, pause, step): the one token by which the window knows a frame was made before its last command
    commands: int = 0
    visit: tuple | None = None  # slow motion: (neuron i, field h_i, P[S_i = +1], S_i after the update)
    step_overlaps: np.ndarray | None = None  # (samples,) S(t)·S(t−1)/N, synchronous updates (NaN otherwise)
    cue_state: np.ndarray | None = field(default=None, repr=False)  # with restart: the state the run started from
