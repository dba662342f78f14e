"""Error messages that an interface can show in another language.

The core speaks English and imports no Qt. A message is built with :func:`msg` from a template and
named values; it *is* the English text (a ``str``), and it also remembers the template and values,
so that the window can look the template up in its French catalogue and fill in the same values
(``hopfield_gui.gui.messages.explain``). Values may themselves be messages (a file name, then what
is wrong in it).
"""

from __future__ import annotations


class Message(str):
    template: str
    params: dict

    def __new__(cls, template: str, **params):
        obj = super().__new__(cls, template.format(**params))
        obj.template = template
        obj.params = params
        return obj

    def __reduce__(self):  # copies and pickles keep the template
        return (_rebuild, (self.template, self.params))


def _rebuild(template, params):
    return Message(template, **params)


def msg(template: str, **params) -> Message:
    """The English message ``template.format(**params)``, remembering both."""
    return Message(template, **params)
