"""Which language the interface speaks now: one owner (``install_language`` sets it), read by the
number formats and the menus."""

from __future__ import annotations

LANGUAGES = {"en": "English", "fr": "Français"}
SOURCE_LANGUAGE = "en"

_current = SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def set_current(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else SOURCE_LANGUAGE
