"""Each experiment's defaults and bounds are declared once (core/experiment_params.py): the core
functions' signatures, the Experiments tab's forms and the `hopfield` command's options all read them.
The phase diagram once ran 1 trial of 20 + 40 sweeps in the window and 2 of 50 + 100 on the command line."""

import inspect

import pytest

from hopfield_gui import cli
from hopfield_gui.core.experiment_params import EXPERIMENTS, Number
from hopfield_gui.gui.panels.experiment_forms import KINDS, ExperimentForms
from hopfield_gui.gui.panels.experiment_job import EXPERIMENTS as FUNCTIONS

#: the command line's minimal call of each experiment that has one, and its options' names in the core
COMMANDS = {
    "capacity": (["--n", "100", "--alpha", "0.1"], {"trials": "trials", "noise": "noise", "max_sweeps": "max_sweeps"}),
    "temperature": (["--n", "100", "--beta", "1:2:1"], {"k": "k", "sweeps": "sweeps", "burn_in": "burn_in"}),
    "phase": (["--n", "100", "--alpha", "0.1", "--beta", "1"],
              {"trials": "trials", "sweeps": "sweeps", "burn_in": "burn_in"}),
    "finite-size": (["--n", "100,200", "--alpha", "0.1"], {"trials": "trials", "noise": "noise"}),
    "dilution": (["--n", "100", "--connectivity", "1", "--alpha", "0.1"],
                 {"trials": "trials", "noise": "noise", "max_sweeps": "max_sweeps"}),
}


def signature_defaults(kind: str) -> dict:
    return {k: p.default for k, p in inspect.signature(FUNCTIONS[kind]).parameters.items()
            if p.default is not inspect.Parameter.empty}


def test_the_table_covers_every_experiment_of_the_tab():
    from hopfield_gui.gui.plotting.results import DRAW
    assert set(EXPERIMENTS) == set(KINDS) == set(FUNCTIONS) == set(DRAW)  # settings, form, run, figure


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_runs_what_the_core_function_runs_by_default(kind, qapp):
    from hopfield_gui.gui.i18n import Texts
    forms = ExperimentForms(Texts())
    form = forms.make(kind)  # noqa: F841 - kept: its fields live as long as the form
    given = forms.params(kind)
    defaults = signature_defaults(kind)
    for name, knob in EXPERIMENTS[kind].items():
        if isinstance(knob, Number) and name in defaults:
            assert defaults[name] == knob.default, (kind, name)  # the core function's default is the table's
            if name in given:
                assert given[name] == pytest.approx(knob.default), (kind, name)  # so is the form's


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_the_command_line_runs_what_the_core_function_runs_by_default(kind):
    argv, names = COMMANDS[kind]
    a = cli.build_parser().parse_args([kind, *argv])
    defaults = signature_defaults(kind)
    for option, name in names.items():
        assert getattr(a, option) == defaults[name] == EXPERIMENTS[kind][name].default, (kind, option)


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_the_command_line_refuses_what_the_form_cannot_hold(kind):
    argv, names = COMMANDS[kind]
    option = next(iter(names))
    knob = EXPERIMENTS[kind][option]
    too_many = str(int(knob.hi) + 1) if knob.whole else str(knob.hi * 2)
    with pytest.raises(cli.UsageError, match="must lie"):
        cli.build_parser().parse_args([kind, *argv, "--" + option.replace("_", "-"), too_many])


def test_the_basins_result_says_its_own_columns_like_the_others():
    """The CSV export once had a special case for it."""
    from hopfield_gui.core.experiments import basin_experiment
    res = basin_experiment(60, [0.05, 0.1], [0.0, 0.2, 0.4], trials=2, seed=3)
    header, table = res.columns()
    assert header == ["alpha", "noise", "m_mean"] and table.shape == (6, 3)
    assert table[1].tolist() == pytest.approx([0.05, 0.2, res.m_mean[0, 1]])  # loads outermost
    assert table[0, 2] == pytest.approx(1.0)  # an unflipped cue at α = 0.05 is a fixed point
