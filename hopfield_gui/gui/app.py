"""``hopfield-gui``: the window, ``--self-test`` and ``--screenshot``."""

from __future__ import annotations

import argparse
import math
import os
import sys
import time


from ..qtapp import freeze_startup_objects


def _freeze_after_first_frame(win) -> None:
    """Once the first frame has arrived (the dynamics' kernels are compiled by then), exclude
    everything made so far from the garbage collector (see qtapp.freeze_startup_objects)."""
    def first(_frame):
        win.controller.frame.disconnect(first)
        freeze_startup_objects()
    win.controller.frame.connect(first)


def _preset_list():
    from .presets import PRESETS
    return PRESETS


def _parse(argv):
    p = argparse.ArgumentParser(prog="hopfield-gui", description="Hopfield Explorer: see associative memory work.")
    p.add_argument("--self-test", action="store_true",
                   help="run a 128 x 128 network offscreen for ~3 s, print frames/s and the longest stall, exit")
    p.add_argument("--seconds", type=float, default=3.0, help=argparse.SUPPRESS)
    p.add_argument("--screenshot", metavar="FILE.png", help="save a picture of the window with a demo running, exit")
    p.add_argument("--size", default="1400x900", help="window size for --screenshot (default 1400x900)")
    p.add_argument("--preset", choices=[key for key, *_ in _preset_list()],
                   help="for --screenshot: run this preset (instead of the letters demo) until it settles")
    p.add_argument("--experiment", choices=["capacity", "temperature", "basins"],
                   help="for --screenshot: then run this experiment with its default settings and show it")
    p.add_argument("--theme", choices=["system", "light", "dark"],
                   help="light or dark (default: as chosen in View > Theme, else the system's)")
    p.add_argument("--language", choices=["en", "fr"],
                   help="language of the interface (default: the one chosen in the Language menu, else the system's)")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    from ..qtapp import ensure_app
    app = ensure_app(offscreen=bool(args.self_test or args.screenshot))
    from . import i18n
    if args.self_test or args.screenshot:
        i18n.install_language(args.language or "en")  # reproducible pictures and test output
    else:
        i18n.install_language(start_language(args.language))
    if args.self_test:
        return self_test(app, args.seconds)
    if args.screenshot:
        w, h = (int(x) for x in args.size.lower().split("x"))
        return screenshot(app, args.screenshot, w, h, theme=args.theme or "light", preset=args.preset,
                          experiment=args.experiment)
    from .window import MainWindow
    win = MainWindow(autosave=True, persistent=True)
    if args.theme:
        win.set_theme(args.theme)
    win.resize(1400, 900)
    app.aboutToQuit.connect(win.shutdown)
    win.show()
    _freeze_after_first_frame(win)
    return app.exec()


def start_language(requested: str | None) -> str:
    """The language at start: asked for on the command line, else chosen in the Language menu
    (remembered by QSettings), else the system's."""
    from PySide6 import QtCore

    from . import i18n
    return requested or QtCore.QSettings().value("language", "", str) or i18n.system_language()


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
    import numpy as np
    from PySide6 import QtCore

    from ..model import PatternEntry
    from .window import MainWindow

    win = MainWindow(rows=128, cols=128, demo=False)
    win.resize(1400, 900)
    win.show()
    rng = np.random.default_rng(1)
    pats = rng.choice(np.array([-1, 1], np.int8), size=(100, 128 * 128))
    win.library.replace_all(128, 128, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats)])
    win.controls.set_beta(4.0)
    win.state_panel.noise.setValue(20)
    frames = []
    win.controller.frame.connect(lambda f: frames.append(time.perf_counter()))
    ok = _wait(app, lambda: win.last_frame is not None and win.last_frame.k == 100, 30)
    # the curves' first pictures compile their drawing code (in the packaged program, at every
    # start): done before measuring, as it is long before a class starts
    drawn = _wait(app, win.curves.settled, 60)
    freeze_startup_objects()  # as the app does after its first frame (here before measuring)
    win.state_panel.request_reset()
    win.toggle_run()
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
    alive = win.controller.thread.isRunning()
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
    from ..resources_access import check_resources
    from . import i18n
    failures += i18n.check_catalogues() + check_resources()
    if alive:
        failures.append("the worker thread was still running after closing")
    for f in failures:
        print(f"self-test failed: {f}", file=sys.stderr)
    return 1 if failures else 0


def screenshot(app, path: str, width: int = 1400, height: int = 900, theme: str = "light",
               preset: str | None = None, experiment: str | None = None) -> int:
    """The window with a demo running, once it has settled: by default stored letters and a noisy
    cue, recalled; or a preset of the toolbar; then, if asked, an experiment with its defaults."""
    import os
    from pathlib import Path

    from .window import MainWindow

    win = MainWindow(rows=20, cols=20)
    win.set_theme(theme)
    win.resize(max(width, 1400), max(height, 900))
    win.show()
    _freeze_after_first_frame(win)
    _wait(app, lambda: win.last_frame is not None and win.last_frame.k == 3, 20)
    if preset:
        win.preset_actions[preset].trigger()
        _wait(app, lambda: False, 1.0)
        # until it stops (fixed point, 2-cycle, not started) or its β schedule is over
        done = _wait(app, lambda: not getattr(win, "_anim", None) and (not win.last_frame.running or preset == "melting"), 60)
    else:
        win.controls.seed_check.setChecked(True)
        win.controls.seed_spin.setValue(3)
        win.controls.speed_slider.setValue(5)  # 2 sweeps per second: the curves climb visibly
        win.state_panel.cue_pattern.setCurrentIndex(1)
        win.state_panel.target.setCurrentIndex(1)
        win.state_panel.noise.setValue(30)
        win.state_panel.request_reset()
        _wait(app, lambda: win.last_frame is not None and win.last_frame.time == 0, 5)
        win.toggle_run()
        done = _wait(app, lambda: win.last_frame is not None and win.last_frame.converged and not win.last_frame.running, 30)
    if experiment:
        win.tabs.setCurrentWidget(win.experiments)
        win.experiments.set_kind(experiment)
        win.experiments.start()
        done = _wait(app, lambda: not win.experiments.running, 600) and not win.experiments.last_error
    _wait(app, win.curves.settled, 5)
    _wait(app, lambda: False, 0.3)
    img = win.grab()
    tmp = str(Path(path).with_name(f".{Path(path).stem}.tmp.png"))
    saved = img.save(tmp, "PNG")
    if saved:
        os.replace(tmp, path)
    win.close()
    app.processEvents()
    if not saved:
        print(f"hopfield-gui: error: could not write {path}", file=sys.stderr)
        return 2
    if not done:
        print("hopfield-gui: warning: the demo had not settled when the picture was taken", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
