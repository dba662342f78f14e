"""The core's messages in the interface's language.

The core (Qt-free) builds its error messages with ``core.messages.msg(template, **values)``; here the
template is looked up in the catalogue under the context ``core`` and filled with the same values,
themselves translated when they are messages too, real numbers written the language's way (0,1 in
French). ``python -m hopfield_gui.gui.i18n`` finds the templates (every ``msg("…")`` call) and hands
them to ``pyside6-lupdate`` (a test checks that every one is in the catalogue).
"""

from __future__ import annotations

import string

import numpy as np
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from ...core.messages import Message

CONTEXT = "core"


def translate_message(m) -> str:
    if isinstance(m, BaseException):
        m = m.args[0] if len(m.args) == 1 else str(m)
    if not isinstance(m, Message):
        return str(m)
    plain = _plain_fields(m.template)
    params = {k: translate_message(v) if isinstance(v, (Message, BaseException))
              else _number(v) if k in plain and isinstance(v, (float, np.floating)) else v
              for k, v in m.params.items()}
    text = QtCore.QCoreApplication.translate(CONTEXT, m.template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a faulty translation: the English text is still right
        return Message(m.template, **params)


def _plain_fields(template: str) -> set[str]:
    """The fields of ``template`` written without a format of their own (``{f}``, not ``{f:.3f}``)."""
    try:
        return {name for _, name, spec, conv in string.Formatter().parse(template) if name and not spec and not conv}
    except ValueError:
        return set()


def _number(x) -> str:
    """A real number of a message the way the language writes it (0,1 in French; ∞)."""
    from .numbers import number
    return number(float(x))


def explain(exc: BaseException) -> str:
    """What went wrong, for a message box, in the interface's language."""
    if isinstance(exc, MemoryError):
        return QtCore.QCoreApplication.translate(CONTEXT, "not enough memory for this size")
    text = translate_message(exc)
    return text or type(exc).__name__


def describe_state(label, names=None) -> str:
    """What the network is in, or near (a core ``StateLabel``), in the interface's language, its
    numbers written the language's way."""
    from .numbers import number
    nm = (lambda mu: names[mu]) if names is not None else (lambda mu: f"P{mu + 1}")
    if label.kind in ("pattern", "near"):
        mu = label.members[0]
        text = (QCoreApplication.translate("StateLabel", "pattern {name} (m = {m})") if label.kind == "pattern"
                else QCoreApplication.translate("StateLabel", "near pattern {name} (m = {m})"))
        return text.format(name=nm(mu), m=number(label.overlaps[mu], ".3f", plus=True))
    if label.kind in ("reversed", "near-reversed"):
        mu = label.members[0]
        text = (
            QCoreApplication.translate("StateLabel", "reversed pattern −{name} (m = {m})")
            if label.kind == "reversed"
            else QCoreApplication.translate("StateLabel", "near the reversed pattern −{name} (m = {m})")
        )
        return text.format(name=nm(mu), m=number(label.overlaps[mu], ".3f", plus=True))
    if label.kind in ("mixture", "near-mixture"):
        # the three largest overlaps at most (a state near many patterns at high load would not
        # fit the label's two lines, and the rest say little)
        shown = list(zip(label.members, label.signs, strict=True))[:3]
        more = ", …" if len(label.members) > 3 else ""
        parts = ", ".join(f"{'' if s > 0 else '−'}{nm(mu)}" for mu, s in shown) + more
        ms = ", ".join(number(label.overlaps[mu], ".2f", plus=True) for mu, _ in shown) + more
        text = (
            QCoreApplication.translate("StateLabel", "mixture of {patterns} (m = {overlaps})")
            if label.kind == "mixture"
            else QCoreApplication.translate("StateLabel", "near a mixture of {patterns} (m = {overlaps})")
        )
        return text.format(patterns=parts, overlaps=ms)
    if label.overlaps.size:
        top = float(abs(label.overlaps).max())
        return QCoreApplication.translate("StateLabel", "none of the stored patterns (max |m| = {m})").format(
            m=number(top, ".2f")
        )
    return QCoreApplication.translate("StateLabel", "none of the stored patterns")
