"""numba's on-disk cache in the packaged program (hopfield_gui.core._jit_cache), simulated by
setting ``sys.frozen`` in a fresh interpreter."""

import os
import subprocess
import sys

PROBE = r"""
import sys
sys.frozen = True  # as in the packaged program
import numpy as np
from hopfield_gui.gui.plotting import raster
img = raster.draw_curves(40, 30, [0.0, 1.0], [[0.0], [1.0]], ["#000000"], [3], (0, 1), (0, 1))
assert img.any()
s = raster._draw.stats
print("hits", sum(s.cache_hits.values()), "misses", sum(s.cache_misses.values()))
"""


def _probe(cache_home):
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    env.pop("NUMBA_CACHE_LOCATOR_CLASSES", None)
    env.pop("HOPFIELD_NO_JIT_CACHE", None)
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    return r.stdout.split()


def test_the_packaged_program_compiles_once_then_loads_from_the_cache(tmp_path):
    first = _probe(tmp_path)
    assert first == ["hits", "0", "misses", "1"]
    folder = tmp_path / "numba" / "hopfield-explorer"
    (entry,) = [p.name for p in folder.iterdir() if p.name.startswith("hopfield_gui.gui.plotting.raster-")]
    assert any(folder.joinpath(entry).iterdir())
    second = _probe(tmp_path)
    assert second == ["hits", "1", "misses", "0"]


def test_the_cache_is_keyed_on_the_code_itself():
    """A change of a module's code (not of the launcher's bytes or the launch folder) gives it a
    cache of its own."""
    import importlib
    import types

    import hopfield_gui.gui.plotting.raster  # noqa: F401 - loaded, as when the kernels are decorated
    from hopfield_gui.core import _jit_cache
    a = _jit_cache.module_digest("hopfield_gui.gui.plotting.raster")
    assert a == _jit_cache.module_digest("hopfield_gui.gui.plotting.raster")
    assert a != _jit_cache.module_digest("hopfield_gui.core._kernels")
    # the same module compiled from a one-character different source: another digest
    spec = importlib.util.find_spec("hopfield_gui.gui.plotting.raster")
    source = spec.loader.get_source("hopfield_gui.gui.plotting.raster")

    class Loader:
        def __init__(self, text):
            self.text = text

        def get_code(self, name):
            return compile(self.text, "raster.py", "exec")

    for name, text in (("probe_a", source), ("probe_b", source.replace("0.5", "0.25", 1))):
        mod = types.ModuleType(name)
        mod.__loader__ = Loader(text)
        sys.modules[name] = mod
    try:
        assert _jit_cache.module_digest("probe_a") != _jit_cache.module_digest("probe_b")
    finally:
        del sys.modules["probe_a"], sys.modules["probe_b"]


def test_without_a_writable_cache_the_kernels_still_compile(tmp_path, monkeypatch):
    """A locked-down computer (no cache folder): compiled at every start, never an error."""
    import numba

    from hopfield_gui.core import _kernels
    monkeypatch.setattr(numba.config, "CACHE_LOCATOR_CLASSES", "hopfield_gui.core._jit_cache.FrozenAppLocator")
    # not frozen here, so the only locator declines, exactly like an unwritable folder does

    def add(a, b):
        return a + b

    f = _kernels.jit(add)
    assert f(2, 3) == 5 and f._cache.__class__.__name__ == "NullCache"  # noqa: SLF001 - numba has no public accessor
