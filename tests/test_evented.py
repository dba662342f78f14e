"""Per-field names and events (state/evented.py): a field is named by an attribute that a typo
cannot make, and each listener hears its own field's changes only."""

from dataclasses import dataclass, replace

import pytest

from hopfield_gui.state.evented import FieldEvents, fields_of, names
from hopfield_gui.state.lab import LAB, LabParams
from hopfield_gui.state.params import PARAM, ExplorerParams


@dataclass(frozen=True)
class Two:
    a: int = 0
    b: str = "x"


def test_a_field_is_an_attribute_and_a_typo_fails_where_it_is_written():
    f = fields_of(Two)
    assert f.a.name == "a" and f.a.owner is Two and [r.name for r in f] == ["a", "b"]
    assert fields_of(Two) is f
    with pytest.raises(AttributeError, match="no field 'c'"):
        _ = f.c


def test_every_parameter_has_its_field():
    assert [r.name for r in PARAM] == list(ExplorerParams.__dataclass_fields__)
    assert [r.name for r in LAB] == list(LabParams.__dataclass_fields__)


def test_only_the_changed_fields_are_announced_each_with_its_value():
    events = FieldEvents(Two)
    heard = []
    events.a.connect(lambda v: heard.append(("a", v)))
    events[fields_of(Two).b].connect(lambda v: heard.append(("b", v)))
    old = Two()
    events.announce(old, replace(old, b="y"))
    assert heard == [("b", "y")]
    events.announce(None, old)  # listeners that show nothing yet hear everything
    assert heard[1:] == [("a", 0), ("b", "x")]
    events.repeat(old, [fields_of(Two).a])
    assert heard[3:] == [("a", 0)]


def test_a_disconnected_listener_hears_nothing():
    events = FieldEvents(Two)
    heard = []
    events.a.connect(heard.append)
    events.a.disconnect(heard.append)
    events.announce(Two(), Two(a=1))
    assert heard == []


def test_edits_keyed_by_another_models_fields_are_refused():
    assert names({PARAM.beta: 2.0, PARAM.noise: 0.1}, ExplorerParams) == {"beta": 2.0, "noise": 0.1}
    with pytest.raises(TypeError):
        names({LAB.speed: 1.0}, ExplorerParams)
    with pytest.raises(TypeError):
        names({"beta": 2.0}, ExplorerParams)
