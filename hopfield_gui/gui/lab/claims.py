"""What the Lesson guide's seventh moment says the class will see, with every number computed by the
core (``core/plasticity_claims.py``) — never written by hand — and plainly which panel each set fits.
The scores are computed once, in the background (a few seconds the first time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.plasticity_claims import score
from ..i18n.numbers import number

#: (kind, set) of every set the text quotes
QUOTED = (("calcium", "dudek-bear"), ("bcm", "kirkwood-light"), ("bcm", "kirkwood-dark"), ("pair", "bi-poo"),
          ("triplet", "visual-minimal"), ("triplet", "visual-nearest-minimal"), ("calcium", "cortical"))


def compute_scores(ctx=None) -> dict:
    """The scores the text needs (a background job: ``ctx`` is the job's context, unused)."""
    return {key: score(*key) for key in QUOTED}


def moment_seven(scores: dict | None) -> str:
    """What the class should see, with the numbers of ``scores`` (None: still being computed)."""
    if scores is None:
        return QCoreApplication.translate("LessonGuide", "(computing the numbers…)")
    db, light, dark = scores[("calcium", "dudek-bear")], scores[("bcm", "kirkwood-light")], scores[("bcm",
                                                                                                   "kirkwood-dark")]
    pair, tri, near, cal = (scores[("pair", "bi-poo")], scores[("triplet", "visual-minimal")],
                            scores[("triplet", "visual-nearest-minimal")], scores[("calcium", "cortical")])
    parts = [
        QCoreApplication.translate(
            "LessonGuide",
            "Frequency: the calcium rule's dudek-bear set shows Dudek & Bear's sign (Δw/w₀ = {d1} at "
            "1 Hz, {d50} at 50 Hz, crossing at {cross} Hz); BCM crosses at {light} Hz after light "
            "rearing and at {dark} Hz after dark rearing — the sliding threshold.",
        ).format(
            d1=number(db.db_dw[0], "+.2f"),
            d50=number(db.db_dw[3], "+.2f"),
            cross=number(db.crossover_hz, ".1f"),
            light=number(light.crossover_hz, ".1f"),
            dark=number(dark.crossover_hz, ".1f"),
        ),
        QCoreApplication.translate(
            "LessonGuide",
            "Timing: the pair rule fitted to Bi & Poo's cells follows them (R = {r}); the triplet "
            "rule's visual-cortex sets have no LTP in this window (R = {rt}).",
        ).format(r=number(pair.timing_rms, ".2f"), rt=number(tri.timing_rms, ".2f")),
        QCoreApplication.translate(
            "LessonGuide",
            "Both: a pair rule cannot follow the frequency dependence (E = {ep}); the triplet rule "
            "fits Sjöström's points played as 60 pairs in a row (E = {et}) but not the real protocol "
            "(E = {etb}), where its nearest-spike set does (E = {enb}); the calcium rule's cortical "
            "set, fitted by its authors with 75 pairs in a row, gives E = {ec}.",
        ).format(
            ep=number(pair.e["continuous"], ".2f"),
            et=number(tri.e["continuous"], ".2f"),
            etb=number(tri.e["bursts"], ".2f"),
            enb=number(near.e["bursts"], ".2f"),
            ec=number(cal.e["continuous-75"], ".2f"),
        ),
        QCoreApplication.translate(
            "LessonGuide", "No set fits the three panels: each was fitted to one experiment, one preparation."
        ),
    ]
    return " ".join(parts)
