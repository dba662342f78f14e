"""Hopfield Explorer: associative memory as in "Lecon 5 : Reseaux et apprentissage".

``hopfield_gui.core`` is the Qt-free NumPy core (import it in a notebook); the window lives in
``hopfield_gui.gui`` and the headless command in ``hopfield_gui.cli``.
"""

__version__ = "0.1.0"
