"""ExplorerParams: the checks today's window made, in one place, and a faithful round trip."""

import math

import pytest
from hypothesis import given, strategies as st

from hopfield_gui.core.rules import MemoryBudgetError
from hopfield_gui.state.params import SPEEDS, ExplorerParams, ParamsError, nearest_speed


def test_defaults_are_valid_and_those_of_the_lecture():
    p = ExplorerParams().validate(400)
    assert math.isinf(p.beta) and p.rule == "hebb" and not p.self_coupling and p.mode == "async"


@pytest.mark.parametrize("changes,error", [
    (dict(beta=0.0), ParamsError), (dict(beta=-1.0), ParamsError), (dict(beta=math.nan), ParamsError),
    (dict(rule="oja"), ParamsError), (dict(mode="parallel"), ParamsError), (dict(speed=0.0), ParamsError),
    (dict(seed=-1), ParamsError), (dict(seed=2**31), ParamsError), (dict(noise=1.5), ParamsError),
    (dict(masked=-0.1), ParamsError), (dict(cue=-1), ParamsError),
    (dict(rule="storkey", self_coupling=True), ParamsError),
])
def test_impossible_parameters_are_refused(changes, error):
    with pytest.raises(error):
        ExplorerParams(**changes).validate(100)


def test_the_dense_rules_memory_budget_depends_on_the_grid():
    p = ExplorerParams(rule="pinv")
    p.validate(64 * 64)  # 32 MB: fine
    with pytest.raises(MemoryBudgetError):
        p.validate(128 * 128)  # a 2 GB matrix
    ExplorerParams(rule="hebb").validate(128 * 128)  # pattern form: no matrix


params = st.builds(ExplorerParams,
                   beta=st.one_of(st.just(math.inf), st.floats(1e-6, 1e6)), rule=st.sampled_from(["hebb", "pinv"]),
                   self_coupling=st.booleans(), mode=st.sampled_from(["async", "sync"]),
                   speed=st.sampled_from(SPEEDS), seed=st.one_of(st.none(), st.integers(0, 2**31 - 1)),
                   cue=st.integers(0, 50), noise=st.floats(0, 1), masked=st.floats(0, 1))


@given(params)
def test_to_dict_and_back_is_exact(p):
    assert ExplorerParams.from_dict(p.to_dict()) == p


def test_from_dict_names_the_file_and_the_key():
    with pytest.raises(ParamsError, match="mine.json: parameter 'noise'"):
        ExplorerParams.from_dict({"noise": 2}, "mine.json")
    with pytest.raises(ParamsError, match="mine.json: the Storkey rule"):
        ExplorerParams.from_dict({"rule": "storkey", "self_coupling": True}, "mine.json")
    assert ExplorerParams.from_dict({"unknown": 1}) == ExplorerParams()  # newer files still open


def test_nearest_speed():
    assert nearest_speed(2.2) == 2 and nearest_speed(math.inf) == math.inf and nearest_speed(1e-9) == SPEEDS[0]
