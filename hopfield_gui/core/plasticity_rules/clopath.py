"""Voltage-based STDP (Clopath, Büsing, Vasilaki & Gerstner 2010, Nat Neurosci 13:344): the weight
follows the postsynaptic membrane voltage, not spike times. No Qt.

**Neuron.** An adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005) with the
paper's spike after-potential and adaptive threshold:

    C du/dt = −g_L (u − E_L) + g_L Δ_T exp((u − V_T)/Δ_T) − w_ad + z
    τ_wad dw_ad/dt = a (u − E_L) − w_ad,   τ_z dz/dt = −z,   τ_VT dV_T/dt = −(V_T − V_T,rest)

The protocol's postsynaptic spikes are imposed, as the experimenter's current pulse does: at each
one the spike is held at V_clamp for t_clamp (the authors' "resolution trick", NEST's
``aeif_psc_delta_clopath``), then u = V_reset, w_ad += b, z = I_sp, V_T = V_T,max. A post spike
asked for while the neuron is still in its spike is lost (it is refractory). The presynaptic spikes
do not move u: the synapse under study is one weak synapse among many.

**Rule.** The presynaptic trace x̄ (τ_x dx̄/dt = −x̄, + 1/τ_x at each pre spike), two low-pass
filtered voltages τ₋ dū₋/dt = u − ū₋ and τ₊ dū₊/dt = u − ū₊, read with a delay ε (NEST's
``delay_u_bars``: the spike being emitted does not count in its own filtered voltage):

    at each pre spike:  w −= A_LTD (ū₋(t − ε) − θ₋)₊                               (LTD)
    continuously:       dw/dt = A_LTP x̄ (u − θ₊)₊ (ū₊(t − ε) − θ₋)₊                (LTP)

with the homeostatic factor ū̄/u_ref² = 1, as the paper fixes it for these protocols. Weights are
in the paper's units; ``dw`` = Δw/w₀ with w₀ = 0.5, NEST's reproduction of the paper's Fig. 2b;
the weight never goes below 0 nor above w_max·w₀.

**Integration.** The neuron between events by an adaptive Dormand–Prince 5(4) scheme (relative and
absolute tolerance 1e-6) that stops at every spike and sample; the spike itself exactly (u is held,
every other variable relaxes exponentially). The delayed voltages are read from the steps taken
(cubic Hermite, the derivatives known exactly) and the LTP integral is taken by 3-point
Gauss–Legendre on each step where u > θ₊. ``tests/test_clopath.py`` checks the result against an
independent forward-Euler integration with 2 µs steps.

The published visual-cortex set (the paper's Table 1b) reproduces what the paper's Fig. 2 shows:
depression only for pairs at low frequency (ū₊ is still at rest when the post spike comes), and
potentiation for both orders at 50 Hz, where each post spike finds ū₊ raised by the one before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .._kernels import jit
from ..messages import msg
from ..plasticity_params import ParamSpec
from .kind import Course, RuleKind, Trace

__all__ = ["Clopath", "SETS", "clopath_run", "RULES"]


@dataclass(frozen=True)
class Clopath:
    """Neuron (pF, nS, mV, pA, ms) and rule (A_LTD per mV, A_LTP per mV² per ms) of the paper."""

    c_m: float = 281.0
    g_l: float = 30.0
    e_l: float = -70.6
    delta_t: float = 2.0
    v_t_rest: float = -50.4
    v_t_max: float = -30.4
    tau_vt: float = 50.0
    tau_wad: float = 144.0
    a: float = 4.0
    b: float = 80.5  # 0.0805 nA
    i_sp: float = 400.0
    tau_z: float = 40.0
    v_clamp: float = 33.0
    t_clamp: float = 2.0
    v_reset: float = -49.6  # E_L + 21 mV
    a_ltd: float = 14e-5
    a_ltp: float = 8e-5
    theta_minus: float = -70.6
    theta_plus: float = -45.3
    tau_minus: float = 10.0
    tau_plus: float = 7.0
    tau_x: float = 15.0
    delay: float = 4.0  # ε
    w0: float = 0.5
    w_max: float = math.inf  # the upper bound in units of w₀ (∞: none)

    def validate(self) -> Clopath:
        if not self.theta_plus > self.theta_minus:
            raise ValueError(msg("theta_plus must be above theta_minus"))
        if not (self.v_reset < self.v_clamp and self.e_l < self.v_t_rest <= self.v_t_max):
            raise ValueError(msg("the neuron needs E_L < V_T,rest ≤ V_T,max and V_reset < V_clamp"))
        return self

    def params(self) -> np.ndarray:
        return np.array([getattr(self, f) for f in _FIELDS], np.float64)


_FIELDS = tuple(Clopath.__dataclass_fields__)
# the kernel reads the parameters from one array, in the dataclass's order
(_CM, _GL, _EL, _DT, _VTR, _VTM, _TVT, _TW, _A, _B, _ISP, _TZ, _VC, _TC, _VR, _ALTD, _ALTP, _THM, _THP, _TM, _TP, _TX,
 _EPS, _W0, _WMAX) = range(len(_FIELDS))
assert _FIELDS[_WMAX] == "w_max" and _FIELDS[_ALTD] == "a_ltd"

#: The paper's visual-cortex parameters (Clopath et al. 2010, Table 1), fitted to Sjöström et al.
#: (2001); ε and w₀ as NEST's reproduction of its Fig. 2b.
SETS = {"visual-cortex": Clopath()}
FITTED_TO = {"visual-cortex": msg("Sjöström et al. (2001), 5 pairs × 15 (Clopath et al. 2010)")}

_SPIKE_DETECT = 0.0  # mV: an unforced spike is counted when u runs past this (the protocols make none)
_RING = 1 << 14  # steps remembered: more than any ε of the allowed range needs
_GL_X = (-math.sqrt(0.6), 0.0, math.sqrt(0.6))
_GL_W = (5.0 / 9.0, 8.0 / 9.0, 5.0 / 9.0)
_CLAMP_STEPS = 8
_TOL = 1e-6  # the integrator's relative and absolute tolerance (mV, pA): dw to ~1e-6
_H_MAX = 100.0  # ms: the longest step, taken only where the neuron rests


@jit
def _derivs(u, wad, z, vt, um, up, p):
    ex = (u - vt) / p[_DT]
    ex = math.exp(ex if ex < 50.0 else 50.0)
    du = (-p[_GL] * (u - p[_EL]) + p[_GL] * p[_DT] * ex - wad + z) / p[_CM]
    return (du, (p[_A] * (u - p[_EL]) - wad) / p[_TW], -z / p[_TZ], -(vt - p[_VTR]) / p[_TVT],
            (u - um) / p[_TM], (u - up) / p[_TP])


@jit
def _f(y, p, out) -> None:
    out[0], out[1], out[2], out[3], out[4], out[5] = _derivs(y[0], y[1], y[2], y[3], y[4], y[5], p)


@jit
def _dp_step(y, h, p, k, tmp, y5) -> float:
    """One Dormand–Prince 5(4) step of size ``h`` from ``y`` into ``y5``; returns the error relative to
    the tolerance (≤ 1: accepted). ``k`` (7 × 6) and ``tmp`` are work arrays."""
    _f(y, p, k[0])
    for j in range(6):
        tmp[j] = y[j] + h * (k[0, j] / 5)
    _f(tmp, p, k[1])
    for j in range(6):
        tmp[j] = y[j] + h * (3 / 40 * k[0, j] + 9 / 40 * k[1, j])
    _f(tmp, p, k[2])
    for j in range(6):
        tmp[j] = y[j] + h * (44 / 45 * k[0, j] - 56 / 15 * k[1, j] + 32 / 9 * k[2, j])
    _f(tmp, p, k[3])
    for j in range(6):
        tmp[j] = y[j] + h * (19372 / 6561 * k[0, j] - 25360 / 2187 * k[1, j] + 64448 / 6561 * k[2, j]
                             - 212 / 729 * k[3, j])
    _f(tmp, p, k[4])
    for j in range(6):
        tmp[j] = y[j] + h * (9017 / 3168 * k[0, j] - 355 / 33 * k[1, j] + 46732 / 5247 * k[2, j]
                             + 49 / 176 * k[3, j] - 5103 / 18656 * k[4, j])
    _f(tmp, p, k[5])
    for j in range(6):
        y5[j] = y[j] + h * (35 / 384 * k[0, j] + 500 / 1113 * k[2, j] + 125 / 192 * k[3, j]
                            - 2187 / 6784 * k[4, j] + 11 / 84 * k[5, j])
    _f(y5, p, k[6])
    err = 0.0
    for j in range(6):
        e = h * (71 / 57600 * k[0, j] - 71 / 16695 * k[2, j] + 71 / 1920 * k[3, j] - 17253 / 339200 * k[4, j]
                 + 22 / 525 * k[5, j] - 1 / 40 * k[6, j])
        err = max(err, abs(e) / (_TOL + _TOL * max(abs(y[j]), abs(y5[j]))))
    return err


@jit
def _hermite(rt, ru, rv, tau, head, count, q, rest):
    """The filtered voltage v (ū₋ or ū₊, whose derivative is (u − v)/τ) at time ``q`` from the ring of
    steps; ``rest`` before the first step."""
    n = count if count < rt.size else rt.size
    k = head
    for _ in range(n - 1):
        prev = (k - 1) % rt.size
        if rt[prev] <= q:
            t0, t1 = rt[prev], rt[k]
            if t1 > t0:
                h = t1 - t0
                s = (q - t0) / h
                v0, v1 = rv[prev], rv[k]
                d0, d1 = (ru[prev] - v0) / tau, (ru[k] - v1) / tau
                s2, s3 = s * s, s * s * s
                return ((2 * s3 - 3 * s2 + 1) * v0 + (s3 - 2 * s2 + s) * h * d0 + (-2 * s3 + 3 * s2) * v1
                        + (s3 - s2) * h * d1)
            return rv[k]
        k = prev
    return rest if q < rt[k] else rv[k]


@jit
def _run(pre, post, samples, p, t_end, out):
    """Integrate the protocol; returns (w relative, bound reached). ``out`` (samples × 5)
    receives u, ū₋, ū₊, x̄ and the relative weight at each sample time (sorted)."""
    el, tvr = p[_EL], p[_VTR]
    thm, thp, eps, w0, wmax = p[_THM], p[_THP], p[_EPS], p[_W0], p[_WMAX]
    # the resting state: u* where the leak, the exponential and the adaptation balance (Newton)
    u = el
    for _ in range(50):
        f = -p[_GL] * (u - el) + p[_GL] * p[_DT] * math.exp((u - tvr) / p[_DT]) - p[_A] * (u - el)
        df = -p[_GL] + p[_GL] * math.exp((u - tvr) / p[_DT]) - p[_A]
        u -= f / df
    rest = u
    wad, z, vt, um, up = p[_A] * (u - el), 0.0, tvr, u, u
    y, tmp, y5, k = np.empty(6), np.empty(6), np.empty(6), np.empty((7, 6))
    rt, ru = np.empty(_RING), np.empty(_RING)
    rum, rup = np.empty(_RING), np.empty(_RING)
    first = 1e300
    if pre.size:
        first = min(first, pre[0])
    if post.size:
        first = min(first, post[0])
    if samples.size:
        first = min(first, samples[0])
    t = first - eps - 1.0
    head, count = 0, 1
    rt[0], ru[0], rum[0], rup[0] = t, u, um, up
    w, hit = 1.0, False
    x, x_t = 0.0, t  # the presynaptic trace just after its last change, and when
    ip, iq, isamp = 0, 0, 0
    h = 0.05
    clamp_end = -1e300
    gx0, gx1, gx2 = _GL_X
    gw0, gw1, gw2 = _GL_W
    while True:
        # the next breakpoint: a pre or post spike, a sample, the end of a spike, the end
        nxt = t_end
        if ip < pre.size and pre[ip] < nxt:
            nxt = pre[ip]
        if iq < post.size and post[iq] < nxt:
            nxt = post[iq]
        if isamp < samples.size and samples[isamp] < nxt:
            nxt = samples[isamp]
        if clamp_end > t and clamp_end < nxt:
            nxt = clamp_end
        if nxt > t:
            clamped = clamp_end > t
            while t < nxt:
                u_old, t_old = u, t
                if clamped:  # the spike: u held, everything else relaxes exactly
                    dt = min(p[_TC] / _CLAMP_STEPS, nxt - t)
                    if nxt - t - dt < 1e-9 * p[_TC]:
                        dt = nxt - t
                    wad_inf = p[_A] * (u - el)
                    wad = wad_inf + (wad - wad_inf) * math.exp(-dt / p[_TW])
                    z *= math.exp(-dt / p[_TZ])
                    vt = tvr + (vt - tvr) * math.exp(-dt / p[_TVT])
                    um = u + (um - u) * math.exp(-dt / p[_TM])
                    up = u + (up - u) * math.exp(-dt / p[_TP])
                    t = nxt if dt == nxt - t else t + dt
                else:  # Dormand–Prince 5(4)
                    y[0], y[1], y[2], y[3], y[4], y[5] = u, wad, z, vt, um, up
                    while True:
                        hh = min(h, nxt - t)
                        err = _dp_step(y, hh, p, k, tmp, y5)
                        if err <= 1.0:
                            u, wad, z, vt, um, up = y5[0], y5[1], y5[2], y5[3], y5[4], y5[5]
                            t = t + hh
                            grow = 5.0 if err < 1e-10 else min(5.0, 0.9 * err ** -0.2)
                            if hh == h:
                                h = min(h * grow, _H_MAX)
                            break
                        h = hh * max(0.2, 0.9 * err ** -0.2)
                head = (head + 1) % _RING
                count += 1
                rt[head], ru[head], rum[head], rup[head] = t, u, um, up
                # LTP over the step just taken where u was above θ₊ (u linear in between; in a spike constant)
                if u > thp or u_old > thp:
                    hs = t - t_old
                    acc = 0.0
                    for g in range(3):
                        s = 0.5 * (1.0 + (gx0, gx1, gx2)[g])
                        tq = t_old + s * hs
                        uq = u_old + s * (u - u_old)
                        if uq > thp:
                            ubar = _hermite(rt, ru, rup, p[_TP], head, count, tq - eps, rest)
                            if ubar > thm:
                                acc += (gw0, gw1, gw2)[g] * 0.5 * hs * x * math.exp(-(tq - x_t) / p[_TX]) \
                                    * (uq - thp) * (ubar - thm)
                    if acc > 0:
                        w += p[_ALTP] * acc / w0
                        if w > wmax:
                            w, hit = wmax, True
                if not clamped and u >= _SPIKE_DETECT:  # an unforced spike (not reached by the protocols)
                    clamp_end = t + p[_TC]
                    u, wad, z, vt = p[_VC], wad + p[_B], p[_ISP], p[_VTM]
                    head = (head + 1) % _RING
                    count += 1
                    rt[head], ru[head], rum[head], rup[head] = t, u, um, up
                    break
        # events at t: the end of a spike, pre spikes, post spikes, samples
        if clamp_end == t:
            u = p[_VR]
            head = (head + 1) % _RING
            count += 1
            rt[head], ru[head], rum[head], rup[head] = t, u, um, up
            h = 0.05
        while ip < pre.size and pre[ip] <= t:
            d = _hermite(rt, ru, rum, p[_TM], head, count, t - eps, rest) - thm
            if d > 0:
                w -= p[_ALTD] * d / w0
                if w < 0:
                    w, hit = 0.0, True
            x = x * math.exp(-(t - x_t) / p[_TX]) + 1.0 / p[_TX]
            x_t = t
            ip += 1
        while iq < post.size and post[iq] <= t:
            if clamp_end <= t:  # a post spike asked for during the spike is lost (refractory)
                clamp_end = t + p[_TC]
                u, wad, z, vt = p[_VC], wad + p[_B], p[_ISP], p[_VTM]
                head = (head + 1) % _RING
                count += 1
                rt[head], ru[head], rum[head], rup[head] = t, u, um, up
                h = 0.05
            iq += 1
        while isamp < samples.size and samples[isamp] <= t:
            out[isamp, 0], out[isamp, 1], out[isamp, 2] = u, um, up
            out[isamp, 3] = x * math.exp(-(t - x_t) / p[_TX])
            out[isamp, 4] = w - 1.0
            isamp += 1
        if t >= t_end and ip >= pre.size and iq >= post.size and isamp >= samples.size:
            break
    return w - 1.0, hit


def clopath_run(rule: Clopath, pre, post, samples=None) -> tuple[float, bool, np.ndarray]:
    """(dw, whether a bound was reached, samples × (u, ū₋, ū₊, x̄, dw)) for spike trains in ms; the
    neuron starts at rest before the first spike and is followed until 200 ms after the last."""
    pre = np.sort(np.asarray(pre, np.float64))
    post = np.sort(np.asarray(post, np.float64))
    samples = np.sort(np.asarray(samples if samples is not None else [], np.float64))
    if not (np.isfinite(pre).all() and np.isfinite(post).all() and np.isfinite(samples).all()):
        raise ValueError(msg("spike times must be finite numbers of ms"))
    times = np.concatenate([pre, post, samples])
    end = float(times.max()) + 200.0 if times.size else 0.0
    out = np.zeros((samples.size, 5))
    if not times.size:
        return 0.0, False, out
    dw, hit = _run(pre, post, samples, rule.params(), end, out)
    return float(dw), bool(hit), out


def change(rule: Clopath, pre, post, freq: float, dt: float, n: int) -> tuple[float, bool]:
    dw, hit, _ = clopath_run(rule, pre, post)
    return dw, hit


TRACES = {"u": Trace(msg("membrane voltage u"), 4), "u_minus": Trace(msg("ū₋ (for LTD)"), 0),
          "u_plus": Trace(msg("ū₊ (for LTP)"), 2)}


def play(rule: Clopath, pre, post, t, seed: int = 0) -> Course:
    """The membrane voltage and both filtered voltages (mV) with the rule's thresholds θ₋ and θ₊."""
    _, _, out = clopath_run(rule, pre, post, t)
    return Course({"u": out[:, 0], "u_minus": out[:, 1], "u_plus": out[:, 2]}, TRACES,
                  {"θ₋": rule.theta_minus, "θ₊": rule.theta_plus}, out[:, 4], traces_label=msg("voltage (mV)"))


