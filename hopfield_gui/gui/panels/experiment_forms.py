"""The Experiments tab's forms, generated from each experiment's declared settings
(``core/experiment_params.py``, ``core/experiment_kinds/``): a spin box per number (its bounds the
declaration's), three per span, a line per list, a list box per choice, and the seed. The forms hold
no value of their own: they show an experiment's values (``state/experiment_settings.py``, owned
by the tab) and send the user's edits as ``edited(experiment, key, value)``; the run's keyword
arguments are read from those values by the same checks as the command line's."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Signal

from ...core.experiment_kinds import KINDS as EXPERIMENTS
from ...core.experiment_params import Beta, Choice, Number, Numbers, Span
from ...state.experiment_settings import SEED
from ...state.params import SEED_MAX
from ..i18n.messages import translate_message
from ..widgets.showing import Showing

#: the experiments, in the tab's order
KINDS = tuple(EXPERIMENTS)


def _text(label):
    """A declared label or tip in the interface's language (a symbol such as "N" stays as it is)."""
    return lambda: translate_message(label)


class ExperimentForms(QtCore.QObject):
    """The forms of the tab; ``texts`` (the panel's :class:`~..i18n.Texts`) keeps their texts in the
    interface's language. ``fields``: experiment → key → its widget (a span's three keys, e.g. a0, a1,
    da, and ``seed``)."""

    edited = Signal(str, str, object)  # experiment, form key, the value the user gave

    def __init__(self, texts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.showing = Showing()  # values shown from the settings are not sent back as edits
        self.fields: dict[str, dict[str, QtWidgets.QWidget]] = {}
        self._percent: set[tuple[str, str]] = set()  # fractions shown in whole per cent

    def make(self, kind: str) -> QtWidgets.QWidget:
        """The form of experiment ``kind``: two fields a row, both value columns sharing the width;
        a list box has a row of its own (its French words are not cut in the narrow tab of a
        1024-pixel screen)."""
        rows = []
        for f in EXPERIMENTS[kind].settings(form=True):
            rows += self._rows(kind, f)
        rows.append((SEED, lambda: self.tr("seed"), self._spin(
            0, SEED_MAX, 1, lambda: self.tr("Seed: the same seed gives the same numbers as `hopfield` on the "
                                            "command line"))))
        box = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields[kind] = {}
        row = column = 0
        for key, label, widget in rows:
            wide = isinstance(widget, QtWidgets.QComboBox)
            if wide and column:
                row, column = row + 1, 0
            grid.addWidget(self.texts.label(label), row, 2 * column)
            grid.addWidget(widget, row, 2 * column + 1, 1, 3 if wide else 1)
            column = 0 if wide or column else 1
            row += 0 if column else 1
            self.fields[kind][key] = widget
            self._connect(kind, key, widget)
        return box

    def _connect(self, kind: str, key: str, w: QtWidgets.QWidget) -> None:
        def send(value):
            self.edited.emit(kind, key, value)
        user = self.showing.user
        if isinstance(w, QtWidgets.QComboBox):
            w.currentIndexChanged.connect(user(lambda _: send(w.currentData())))
        elif isinstance(w, QtWidgets.QLineEdit):
            w.textChanged.connect(user(send))
        elif (kind, key) in self._percent:
            w.valueChanged.connect(user(lambda v: send(v / 100)))
        else:
            w.valueChanged.connect(user(send))

    def _rows(self, kind: str, f) -> list:
        """(key, label, widget) of each row field ``f`` of ``kind`` takes."""
        if isinstance(f, Span):
            ends = dict(lo=f.ends[0], hi=f.ends[1], decimals=f.decimals, step=f.step)
            return [(f.keys[0], _text(f.labels[0]), self._spin(value=f.start, tip=_text(f.tips[0]), **ends)),
                    (f.keys[1], _text(f.labels[1]), self._spin(value=f.stop, tip=_text(f.tips[1]), **ends)),
                    (f.keys[2], _text(f.labels[2]), self._spin(10 ** -f.decimals, f.step_hi, f.step, _text(f.tips[2]),
                                                               f.decimals, f.step / 2))]
        if isinstance(f, Number):
            if f.percent:
                w = self._spin(round(f.lo * 100), round(f.hi * 100), round(f.default * 100), _text(f.tip), suffix=" %")
                self._percent.add((kind, f.key))
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

    def show(self, kind: str, values: dict) -> None:
        """Show experiment ``kind``'s form ``values`` (by key; see ``state/experiment_settings.py``)."""
        with self.showing:
            for key, w in self.fields[kind].items():
                value = values[key]
                if isinstance(w, QtWidgets.QComboBox):
                    w.setCurrentIndex(w.findData(value))
                elif isinstance(w, QtWidgets.QLineEdit):
                    if w.text() != value:
                        w.setText(value)
                else:
                    w.setValue(round(value * 100) if (kind, key) in self._percent else value)

    @staticmethod
    def params(kind: str, values: dict) -> dict:
        """The experiment's keyword arguments from its form ``values`` (ValueError, a core message
        naming the field by its label, on bad input)."""
        exp = EXPERIMENTS[kind]
        names = {f.key: translate_message(f.label) for f in exp.settings(form=True)}
        return dict(exp.arguments_from_form(values, names), seed=values[SEED])
