"""Writing a file atomically: the one writer of every save and export. No Qt.

A file is written to a temporary file beside the target, flushed to the disk, and renamed over the
target only when the whole of it was written; on any failure the temporary file is removed and the
previous file stays as it was (a full disk, a file-size limit, a read-only folder, a target that is
a folder). The error is a :class:`WriteError` naming the file and saying why, in one sentence.

* :func:`atomic_write` — bytes or text the caller has in memory (sessions, pattern sets, JSON);
* :func:`atomic_output` — for writers that write a file themselves and report success as a boolean
  (``QImage.save``, pyqtgraph's exporters): a temporary path to give them, and the check after;
* :func:`csv_text` / :func:`write_csv` — tables through the ``csv`` module (a pattern named "A,B"
  stays one cell).
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
import os
import tempfile
from pathlib import Path

import numpy as np

from .messages import msg

__all__ = ["WriteError", "atomic_write", "atomic_output", "failed", "csv_text", "write_csv"]


class WriteError(OSError):
    """A file could not be written; ``args[0]`` says which and why (the old file is unchanged)."""

    def __init__(self, message):
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


def _read_umask() -> int:
    # read once, at import (os.umask can only be read by setting it, which is not thread-safe)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise WriteError(msg("could not write {file}: it is a folder", file=path))
    if not path.parent.is_dir():
        raise WriteError(msg("could not write {file}: the folder {folder} does not exist", file=path,
                             folder=path.parent))


def _temporary(path: Path) -> tuple[int, str]:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp" + path.suffix, dir=path.parent)
        os.chmod(tmp, 0o666 & ~_UMASK)  # the permissions of a file made with open(), not owner-only
    except OSError as exc:
        raise WriteError(msg("could not write {file}: {reason}", file=path, reason=_reason(exc))) from None
    return fd, tmp


def _remove(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def atomic_write(path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically; :class:`WriteError` on failure."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_output(path, allow_empty=True) as tmp, open(tmp, "wb") as f:
        f.write(data)


@contextlib.contextmanager
def atomic_output(path, allow_empty: bool = False):
    """``with atomic_output(path) as tmp:`` — write the whole file to ``tmp`` (a path beside
    ``path`` with the same suffix), raise :class:`WriteError` (or return False from the block's
    writer and raise it yourself) if it failed; on leaving the block the file is flushed and renamed
    over ``path``. An empty result counts as a failure (a writer that gave up silently) unless
    ``allow_empty``."""
    path = Path(path)
    _check_target(path)
    fd, tmp = _temporary(path)
    os.close(fd)
    try:
        yield tmp
        if not allow_empty and os.path.getsize(tmp) == 0:
            raise WriteError(msg("could not write {file}: nothing was written", file=path))
        sync = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(sync)
        finally:
            os.close(sync)
        os.replace(tmp, path)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise WriteError(msg("could not write {file}: {reason}", file=path, reason=_reason(exc))) from None
        raise


def failed(path) -> WriteError:
    """The error for a writer that reported failure without saying why (QImage.save → False)."""
    return WriteError(msg("could not write {file}: the disk is full, or the file is too large or not allowed",
                          file=Path(path)))


def _cell(value) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, np.integer):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return "" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else f"{value:.10g}"
    if value is None:
        return ""
    return str(value)


def csv_text(header, rows) -> str:
    """A table as CSV text: quoted where needed, NaN and None as empty cells, floats to 10 digits."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([str(h) for h in header])
    for row in rows:
        w.writerow([_cell(v) for v in row])
    return buf.getvalue()


def write_csv(path, header, rows) -> None:
    atomic_write(path, csv_text(header, rows))
