"""``hopfield-gui --self-test`` and ``--screenshot``: the real window, offscreen, measured or pictured.

The self-test runs 128 × 128 neurons (K = 100, β = 4) at full speed and prints the frame rate and
the longest pause of the event loop; CI runs it installed and packaged. ``--screenshot`` makes the
README's pictures.
"""

from __future__ import annotations

import os
import pkgutil
import sys
import time

import numpy as np

from ..state.presets import preset as find_preset
from .qtapp import freeze_startup_objects


def freeze_after_first_frame(win) -> None:
    """Once the first frame has arrived (the dynamics' kernels are compiled by then), exclude
    everything made so far from the garbage collector (see qtapp.freeze_startup_objects)."""
    def first(_frame):
        win.controller.frame.disconnect(first)
        freeze_startup_objects()
    win.controller.frame.connect(first)


def _wait(app, cond, timeout: float) -> bool:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.002)
    return cond()


def self_test(app, seconds: float = 3.0) -> int:
    """128 × 128, K = 100, β = 4, full speed for ``seconds``: frames arrive, the GUI never stalls."""

    from PySide6 import QtCore

    from ..state.library import PatternEntry
    from .window import MainWindow

    win = MainWindow(rows=128, cols=128, demo=False)
    win.resize(1400, 900)
    win.show()
    rng = np.random.default_rng(1)
    pats = rng.choice(np.array([-1, 1], np.int8), size=(100, 128 * 128))
    ctl = win.controller
    ctl.library.replace_all(128, 128, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats)])
    ctl.update(beta=4.0, noise=0.2)
    frames = []
    win.controller.frame.connect(lambda f: frames.append(time.perf_counter()))
    ok = _wait(app, lambda: win.last_frame is not None and win.last_frame.k == 100, 30)
    # the curves' first pictures compile their drawing code (in the packaged program, at every
    # start): done before measuring, as it is long before a class starts
    drawn = _wait(app, win.curves.settled, 60)
    freeze_startup_objects()  # as the app does after its first frame (here before measuring)
    ctl.reset()
    ctl.run()
    gaps = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        if os.environ.get("HOPFIELD_DEBUG_STALLS") and now - last[0] > 0.03:
            print(f"stall {1000 * (now - last[0]):.0f} ms at t = {now - start:.2f} s", file=sys.stderr)
        last[0] = now

    timer = QtCore.QTimer()
    timer.setTimerType(QtCore.Qt.PreciseTimer)
    timer.timeout.connect(tick)
    _wait(app, lambda: win.last_frame is not None and win.last_frame.running, 10)
    start = time.perf_counter()
    n0 = len(frames)
    last[0] = start
    timer.start(5)
    _wait(app, lambda: False, seconds)
    timer.stop()
    elapsed = time.perf_counter() - start
    fps = (len(frames) - n0) / elapsed
    stall = max(0.0, (max(gaps) if gaps else elapsed) * 1000 - 5)
    frame = win.last_frame
    m = float(frame.overlaps[-1, 0]) if frame is not None and frame.overlaps.size else float("nan")
    win.close()
    app.processEvents()
    alive = win.controller.sim.thread.isRunning()
    print(f"frames_per_second={fps:.1f} max_event_loop_stall_ms={stall:.1f} sweeps={frame.time if frame else 0:.0f} "
          f"m_cued={m:.3f}")
    failures = []
    if not ok:
        failures.append("the worker never produced a frame for the 128 x 128 network")
    if not drawn:
        failures.append("the curves' pictures were never drawn")
    if fps <= 0:
        failures.append("no frame arrived while running")
    if not (m > 0.8):
        failures.append(f"the cued pattern was not recalled (m = {m:.3f})")
    if win.last_error:
        failures.append(f"error shown: {win.last_error}")
    from . import i18n
    failures += i18n.check_catalogues() + check_resources()
    from ..core import experiment_kinds, plasticity_rules
    # the rules and the experiments are found by listing their packages: a frozen program must list
    # the same modules (the lecture's four rules and Clopath's; the six experiments of the tab)
    for package, least, what in ((plasticity_rules, 5, "plasticity rules"), (experiment_kinds, 6, "experiments")):
        found = {info.name for info in pkgutil.iter_modules(package.__path__)} - {"kind"}
        print(f"{what}: {', '.join(package.KINDS)} (from {len(found)} modules)")
        if len(package.KINDS) < least:
            failures.append(f"the {what} were not all found: {sorted(package.KINDS)}")
    if alive:
        failures.append("the worker thread was still running after closing")
    for f in failures:
        print(f"self-test failed: {f}", file=sys.stderr)
    return 1 if failures else 0


