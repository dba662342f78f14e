"""Every loader fuzzed: random bytes, truncations, wrong shapes and types, NaN, huge declared
sizes, pickles, wrong extensions. Each gives a clear message (PatternFileError / SessionError /
ImageError in the core, a message in the window, exit 2 with one line in `hopfield`), never
another exception, and the current work is untouched."""

import io
import json
import pickle
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from hopfield_gui import cli, core
from hopfield_gui.core.io import PatternFileError, PatternSet, load_patterns, save_patterns
from hopfield_gui.state.session import SessionError, load_session

EXTS = [".npz", ".json", ".hopfield.json", ".png", ".txt", ""]


def names_the_file(exc: Exception, path) -> None:
    """A loader's message is not empty and says which file is wrong."""
    text = str(exc)
    assert text and path.name in text, (type(exc).__name__, text)


def valid_files(tmp):
    ps = PatternSet(core.random_patterns(3, 36, 0), 6, 6, ["a", "b", "c"])
    save_patterns(tmp / "ok.npz", ps)
    save_patterns(tmp / "ok.json", ps)
    return [(tmp / "ok.npz").read_bytes(), (tmp / "ok.json").read_bytes()]


def npz_with_header(shape, dtype="<i1") -> bytes:
    """An .npz whose 'patterns' declares ``shape`` but holds almost no data."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        hdr = io.BytesIO()
        np.lib.format.write_array_header_1_0(hdr, {"descr": dtype, "fortran_order": False, "shape": shape})
        zf.writestr("patterns.npy", hdr.getvalue() + b"\x00" * 16)  # the header includes the magic
    return buf.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), ext=st.sampled_from(EXTS))
def test_random_bytes_never_crash_pattern_loader(tmp_path, data, ext):
    f = tmp_path / f"x{ext}"
    f.write_bytes(data)
    try:
        load_patterns(f)
    except PatternFileError as exc:
        names_the_file(exc, f)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 2000), which=st.integers(0, 1), flip=st.integers(0, 2000))
def test_truncated_and_corrupted_files(tmp_path, cut, which, flip):
    good = valid_files(tmp_path)[which]
    data = bytearray(good[: min(cut, len(good))] if cut < len(good) else good)
    if data and flip < len(data):
        data[flip] ^= 0x5A
    f = tmp_path / ("t.npz" if which == 0 else "t.json")
    f.write_bytes(bytes(data))
    try:
        ps = load_patterns(f)
        assert set(np.unique(ps.patterns)) <= {-1, 1}
    except PatternFileError as exc:
        names_the_file(exc, f)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.recursive(st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats() | st.text(max_size=20),
                        lambda c: st.lists(c, max_size=5) | st.dictionaries(st.text(max_size=10), c, max_size=5),
                        max_leaves=30))
def test_random_json_documents(tmp_path, doc):
    for wrapper in (doc, {"format": "hopfield-patterns", "rows": 5, "cols": 5, "patterns": doc},
                    {"format": "hopfield-session", "rows": 5, "cols": 5, "patterns": doc, "state": doc,
                     "parameters": doc}):
        f = tmp_path / "d.json"
        f.write_text(json.dumps(wrapper))
        for loader, err in ((load_patterns, PatternFileError), (load_session, SessionError)):
            try:
                loader(f)
            except err as exc:
                names_the_file(exc, f)


@pytest.mark.parametrize("shape,match", [
    ((10**9, 10**9), "maximum"), ((5000, 16), "maximum"), ((3, 200, 200), "maximum"), ((3,), "shape"),
    ((2, 3, 4, 5), "shape"),
])
def test_huge_or_odd_declared_shapes_are_refused_before_reading(tmp_path, shape, match):
    f = tmp_path / "h.npz"
    f.write_bytes(npz_with_header(shape))
    with pytest.raises(PatternFileError, match=match) as err:
        load_patterns(f)
    names_the_file(err.value, f)


@pytest.mark.parametrize("make", [
    lambda p: np.savez(p, patterns=np.array([[{"evil": 1}]], dtype=object)),
    lambda p: p.write_bytes(pickle.dumps(np.ones((2, 25)))),
    lambda p: np.savez(p, patterns=np.full((2, 25), np.nan)),
    lambda p: np.savez(p, patterns=np.full((2, 25), 3)),
    lambda p: np.savez(p, patterns=np.array(["a", "b"])),
    lambda p: np.savez(p, patterns=np.ones((2, 25), dtype=complex)),
])
def test_pickles_nan_values_types(tmp_path, make):
    f = tmp_path / "bad.npz"
    make(f)
    with pytest.raises(PatternFileError) as err:
        load_patterns(f)
    names_the_file(err.value, f)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_random_bytes_as_image(qapp, tmp_path, data):
    from hopfield_gui.gui.rendering import ImageError, image_to_pattern
    for name in ("x.png", "x.jpg", "x"):
        f = tmp_path / name
        f.write_bytes(b"\x89PNG\r\n\x1a\n" + data if name == "x.png" else data)
        try:
            v = image_to_pattern(str(f), 10, 10)
            assert v.shape == (100,)
        except ImageError as exc:
            names_the_file(exc, f)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_random_bytes_as_session(tmp_path, data):
    f = tmp_path / "s.hopfield.json"
    f.write_bytes(data)
    try:
        load_session(f)
    except SessionError as exc:
        names_the_file(exc, f)


BAD_FILES = {
    "random.npz": b"\x00\xff" * 50,
    "trunc.npz": b"PK\x03\x04\x14\x00",
    "nan.json": b'{"format": "hopfield-patterns", "rows": 5, "cols": 5, "patterns": [{"values": [NaN]}]}',
    "text.png": b"this is not an image",
    "pickle.json": pickle.dumps({"a": 1}),
    "session.json": b'{"format": "hopfield-session", "rows": 1e9}',
}


def test_window_loaders_keep_the_work(window, tmp_path):
    before = window.controller.session()
    for name, data in BAD_FILES.items():
        f = tmp_path / name
        f.write_bytes(data)
        window.last_error = ""
        opened = (
            window.files.add_image_file(str(f))
            if name.endswith(".png")
            else window.files.open_session(str(f))
            if name.startswith("session")
            else window.files.open_patterns(str(f))
        )
        assert opened is False, name
        assert name in window.last_error and "Traceback" not in window.last_error, (name, window.last_error)
    after = window.controller.session()
    assert after.names == before.names and np.array_equal(after.patterns, before.patterns)
    assert (after.rows, after.cols) == (before.rows, before.cols)


def test_cli_loaders_exit_2_with_one_line(tmp_path, capsys):
    for name, data in BAD_FILES.items():
        if name.endswith(".png") or name.startswith("session"):
            continue
        f = tmp_path / name
        f.write_bytes(data)
        code = cli.main(["simulate", "--patterns", str(f), "--json"])
        out, err = capsys.readouterr()
        assert code == 2 and out == "" and err.startswith("hopfield: error: ") and err.count("\n") == 1, name
        assert name in err, err
