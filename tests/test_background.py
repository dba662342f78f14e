"""The background work alone, without a window: the simulation worker answers its commands with
frames that acknowledge them, a failed weight build reaches the user as a message (in the
interface's language), and background jobs keep "latest request wins" and stop on shutdown."""

import threading

import numpy as np
import pytest

from hopfield_gui.state.frames import SimConfig

from hopfield_gui.core.rules import MemoryBudgetError
from hopfield_gui.state.frames import CueSpec


@pytest.fixture
def sim(qtbot):
    from hopfield_gui.gui.background.simulation import SimProxy
    proxy = SimProxy()
    frames = []
    proxy.frame.connect(frames.append)
    proxy.frames = frames
    yield proxy
    assert proxy.shutdown()


def config(k=3, n=100, seed=0, rule="hebb"):
    p = np.random.default_rng(seed).choice(np.array([-1, 1], np.int8), size=(k, n))
    return SimConfig(patterns=p, rows=10, cols=n // 10, rule=rule, stored_ids=tuple(range(k)))


def last(sim, qtbot, cond, timeout=10000):
    qtbot.waitUntil(lambda: bool(sim.frames) and cond(sim.frames[-1]), timeout=timeout)
    return sim.frames[-1]


def test_the_worker_recalls_a_cued_pattern_step_by_step(sim, qtbot):
    sim.set_beta(float("inf"))
    sim.configure(config())
    sim.set_seed(4)
    sim.reset(CueSpec(kind="pattern", mu=1, noise=0.2))
    f0 = last(sim, qtbot, lambda f: f.k == 3 and f.time == 0)
    assert 0.5 < f0.overlaps[-1, 1] < 0.7  # 20 % flipped: m = 0.6
    sent = sim.commands_sent
    for sweep in (1, 2, 3):
        sim.step(1)
        f = last(sim, qtbot, lambda f, s=sweep: f.time == s)
        assert f.commands == sent + sweep and not f.running  # the frame acknowledges the step
    assert f.overlaps[-1, 1] == 1.0


def test_run_and_pause_are_acknowledged_by_frames(sim, qtbot):
    sim.configure(config(k=1, n=400))
    sim.set_beta(3.0)  # stochastic: runs until paused
    sim.reset(CueSpec(kind="pattern", mu=0))
    sim.run()
    last(sim, qtbot, lambda f: f.running and f.commands == sim.commands_sent and f.time > 5)
    sim.pause()
    f = last(sim, qtbot, lambda f: not f.running and f.commands == sim.commands_sent)
    sim.set_beta(3.5)  # a later command: its frame shows that nothing ran after the pause
    g = last(sim, qtbot, lambda g: g.beta == 3.5)
    assert g.time == f.time


@pytest.mark.parametrize("lang,expected", [("en", "budget"), ("fr", "budget")])
def test_a_failed_weight_build_reaches_the_user(window, qtbot, monkeypatch, lang, expected):
    """The worker's failure path (it once raised NameError inside the slot: nothing was shown)."""
    from hopfield_gui.core.messages import msg
    from hopfield_gui.gui import i18n

    def refuse(*_a, **_k):
        raise MemoryBudgetError(msg("the {rule} rule needs a dense {n} × {n} weight matrix ({need}), over the "
                                    "{budget} budget: use at most {limit} neurons (e.g. {side} × {side}) or the Hebb "
                                    "rule", rule="Storkey", n=9, need="1 MB", budget="0 MB", limit=3, side=1))

    i18n.install_language(lang)
    try:
        monkeypatch.setattr(SimConfig, "weights", refuse)  # the one function the worker builds with
        k = window.library.k
        window.library_panel.buttons["random"].click()  # a new stored pattern: the worker rebuilds
        qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
        assert expected in window.last_error and "Storkey" in window.last_error
        assert ("matrice" in window.last_error) == (lang == "fr")  # said in the interface's language
        assert window.last_frame.k == k  # the previous network is kept
    finally:
        i18n.install_language("en")


def test_an_internal_error_in_the_worker_is_said_not_hidden(sim, qtbot, monkeypatch):
    errors = []
    sim.failed.connect(errors.append)

    def boom(*_a, **_k):
        raise RuntimeError("kernel exploded")

    monkeypatch.setattr(SimConfig, "weights", boom)
    sim.configure(config())
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "kernel exploded" in errors[0]


# --- Jobs and Throttle ------------------------------------------------------------------------------
def test_jobs_run_in_the_background_and_the_latest_request_wins(qtbot):
    from hopfield_gui.gui.background.jobs import Jobs
    jobs = Jobs("test")
    gate = threading.Event()
    threads, done = [], []

    def work(ctx, value):
        threads.append(threading.get_ident())
        if value == 1:
            gate.wait(5)
        return value * 10

    for v in (1, 2, 3, 4):  # 1 runs; 2 and 3 are replaced by 4 while 1 runs
        jobs.submit("key", work, v, on_done=lambda r, e: done.append((r, e)))
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert done == [(10, None), (40, None)]
    assert threading.get_ident() not in threads
    assert not jobs.busy()
    assert jobs.shutdown()


def test_jobs_report_progress_cancel_and_pass_errors_on(qtbot):
    from hopfield_gui.gui.background.jobs import Jobs
    jobs = Jobs("test")
    seen, done = [], []

    def long(ctx):
        for i in range(10_000):
            if ctx.cancelled():
                return "cancelled"
            ctx.report(i)
            threading.Event().wait(0.001)
        return "finished"

    jobs.submit("a", long, on_done=lambda r, e: done.append(r), on_progress=seen.append)
    qtbot.waitUntil(lambda: len(seen) > 3, timeout=5000)
    jobs.cancel("a")
    qtbot.waitUntil(lambda: done == ["cancelled"], timeout=5000)
    jobs.submit("b", lambda ctx: 1 / 0, on_done=lambda r, e: done.append(e))
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert isinstance(done[1], ZeroDivisionError)
    assert jobs.shutdown()
    assert not jobs.submit("c", lambda ctx: None)  # nothing runs after shutdown


def test_throttle_merges_a_burst_and_keeps_its_spacing(qtbot):
    import time

    from hopfield_gui.gui.background.throttle import Throttle
    calls = []
    t = Throttle(lambda: calls.append(time.perf_counter()), interval_ms=100)
    for _ in range(50):
        t.request()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=2000)
    t.request()
    t.request()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2000)
    assert calls[1] - calls[0] >= 0.095  # the second burst waited for the interval
    t.request()
    t.flush()  # now, not later
    assert len(calls) == 3 and not t.pending()
    t.request()
    t.cancel()
    assert not t.pending()
