"""The Experiments tab's forms: one per experiment, with its fields (their ranges the core's limits),
and the experiment's keyword arguments read from them."""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtWidgets

from ...core import experiments as ex
from ...core.experiment_params import BETA_DEFAULT, EXPERIMENTS
from ...core.limits import MAX_NEURONS
from ...state.params import SEED_MAX
from .controls import rule_name

#: the experiments, in the tab's order
KINDS = ("capacity", "temperature", "basins", "phase", "finite-size", "dilution")


class ExperimentForms(QtCore.QObject):
    """The forms of the tab; ``texts`` (the panel's :class:`~..i18n.Texts`) keeps their texts in the
    interface's language."""

    def __init__(self, texts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.fields: dict[str, dict[str, QtWidgets.QWidget]] = {}

    def make(self, kind: str) -> QtWidgets.QWidget:
        """The form of experiment ``kind``."""
        return getattr(self, kind.replace("-", "_"))()

    def _spin(self, lo, hi, val, tip, decimals=None, step=None, suffix=""):
        w = QtWidgets.QDoubleSpinBox() if decimals is not None else QtWidgets.QSpinBox()
        if decimals is not None:
            w.setDecimals(decimals)
        w.setRange(lo, hi)
        if step is not None:
            w.setSingleStep(step)
        w.setValue(val)
        w.setSuffix(suffix)
        self.texts(w.setToolTip, tip)
        return w

    def _form(self, kind: str, rows: list) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.fields[kind] = {}
        for i, (key, label, widget) in enumerate(rows):  # two fields a row
            grid.addWidget(self.texts.label(label), i // 2, 2 * (i % 2))
            grid.addWidget(widget, i // 2, 2 * (i % 2) + 1)
            self.fields[kind][key] = widget
        return box

    def _number(self, knob, tip, percent: bool = False):
        """A spin box for ``knob`` (core/experiment_params.py): its default and bounds; a fraction
        ``percent`` shown in whole per cent."""
        if percent:
            return self._spin(round(knob.lo * 100), round(knob.hi * 100), round(knob.default * 100), tip, suffix=" %")
        return self._spin(knob.lo, knob.hi, knob.default, tip, knob.decimals)

    def _span(self, span, keys, labels, tips) -> list:
        """The three rows of a ``Span`` — from, to, step — under ``keys``, with their ``labels`` and ``tips``."""
        first, last, step = labels
        return [(keys[0], first, self._spin(span.lo, span.hi, span.start, tips[0], span.decimals, span.step)),
                (keys[1], last, self._spin(span.lo, span.hi, span.stop, tips[1], span.decimals, span.step)),
                (keys[2], step, self._spin(10 ** -span.decimals, span.step_hi, span.step, tips[2], span.decimals,
                                            span.step / 2))]

    def _loads(self, span, smallest=None, largest=None) -> list:
        return self._span(span, ("a0", "a1", "da"),
                          (lambda: self.tr("α from"), lambda: self.tr("to"), lambda: self.tr("step")),
                          (smallest or (lambda: self.tr("Smallest load α = K/N")),
                           largest or (lambda: self.tr("Largest load")), lambda: self.tr("Load step")))

    def _line(self, numbers, tip):
        w = QtWidgets.QLineEdit(numbers.default)
        self.texts(w.setToolTip, tip)
        return w

    def _beta_widget(self, default=math.inf):
        w = QtWidgets.QLineEdit("inf" if math.isinf(default) else f"{default:g}")
        self.texts(w.setToolTip, lambda: self.tr("β: a positive number, or inf for deterministic updates"))
        return w

    def _seed_widget(self):
        return self._spin(0, SEED_MAX, 1, lambda: self.tr("Seed: the same seed gives the same numbers as `hopfield` "
                                                           "on the command line"))

    def _n(self, table):
        return ("n", lambda: "N", self._number(table["n"], lambda: self.tr("Number of neurons")))

    def _trials(self, table, tip):
        return ("trials", lambda: self.tr("trials"), self._number(table["trials"], tip))

    def _sweeps(self, table) -> list:
        return [("sweeps", lambda: self.tr("sweeps"),
                 self._number(table["sweeps"], lambda: self.tr("Sweeps averaged after the burn-in"))),
                ("burn_in", lambda: self.tr("burn-in"),
                 self._number(table["burn_in"], lambda: self.tr("Sweeps of relaxation before averaging")))]

    def _seed(self):
        return ("seed", lambda: self.tr("seed"), self._seed_widget())

    def capacity(self):
        rules = QtWidgets.QComboBox()
        for i, key in enumerate(("hebb", "storkey", "pinv")):
            rules.addItem("", key)
            self.texts(lambda t, i=i: rules.setItemText(i, t), lambda key=key: rule_name(key))
        self.texts(rules.setToolTip, lambda: self.tr("Learning rule: Hebb (the lecture), Storkey or pseudo-inverse"))
        t = EXPERIMENTS["capacity"]
        return self._form("capacity", [
            self._n(t), *self._loads(t["alphas"]),
            self._trials(t, lambda: self.tr("Runs per load, each with new random patterns")),
            ("noise", lambda: self.tr("cue noise"),
             self._number(t["noise"], lambda: self.tr("Fraction of the cue flipped"), percent=True)),
            ("beta", lambda: "β", self._beta_widget(BETA_DEFAULT)),
            ("rule", lambda: self.tr("rule"), rules),
            self._seed(),
        ])

    def temperature(self):
        t = EXPERIMENTS["temperature"]
        return self._form("temperature", [
            self._n(t),
            ("k", lambda: "K",
             self._number(t["k"], lambda: self.tr("Stored patterns (the mean-field curve is for K/N → 0)"))),
            *self._span(t["betas"], ("b0", "b1", "db"),
                        (lambda: self.tr("β from"), lambda: self.tr("to"), lambda: self.tr("step")),
                        (lambda: self.tr("Smallest β"), lambda: self.tr("Largest β"), lambda: self.tr("β step"))),
            *self._sweeps(t),
            self._seed(),
        ])

    def basins(self):
        t = EXPERIMENTS["basins"]
        return self._form("basins", [
            self._n(t),
            ("loads", lambda: "α", self._line(t["alphas"], lambda: self.tr("Loads α, separated by commas"))),
            ("f1", lambda: self.tr("noise up to"),
             self._number(t["noise_max"], lambda: self.tr("Largest fraction of the cue flipped"), percent=True)),
            ("df", lambda: self.tr("step"),
             self._number(t["noise_step"], lambda: self.tr("Noise step"), percent=True)),
            self._trials(t, lambda: self.tr("Runs per point")),
            self._seed(),
        ])

    def phase(self):
        t = EXPERIMENTS["phase"]
        return self._form("phase", [
            self._n(t),
            ("betas", lambda: "β", self._line(t["betas"], lambda: self.tr(
                "Inverse temperatures β of the lecture, separated by commas (T of textbooks = 2/β)"))),
            *self._loads(t["alphas"]),
            self._trials(t, lambda: self.tr("Runs per cell")),
            *self._sweeps(t),
            self._seed(),
        ])

    def finite_size(self):
        t = EXPERIMENTS["finite-size"]
        return self._form("finite-size", [
            ("ns", lambda: "N", self._line(t["ns"], lambda: self.tr("Network sizes N, separated by commas"))),
            self._trials(t, lambda: self.tr("Runs per load and size")),
            *self._loads(t["alphas"]),
            self._seed(),
        ])

    def dilution(self):
        t = EXPERIMENTS["dilution"]
        modes = QtWidgets.QComboBox()
        for i, (key, text) in enumerate([("random", lambda: self.tr("removed at random")),
                                         ("prune", lambda: self.tr("weakest pruned")),
                                         ("clip", lambda: self.tr("binary (sign)"))]):
            modes.addItem("", key)
            self.texts(lambda t, i=i: modes.setItemText(i, t), text)
        modes.setSizeAdjustPolicy(QtWidgets.QComboBox.AdjustToMinimumContentsLengthWithIcon)  # fits 1024 px
        modes.setMinimumContentsLength(10)
        self.texts(modes.setToolTip, lambda: self.tr("How the synapses are lost: at random (dilution), the weakest "
                                                     "first (pruning), or each kept as its sign (clipping)"))
        return self._form("dilution", [
            self._n(t),
            ("cs", lambda: "c", self._line(t["connectivities"], lambda: self.tr(
                "Connectivities c, the fractions of the pairs connected, separated by commas (pruning: the fraction "
                "of the synapses kept)"))),
            ("mode", lambda: self.tr("synapses"), modes),
            self._trials(t, lambda: self.tr("Runs per point")),
            *self._loads(t["alphas"], lambda: self.tr("Smallest load per connection K/(cN)"),
                         lambda: self.tr("Largest load per connection")),
            self._seed(),
        ])

    def params(self, kind: str) -> dict:
        """The experiment's keyword arguments from its form (raises ValueError on bad input)."""
        f = self.fields[kind]
        v = {k: (w.value() if hasattr(w, "value") else (w.currentData() if hasattr(w, "currentData") else w.text()))
             for k, w in f.items()}
        if kind == "capacity":
            return dict(n=v["n"], alphas=ex.parse_range(f"{v['a0']}:{v['a1']}:{v['da']}", "α"), trials=v["trials"],
                        noise=v["noise"] / 100, beta=v["beta"], rule=v["rule"], seed=v["seed"])
        if kind == "temperature":
            return dict(n=v["n"], betas=ex.parse_range(f"{v['b0']}:{v['b1']}:{v['db']}", "β"), k=v["k"],
                        sweeps=v["sweeps"], burn_in=v["burn_in"], seed=v["seed"])
        if kind in ("phase", "finite-size"):
            alphas = ex.parse_range(f"{v['a0']}:{v['a1']}:{v['da']}", "α")
        if kind == "phase":
            betas = ex.parse_numbers(v["betas"], "β").tolist()
            if any(not b > 0 for b in betas):
                raise ValueError(self.tr("β values must be positive numbers or inf"))
            # the AGS lines on a fine grid of loads up to α_c, whatever the measured grid
            fine = np.linspace(max(0.002, alphas.min() / 2), min(alphas.max(), 0.137), 24)
            return dict(n=v["n"], alphas=alphas, betas=betas, trials=v["trials"], sweeps=v["sweeps"],
                        burn_in=v["burn_in"], seed=v["seed"], theory_alphas=fine)
        if kind == "dilution":
            return dict(n=v["n"], connectivities=ex.parse_numbers(v["cs"], "c").tolist(), mode=v["mode"],
                        alphas=ex.parse_range(f"{v['a0']}:{v['a1']}:{v['da']}", "α"), trials=v["trials"],
                        seed=v["seed"])
        if kind == "finite-size":
            sizes = ex.parse_numbers(v["ns"], "N")
            if not (np.isfinite(sizes).all() and sizes.min() >= 10 and sizes.max() <= MAX_NEURONS):
                raise ValueError(self.tr("sizes N must lie between {lo} and {hi}").format(lo=10, hi=MAX_NEURONS))
            ns = [int(x) for x in sizes]
            return dict(ns=ns, alphas=alphas, trials=v["trials"], seed=v["seed"])
        return dict(
            n=v["n"],
            alphas=ex.parse_numbers(v["loads"], "α").tolist(),
            noises=ex.parse_range(f"0:{v['f1'] / 100}:{v['df'] / 100}", self.tr("noise")),
            trials=v["trials"],
            seed=v["seed"],
        )
