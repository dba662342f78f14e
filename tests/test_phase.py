"""The measured phase diagram against AGS, finite-size scaling of the capacity, and the experiments
run by any executor — threads, processes, a Dask cluster — with the same numbers."""

import json
import math
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pytest

from hopfield_gui.core import experiments as ex
from hopfield_gui.core import phase as ph


def test_the_measured_retrieval_region_is_where_theory_puts_it():
    """N = 1000: deep inside the AGS retrieval region (α = 0.05, β = 8 > β_M = 3.7) the pattern is held;
    in the spin-glass phase (β = 2 < β_M) and beyond α_c (α = 0.2) it is not."""
    res = ph.phase_experiment(1000, [0.05, 0.2], [2.0, 8.0], trials=2, sweeps=60, burn_in=30, seed=2)
    m = res.m
    assert m[0, 1] > 0.9 and m[0, 0] < 0.5 and m[1, 1] < 0.7
    th = res.theory
    assert th["beta_m"][0] == pytest.approx(3.69, abs=0.05) and math.isnan(th["beta_m"][1])
    d = res.to_dict()
    assert np.array(d["m"]).shape == (2, 2) and d["theory"]["beta_c"][1] is None


def test_the_coarse_grid_comes_first():
    """After the cells of even rank in α and β have run, the partial picture covers every cell; the
    final numbers do not depend on that order (seeds by cell)."""
    pictures = []

    def progress(done, total, res):
        if done == 4:  # the 2 × 2 coarse cells of a 3 × 3 grid, one trial each
            pictures.append((np.isnan(res.m).sum(), np.isnan(res.filled_m()).sum()))

    res = ph.phase_experiment(150, [0.05, 0.1, 0.15], [2.0, 4.0, 8.0], trials=1, sweeps=5, burn_in=2, seed=4,
                              progress=progress, theory=False, workers=1)
    assert pictures == [(5, 0)]
    again = ph.phase_experiment(150, [0.05, 0.1, 0.15], [2.0, 4.0, 8.0], trials=1, sweeps=5, burn_in=2, seed=4,
                                theory=False)
    assert np.array_equal(res.m_trials, again.m_trials)


def test_cli_plots_the_phase_diagram(tmp_path, capsys):
    from PySide6 import QtGui
    out = tmp_path / "phase.png"
    code, _, err = run_cli(capsys, "phase", "--n", "150", "--alpha", "0.05,0.15", "--beta", "2,inf", "--trials", "1",
                           "--sweeps", "5", "--burn-in", "2", "--seed", "1", "--plot", str(out))
    assert code == 0, err
    img = QtGui.QImage(str(out))
    assert (img.width(), img.height()) == (1600, 1000)


def test_finite_size_scaling_extrapolates_to_the_ags_capacity():
    """α_c(N) from where half the runs still retrieve: above 0.138 at small N, creeping down; the
    N^(−1/2) fit lands on 0.138 within its 95 % interval (and that error is a real number, not zero)."""
    res = ph.finite_size_experiment([250, 500, 1000, 2000], np.arange(0.10, 0.225, 0.01), trials=24, seed=5)
    assert (res.alpha_c > 0.138).all() and res.alpha_c[-1] < res.alpha_c[0]
    assert 0 < res.alpha_c_inf_err < 0.05
    assert abs(res.alpha_c_inf - 0.138) < 1.96 * res.alpha_c_inf_err + 0.002
    assert res.slope > 0


def test_logistic_fit_finds_the_half_point_and_an_honest_error():
    """Runs drawn from a known P(retrieved) = 1/(1 + e^(60(α − 0.15))): the fit finds 0.15 within
    its error, and over many draws its error matches the spread of its estimates."""
    rng = np.random.default_rng(4)
    a = np.repeat(np.arange(0.10, 0.205, 0.01), 20)
    fits = []
    for _ in range(40):
        y = (rng.random(a.size) < 1 / (1 + np.exp(60 * (a - 0.15)))).astype(float)
        fits.append(ph.logistic_fit(a, y))
    centre, err = np.array(fits).T
    assert abs(centre.mean() - 0.15) < 3 * err.mean() / np.sqrt(40)
    assert 0.7 < err.mean() / centre.std(ddof=1) < 1.4
    assert all(math.isnan(v) for v in ph.logistic_fit(a, np.ones(a.size)))  # never falls through ½: none


def test_finite_size_errors_include_the_spread_over_seeds():
    """The error of α_c(N) is what another seed would change: over independent seeds the α_c(N)'s
    spread as the errors say (a bootstrap of the crossing of two fractions said 3–4 times less)."""
    alphas = np.round(np.arange(0.10, 0.235, 0.01), 3)
    runs = [ph.finite_size_experiment([250], alphas, trials=20, seed=s) for s in range(8)]
    ac = np.array([r.alpha_c[0] for r in runs])
    err = np.mean([r.alpha_c_err[0] for r in runs])
    assert 0.5 < err / ac.std(ddof=1) < 2.0
    assert "m > 0.9" in runs[0].to_dict()["criterion"]  # the dynamical criterion, named


