"""The ``hopfield`` command refuses before it allocates: every converter is total, every count has an
upper bound (``core/limits.py``), ``--json`` is strictly valid JSON written only when complete, and a
failed write to standard output is exit status 2 with one line. Fuzzed command lines never give a
traceback (exit 0 or 2, nothing else)."""

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hopfield_gui import cli

HOSTILE = ["", "--", "-", "nan", "inf", "-inf", "1e400", "9" * 400, "-1", "0", "1:2:1e-320", "-1e308:1e308:1",
           "0.1:0.2:0", "1,,2", "abc", "1e-320", "0x10", "∞", " ", "1:inf:1", "2:1:1", "tcp://", "a=b", "=1"]
SMALL = ["1", "2", "3", "10", "0.1", "0.5", "0.05:0.15:0.05", "1,2", "-10,10", "1:3:1", "inf"]

OPTIONS = {
    "simulate": ["--n", "--k", "--beta", "--noise", "--mask", "--sweeps", "--cue", "--seed", "--patterns", "--mode",
                 "--rule"],
    "capacity": ["--n", "--alpha", "--trials", "--noise", "--beta", "--max-sweeps", "--seed", "--workers", "--dask"],
    "temperature": ["--n", "--k", "--beta", "--sweeps", "--burn-in", "--seed", "--workers", "--dask"],
    "phase": ["--n", "--alpha", "--beta", "--trials", "--sweeps", "--burn-in", "--seed", "--workers", "--dask"],
    "finite-size": ["--n", "--alpha", "--trials", "--noise", "--seed"],
    "plasticity window": ["--rule", "--set", "--dt", "--pairs", "--freq", "--param"],
    "plasticity frequency": ["--rule", "--set", "--freq", "--pulses", "--gain", "--trials", "--seed", "--param"],
    "plasticity spikes": ["--rule", "--pre", "--post", "--w0", "--synapses", "--param"],
    "plasticity pairing": ["--rule", "--freq", "--dt", "--protocol", "--pairs"],
}
RULE_VALUES = ["pair", "triplet", "calcium", "bcm", "hebb", "storkey"]
PARAM_VALUES = ["A2_plus=1e308", "tau_plus=1e-300", "sigma=1e300", "A_plus=nan", "tau=0", "theta_p=" + "9" * 400,
                "w_max=inf", "eta=0.5"]


def run(argv, capsys):
    rc = cli.main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def check(argv, rc, out, err):
    assert rc in (0, 2), (argv, rc, err)
    assert "Traceback" not in err and "Traceback" not in out, argv
    if rc == 2:
        assert err.startswith("hopfield: error: ") and err.count("\n") == 1, (argv, err)
        assert out == "", argv  # nothing half written
    elif "--json" in argv:
        json.loads(out)  # strictly valid: no NaN, no Infinity


@st.composite
def command_lines(draw):
    cmd = draw(st.sampled_from(sorted(OPTIONS)))
    argv = cmd.split()
    # small sizes so that a command that is accepted runs in milliseconds
    base = {"--n": "40", "--alpha": "0.05", "--beta": "2", "--rule": "pair", "--dt": "10", "--freq": "5",
            "--pre": "0", "--post": "10", "--trials": "2", "--pulses": "20", "--sweeps": "5", "--max-sweeps": "5"}
    chosen = draw(st.lists(st.sampled_from(OPTIONS[cmd]), max_size=5))
    values = {}
    for opt in chosen:
        if opt == "--rule":
            pool = RULE_VALUES + HOSTILE[:3]
        elif opt == "--param":
            pool = PARAM_VALUES + HOSTILE[:4]
        else:
            pool = HOSTILE + SMALL
        values[opt] = draw(st.sampled_from(pool))
    for opt in OPTIONS[cmd]:
        if opt in base and opt not in values and draw(st.booleans()):
            values[opt] = base[opt]
    for opt, v in values.items():
        argv += [f"{opt}={v}"] if draw(st.booleans()) else [opt, v]
    if draw(st.booleans()):
        argv.append("--json")
    return argv


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(argv=command_lines())
def test_fuzzed_command_lines_end_in_a_result_or_one_line(argv, capsys, tmp_path):
    old = os.getcwd()
    os.chdir(tmp_path)  # a --patterns or --csv value is a name here
    try:
        rc, out, err = run(argv, capsys)
    finally:
        os.chdir(old)
    check(argv, rc, out, err)


