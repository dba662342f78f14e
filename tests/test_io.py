import json
import os
import pickle

import numpy as np
import pytest

from hopfield_gui import core
from hopfield_gui.core.io import PatternFileError, PatternSet, atomic_write, load_patterns, save_patterns


@pytest.mark.parametrize("ext", ["npz", "json"])
def test_round_trip(tmp_path, ext):
    ps = PatternSet(core.random_patterns(4, 35, 1), 5, 7, ["a", "b", "c", "é"])
    save_patterns(tmp_path / f"p.{ext}", ps)
    q = load_patterns(tmp_path / f"p.{ext}")
    assert np.array_equal(q.patterns, ps.patterns) and (q.rows, q.cols) == (5, 7) and q.names == ps.names


def test_json_is_human_editable(tmp_path):
    doc = {"format": "hopfield-patterns", "version": 1, "rows": 3, "cols": 3,
           "patterns": [{"name": "plus", "grid": [".#.", "###", ".#."]},
                        {"values": [1, 0, 1, 0, 1, 0, 1, 0, 1]}]}
    (tmp_path / "p.json").write_text(json.dumps(doc))
    ps = load_patterns(tmp_path / "p.json")
    assert ps.patterns[0].tolist() == [-1, 1, -1, 1, 1, 1, -1, 1, -1]
    assert ps.patterns[1].tolist() == [1, -1, 1, -1, 1, -1, 1, -1, 1]
    assert ps.names == ["plus", "P2"]


def test_npz_01_and_flat_shapes(tmp_path):
    np.savez(tmp_path / "a.npz", patterns=np.array([[0, 1] * 8]))
    ps = load_patterns(tmp_path / "a.npz")
    assert (ps.rows, ps.cols) == (4, 4) and ps.patterns[0, 0] == -1


@pytest.mark.parametrize(
    "content,match",
    [
        (b"", "not"),
        (b"\x00\x01garbage", "unknown pattern file type|not"),
        (b'{"format": "other"}', "not a Hopfield pattern file"),
        (
            b'{"format": "hopfield-patterns", "rows": 2, "cols": 2, "patterns": [{"grid": ["#?", ".."]}]}',
            "unexpected character",
        ),
        (b'{"format": "hopfield-patterns", "rows": 2, "cols": 2, "patterns": [{"values": [1, 2, 1, 1]}]}', "±1"),
        (b'{"format": "hopfield-patterns", "rows": 99999, "cols": 99999, "patterns": []}', "maximum"),
        (b'{"format": "hopfield-patterns", "rows": 2, "cols": 2, "patterns": [{"values": [1, NaN, 1, 1]}]}', "NaN"),
    ],
)
def test_bad_json_gives_clear_message(tmp_path, content, match):
    f = tmp_path / "bad.json"
    f.write_bytes(content)
    with pytest.raises(PatternFileError, match=match):
        load_patterns(f)


def test_bad_npz(tmp_path):
    np.savez(tmp_path / "obj.npz", patterns=np.array([[None, 1]], dtype=object))
    with pytest.raises(PatternFileError):
        load_patterns(tmp_path / "obj.npz")
    np.savez(tmp_path / "nan.npz", patterns=np.array([[np.nan, 1.0]]))
    with pytest.raises(PatternFileError, match="NaN"):
        load_patterns(tmp_path / "nan.npz")
    np.savez(tmp_path / "other.npz", x=np.ones(3))
    with pytest.raises(PatternFileError, match="'patterns'"):
        load_patterns(tmp_path / "other.npz")
    (tmp_path / "trunc.npz").write_bytes((tmp_path / "nan.npz").read_bytes()[:40])
    with pytest.raises(PatternFileError):
        load_patterns(tmp_path / "trunc.npz")
    (tmp_path / "pickle.npz").write_bytes(pickle.dumps({"patterns": [1, -1]}))
    with pytest.raises(PatternFileError):
        load_patterns(tmp_path / "pickle.npz")
    with pytest.raises(PatternFileError, match="no such file"):
        load_patterns(tmp_path / "missing.npz")


def test_atomic_write_keeps_old_file_on_failure(tmp_path, monkeypatch):
    f = tmp_path / "out.csv"
    f.write_text("old")

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(f, "new")
    assert f.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_saved_files_get_the_usual_permissions(tmp_path):
    """Not the owner-only mode of the temporary file they are written to first."""
    import os
    import stat
    f = tmp_path / "p.json"
    save_patterns(f, PatternSet(np.ones((1, 25), np.int8), 5, 5, ["A"]))
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~umask