def test_extrapolation_by_hand():
    ns = np.array([100, 400, 1600])
    y = 0.138 + 0.5 / np.sqrt(ns)
    inf, err, slope = ph.extrapolate(ns, y, np.full(3, 0.002))
    assert inf == pytest.approx(0.138, abs=1e-12) and slope == pytest.approx(0.5) and err > 0


def test_same_numbers_whatever_runs_the_trials():
    """Each task carries its own seed: threads, one thread, local processes give identical results."""
    args = dict(n=300, alphas=[0.05, 0.15], trials=3, seed=11)
    threads = ex.capacity_experiment(**args).m_final
    one = ex.capacity_experiment(**args, workers=1).m_final
    with ProcessPoolExecutor(2) as pool:
        procs = ex.capacity_experiment(**args, executor=pool).m_final
    assert np.array_equal(threads, one) and np.array_equal(threads, procs)
    t1 = ex.temperature_experiment(200, [1.0, 4.0], sweeps=20, burn_in=5, seed=3)
    t2 = ex.temperature_experiment(200, [1.0, 4.0], sweeps=20, burn_in=5, seed=3, workers=1)
    assert np.array_equal(t1.m_mean, t2.m_mean)


def test_the_dask_path_gives_the_same_numbers():
    distributed = pytest.importorskip("distributed")  # in the test extra: CI runs it
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        pool = client.get_executor()
        dask = ph.phase_experiment(300, [0.05, 0.15], [3.0, "inf"], trials=2, sweeps=10, burn_in=5, seed=9,
                                   executor=pool, theory=False)
    local = ph.phase_experiment(300, [0.05, 0.15], [3.0, "inf"], trials=2, sweeps=10, burn_in=5, seed=9,
                                theory=False)
    assert np.array_equal(dask.m_trials, local.m_trials)


def run_cli(capsys, *args):
    from hopfield_gui import cli
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_phase_and_finite_size(capsys, tmp_path):
    code, out, err = run_cli(capsys, "phase", "--n", "200", "--alpha", "0.05:0.15:0.1", "--beta", "2,inf",
                             "--trials", "1", "--sweeps", "5", "--burn-in", "2", "--seed", "1", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert d["alpha"] == [0.05, 0.15] and d["beta"] == [2.0, "inf"] and len(d["m"]) == 2 and len(d["m"][0]) == 2
    assert set(d["theory"]) == {"alpha", "beta_g", "beta_m", "beta_c", "m_at_beta_m"}
    code, out, err = run_cli(capsys, "phase", "--n", "200", "--alpha", "0.03", "--beta", "2", "--theory-only",
                             "--json")
    d = json.loads(out)
    assert code == 0 and d["m"] is None and d["theory"]["beta_g"][0] == pytest.approx(2 / (1 + 0.03 ** 0.5))
    csv = tmp_path / "fs.csv"
    code, out, err = run_cli(capsys, "finite-size", "--n", "100,200", "--alpha", "0.1:0.3:0.05", "--trials", "6",
                             "--seed", "2", "--csv", str(csv), "--json")
    d = json.loads(out)
    assert code == 0, err
    assert d["n"] == [100, 200] and len(d["alpha_c"]) == 2 and "alpha_c_inf" in d and "alpha_c_inf_err" in d
    assert csv.read_text().splitlines()[0] == "n,alpha_c,alpha_c_err"
    for args in (["phase", "--n", "200", "--alpha", "-0.1", "--beta", "2"],
                 ["finite-size", "--n", "5,200", "--alpha", "0.1:0.2:0.05"],
                 ["phase", "--n", "200", "--alpha", "0.1", "--beta", "2", "--dask", "tcp://127.0.0.1:1"]):
        code, out, err = run_cli(capsys, *args)
        assert code == 2 and err.count("\n") == 1, (args, err)


def test_lists_of_values_as_people_type_them():
    assert ex.parse_numbers("1, 2; 3").tolist() == [1.0, 2.0, 3.0]
    assert ex.parse_numbers("2, inf, ∞").tolist() == [2.0, math.inf, math.inf]
    assert ex.parse_numbers("0.1:0.3:0.1").tolist() == [0.1, 0.2, 0.3]
    for bad, match in (("1, x", "separated by commas"), (" , ", "at least one")):
        with pytest.raises(ValueError, match=match):
            ex.parse_numbers(bad, "α")