def _mv(name, field, symbol, low=-120.0, high=60.0):
    return ParamSpec(name, field, symbol, "mV", low, high, log=False)


SPECS = (
    ParamSpec("A_LTD", "a_ltd", "A<sub>LTD</sub>", "mV<sup>−1</sup>", 0.0, 1.0),
    ParamSpec("A_LTP", "a_ltp", "A<sub>LTP</sub>", "mV<sup>−2</sup>·ms<sup>−1</sup>", 0.0, 1.0),
    _mv("theta_minus", "theta_minus", "θ<sub>−</sub>"),
    _mv("theta_plus", "theta_plus", "θ<sub>+</sub>"),
    ParamSpec("tau_minus", "tau_minus", "τ<sub>−</sub>", "ms", 0.1, 1000.0),
    ParamSpec("tau_plus", "tau_plus", "τ<sub>+</sub>", "ms", 0.1, 1000.0),
    ParamSpec("tau_x", "tau_x", "τ<sub>x</sub>", "ms", 0.1, 1000.0),
    ParamSpec("delay", "delay", "ε", "ms", 0.0, 50.0, log=False),
    ParamSpec("w0", "w0", "w<sub>0</sub>", "", 0.0, 1e3, open_low=True),
    ParamSpec("w_max", "w_max", "w<sub>max</sub>/w<sub>0</sub>", "", 1.0, 1e6, open_low=True, infinite=True),
    ParamSpec("C", "c_m", "C", "pF", 1.0, 1e4),
    ParamSpec("g_L", "g_l", "g<sub>L</sub>", "nS", 0.1, 1e3),
    _mv("E_L", "e_l", "E<sub>L</sub>"),
    ParamSpec("Delta_T", "delta_t", "Δ<sub>T</sub>", "mV", 0.1, 20.0),
    _mv("V_T_rest", "v_t_rest", "V<sub>T,rest</sub>"),
    _mv("V_T_max", "v_t_max", "V<sub>T,max</sub>"),
    ParamSpec("tau_VT", "tau_vt", "τ<sub>VT</sub>", "ms", 0.1, 1000.0),
    ParamSpec("tau_w", "tau_wad", "τ<sub>w</sub>", "ms", 0.1, 10_000.0),
    ParamSpec("a", "a", "a", "nS", 0.0, 100.0),
    ParamSpec("b", "b", "b", "pA", 0.0, 1000.0),
    ParamSpec("I_sp", "i_sp", "I<sub>sp</sub>", "pA", 0.0, 5000.0),
    ParamSpec("tau_z", "tau_z", "τ<sub>z</sub>", "ms", 0.1, 1000.0),
    _mv("V_clamp", "v_clamp", "V<sub>clamp</sub>"),
    ParamSpec("t_clamp", "t_clamp", "t<sub>clamp</sub>", "ms", 0.1, 10.0),
    _mv("V_reset", "v_reset", "V<sub>reset</sub>"),
)

RULES = (RuleKind("clopath", msg("Clopath voltage STDP"), Clopath, SETS, "visual-cortex", SPECS, order=4,
                  fitted_to=FITTED_TO, change=change, play=play, validate=Clopath.validate),)
