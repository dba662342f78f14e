"""Translations, icon and preset letters ship inside the package and are found through
importlib.resources (installed, editable and frozen alike: the frozen self-test checks them too)."""

import numpy as np

from hopfield_gui.core.letters import preset_letters
from hopfield_gui.gui.selftest import check_resources
from hopfield_gui.resources_access import resource


def test_shipped_resources_are_all_there():
    assert check_resources() == []
    assert resource("i18n", "hopfield_fr.qm").is_file()


def test_preset_letters_are_the_bundled_drawings(window, qtbot):
    """The lesson shows the same letters on every laptop, whatever fonts it has."""
    bundled = preset_letters(20, 20)
    assert bundled.names == ["A", "B", "C"]
    lib = window.library
    assert [e.name for e in lib.entries] == ["A", "B", "C"]  # the start-up demo
    assert all(np.array_equal(e.values, p) for e, p in zip(lib.entries, bundled.patterns, strict=True))
    window.menus.presets["superposition"].trigger()
    xo = preset_letters(12, 12)
    assert np.array_equal(window.library.entries[0].values, xo.patterns[0])
    assert np.array_equal(window.library.entries[1].values, xo.patterns[1])


def test_window_icon_comes_from_the_package(window):
    icon = window.windowIcon()
    assert not icon.isNull() and icon.availableSizes()


def test_sizes_without_bundled_letters_fall_back_to_the_font(qapp):
    from hopfield_gui.gui.rendering import letter
    assert preset_letters(30, 30) is None
    a = letter("A", 30, 30)
    assert a.shape == (900,) and set(np.unique(a)) == {-1, 1}