@pytest.mark.parametrize("argv, says", [
    (["simulate", "--n", "100", "--trials=--"], "--trials needs a value"),
    (["simulate", "--n=--"], "--n needs a value"),
    (["simulate", "--patterns="], "--patterns needs a value"),
    (["simulate", "--n", "100", "--", "--k", "3"], "bare '--'"),
    (["capacity", "--n", "100", "--alpha", "0.1:0.2:1e-320"], "too many points"),
    (["capacity", "--n", "100", "--alpha=-1e308:1e308:1"], "too many points"),
    (["simulate", "--n", "16384", "--k", "100000"], "between 1 and 4096"),
    (["simulate", "--n", "100", "--k", "10000000"], "between 1 and 4096"),
    (["capacity", "--n", "100", "--alpha", "0.1", "--trials", "1000000"], "between 1 and 10000"),
    (["plasticity", "frequency", "--rule", "pair", "--freq", "1", "--pulses", "100000000"], "between 1 and 100000"),
    (["plasticity", "window", "--rule", "pair", "--dt", "10", "--pairs", "1000000000"], "between 1 and 10000"),
    (["plasticity", "spikes", "--rule", "calcium", "--pre", "0", "--post", "10", "--synapses", "1000000000"],
     "between 0 and 100000"),
    (["temperature", "--n", "100", "--beta", "1:2:1", "--sweeps", "999999999999"], "between 1 and 100000"),
    (["temperature", "--n", "100", "--beta", "1:2:1", "--burn-in", "999999999999"], "between 0 and 100000"),
    (["capacity", "--n", "100", "--alpha", "0.1", "--workers", "10000"], "--workers must lie between 1 and"),
    (["capacity", "--n", "100", "--alpha", "0.1", "--workers", "0"], "--workers must lie between 1 and"),
    (["capacity", "--n", "100", "--alpha", "0.1", "--dask", "localhost:8786"], "tcp://"),
    (["capacity", "--n", "16384", "--alpha", "0.2", "--trials", "10000", "--max-sweeps", "1000"], "over the limit"),
    (["phase", "--n", "100", "--alpha", "0.00001:1:0.00001", "--beta", "1"], "too many points"),
    (["phase", "--n", "100", "--alpha", "0.01:0.2:0.001", "--beta", "0.1:10:0.01"], "at most 10000"),
    (["plasticity", "spikes", "--rule", "pair", "--pre", "0", "--post", "10", "--w0", "nan"], "--w0"),
    (["plasticity", "frequency", "--rule", "pair", "--freq", "1e300"], "frequencies must lie in"),
    (["plasticity", "window", "--rule", "triplet", "--dt", "10", "--param", "A2_plus=1e308"], "A2_plus"),
    (["plasticity", "window", "--rule", "pair", "--dt", "10", "--param", "tau_plus=1e-300"], "tau_plus"),
    (["simulate", "--n", "100", "--seed", "9" * 400], "400 digits"),
])
def test_each_reported_abuse_is_refused_in_one_line(argv, says, capsys):
    rc, out, err = run(argv, capsys)
    check(argv, rc, out, err)
    assert rc == 2 and says in err, err


def test_json_with_infinite_values_is_valid_json_with_null(capsys):
    rc, out, err = run(["phase", "--n", "100", "--alpha", "0.1", "--beta", "1,inf", "--theory-only", "--json"],
                       capsys)
    assert rc == 0, err
    doc = json.loads(out)
    assert doc["beta"] == [1.0, None]


def _hopfield(args, **kw):
    return subprocess.run([sys.executable, "-m", "hopfield_gui.cli", *args], capture_output=True, text=True,
                          timeout=120, **kw)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("extra", [["--json"], []])
def test_a_full_disk_on_standard_output_is_exit_2_with_one_line(extra):
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "hopfield_gui.cli", "simulate", "--n", "100", *extra],
                           stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert p.returncode == 2
    assert p.stderr.startswith("hopfield: error: cannot write the output") and p.stderr.count("\n") == 1, p.stderr


def test_a_silent_port_is_not_a_dask_scheduler_and_the_command_ends(tmp_path):
    pytest.importorskip("distributed")
    import socket
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(5)  # accepts connections and never answers, as a program that is not Dask would
    try:
        port = srv.getsockname()[1]
        from hopfield_gui import cli_executor
        with pytest.raises(ValueError, match="Dask scheduler"):
            cli_executor.check_scheduler(f"tcp://127.0.0.1:{port}", deadline=1.0)
    finally:
        srv.close()
