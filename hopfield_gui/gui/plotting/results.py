"""Which drawing shows which experiment's result: each experiment names its figure
(``core/experiment_kinds/``, ``"module:function"``: the core imports no Qt), imported here when it is
first drawn. Read by the Experiments tab and the slide figures (File ▸ Export, ``hopfield … --plot``)."""

from __future__ import annotations

import importlib

from ...core.experiment_kinds import kind as experiment


def drawing(kind: str):
    """``draw(plot widget, result)`` of experiment ``kind``."""
    module, _, name = experiment(kind).figure.partition(":")
    return getattr(importlib.import_module(module), name)


def draw_result(plot, result, kind: str) -> None:
    """Draw ``result`` of experiment ``kind`` in ``plot`` (with its theory, legend and titles)."""
    drawing(kind)(plot, result)
