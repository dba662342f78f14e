"""Entry point of the packaged program: the window, or `hopfield ...` experiments.

    Hopfield-Explorer                  the window
    Hopfield-Explorer --self-test      the window's self-test (offscreen with QT_QPA_PLATFORM=offscreen)
    Hopfield-Explorer hopfield capacity --n 1000 --alpha 0.01:0.3:0.01    the command line
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "hopfield":
        from hopfield_gui.cli import main as cli_main
        sys.exit(cli_main(sys.argv[2:]))
    from hopfield_gui.gui.app import main
    sys.exit(main())
