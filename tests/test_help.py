from PySide6 import QtWidgets


def test_every_control_has_a_tooltip(window):
    kinds = (QtWidgets.QAbstractButton, QtWidgets.QAbstractSlider, QtWidgets.QAbstractSpinBox,
             QtWidgets.QComboBox, QtWidgets.QLineEdit)
    missing = []
    for w in window.findChildren(QtWidgets.QWidget):
        if not isinstance(w, kinds) or isinstance(w, QtWidgets.QScrollBar):
            continue
        if w.parent() is not None and type(w.parent()).__name__ in ("QAbstractSpinBox", "QSpinBox", "QDoubleSpinBox",
                                                                      "QComboBox", "QTabBar", "QToolBarExtension"):
            continue
        if type(w).__name__ in ("QToolBarExtension", "QMenuBarExtension") or w.objectName().startswith("qt_"):
            continue
        tip = w.toolTip()
        if not tip and isinstance(w, QtWidgets.QToolButton) and w.defaultAction() is not None:
            tip = w.defaultAction().toolTip()
        if not tip:
            missing.append(f"{type(w).__name__} '{getattr(w, 'text', lambda: '')()}'")
    assert not missing, missing


def test_model_help_states_the_factor_two_and_the_diagonal():
    from hopfield_gui.gui.help import model_help
    MODEL_HELP = model_help()
    assert "tanh(β h<sub>i</sub>/2)" in MODEL_HELP and "β = 2" in MODEL_HELP
    assert "w<sub>ii</sub> = 0" in MODEL_HELP and "0.138" in MODEL_HELP
