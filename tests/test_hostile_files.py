"""The hostile files of the fault-injection run, generated here (never committed): a pipe named .json
or .png, a link to /dev/zero, JSON nested 5 000 deep, 400-digit numbers in every numeric field, an
npz whose names array is a zip bomb, a folder as a save target, a file-size limit hit while saving,
and a process killed during saves. Every loader ends at once with its own error naming the file;
every writer leaves the previous file whole; nothing hangs."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import zipfile

import numpy as np
import pytest

from hopfield_gui import core
from hopfield_gui.core.io import PatternFileError, PatternSet, load_patterns, save_patterns
from hopfield_gui.core.reading import MAX_JSON_DEPTH
from hopfield_gui.core.writing import WriteError, atomic_write, write_csv
from hopfield_gui.state.session import SessionError, load_session, save_session

BIG = "9" * 400


def finishes(fn, seconds=10.0):
    """Run ``fn`` in a thread; (returned, raised) — and fail rather than hang if it does not end."""
    box = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "the loader hangs"
    return box.get("value"), box.get("error")


def session_doc(tmp_path):
    from hopfield_gui.state.params import ExplorerParams
    from hopfield_gui.state.session import Session
    p = core.random_patterns(2, 25, 0)
    save_session(tmp_path / "ok.hopfield.json", Session(5, 5, ["a", "b"], p, [True, True], p[0].copy(),
                                                        ExplorerParams()))
    return json.loads((tmp_path / "ok.hopfield.json").read_text())


LOADERS = {
    "patterns.json": (lambda p: load_patterns(p), PatternFileError),
    "patterns.npz": (lambda p: load_patterns(p), PatternFileError),
    "session.hopfield.json": (lambda p: load_session(p), SessionError),
}


@pytest.mark.parametrize("name", list(LOADERS))
def test_a_pipe_is_refused_before_it_is_opened(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    load, error = LOADERS[name]
    _, exc = finishes(lambda: load(fifo))
    assert isinstance(exc, error) and name in str(exc) and "not a regular file" in str(exc)


@pytest.mark.parametrize("name", list(LOADERS))
def test_a_link_to_dev_zero_is_refused(tmp_path, name):
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    load, error = LOADERS[name]
    _, exc = finishes(lambda: load(link))
    assert isinstance(exc, error) and name in str(exc)


def test_a_pipe_named_png_is_refused_by_the_image_loader(qapp, tmp_path):
    from hopfield_gui.gui.rendering import ImageError, image_to_pattern
    fifo = tmp_path / "cat.png"
    os.mkfifo(fifo)
    _, exc = finishes(lambda: image_to_pattern(str(fifo), 10, 10))
    assert isinstance(exc, ImageError) and "cat.png" in str(exc)


@pytest.mark.parametrize("name", ["patterns.json", "session.hopfield.json"])
@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000,
                                  "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)])
def test_deeply_nested_json_is_refused(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    load, error = LOADERS[name]
    _, exc = finishes(lambda: load(path))
    assert isinstance(exc, error) and "nested" in str(exc)


def _numeric_paths(doc, prefix=()):
    """Every place in a JSON document that holds a number."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _numeric_paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:2]):
            yield from _numeric_paths(v, prefix + (i,))
    elif isinstance(doc, (int, float)) and not isinstance(doc, bool):
        yield prefix


def _set(doc, path, text):
    """The document as text with the number at ``path`` replaced by ``text`` (any digits)."""
    marker = "__MARK__"
    d = json.loads(json.dumps(doc))
    node = d
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = marker
    return json.dumps(d).replace(f'"{marker}"', text)


def test_400_digit_numbers_in_every_session_field(tmp_path):
    doc = session_doc(tmp_path)
    paths = list(_numeric_paths(doc))
    assert len(paths) >= 6
    for value in (BIG, "-" + BIG, "1e400", "NaN", "Infinity"):
        for path in paths:
            f = tmp_path / "s.hopfield.json"
            f.write_text(_set(doc, path, value))
            _, exc = finishes(lambda f=f: load_session(f))
            assert isinstance(exc, SessionError), (path, value, exc)
            assert "s.hopfield.json" in str(exc)


def test_400_digit_numbers_in_every_pattern_field(tmp_path):
    save_patterns(tmp_path / "ok.json", PatternSet(core.random_patterns(2, 16, 0), 4, 4, ["a", "b"]))
    doc = json.loads((tmp_path / "ok.json").read_text())
    paths = list(_numeric_paths(doc))
    assert len(paths) >= 3
    for value in (BIG, "1e400", "NaN"):
        for path in paths:
            f = tmp_path / "p.json"
            f.write_text(_set(doc, path, value))
            _, exc = finishes(lambda f=f: load_patterns(f))
            assert isinstance(exc, PatternFileError), (path, value, exc)


