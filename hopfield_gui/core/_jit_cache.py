"""numba's on-disk cache for the packaged program.

Installed from source, numba keys its cache on the .py files and their times. The packaged
program has no .py files: numba's own fallback keys on the executable's bytes and on the launch
folder, so a new version of the program with the same small launcher could load an old
compilation, and each launch folder compiles again. This locator keys on the compiled module's
own code (its marshalled code object, which holds every function of the module) and keeps the
cache in the user's cache folder: the kernels are compiled on the first start only (measured: the
packaged program's start ~5 s faster afterwards), and any change of the code gets a cache of its
own. When the folder cannot be written, numba finds no locator and the kernels are compiled at
every start instead (see ``_kernels.jit``).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys

from numba.core.caching import UserWideCacheLocator


def module_digest(module_name: str) -> str:
    """SHA-256 of the module's code object, as its loader provides it (frozen or not)."""
    module = sys.modules[module_name]
    code = module.__loader__.get_code(module_name)
    return hashlib.sha256(marshal.dumps(code)).hexdigest()


class FrozenAppLocator(UserWideCacheLocator):
    """Used by the packaged program only (``sys.frozen``); installed copies use numba's own."""

    def __init__(self, py_func, py_file):
        super().__init__(py_func, py_file)
        digest = module_digest(py_func.__module__)
        self._stamp = digest
        root = os.path.dirname(self._cache_path)  # numba's user-wide cache folder
        self._cache_path = os.path.join(root, "hopfield-explorer", f"{py_func.__module__}-{digest[:20]}")

    def get_source_stamp(self):
        return self._stamp

    @classmethod
    def from_function(cls, py_func, py_file):
        if not getattr(sys, "frozen", False):
            return None
        try:
            self = cls(py_func, py_file)
            self.ensure_cache_path()
        except Exception:  # noqa: BLE001 - no code to read, no folder to write: no cache
            return None
        return self
