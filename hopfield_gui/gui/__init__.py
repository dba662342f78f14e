"""The Qt window (PySide6 + pyqtgraph). The dynamics live in hopfield_gui.core."""