def _bomb_npz(path, unpacked_mb=512):
    """A valid pattern npz whose ``names`` member unpacks to ``unpacked_mb`` MB (a few MB on disk)."""
    patterns = core.random_patterns(2, 16, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for key, arr in (("patterns", patterns), ("shape", np.array([4, 4]))):
            buf = __import__("io").BytesIO()
            np.save(buf, arr)
            z.writestr(key + ".npy", buf.getvalue())
        n = unpacked_mb * 2**20 // 4 // 64
        header = {"descr": "<U64", "fortran_order": False, "shape": (n,)}
        buf = __import__("io").BytesIO()
        np.lib.format.write_array_header_1_0(buf, header)
        with z.open("names.npy", "w", force_zip64=True) as member:
            member.write(buf.getvalue())
            chunk = b"\0" * (1 << 20)
            for _ in range(unpacked_mb):
                member.write(chunk)


def test_an_npz_zip_bomb_is_refused_from_its_headers(tmp_path):
    path = tmp_path / "bomb.npz"
    _bomb_npz(path)
    assert path.stat().st_size < 5 * 2**20
    _, exc = finishes(lambda: load_patterns(path), seconds=5)
    assert isinstance(exc, PatternFileError) and "bomb.npz" in str(exc)


def test_a_folder_as_save_target_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.png"
    target.mkdir()
    for write in (lambda: atomic_write(target, b"x"), lambda: write_csv(target, ["a"], [[1]])):
        with pytest.raises(WriteError, match="out.png"):
            write()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


def test_a_file_size_limit_while_saving_keeps_the_old_file(tmp_path):
    """EFBIG (RLIMIT_FSIZE, as a quota would): the save fails with a message, the old file stays whole."""
    old = PatternSet(core.random_patterns(2, 16, 0), 4, 4, ["old1", "old2"])
    save_patterns(tmp_path / "p.json", old)
    before = (tmp_path / "p.json").read_bytes()
    code = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
        from hopfield_gui import core
        from hopfield_gui.core.io import PatternSet, save_patterns
        big = PatternSet(core.random_patterns(40, 400, 1), 20, 20, [f"n{{i}}" for i in range(40)])
        try:
            save_patterns({str(tmp_path / "p.json")!r}, big)
        except OSError as exc:
            print("refused:", exc)
            sys.exit(0)
        sys.exit(1)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "p.json" in r.stdout, r.stdout + r.stderr
    assert (tmp_path / "p.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json"]


def test_kill_9_during_saves_always_leaves_a_readable_file(tmp_path):
    """A process saving sessions and pattern sets in a loop is killed at random moments: the files
    are each time one complete version, old or new."""
    code = textwrap.dedent(f"""
        import numpy as np, sys
        from hopfield_gui import core
        from hopfield_gui.core.io import PatternSet, save_patterns
        from hopfield_gui.state.params import ExplorerParams
        from hopfield_gui.state.session import Session, save_session
        i = 0
        print("ready", flush=True)
        while True:
            p = core.random_patterns(60, 4096, i)
            save_patterns({str(tmp_path / "p.npz")!r}, PatternSet(p, 64, 64, [f"v{{i}}"] * 60))
            save_session({str(tmp_path / "s.hopfield.json")!r}, Session(64, 64, [f"v{{i}}"] * 60, p, [True] * 60,
                         p[0].copy(), ExplorerParams()))
            i += 1
    """)
    rng = np.random.default_rng(0)
    kills = 0
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        threading.Event().wait(float(rng.uniform(0.3, 1.2)))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        kills += 1
        for f, load in ((tmp_path / "p.npz", load_patterns), (tmp_path / "s.hopfield.json", load_session)):
            if f.exists():
                loaded = load(f)
                names = loaded.names
                assert len(set(names)) == 1  # one version, whole
    assert kills == 8


def test_every_png_export_under_a_file_size_limit_keeps_the_old_picture(tmp_path):
    """EFBIG in the middle of a PNG (a quota): File ▸ Export curves, the state, the slide figure, the
    plot menu's export, Weights and the lab's export each say so, and the previous picture stays."""
    code = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from hopfield_gui.gui.qtapp import ensure_app
        app = ensure_app(True)
        from hopfield_gui.gui.selftest import _wait
        from hopfield_gui.gui.window import MainWindow
        from hopfield_gui.gui.plotting.figures import export_png
        win = MainWindow(); win.resize(1200, 800); win.show()
        _wait(app, lambda: win.last_frame is not None, 20)
        win.controller.run(); _wait(app, lambda: win.last_frame.time >= 2, 20)
        win.menus.pages["plasticity"].trigger()
        _wait(app, lambda: bool(win.plasticity.lab.last_curves) and not win.plasticity.lab.busy(), 30)
        win.menus.pages["network"].trigger()
        folder = Path({str(tmp_path)!r})
        old = b"\\x89PNG old picture"
        for name in ("curves", "state", "figure", "plot", "weights", "lab"):
            (folder / (name + ".png")).write_bytes(old)
        errors = []
        win.show_error = errors.append
        hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
        resource.setrlimit(resource.RLIMIT_FSIZE, (4000, hard))  # the soft limit only: lifted again below
        results = {{
            "curves": win.files.export_curves_png(str(folder / "curves.png")),
            "state": win.files.export_state_png(str(folder / "state.png")),
            "figure": win.files.export_figure(str(folder / "figure.png")),
        }}
        for name, fn in (("plot", lambda p: export_png(win.curves.overlap_plot, p, width=2400)),
                         ("weights", win.weights.export_png), ("lab", win.plasticity.export_png)):
            try:
                fn(str(folder / (name + ".png")))
                results[name] = True
            except OSError as exc:
                results[name] = False
                errors.append(str(exc))
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        for name, ok in results.items():
            print(name, ok, (folder / (name + ".png")).read_bytes() == old, flush=True)
        print("errors", len(errors), all(".png" in e for e in errors))
        print("left", sorted(p.name for p in folder.iterdir()))
        win.close()
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines = dict(line.split(" ", 1) for line in r.stdout.splitlines() if " " in line)
    for name in ("curves", "state", "figure", "plot", "weights", "lab"):
        assert lines.get(name) == "False True", (name, r.stdout, r.stderr[-2000:])  # refused, old file whole
    assert lines["errors"] == "6 True"  # each said, naming its file
    assert lines["left"] == str(sorted(n + ".png" for n in ("curves", "state", "figure", "plot", "weights", "lab")))
