"""``python -m hopfield_gui.gui.i18n``: extract the strings and compile the catalogues (for developers)."""

from . import update_catalogues

update_catalogues()
