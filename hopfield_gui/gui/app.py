"""``hopfield-gui``: starts the window (or the self-test and screenshots of ``selftest.py``)."""

from __future__ import annotations

import argparse
import sys

from ..core.experiment_kinds import KINDS as EXPERIMENT_KINDS
from ..state.lab import LAB_PRESETS
from ..state.presets import PRESETS


def _size(text: str) -> tuple[int, int]:
    """WIDTHxHEIGHT in logical pixels, e.g. 1024x640."""
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1024x640, not {text!r}") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise argparse.ArgumentTypeError(f"{text}: each side must lie between 200 and 10000 pixels")
    return w, h


def _parse(argv):
    p = argparse.ArgumentParser(prog="hopfield-gui", description="Hopfield Explorer: see associative memory work.")
    p.add_argument("--self-test", action="store_true",
                   help="run a 128 x 128 network offscreen for ~3 s, print frames/s and the longest stall, exit")
    p.add_argument("--seconds", type=float, default=3.0, help=argparse.SUPPRESS)
    p.add_argument("--screenshot", metavar="FILE.png", help="save a picture of the window with a demo running, exit")
    p.add_argument("--size", type=_size, default=(1400, 900),
                   help="window size for --screenshot in logical pixels, exactly (default 1400x900); exit 2 if the "
                        "window cannot fit it")
    p.add_argument("--presentation", action="store_true", help="for --screenshot: in presentation mode (F5)")
    p.add_argument("--preset", choices=[p.key for p in PRESETS],
                   help="for --screenshot: run this preset (instead of the letters demo) until it settles")
    p.add_argument("--experiment", choices=list(EXPERIMENT_KINDS),
                   help="for --screenshot: then run this experiment with its default settings and show it")
    p.add_argument("--lab", choices=[p.key for p in LAB_PRESETS],
                   help="for --screenshot: the Plasticity lab with this preset, its protocol played")
    p.add_argument("--layout-report", metavar="FILE.json",
                   help="for --screenshot: also write the size of every plot's data area and every text cut")
    p.add_argument("--theme", choices=["system", "light", "dark"],
                   help="light or dark (default: as chosen in View > Theme, else the system's)")
    p.add_argument("--language", choices=["en", "fr"],
                   help="language of the interface (default: the one chosen in the Language menu, else the system's)")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    from .qtapp import ensure_app
    app = ensure_app(offscreen=bool(args.self_test or args.screenshot))
    from . import i18n, selftest
    if args.self_test or args.screenshot:
        i18n.install_language(args.language or "en")  # reproducible pictures and test output
    else:
        i18n.install_language(start_language(args.language))
    if args.self_test:
        return selftest.self_test(app, args.seconds)
    if args.screenshot:
        w, h = args.size
        return selftest.screenshot(app, args.screenshot, w, h, theme=args.theme or "light", preset=args.preset,
                                   experiment=args.experiment, presentation=args.presentation,
                                   lab=args.lab, layout_report=args.layout_report)
    from . import crash
    from .window import MainWindow
    crash.install()  # a bug shows a message box and is logged, the app goes on
    win = MainWindow(autosave=True, persistent=True)
    if args.theme:
        win.view.set_theme(args.theme)
    place_window(win)
    app.aboutToQuit.connect(win.shutdown)
    win.show()
    selftest.freeze_after_first_frame(win)
    return app.exec()


def place_window(win) -> None:
    """The window's size and place at start: the teacher's last ones (restored with the settings,
    never larger than this screen), else — the first start — as large as fits the screen's free area
    up to 1400 × 900 (a 1366 × 768 projector once got a window past its edges)."""
    from .settings import FIRST_SIZE, fit_on_screen
    if not win.restored_geometry:
        fit_on_screen(win, FIRST_SIZE)


def start_language(requested: str | None) -> str:
    """The language at start: asked for on the command line, else chosen in the Language menu
    (remembered by QSettings), else the system's."""
    from . import i18n
    from .settings import remembered_language
    return requested or remembered_language() or i18n.system_language()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
