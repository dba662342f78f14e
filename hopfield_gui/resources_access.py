"""The files shipped inside the package (translations, icon, preset letters), found through
``importlib.resources`` so that they are found installed, editable and frozen alike."""

from __future__ import annotations

import importlib.resources
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def resource(*parts: str):
    """A Traversable for ``hopfield_gui/resources/<parts…>``."""
    return importlib.resources.files("hopfield_gui").joinpath("resources", *parts)


@contextmanager
def resource_path(*parts: str) -> Iterator[Path]:
    """A real file path for a resource (a temporary copy only if the package is zipped)."""
    with importlib.resources.as_file(resource(*parts)) as p:
        yield Path(p)
