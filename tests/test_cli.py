import json
import subprocess
import sys

import pytest

from hopfield_gui import cli


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_json(capsys):
    code, out, err = run(capsys, "simulate", "--n", "400", "--k", "8", "--noise", "0.2", "--seed", "3",
                         "--until-stable", "--sweeps", "30", "--json")
    assert code == 0 and err == ""
    d = json.loads(out)
    assert len(d["overlaps"]) == d["sweeps_run"] + 1 == len(d["energy"])
    assert len(d["overlaps"][0]) == 8
    assert d["overlaps"][0][0] == pytest.approx(0.6)  # the cue: 20 % flipped
    assert d["final_overlap"] == 1.0 and d["converged"] is True
    assert all(b <= a + 1e-9 for a, b in zip(d["energy"], d["energy"][1:], strict=False))


def test_simulate_same_seed_same_output(capsys):
    args = ("simulate", "--n", "300", "--k", "20", "--beta", "4", "--noise", "0.3", "--seed", "5", "--json")
    assert run(capsys, *args)[1] == run(capsys, *args)[1]


def test_simulate_sync_two_cycle_from_file(capsys, tmp_path):
    f = tmp_path / "p.json"
    f.write_text(json.dumps({"format": "hopfield-patterns", "version": 1, "rows": 1, "cols": 2,
                             "patterns": [{"grid": ["##"]}]}))
    # N = 2, cue (+,-) is pattern (+,+) with one neuron flipped: noise 0.5
    code, out, _ = run(capsys, "simulate", "--patterns", str(f), "--noise", "0.5", "--mode", "sync",
                       "--until-stable", "--json", "--seed", "0")
    d = json.loads(out)
    assert d["cycle"] is True and d["final_overlap"] == 0.0


def test_simulate_csv(capsys, tmp_path):
    csv = tmp_path / "run.csv"
    code, out, _ = run(capsys, "simulate", "--n", "100", "--k", "3", "--sweeps", "4", "--csv", str(csv), "--seed", "1")
    assert code == 0 and "final overlap" in out
    lines = csv.read_text().splitlines()
    assert lines[0] == "sweep,energy,m0,m1,m2" and len(lines) == 6


def test_capacity_json_and_outputs(capsys, tmp_path):
    csv, png = tmp_path / "cap.csv", tmp_path / "cap.png"
    code, out, err = run(capsys, "capacity", "--n", "300", "--alpha", "0.02:0.30:0.07", "--trials", "3",
                         "--seed", "2", "--json", "--csv", str(csv), "--plot", str(png))
    assert code == 0, err
    d = json.loads(out)
    assert d["alpha"] == pytest.approx([0.02, 0.09, 0.16, 0.23, 0.30])
    assert d["k"] == [6, 27, 48, 69, 90]
    assert d["m_mean"][0] == 1.0 and d["m_mean"][-1] < 0.7
    assert d["retrieved_fraction"][0] == 1.0
    assert len(csv.read_text().splitlines()) == 6
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_temperature_json(capsys):
    code, out, _ = run(capsys, "temperature", "--n", "1500", "--beta", "1:4:1.5", "--sweeps", "60",
                       "--burn-in", "20", "--seed", "4", "--json")
    d = json.loads(out)
    assert d["beta"] == [1.0, 2.5, 4.0]
    assert abs(d["m_mean"][0]) < 0.1
    assert d["m_mean"][1] == pytest.approx(d["m_theory"][1], abs=0.04)
    assert d["m_mean"][2] == pytest.approx(0.9575, abs=0.02)


def test_temperature_beta_range_to_inf(capsys):
    code, out, _ = run(
        capsys, "temperature", "--n", "200", "--beta", "inf", "--sweeps", "3", "--burn-in", "1", "--json"
    )
    assert json.loads(out)["beta"] == ["inf"] and json.loads(out)["m_mean"] == [1.0]


@pytest.mark.parametrize("args,match", [
    (["simulate", "--n", "0"], "--n must lie between 1 and 16384"),
    (["simulate", "--n", "100", "--beta", "-1"], "β must be positive"),
    (["simulate", "--n", "100", "--noise", "1.5"], "--noise must lie in [0, 1]"),
    (["simulate", "--n", "100", "--k", "3", "--cue", "3"], "not a stored pattern"),
    (["simulate", "--patterns", "/nonexistent/p.npz"], "no such file"),
    (["simulate", "--n", "10000", "--rule", "storkey"], "budget"),
    (["capacity", "--n", "100", "--alpha", "0.3:0.1:0.1"], "before the start"),
    (["capacity", "--n", "100", "--alpha", "abc"], "START:STOP:STEP"),
    (["temperature", "--n", "100", "--beta", "0:2:0.5"], "positive"),
    (["capacity", "--n", "100", "--alpha", "0.1", "--plot", "x.jpg"], ".png"),
    (["frobnicate"], "invalid choice"),
])
def test_errors_are_one_line_exit_2(capsys, args, match):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("hopfield: error: ")
    assert match in err


def test_bad_file_leaves_existing_output_untouched(capsys, tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 truncated")
    out_csv = tmp_path / "keep.csv"
    out_csv.write_text("precious")
    code, _, err = run(capsys, "simulate", "--patterns", str(bad), "--csv", str(out_csv))
    assert code == 2 and "bad.npz" in err
    assert out_csv.read_text() == "precious"


def test_console_script_has_no_traceback(tmp_path):
    r = subprocess.run([sys.executable, "-m", "hopfield_gui.cli", "simulate", "--patterns", str(tmp_path / "x.json")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().startswith("hopfield: error:") and len(r.stderr.strip().splitlines()) == 1
