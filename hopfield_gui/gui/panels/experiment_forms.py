"""The Experiments tab's forms, generated from each experiment's declared settings
(``core/experiment_params.py``, ``core/experiment_kinds/``): a spin box per number (its bounds the
declaration's), three per span, a line per list, a list box per choice, and the seed; and the
experiment's keyword arguments read back from them, through the same checks as the command line."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from ...core.experiment_kinds import KINDS as EXPERIMENTS
from ...core.experiment_kinds import read_values
from ...core.experiment_params import Beta, Choice, Number, Numbers, Span
from ...state.params import SEED_MAX
from ..i18n.messages import translate_message

#: the experiments, in the tab's order
KINDS = tuple(EXPERIMENTS)


def _text(label):
    """A declared label or tip in the interface's language (a symbol such as "N" stays as it is)."""
    return lambda: translate_message(label)


class ExperimentForms(QtCore.QObject):
    """The forms of the tab; ``texts`` (the panel's :class:`~..i18n.Texts`) keeps their texts in the
    interface's language. ``fields``: experiment → key → its widget (a span's three keys, e.g. a0, a1,
    da, and ``seed``)."""

    def __init__(self, texts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.fields: dict[str, dict[str, QtWidgets.QWidget]] = {}

    def make(self, kind: str) -> QtWidgets.QWidget:
        """The form of experiment ``kind``: two fields a row."""
        rows = []
        for f in EXPERIMENTS[kind].settings(form=True):
            rows += self._rows(f)
        rows.append(("seed", lambda: self.tr("seed"), self._spin(
            0, SEED_MAX, 1, lambda: self.tr("Seed: the same seed gives the same numbers as `hopfield` on the "
                                            "command line"))))
        box = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.fields[kind] = {}
        for i, (key, label, widget) in enumerate(rows):
            grid.addWidget(self.texts.label(label), i // 2, 2 * (i % 2))
            grid.addWidget(widget, i // 2, 2 * (i % 2) + 1)
            self.fields[kind][key] = widget
        return box

    def _rows(self, f) -> list:
        """(key, label, widget) of each row field ``f`` takes."""
        if isinstance(f, Span):
            ends = dict(lo=f.ends[0], hi=f.ends[1], decimals=f.decimals, step=f.step)
            return [(f.keys[0], _text(f.labels[0]), self._spin(value=f.start, tip=_text(f.tips[0]), **ends)),
                    (f.keys[1], _text(f.labels[1]), self._spin(value=f.stop, tip=_text(f.tips[1]), **ends)),
                    (f.keys[2], _text(f.labels[2]), self._spin(10 ** -f.decimals, f.step_hi, f.step, _text(f.tips[2]),
                                                               f.decimals, f.step / 2))]
        if isinstance(f, Number):
            if f.percent:
                w = self._spin(round(f.lo * 100), round(f.hi * 100), round(f.default * 100), _text(f.tip), suffix=" %")
            else:
                w = self._spin(f.lo, f.hi, f.default, _text(f.tip), f.decimals)
        elif isinstance(f, Choice):
            w = QtWidgets.QComboBox()
            for i, (value, label) in enumerate(f.choices):
                w.addItem("", value)
                self.texts(lambda t, i=i, w=w: w.setItemText(i, t), _text(label))
            w.setCurrentIndex(f.values.index(f.default))
            # the longest choice must not widen the form past a 1024-pixel projector
            w.setSizeAdjustPolicy(QtWidgets.QComboBox.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(10)
        elif isinstance(f, (Numbers, Beta)):
            w = QtWidgets.QLineEdit(f.default if isinstance(f, Numbers)
                                    else "inf" if math.isinf(f.default) else f"{f.default:g}")
        else:
            raise TypeError(f"no form row for {type(f).__name__}")
        self.texts(w.setToolTip, _text(f.tip))
        return [(f.key, _text(f.label), w)]

    def _spin(self, lo, hi, value, tip, decimals=None, step=None, suffix=""):
        w = QtWidgets.QDoubleSpinBox() if decimals is not None else QtWidgets.QSpinBox()
        if decimals is not None:
            w.setDecimals(decimals)
        w.setRange(lo, hi)
        if step is not None:
            w.setSingleStep(step)
        w.setValue(value)
        w.setSuffix(suffix)
        self.texts(w.setToolTip, tip)
        return w

    def params(self, kind: str) -> dict:
        """The experiment's keyword arguments from its form (ValueError, a core message, on bad input)."""
        w = self.fields[kind]
        exp = EXPERIMENTS[kind]
        raw, names = {}, {}
        for f in exp.settings(form=True):
            names[f.key] = translate_message(f.label)
            if isinstance(f, Span):
                raw[f.key] = ":".join(str(w[k].value()) for k in f.keys)
            elif isinstance(f, Number):
                raw[f.key] = w[f.key].value() / 100 if f.percent else w[f.key].value()
            elif isinstance(f, Choice):
                raw[f.key] = w[f.key].currentData()
            else:
                raw[f.key] = w[f.key].text()
        values = read_values(exp.settings(form=True), raw, names)
        return dict(exp.arguments(values), seed=w["seed"].value())
