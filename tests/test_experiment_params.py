"""Each experiment is declared once (core/experiment_kinds/, its settings in core/experiment_params.py):
the core functions' signatures, the Experiments tab's forms and the `hopfield` subcommands are all
generated from or held to the declaration. The phase diagram once ran 1 trial of 20 + 40 sweeps in
the window and 2 of 50 + 100 on the command line; the basins had no subcommand."""

import inspect
import json

import pytest

from hopfield_gui import cli
from hopfield_gui.core.experiment_kinds import KINDS
from hopfield_gui.core.experiment_params import Number, Span, Values
from hopfield_gui.gui.panels.experiment_forms import ExperimentForms
from hopfield_gui.state.experiment_settings import ExperimentSettings


def signature_defaults(kind: str) -> dict:
    return {k: p.default for k, p in inspect.signature(KINDS[kind].run).parameters.items()
            if p.default is not inspect.Parameter.empty}


def minimal_command(kind: str) -> list[str]:
    """The command line with only the options it asks for, small enough to run at once."""
    argv = [kind]
    for f in KINDS[kind].settings(form=False):
        if f.required:
            small = {"n": "60", "ns": "60,80"}.get(f.key)
            argv += [f.option, small or (f.default if isinstance(f, Values) else str(f.lo))]
    return argv


def test_every_experiment_names_a_drawing_that_exists(qapp):
    from hopfield_gui.gui.plotting.results import drawing
    assert list(KINDS) == ["capacity", "temperature", "basins", "phase", "finite-size", "dilution"]
    for kind in KINDS:
        assert callable(drawing(kind)), kind


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_form_runs_what_the_core_function_runs_by_default(kind, qapp):
    from hopfield_gui.gui.i18n import Texts
    forms = ExperimentForms(Texts())
    form = forms.make(kind)  # noqa: F841 - kept: its fields live as long as the form
    given = forms.params(kind, ExperimentSettings().of(kind))
    defaults = signature_defaults(kind)
    for name, knob in KINDS[kind].fields.items():
        if isinstance(knob, Number) and name in defaults:
            assert defaults[name] == knob.default, (kind, name)  # the core function's default is the table's
            if name in given:
                assert given[name] == pytest.approx(knob.default), (kind, name)  # so is the form's
        if isinstance(knob, Span):  # a span's three boxes give its declared values
            assert given[name] == pytest.approx(Span.read(knob, knob.default, "x")), (kind, name)


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_command_line_runs_what_the_form_runs_by_default(kind):
    """Every setting of the form with an option: the same default on the command line."""
    a = cli.build_parser().parse_args(minimal_command(kind))
    for f in KINDS[kind].settings(form=True):
        if f.option and not f.required:
            assert getattr(a, f.key) == f.default, (kind, f.key)


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_command_line_refuses_what_the_form_cannot_hold(kind):
    numbers = [f for f in KINDS[kind].settings(form=False) if isinstance(f, Number) and not f.required]
    f = numbers[0]
    too_many = str(int(f.hi) + 1) if f.whole else str(f.hi * 2)
    with pytest.raises(cli.UsageError, match="must lie"):
        cli.build_parser().parse_args([*minimal_command(kind), f.option, too_many])


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_experiment_runs_from_the_command_line(kind, capsys):
    """A generated subcommand, its JSON and its table: the basins experiment had none before."""
    few = ["--trials", "2"] if "trials" in KINDS[kind].fields else ["--sweeps", "5"]
    code = cli.main([*minimal_command(kind), *few, "--seed", "1", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["n"]


def test_a_list_is_checked_the_same_way_in_the_form_and_on_the_command_line(qapp, capsys):
    """Sizes below 10: the same core message, named by the option on the command line and by the
    label in the window."""
    from hopfield_gui.gui.i18n import Texts
    forms = ExperimentForms(Texts())
    form = forms.make("finite-size")  # noqa: F841
    values = dict(ExperimentSettings().of("finite-size"), ns="5, 200")
    with pytest.raises(ValueError, match="N: the values must lie between 10 and"):
        forms.params("finite-size", values)
    assert cli.main(["finite-size", "--n", "5,200", "--alpha", "0.1"]) == 2
    assert "--n: the values must lie between 10 and" in capsys.readouterr().err


def test_the_basins_result_says_its_own_columns_like_the_others():
    """The CSV export once had a special case for it."""
    from hopfield_gui.core.experiments import basin_experiment
    res = basin_experiment(60, [0.05, 0.1], [0.0, 0.2, 0.4], trials=2, seed=3)
    header, table = res.columns()
    assert header == ["alpha", "noise", "m_mean"] and table.shape == (6, 3)
    assert table[1].tolist() == pytest.approx([0.05, 0.2, res.m_mean[0, 1]])  # loads outermost
    assert table[0, 2] == pytest.approx(1.0)  # an unflipped cue at α = 0.05 is a fixed point
