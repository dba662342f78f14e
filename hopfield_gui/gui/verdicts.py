"""What the window says about the network in words: what it ended in or is near, why recall may have
failed and what to try, whether it runs, and the status line (N, K, α, β, the rule). Texts only, made
from data; the window shows them. Translated in the context "MainWindow"."""

from __future__ import annotations

import math

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication

from ..core.theory import ALPHA_C
from .i18n.messages import describe_state
from .i18n.numbers import number
from .panels.controls import rule_name


def alpha_text(a: float) -> str:
    """α with enough digits to be read: 0.138, 0.05, 0.00018 (3/16384 is not "0.000")."""
    if a == 0 or a >= 0.01:
        return number(a, ".3f")
    return number(a, ".2g")


def correlation_hint(correlated) -> str:
    """Why recall may fail with these patterns, and what to try (Personnaz et al. 1985);
    ``correlated``: (name, name, C) of the two most overlapping stored patterns, or None."""
    if correlated is None:
        return ""
    a, b, c = correlated
    return QCoreApplication.translate(
        "MainWindow", "{a} and {b} overlap by {c}: correlated patterns mix. Try the pseudo-inverse rule."
    ).format(a=a, b=b, c=number(c, ".2f", plus=True))


def temperature_hint(beta: float, label) -> str:
    """Paused at finite β: what the noise does to what the class sees (the lecture's β_c = 2)."""
    if beta <= 2.0:
        return QCoreApplication.translate("MainWindow", "β = {beta} ≤ 2: above the melting point, m = tanh(βm/2) "
                                                        "has only m = 0 — raise β to recall.").format(beta=number(beta))
    if label.kind in ("near", "near-reversed", "near-mixture"):
        return QCoreApplication.translate(
            "MainWindow", "At β = {beta} the neurons keep flipping around this attractor; raise β to let it settle."
        ).format(beta=number(beta))
    return ""


def verdict(frame, label, names, correlated) -> tuple[str, str]:
    """(what the resting network is in or near, with E/N; the hint) for a paused or settled frame."""
    ended = frame.converged or frame.cycle
    if ended:
        text = QCoreApplication.translate("MainWindow", "Ended in: {state}, E/N = {energy}")
    elif label.kind.startswith("near"):
        text = QCoreApplication.translate("MainWindow", "Now {state}, E/N = {energy}")  # "Now near pattern B …"
    else:
        text = QCoreApplication.translate("MainWindow", "Now in: {state}, E/N = {energy}")
    # ended (or paused at finite β, where it may never end) without the cued pattern: with correlated
    # patterns, say why and what to try; at finite β, also what the temperature does (right after a
    # reset at β = ∞ the cue is not yet an answer: no hint)
    finite = math.isfinite(frame.beta)
    missed = label.kind not in ("pattern", "near") or label.members[0] != frame.cue_mu
    hint = correlation_hint(correlated) if missed and (ended or finite) else ""
    if not ended and finite:
        hint = " ".join(h for h in (temperature_hint(frame.beta, label), hint) if h)
    return text.format(state=describe_state(label, names), energy=number(label.energy_per_neuron, ".3f")), hint


def run_state(frame) -> str:
    """Running, paused, fixed point, 2-cycle: said next to the clock."""
    if frame.cycle:
        return QCoreApplication.translate("MainWindow", "2-cycle (synchronous updates)")
    if frame.converged and math.isinf(frame.beta):
        return QCoreApplication.translate("MainWindow", "fixed point reached")
    return (QCoreApplication.translate("MainWindow", "running") if frame.running
            else QCoreApplication.translate("MainWindow", "paused"))


def status_line(lib, params, room: float, font: QtGui.QFont) -> tuple[str, bool, str]:
    """(the status bar's text, whether α is past the capacity, its tooltip): N, K, α, β and the rule,
    the lecture's α = K/N when ``room`` pixels allow it (a 1024-pixel screen in F5 may not)."""
    a = lib.k / lib.n
    over = a > ALPHA_C and params.rule == "hebb"
    beta = "∞" if math.isinf(params.beta) else number(params.beta, ".2f")
    limit = f" > {number(ALPHA_C, '.3f')}" if over else ""
    synapses = ""
    if params.structured:  # structural plasticity: how many of the pairs are connected, and how
        synapses = " · " + QCoreApplication.translate("MainWindow", "synapses {percent} %").format(
            percent=number(100 * params.synapses_kept, ".3g"))
        if params.clipped:
            synapses += " " + QCoreApplication.translate("MainWindow", "(binary)")
    texts = [f"N = {lib.n} ({lib.rows}×{lib.cols}) · K = {lib.k} · {alpha}{limit} · β = {beta} · "
             f"{rule_name(params.rule)}{synapses}" for alpha in (f"α = K/N = {alpha_text(a)}", f"α = {alpha_text(a)}")]
    fm = QtGui.QFontMetrics(font)
    text = next((t for t in texts if fm.horizontalAdvance("⚠ " + t) <= room), texts[-1])
    tip = (QCoreApplication.translate("MainWindow", "α > 0.138: beyond the capacity K_max = 0.138 N of the Hebb rule")
           if over else "α = K/N")
    return ("⚠ " + text if over else text), over, tip
