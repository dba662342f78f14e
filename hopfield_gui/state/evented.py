"""Per-field names and per-field change events of a frozen parameter dataclass, without Qt.

napari's ``EventedModel`` gives each field of a model its own event (``model.events.beta.connect``),
so that a widget listens to the one value it shows, and Orange's ``Setting`` names a setting by an
attribute rather than by a string. This is the same idea at the size of this app (a library such
as psygnal would bring it too, with a compiled core and more than we use):

* ``fields_of(ExplorerParams).beta`` is a :class:`FieldRef`: an edit is sent as ``{P.beta: 3.0}``,
  which a typo cannot make (AttributeError where the widget is built) and which grep follows;
* :class:`FieldEvents` holds one :class:`Event` per field; its owner (a controller) calls
  :meth:`FieldEvents.announce` with the old and the new value of the whole set, and only the
  fields that differ are emitted, each with its new value (:meth:`FieldEvents.repeat` emits the
  fields of a refused edit again, so that their widgets go back).

Callbacks run at once, in the owner's thread (the controllers live in the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Callable, Iterable, Iterator

__all__ = ["FieldRef", "Fields", "fields_of", "Event", "FieldEvents", "names"]


@dataclass(frozen=True)
class FieldRef:
    """One field of a parameter class: ``owner`` the class, ``name`` the attribute."""

    owner: type
    name: str

    def __repr__(self) -> str:
        return f"{self.owner.__name__}.{self.name}"


class Fields:
    """The fields of a dataclass as attributes: ``P.beta`` is the :class:`FieldRef` of ``beta``."""

    def __init__(self, cls: type) -> None:
        self._owner = cls
        self._refs = {f.name: FieldRef(cls, f.name) for f in fields(cls)}

    def __getattr__(self, name: str) -> FieldRef:
        try:
            return self.__dict__["_refs"][name]
        except KeyError:
            raise AttributeError(f"{self.__dict__['_owner'].__name__} has no field {name!r}") from None

    def __iter__(self) -> Iterator[FieldRef]:
        return iter(self._refs.values())


_FIELDS: dict[type, Fields] = {}


def fields_of(cls: type) -> Fields:
    """The :class:`Fields` of dataclass ``cls`` (one object per class)."""
    if cls not in _FIELDS:
        _FIELDS[cls] = Fields(cls)
    return _FIELDS[cls]


def names(changes: dict[FieldRef, Any], owner: type) -> dict[str, Any]:
    """``changes`` keyed by field refs as keyword arguments of ``owner``'s ``with_changes``
    (TypeError for a field of another class: an edit meant for another model)."""
    out = {}
    for ref, value in changes.items():
        if not isinstance(ref, FieldRef) or ref.owner is not owner:
            raise TypeError(f"{ref!r} is not a field of {owner.__name__}")
        out[ref.name] = value
    return out


class Event:
    """Callbacks for one field's new value."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[Any], None]] = []

    def connect(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[Any], None]) -> None:
        self._callbacks.remove(callback)

    def emit(self, value: Any) -> None:
        for callback in list(self._callbacks):
            callback(value)


class FieldEvents:
    """One :class:`Event` per field of ``cls``: ``events.beta.connect(show_beta)``."""

    def __init__(self, cls: type) -> None:
        self._events = {ref.name: Event() for ref in fields_of(cls)}

    def __getattr__(self, name: str) -> Event:
        try:
            return self.__dict__["_events"][name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __getitem__(self, ref: FieldRef) -> Event:
        return self._events[ref.name]

    def announce(self, old, new) -> None:
        """Emit the new value of each field that differs between ``old`` and ``new`` (``old`` None:
        every field, as for listeners that show nothing yet)."""
        for name, event in self._events.items():
            value = getattr(new, name)
            if old is None or getattr(old, name) != value:
                event.emit(value)

    def repeat(self, current, refs: Iterable[FieldRef]) -> None:
        """Emit the current value of fields ``refs`` again (an edit of them was refused: their
        widgets go back)."""
        for ref in refs:
            self._events[ref.name].emit(getattr(current, ref.name))
