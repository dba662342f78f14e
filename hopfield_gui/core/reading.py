"""Reading a file a user chose, totally and within bounds. No Qt.

Every loader (pattern sets, sessions, images, the remembered settings) reads through here, so a
hostile file gets one clear sentence and never a hang, a traceback or gigabytes of memory:

* :func:`read_file` refuses anything that is not a regular file *before* reading it — a FIFO named
  ``.json`` would block for ever, a symlink to ``/dev/zero`` has size 0 and never ends — opens
  without blocking, checks again on the open file (it may have been swapped since), and reads at
  most ``limit + 1`` bytes whatever the size said;
* :func:`parse_json` bounds the nesting depth (5000 nested lists exhausted Python's recursion) and
  the numbers (a 400-digit integer overflowed every float conversion after it): integers of at
  most 15 digits, finite floats, no NaN or Infinity.

The error raised is the caller's own class (``error=``), with a message built by
:func:`~hopfield_gui.core.messages.msg`, so the window shows it in its language.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from .messages import msg

__all__ = ["read_file", "parse_json", "check_regular", "MAX_JSON_DEPTH", "MAX_INT_DIGITS"]

MAX_JSON_DEPTH = 32  # our files nest 4 deep; 32 leaves room for anything a person writes
MAX_INT_DIGITS = 15  # every whole number we read fits in 15 digits (a seed: 10)
_CHUNK = 1 << 20


def _name(path: Path) -> str:
    return path.name or str(path)


def check_regular(path, error=ValueError) -> os.stat_result:
    """The file's status if ``path`` is a regular file (symlinks followed), else ``error``."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise error(msg("{file}: no such file", file=path)) from None
    except OSError as exc:
        raise error(msg("{file}: cannot be read ({reason})", file=path, reason=exc.strerror or str(exc))) from None
    if stat.S_ISDIR(st.st_mode):
        raise error(msg("{file}: is a folder, not a file", file=path))
    if not stat.S_ISREG(st.st_mode):
        raise error(msg("{file}: not a regular file (a device, a pipe or a socket)", file=path))
    return st


def read_file(path, limit: int, error=ValueError) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them (more: ``error`` "too large")."""
    path = Path(path)
    st = check_regular(path, error)
    if st.st_size > limit:
        raise error(msg("{file}: {size} is too large (at most {limit})", file=_name(path), size=_size(st.st_size),
                        limit=_size(limit)))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise error(msg("{file}: cannot be read ({reason})", file=path, reason=exc.strerror or str(exc))) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a pipe or a device since the check
            raise error(msg("{file}: not a regular file (a device, a pipe or a socket)", file=path))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise error(msg("{file}: cannot be read ({reason})", file=path, reason=exc.strerror or str(exc))) from None
    finally:
        os.close(fd)
    if total > limit:
        raise error(msg("{file}: more than {limit}: too large", file=_name(path), limit=_size(limit)))
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 1024:.0f} kB" if n >= 1024 else f"{n} bytes"


class _Refused(Exception):
    def __init__(self, what: str):
        super().__init__(what)
        self.what = what


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused("int")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):  # 1e400
        raise _Refused("float")
    return value


def _constant(text: str):
    raise _Refused("constant")  # NaN, Infinity, -Infinity: not JSON


def _depth(doc) -> int:
    """The nesting depth of ``doc``, without recursion."""
    deepest, stack = 0, [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (list, dict)):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                return depth
            stack.extend((v, depth + 1) for v in (node.values() if isinstance(node, dict) else node))
    return deepest


def parse_json(data: bytes, name: str, error=ValueError):
    """The JSON document in ``data`` (UTF-8), checked as the module says; ``name`` for messages."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(msg("{file}: not a text file (expected UTF-8 JSON)", file=name)) from None
    try:
        doc = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except _Refused as exc:
        if exc.what == "int":
            raise error(msg("{file}: a whole number longer than {digits} digits", file=name,
                            digits=MAX_INT_DIGITS)) from None
        raise error(msg("{file}: a number that is not finite (NaN, Infinity or too large)", file=name)) from None
    except RecursionError:
        raise error(msg("{file}: nested more than {depth} levels deep", file=name, depth=MAX_JSON_DEPTH)) from None
    except json.JSONDecodeError as exc:
        # the position, not the parser's English words: the whole message can be translated
        raise error(msg("{file}: not valid JSON (line {line}, column {column})", file=name, line=exc.lineno,
                        column=exc.colno)) from None
    except ValueError:  # Python's own limit on digits (int_max_str_digits) and the like
        raise error(msg("{file}: a whole number longer than {digits} digits", file=name,
                        digits=MAX_INT_DIGITS)) from None
    if _depth(doc) > MAX_JSON_DEPTH:
        raise error(msg("{file}: nested more than {depth} levels deep", file=name, depth=MAX_JSON_DEPTH))
    return doc
