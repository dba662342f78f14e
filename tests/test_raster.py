"""The compiled curve rasteriser (hopfield_gui.gui.plotting.raster): Qt-free, checked against geometry."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hopfield_gui.gui.plotting.raster import argb, draw_curves


def alpha(img):
    return (img >> 24) & 255


def rgb(img):
    return img & 0xFFFFFF


def test_a_horizontal_line_covers_exactly_its_width():
    """Width 4 centred on a pixel boundary: four full rows, nothing above or below."""
    img = draw_curves(100, 40, [0, 100], [[20.0], [20.0]], ["#0072B2"], [4], (0, 100), (0, 40))
    a = alpha(img)[:, 10:90]
    rows = np.flatnonzero(a.max(axis=1))
    assert list(rows) == [18, 19, 20, 21]
    assert np.all(a[rows] == 255)
    assert np.all(rgb(img)[19, 10:90] == 0x0072B2)


def test_a_diagonal_line_has_the_area_of_its_rectangle():
    """Antialiased coverage adds up to length × width (the round caps are clipped away)."""
    w, h, width = 400, 300, 4.0
    img = draw_curves(w, h, [-50, 450], [[-40.0], [360.0]], ["#000000"], [width], (0, w), (0, h))
    covered = alpha(img).sum() / 255.0
    # the line y = 0.8 x enters at (0, 0) and leaves through the top at (375, 300)
    length_inside = math.hypot(375, 300)
    assert covered == pytest.approx(length_inside * width, rel=0.01)


def test_a_single_sample_spike_survives_thousands_of_samples_per_pixel():
    n = 200_001
    xs = np.linspace(0, 100, n)
    ys = np.zeros(n)
    ys[n // 2 + 1000] = 1.0  # x = 50.5: one sample in the middle of the 2000 of its pixel column
    img = draw_curves(100, 50, xs, ys[:, None], ["#D55E00"], [3], (0, 100), (-1.2, 1.2))
    top_row = round((1.2 - 1.0) / 2.4 * 50)
    assert alpha(img)[top_row, 50] == 255
    assert alpha(img)[top_row, :45].max() == 0  # and nothing spurious elsewhere at that height


def test_nan_leaves_a_gap():
    xs = np.arange(0, 101, 1.0)
    ys = np.full(101, 0.0)
    ys[40:60] = np.nan
    img = draw_curves(100, 20, xs, ys[:, None], ["#000000"], [2], (0, 100), (-1, 1))
    a = alpha(img)
    assert a[:, 10:35].max() == 255 and a[:, 45:55].max() == 0 and a[:, 65:90].max() == 255


def test_later_curves_are_drawn_over_earlier_ones():
    xs = [0.0, 100.0]
    ys = [[0.0, 0.0], [0.0, 0.0]]
    img = draw_curves(100, 20, xs, ys, ["#E69F00", "#009E73"], [4, 4], (0, 100), (-1, 1))
    assert rgb(img)[10, 50] == 0x009E73 and alpha(img)[10, 50] == 255


def test_grid_lines_fall_on_their_values_with_their_opacity():
    img = draw_curves(100, 50, [], np.zeros((0, 0)), [], [], (0, 100), (0, 50),
                      grid=([25.0, 50.0], [0.25, 0.1], [10.0], [0.25], "#000000"))
    a = alpha(img)
    assert a[0, 25] == round(0.25 * 255) and a[0, 50] == round(0.1 * 255)
    assert a[40, 0] == round(0.25 * 255)  # y = 10 is the top edge of row 40 of 50 (row 0 at the top)
    assert a[0, 24] == 0 and a[0, 26] == 0 and a[39, 0] == 0 and a[41, 0] == 0


def test_colours_are_parsed_with_and_without_alpha():
    assert argb("#0072B2") == 0xFF0072B2
    assert argb("#800072B2") == 0x800072B2
    assert argb((1, 2, 3)) == 0xFF010203
    with pytest.raises(ValueError):
        argb("blue")


def test_mismatched_shapes_are_refused():
    with pytest.raises(ValueError):
        draw_curves(10, 10, [0, 1], [[0, 1], [1, 0]], ["#000000"], [2], (0, 1), (0, 1))


def _distance_to_polyline(px, py, ax, ay):
    """Distance from the points (px, py) to the polyline through (ax, ay)."""
    best = np.full(px.shape, np.inf)
    for k in range(len(ax) - 1):
        x0, y0, x1, y1 = ax[k], ay[k], ax[k + 1], ay[k + 1]
        dx, dy = x1 - x0, y1 - y0
        l2 = dx * dx + dy * dy
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / l2, 0, 1) if l2 > 0 else np.zeros_like(px)
        best = np.minimum(best, np.hypot(x0 + t * dx - px, y0 + t * dy - py))
    if len(ax) == 1:
        best = np.hypot(ax[0] - px, ay[0] - py)
    return best


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 60), st.floats(0, 40)), min_size=1, max_size=300),
       st.sampled_from([3.0, 4.0, 6.0]))
def test_every_sample_is_drawn_and_nothing_far_from_the_curve(points, width):
    """Whatever the samples (many per pixel column or few), every sample's pixel is painted, and
    no pixel farther from the true polyline than half the width plus the antialiasing pixel and the
    one-pixel-column reduction is."""
    points.sort(key=lambda p: p[0])
    xs = np.array([p[0] for p in points])
    ys = np.array([p[1] for p in points])
    W, H = 60, 40
    img = draw_curves(W, H, xs, ys[:, None], ["#000000"], [width], (0, W), (0, H))
    a = alpha(img)
    # pixel coordinates: x as given, y flipped (row 0 at the top)
    ax, ay = xs, H - ys
    for x, y in zip(ax, ay, strict=True):
        col, row = min(int(x), W - 1), min(int(y), H - 1)
        assert a[row, col] > 0, (x, y)
    cy, cx = np.mgrid[0:H, 0:W] + 0.5
    d = _distance_to_polyline(cx, cy, ax, ay)
    assert np.all(a[d > width / 2 + 0.5 + 1.0] == 0)


def test_an_extreme_zoom_draws_what_is_visible_without_overflow():
    """Samples 10^15 pixels outside the picture: the visible horizontal stretch is still drawn."""
    xs = np.array([-1e15, 0.0, 1e-12, 1e15])
    ys = np.array([[0.0], [0.0], [0.0], [0.0]])
    img = draw_curves(100, 20, xs, ys, ["#000000"], [4], (0.0, 1e-12), (-1, 1))
    assert alpha(img)[10, :].min() == 255 and alpha(img)[0, :].max() == 0
