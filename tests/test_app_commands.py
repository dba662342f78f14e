"""hopfield-gui --self-test and --screenshot, run as a user would (separate processes)."""

import os
import re
import subprocess
import sys

from PySide6 import QtGui


def run(*args, timeout=180):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "hopfield_gui", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_self_test_reports_frames_and_stall():
    r = run("--self-test", "--seconds", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    m = re.search(r"frames_per_second=([\d.]+) max_event_loop_stall_ms=([\d.]+)", r.stdout)
    assert m, r.stdout
    assert float(m.group(1)) > 0


def test_screenshot_writes_a_large_png(tmp_path, qapp):
    out = tmp_path / "shot.png"
    r = run("--screenshot", str(out))
    assert r.returncode == 0, r.stderr
    img = QtGui.QImage(str(out))
    assert img.width() >= 1400 and img.height() >= 900
    assert not [p for p in tmp_path.iterdir() if p.name != "shot.png"]  # no temporary file left


def test_screenshot_of_a_preset_and_an_experiment(tmp_path, qapp):
    """The README's pictures of a preset and of an experiment are made the same way."""
    out = tmp_path / "exp.png"
    r = run("--screenshot", str(out), "--preset", "mixture", "--experiment", "capacity")
    assert r.returncode == 0 and "warning" not in r.stderr, r.stderr
    assert QtGui.QImage(str(out)).width() >= 1400
    r = run("--screenshot", str(tmp_path / "x.png"), "--preset", "no-such-preset")
    assert r.returncode == 2 and "--preset" in r.stderr  # argparse lists the presets
