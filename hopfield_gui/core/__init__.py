"""Hopfield Explorer's NumPy core: no Qt, usable from a notebook.

>>> import numpy as np
>>> from hopfield_gui import core
>>> rng = np.random.default_rng(0)
>>> P = core.random_patterns(10, 400, rng)            # K = 10 patterns, N = 400
>>> net = core.Network(core.build_weights(P), core.flip_noise(P[0], 0.2, rng), beta=np.inf, rng=rng)
>>> traj = net.run(20, until_stable=True)
>>> round(float(traj.overlaps[-1, 0]), 3)             # pattern 0 recalled
1.0
"""

from .patterns import (MAX_NEURONS, as_patterns, as_state, checkerboard, flip_noise, mask,
                       overlap_matrix, overlaps, random_patterns, stripes)
from .rules import (DENSE_BUDGET_BYTES, RULES, DenseWeights, HebbWeights, MemoryBudgetError,
                    Weights, build_weights)
from .network import MODES, Network, Trajectory, parse_beta, thresholds
from .io import PatternFileError, PatternSet, load_patterns, save_patterns
from .writing import WriteError, atomic_write
from . import experiments, theory

__all__ = [
    "MAX_NEURONS", "as_patterns", "as_state", "checkerboard", "flip_noise", "mask",
    "overlap_matrix", "overlaps", "random_patterns", "stripes",
    "DENSE_BUDGET_BYTES", "RULES", "DenseWeights", "HebbWeights", "MemoryBudgetError", "Weights",
    "build_weights", "MODES", "Network", "Trajectory", "parse_beta", "thresholds",
    "PatternFileError", "PatternSet", "WriteError", "atomic_write", "load_patterns", "save_patterns",
    "experiments", "theory",
]