def stage(app, win, preset: str | None = None, experiment: str | None = None, lab: str | None = None,
          freeze: bool = True) -> bool:
    """Bring the shown window ``win`` to one moment of a lesson and wait until it has settled: by
    default stored letters and a noisy cue, recalled; or a preset of the toolbar; then, if asked,
    an experiment with its defaults; or the Plasticity lab with one of its presets, its protocol
    played two thirds of the way. True when it settled in time. ``freeze``: exclude the objects
    made so far from the garbage collector after the first frame, as the app does (not in tests,
    which open many windows)."""
    if freeze:
        freeze_after_first_frame(win)
    _wait(app, lambda: win.last_frame is not None and win.last_frame.k == 3, 20)
    ctl = win.controller
    if lab:
        from ..state.lab import lab_preset
        win.open_lab(lab_preset(lab))
        ws = win.plasticity
        done = _wait(app, lambda: not ws.lab.busy() and ws.lab.last_curves and ws.player.played is not None, 60)
        played = ws.player.played
        if played is not None:
            spikes = np.sort(np.concatenate([played.pre, played.post]))
            ws.player.advance(float(spikes[(2 * spikes.size) // 3] - played.t[0]) + 5.0)  # two thirds of the spikes
        _wait(app, lambda: False, 0.5)  # the panels redraw once they have their size
        return done
    if preset:
        win.apply_preset(find_preset(preset))
        _wait(app, lambda: False, 1.0)
        # until it stops (fixed point, not started), flips in its 2-cycle, or its β schedule is over
        done = _wait(app, lambda: not ctl.schedule_running() and (not win.last_frame.running or preset == "melting"
                                                                 or win.last_frame.cycle), 60)
    else:
        ctl.update(seed=3, speed=2, cue=1, noise=0.3)  # 2 sweeps per second: the curves climb visibly
        win.state_panel.set_target(1)
        ctl.reset()
        _wait(app, lambda: win.last_frame is not None and win.last_frame.time == 0, 5)
        ctl.run()
        done = _wait(
            app, lambda: win.last_frame is not None and win.last_frame.converged and not win.last_frame.running, 30
        )
    if experiment:
        win.show_experiment(experiment)
        done = _wait(app, lambda: not win.experiments.busy(), 600) and not win.experiments.last_error
    _wait(app, win.curves.settled, 5)
    _wait(app, lambda: False, 0.3)
    return done


def open_window(app, width: int, height: int, theme: str = "light", presentation: bool = False):
    """The window at exactly ``width`` × ``height`` (None and one line on stderr if it cannot fit)."""
    from .window import MainWindow

    win = MainWindow(rows=20, cols=20)
    win.view.set_theme(theme)
    if presentation:
        win.view.set_presentation(True)
    need = win.minimumSizeHint()
    if need.width() > width or need.height() > height:
        print(f"hopfield-gui: error: the window needs at least {need.width()}x{need.height()} pixels, more than "
              f"{width}x{height}", file=sys.stderr)
        win.close()
        return None
    win.resize(width, height)
    win.show()
    return win


def screenshot(app, path: str, width: int = 1400, height: int = 900, theme: str = "light",
               preset: str | None = None, experiment: str | None = None, presentation: bool = False,
               lab: str | None = None, layout_report: str | None = None) -> int:
    """A picture of the window at one moment (:func:`stage`), and its layout report if asked
    (``layout_report.py``: the plots' sizes and every text cut)."""

    win = open_window(app, width, height, theme, presentation)
    if win is None:
        return 2
    done = stage(app, win, preset, experiment, lab)
    if (win.width(), win.height()) != (width, height):
        print(f"hopfield-gui: error: the window came out {win.width()}x{win.height()}, not {width}x{height}",
              file=sys.stderr)
        win.close()
        return 2
    if layout_report:
        from . import layout_report as lr
        lr.write(win, layout_report)
    from ..core.writing import WriteError
    from .plotting.slides import save_image
    img = win.grab().toImage()
    try:
        save_image(img, path)
        error = None
    except WriteError as exc:
        error = exc
    win.close()
    app.processEvents()
    if error is not None:
        print(f"hopfield-gui: error: {error}", file=sys.stderr)
        return 2
    if not done:
        print("hopfield-gui: warning: the demo had not settled when the picture was taken", file=sys.stderr)
    return 0


def check_resources() -> list[str]:
    """What is missing among the shipped resources (for ``--self-test``, installed or frozen)."""
    from ..core.letters import preset_letters
    from ..resources_access import resource
    problems = []
    for rows, cols, names in ((20, 20, ["A", "B", "C"]), (12, 12, ["X", "O"])):
        try:
            pset = preset_letters(rows, cols)
        except (OSError, ValueError) as exc:
            problems.append(f"the preset letters {rows}x{cols} cannot be read: {exc}")
            continue
        if pset is None or pset.names != names:
            problems.append(f"the preset letters {rows}x{cols} are missing")
    if not resource("icons", "hopfield-explorer.png").is_file():
        problems.append("the window icon is missing")
    return problems
