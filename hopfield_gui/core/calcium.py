"""The calcium-based rule (Graupner & Brunel 2012, PNAS 109:3991): the authors' analytic readout of
the mean change for periodic protocols, and an event-driven simulation of one synapse (or many)
with its noise, for the Plasticity lab's animation and to check the readout.

No Qt: import it in a notebook. Calcium c jumps by C_pre at t_pre + D and by C_post at t_post and
decays with τ_Ca; the efficacy ρ follows

    τ·dρ/dt = −ρ(1−ρ)(ρ* − ρ) + γ_p(1−ρ)Θ[c − θ_p] − γ_d·ρ·Θ[c − θ_d] + σ·√τ·√(Θ[c − θ_p] + Θ[c − θ_d])·η(t)

(noise as in the PNAS correction, 10.1073/pnas.1220044110). Times in ms except τ (s).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from ._kernels import jit
from . import limits
from .messages import msg

__all__ = ["Calcium", "CALCIUM_SETS", "calcium_set", "calcium_time_above", "calcium_change", "readout",
           "times_above", "calcium_spikes_change", "calcium_run", "calcium_simulated_change"]


@dataclass(frozen=True)
class Calcium:
    """Graupner & Brunel (2012, PNAS 109:3991; noise per the correction, PNAS 10.1073/pnas.1220044110).
    Times: tau_ca and d in ms, tau in s."""

    tau_ca: float
    c_pre: float
    c_post: float
    theta_d: float
    theta_p: float
    gamma_d: float
    gamma_p: float
    sigma: float
    tau: float
    d: float
    beta: float  # fraction of synapses initially DOWN
    b: float  # w₁/w₀, the UP weight over the DOWN weight
    rho_star: float = 0.5


#: The authors' own sets (mgraupe/CalciumBasedPlasticityModel, synapticChange.py).
CALCIUM_SETS: dict[str, Calcium] = {
    "dp": Calcium(20.0, 1.0, 2.0, 1.0, 1.3, 200.0, 321.808, 2.8284, 150.0, 13.7, 0.5, 5.0),
    "cortical": Calcium(22.6936, 0.5617539, 1.23964, 1.0, 1.3, 331.909, 725.085, 3.3501, 346.3615, 4.6098, 0.5,
                        5.40988),
    "hippocampal-slices": Calcium(48.8373, 1.0, 0.275865, 1.0, 1.3, 313.0965, 1645.59, 9.1844, 688.355, 18.8008,
                                  0.7, 5.28145),
    # Dudek & Bear (1992), pre spikes alone: a single pulse's calcium (1.6) passes θ_d but not θ_p (1.83);
    # summation (τ_Ca = 105 ms) passes θ_p from about 10 Hz on. τ_Ca, C_pre, θ_p, γ_d, γ_p fitted here by
    # least squares to the sign pattern they found (−20 % at 1–3 Hz, 0 at 10 Hz, +15 % at 50 Hz; no
    # digitised points exist), the noise, τ, β and b of the DP set kept; C_post and D (unused by a
    # frequency protocol) as DP. README, "Plasticity".
    "dudek-bear": Calcium(105.0, 1.6, 2.0, 1.0, 1.83, 4.07, 11.5, 2.8284, 150.0, 13.7, 0.5, 5.0),
}
FITTED_TO = {"dp": msg("the qualitative STDP curve (Graupner & Brunel 2012, Fig. 2)"),
             "cortical": msg("Sjöström et al. (2001), 75 pairs in a row (the authors' own fit)"),
             "hippocampal-slices": msg("hippocampal slices (Wittenberg & Wang 2006)"),
             "dudek-bear": msg("Dudek & Bear (1992)'s sign pattern: LTD at 1–3 Hz, ≈ 0 near 10 Hz, LTP at 50 Hz")}


def calcium_set(name: str, **overrides) -> Calcium:
    if name not in CALCIUM_SETS:
        raise ValueError(msg("unknown parameter set {name!r}: choose one of {choices}", name=name,
                             choices=", ".join(CALCIUM_SETS)))
    unknown = set(overrides) - set(Calcium.__dataclass_fields__)
    if unknown:
        raise ValueError(msg("unknown parameter {name!r}", name=sorted(unknown)[0]))
    return replace(CALCIUM_SETS[name], **{k: float(v) for k, v in overrides.items()})


def calcium_time_above(p: Calcium, freq: float, dt: float | None) -> tuple[float, float]:
    """(α_d, α_p): the fractions of a period the periodic steady-state calcium spends above θ_d and
    θ_p, for pairs at ``freq`` Hz (pre at 0, post at Δt; ``dt`` None: pre spikes alone). Exact: the
    steady-state level just after each jump is a geometric sum, and between jumps calcium decays,
    so the crossings are solved for."""
    period = 1000.0 / freq
    phases = np.array([p.d % period] + ([dt % period] if dt is not None else []))
    amps = np.array([p.c_pre] + ([p.c_post] if dt is not None else []))
    order = np.argsort(phases, kind="stable")
    phases, amps = phases[order], amps[order]
    lag = np.mod(phases[:, None] - phases[None, :], period)  # from jump j to just after jump k
    after = (amps[None, :] * np.exp(-lag / p.tau_ca)).sum(axis=1) / (1.0 - math.exp(-period / p.tau_ca))
    gaps = np.diff(np.append(phases, phases[0] + period))
    return (_time_above(after, gaps, p.theta_d, p.tau_ca) / period,
            _time_above(after, gaps, p.theta_p, p.tau_ca) / period)


def _time_above(after: np.ndarray, gaps: np.ndarray, theta: float, tau_ca: float) -> float:
    """Time spent above θ by a calcium that jumps to ``after[k]`` and then decays freely for
    ``gaps[k]`` ms: from each jump until it falls through θ (τ_Ca·ln(c/θ)) or the next jump."""
    with np.errstate(divide="ignore"):
        reach = np.where(after > theta, tau_ca * np.log(np.maximum(after, 1e-300) / theta), 0.0)
    return float(np.minimum(reach, gaps).sum())


def calcium_change(p: Calcium, freq: float, dt: float | None, n: int = 60) -> float:
    """dw = w_after/w_before − 1 after ``n`` pairs at ``freq`` Hz (the authors' analytic readout:
    Gaussian ρ at the end of the protocol, transition probabilities U (DOWN→UP) and D (UP→DOWN))."""
    if not (freq > 0 and n >= 1):
        raise ValueError(msg("a protocol needs at least one pair and a positive frequency"))
    a_d, a_p = calcium_time_above(p, freq, dt)
    total = n / freq * 1000.0  # ms
    return readout(p, a_d * total, a_p * total)


def readout(p: Calcium, time_d: float, time_p: float) -> float:
    """The analytic readout from the total times (ms) calcium spent above θ_d and θ_p. Without the
    cubic term ρ only moves while calcium is above a threshold, so the Gaussian ρ(T) of the
    authors' formula depends on these two times alone: mean ρ̄ + (ρ₀ − ρ̄)e^(−(γ_d·T_d + γ_p·T_p)/τ),
    ρ̄ = γ_p·T_p/(γ_d·T_d + γ_p·T_p), variance σ²(T_d + T_p)/(2(γ_d·T_d + γ_p·T_p))·(1 − e^(−2(…)/τ))."""
    tau_ms = p.tau * 1000.0
    g = p.gamma_d * time_d + p.gamma_p * time_p  # ms, the summed drive
    if g == 0:
        return 0.0
    rho_bar = p.gamma_p * time_p / g
    decay = math.exp(-g / tau_ms)
    var = 0.5 * p.sigma ** 2 * (time_d + time_p) / g * (1 - math.exp(-2 * g / tau_ms))
    sd = math.sqrt(max(var, 1e-300))

    def above(rho0):  # P(ρ(T) > ρ*) from ρ0
        mean = rho_bar + (rho0 - rho_bar) * decay
        return 0.5 * (1 - math.erf((p.rho_star - mean) / (math.sqrt(2) * sd)))

    return _ratio(p, above(0.0), 1 - above(1.0)) - 1.0


def times_above(p: Calcium, pre, post) -> tuple[float, float]:
    """(T_d, T_p): the exact times (ms) the calcium of these spike trains spends above θ_d and θ_p
    (between events it decays from a known level, so each crossing is solved for)."""
    ev_t, ev_c = _events(p, pre, post)
    after = np.empty(ev_t.size)  # calcium just after each event
    c, last = 0.0, ev_t[0] if ev_t.size else 0.0
    for k in range(ev_t.size):
        c = c * math.exp(-(ev_t[k] - last) / p.tau_ca) + ev_c[k]
        last = ev_t[k]
        after[k] = c
    gaps = np.append(np.diff(ev_t), np.inf)
    return _time_above(after, gaps, p.theta_d, p.tau_ca), _time_above(after, gaps, p.theta_p, p.tau_ca)


def calcium_spikes_change(p: Calcium, pre, post) -> float:
    """dw = w_after/w_before − 1 for any spike trains: the readout of their exact times above the
    thresholds (for periodic pairs the same as :func:`calcium_change` but for the first pair's
    onset; for the Sjöström bursts, trains of pairs separated by silences)."""
    return readout(p, *times_above(p, pre, post))


def _ratio(p: Calcium, up: float, down: float) -> float:
    """w_after/w_before when a fraction ``up`` of the DOWN synapses went UP and ``down`` of the UP
    ones went DOWN (β of them DOWN before; an UP synapse weighs b times a DOWN one)."""
    return ((p.beta * (1 - up) + (1 - p.beta) * down + p.b * (p.beta * up + (1 - p.beta) * (1 - down)))
            / (p.beta + (1 - p.beta) * p.b))


# --- the event-driven simulation ----------------------------------------------------------------------
@jit
def _run(ev_t, ev_c, t0, t_end, tau_ca, theta_d, theta_p, gamma_d, gamma_p, sigma, tau_ms, rho_star, rho0, step,
         bistable, seed, sample_t, out_c, out_rho):
    """ρ at ``t_end`` for each entry of ``rho0`` (one synapse each). Between events calcium decays
    exactly and the times it falls through θ_p and θ_d are solved for, so the noisy drive is
    integrated (Euler–Maruyama, steps ≤ ``step`` ms) only while calcium is above a threshold; below
    both only the slow bistable drift acts (steps ≤ 50 ms). Synapse 0 is recorded at ``sample_t``."""
    np.random.seed(seed)
    final = np.empty(rho0.size)
    for s in range(rho0.size):
        rho = rho0[s]
        c = 0.0
        t = t0
        k = 0  # the next event
        q = 0  # the next sample
        while True:
            if s == 0:
                while q < sample_t.size and sample_t[q] <= t:
                    out_c[q] = c
                    out_rho[q] = rho
                    q += 1
            while k < ev_t.size and ev_t[k] <= t:
                c += ev_c[k]
                k += 1
            if t >= t_end:
                break
            stop = t_end
            if k < ev_t.size and ev_t[k] < stop:
                stop = ev_t[k]
            if s == 0 and q < sample_t.size and sample_t[q] < stop:
                stop = sample_t[q]
            above_p = c > theta_p
            above_d = c > theta_d
            level = theta_p if above_p else theta_d
            crossing = False
            if above_d:  # c falls through its next threshold at t + τ_Ca·ln(c/θ)
                tc = t + tau_ca * math.log(c / level)
                if tc < stop:
                    stop = tc
                    crossing = True
            h = stop - t
            cap = step if above_d else 50.0
            if h > cap:
                h = cap
                crossing = False
            drift = 0.0
            if bistable:
                drift = -rho * (1.0 - rho) * (rho_star - rho)
            noise = 0.0
            if above_p:
                drift += gamma_p * (1.0 - rho)
                noise += 1.0
            if above_d:
                drift -= gamma_d * rho
                noise += 1.0
            rho += drift * h / tau_ms
            if noise > 0.0:
                rho += sigma * math.sqrt(noise * h / tau_ms) * np.random.standard_normal()
            t += h
            # at a crossing c is the threshold: put it just under, so that the next step (however
            # short in floating point) has the lower drive and the loop always moves on
            c = level * (1.0 - 1e-12) if crossing else c * math.exp(-h / tau_ca)
        final[s] = rho
    return final


def _events(p: Calcium, pre, post) -> tuple[np.ndarray, np.ndarray]:
    pre = np.asarray(pre, np.float64).ravel() + p.d  # a pre spike's calcium arrives D ms later
    post = np.asarray(post, np.float64).ravel()
    if not (np.isfinite(pre).all() and np.isfinite(post).all()):
        raise ValueError(msg("spike times must be finite numbers of ms"))
    t = np.concatenate([pre, post])
    amp = np.concatenate([np.full(pre.size, p.c_pre), np.full(post.size, p.c_post)])
    order = np.argsort(t, kind="stable")
    return t[order], amp[order]


def calcium_run(p: Calcium, pre, post, t_end: float, samples=None, rho0=0.0, seed=None, step_ms: float = 0.1,
                bistable: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Simulate synapses with the spike trains ``pre``, ``post`` (ms) from 0 (or the first spike) to ``t_end`` ms, each
    starting at ``rho0`` (a number or one value per synapse). Returns (ρ at the end per synapse,
    c and ρ of the first synapse at the times ``samples``). ``bistable=False`` drops the cubic term
    (the approximation under the analytic readout)."""
    ev_t, ev_c = _events(p, pre, post)
    if not (t_end > 0 and math.isfinite(t_end)) or not step_ms > 0:
        raise ValueError(msg("a simulation needs a positive duration and step"))
    rho0 = np.atleast_1d(np.asarray(rho0, np.float64))
    sample_t = np.sort(np.asarray(samples if samples is not None else [], np.float64).ravel())
    out_c, out_rho = np.zeros(sample_t.size), np.zeros(sample_t.size)
    seed = int(np.random.SeedSequence(seed).generate_state(1)[0])
    t0 = min(0.0, float(ev_t[0]) if ev_t.size else 0.0, float(sample_t[0]) if sample_t.size else 0.0)
    final = _run(ev_t, ev_c, t0, float(t_end), p.tau_ca, p.theta_d, p.theta_p, p.gamma_d, p.gamma_p, p.sigma,
                 p.tau * 1000.0, p.rho_star, rho0, float(step_ms), bool(bistable), seed, sample_t, out_c, out_rho)
    return final, out_c, out_rho


def calcium_simulated_change(p: Calcium, pre, post, t_end: float, synapses: int = 1000, seed=None,
                             bistable: bool = True) -> tuple[float, float, float]:
    """The readout measured on simulated synapses: a fraction β start DOWN (ρ = 0), the rest UP
    (ρ = 1); returns (dw = w_after/w_before − 1, U, D) with U and D the fractions that switched."""
    limits.count("synapses", synapses, 1, limits.MAX_SYNAPSES)
    limits.spikes("pre", pre)
    limits.spikes("post", post)
    n_down = max(1, round(synapses * p.beta))
    n_up = max(1, synapses - n_down)
    rho0 = np.concatenate([np.zeros(n_down), np.ones(n_up)])
    final, _, _ = calcium_run(p, pre, post, t_end, rho0=rho0, seed=seed, bistable=bistable)
    up = float(np.mean(final[:n_down] > p.rho_star))
    down = float(np.mean(final[n_down:] < p.rho_star))
    return _ratio(p, up, down) - 1.0, up, down
