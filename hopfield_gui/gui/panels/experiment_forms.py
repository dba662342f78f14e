"""The Experiments tab's forms: one per experiment, with its fields (their ranges the core's limits),
and the experiment's keyword arguments read from them."""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtWidgets

from ...core import experiments as ex
from ...core.limits import MAX_NEURONS, MAX_PATTERNS, MAX_SWEEPS, MAX_TRIALS
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

    def _beta_widget(self, default=math.inf):
        w = QtWidgets.QLineEdit("inf" if math.isinf(default) else f"{default:g}")
        self.texts(w.setToolTip, lambda: self.tr("β: a positive number, or inf for deterministic updates"))
        return w

    def _seed_widget(self):
        return self._spin(0, SEED_MAX, 1, lambda: self.tr("Seed: the same seed gives the same numbers as `hopfield` "
                                                           "on the command line"))

    def capacity(self):
        rules = QtWidgets.QComboBox()
        for i, key in enumerate(("hebb", "storkey", "pinv")):
            rules.addItem("", key)
            self.texts(lambda t, i=i: rules.setItemText(i, t), lambda key=key: rule_name(key))
        self.texts(rules.setToolTip, lambda: self.tr("Learning rule: Hebb (the lecture), Storkey or pseudo-inverse"))
        return self._form(
            "capacity",
            [
                ("n", lambda: "N", self._spin(10, MAX_NEURONS, 1000, lambda: self.tr("Number of neurons"))),
                (
                    "a0",
                    lambda: self.tr("α from"),
                    self._spin(0.001, 2.0, 0.01, lambda: self.tr("Smallest load α = K/N"), 3, 0.01),
                ),
                ("a1", lambda: self.tr("to"), self._spin(0.001, 2.0, 0.30, lambda: self.tr("Largest load"), 3, 0.01)),
                ("da", lambda: self.tr("step"), self._spin(0.001, 1.0, 0.01, lambda: self.tr("Load step"), 3, 0.005)),
                (
                    "trials",
                    lambda: self.tr("trials"),
                    self._spin(1, MAX_TRIALS, 10, lambda: self.tr("Runs per load, each with new random patterns")),
                ),
                (
                    "noise",
                    lambda: self.tr("cue noise"),
                    self._spin(0, 100, 10, lambda: self.tr("Fraction of the cue flipped"), suffix=" %"),
                ),
                ("beta", lambda: "β", self._beta_widget()),
                ("rule", lambda: self.tr("rule"), rules),
                ("seed", lambda: self.tr("seed"), self._seed_widget()),
            ],
        )

    def temperature(self):
        return self._form("temperature", [
            ("n", lambda: "N", self._spin(10, MAX_NEURONS, 2000, lambda: self.tr("Number of neurons"))),
            ("k", lambda: "K",
             self._spin(1, MAX_PATTERNS, 1, lambda: self.tr("Stored patterns (the mean-field curve is for K/N → 0)"))),
            ("b0", lambda: self.tr("β from"), self._spin(0.1, 100, 0.5, lambda: self.tr("Smallest β"), 2, 0.1)),
            ("b1", lambda: self.tr("to"), self._spin(0.1, 100, 8.0, lambda: self.tr("Largest β"), 2, 0.5)),
            ("db", lambda: self.tr("step"), self._spin(0.01, 10, 0.5, lambda: self.tr("β step"), 2, 0.1)),
            ("sweeps", lambda: self.tr("sweeps"),
             self._spin(1, MAX_SWEEPS, 200, lambda: self.tr("Sweeps averaged after the burn-in"))),
            ("burn_in", lambda: self.tr("burn-in"),
             self._spin(0, MAX_SWEEPS, 50, lambda: self.tr("Sweeps of relaxation before averaging"))),
            ("seed", lambda: self.tr("seed"), self._seed_widget()),
        ])

    def basins(self):
        loads = QtWidgets.QLineEdit("0.05, 0.10, 0.14")
        self.texts(loads.setToolTip, lambda: self.tr("Loads α, separated by commas"))
        return self._form("basins", [
            ("n", lambda: "N", self._spin(10, MAX_NEURONS, 500, lambda: self.tr("Number of neurons"))),
            ("loads", lambda: "α", loads),
            ("f1", lambda: self.tr("noise up to"),
             self._spin(1, 100, 50, lambda: self.tr("Largest fraction of the cue flipped"), suffix=" %")),
            ("df", lambda: self.tr("step"), self._spin(1, 50, 5, lambda: self.tr("Noise step"), suffix=" %")),
            ("trials", lambda: self.tr("trials"), self._spin(1, MAX_TRIALS, 5, lambda: self.tr("Runs per point"))),
            ("seed", lambda: self.tr("seed"), self._seed_widget()),
        ])

    def phase(self):
        betas = QtWidgets.QLineEdit("1.2, 1.5, 1.8, 2.2, 2.6, 3, 3.5, 4, 5, 6, 8, 12, inf")
        self.texts(betas.setToolTip, lambda: self.tr("Inverse temperatures β of the lecture, separated by commas "
                                                     "(T of textbooks = 2/β)"))
        return self._form(
            "phase",
            [
                ("n", lambda: "N", self._spin(10, MAX_NEURONS, 1000, lambda: self.tr("Number of neurons"))),
                ("betas", lambda: "β", betas),
                (
                    "a0",
                    lambda: self.tr("α from"),
                    self._spin(0.001, 2.0, 0.01, lambda: self.tr("Smallest load α = K/N"), 3, 0.01),
                ),
                ("a1", lambda: self.tr("to"), self._spin(0.001, 2.0, 0.20, lambda: self.tr("Largest load"), 3, 0.01)),
                ("da", lambda: self.tr("step"), self._spin(0.001, 1.0, 0.01, lambda: self.tr("Load step"), 3, 0.005)),
                ("trials", lambda: self.tr("trials"), self._spin(1, MAX_TRIALS, 1, lambda: self.tr("Runs per cell"))),
                (
                    "sweeps",
                    lambda: self.tr("sweeps"),
                    self._spin(1, MAX_SWEEPS, 40, lambda: self.tr("Sweeps averaged after the burn-in")),
                ),
                (
                    "burn_in",
                    lambda: self.tr("burn-in"),
                    self._spin(0, MAX_SWEEPS, 20, lambda: self.tr("Sweeps of relaxation before averaging")),
                ),
                ("seed", lambda: self.tr("seed"), self._seed_widget()),
            ],
        )

    def finite_size(self):
        sizes = QtWidgets.QLineEdit("250, 500, 1000, 2000")
        self.texts(sizes.setToolTip, lambda: self.tr("Network sizes N, separated by commas"))
        return self._form(
            "finite-size",
            [
                ("ns", lambda: "N", sizes),
                (
                    "trials",
                    lambda: self.tr("trials"),
                    self._spin(2, MAX_TRIALS, 24, lambda: self.tr("Runs per load and size")),
                ),
                (
                    "a0",
                    lambda: self.tr("α from"),
                    self._spin(0.001, 2.0, 0.10, lambda: self.tr("Smallest load α = K/N"), 3, 0.01),
                ),
                ("a1", lambda: self.tr("to"), self._spin(0.001, 2.0, 0.22, lambda: self.tr("Largest load"), 3, 0.01)),
                ("da", lambda: self.tr("step"), self._spin(0.001, 1.0, 0.01, lambda: self.tr("Load step"), 3, 0.005)),
                ("seed", lambda: self.tr("seed"), self._seed_widget()),
            ],
        )

    def dilution(self):
        cs = QtWidgets.QLineEdit("1, 0.5, 0.2, 0.1")
        self.texts(cs.setToolTip, lambda: self.tr("Connectivities c, the fractions of the pairs connected, separated "
                                                  "by commas (pruning: the fraction of the synapses kept)"))
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
        return self._form(
            "dilution",
            [
                ("n", lambda: "N", self._spin(50, 4000, 1000, lambda: self.tr("Number of neurons"))),
                ("cs", lambda: "c", cs),
                ("mode", lambda: self.tr("synapses"), modes),
                ("trials", lambda: self.tr("trials"), self._spin(1, MAX_TRIALS, 8, lambda: self.tr("Runs per point"))),
                (
                    "a0",
                    lambda: self.tr("α from"),
                    self._spin(0.01, 2.0, 0.06, lambda: self.tr("Smallest load per connection K/(cN)"), 3, 0.01),
                ),
                (
                    "a1",
                    lambda: self.tr("to"),
                    self._spin(0.01, 2.0, 0.50, lambda: self.tr("Largest load per connection"), 3, 0.01),
                ),
                ("da", lambda: self.tr("step"), self._spin(0.001, 1.0, 0.02, lambda: self.tr("Load step"), 3, 0.005)),
                ("seed", lambda: self.tr("seed"), self._seed_widget()),
            ],
        )

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
