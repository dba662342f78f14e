"""The Plasticity lab: the lecture's second half (README, "Plasticity"). ``controller.py`` owns the
lab's settings and its background computations; the widgets (``workspace.py``, ``panels.py``,
``player.py``, ``params_table.py``, ``bridge.py``) show what it announces and send edits."""
