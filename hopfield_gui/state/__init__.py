"""The explorer's application state, free of Qt (a test checks it): the pattern library, the
parameters (defined once), the data that crosses to the simulation worker, sessions and presets.

``hopfield_gui.core`` holds the model (NumPy, numba); this package holds what a user edits and
saves; ``hopfield_gui.gui`` shows it and runs it in the background.
"""

from .frames import CueSpec, Frame, SimConfig
from .library import PatternEntry, PatternLibrary
from .params import SPEEDS, ExplorerParams, ParamsError
from .presets import PRESETS, Preset, preset
from .session import Session, SessionError, load_session, save_session

__all__ = ["CueSpec", "Frame", "SimConfig", "PatternEntry", "PatternLibrary", "SPEEDS", "ExplorerParams",
           "ParamsError", "PRESETS", "Preset", "preset", "Session", "SessionError", "load_session", "save_session"]
