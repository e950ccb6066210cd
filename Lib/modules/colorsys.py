"""Conversions between RGB and three other colour coordinate systems.

Every coordinate is a float. RGB, HLS and HSV coordinates run from 0 to
1; YIQ's Y does too, while I and Q may be negative. The hue of HLS and
HSV is a fraction of a full turn.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    # Rounding in yiq_to_rgb can step just outside the unit interval.
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def rgb_to_yiq(r, g, b):
    """Convert an RGB colour to YIQ (luma, in-phase, quadrature)."""
    y = 0.30 * r + 0.59 * g + 0.11 * b
    dr = r - y
    db = b - y
    return (y, 0.74 * dr - 0.27 * db, 0.48 * dr + 0.41 * db)


def yiq_to_rgb(y, i, q):
    """Convert a YIQ colour back to RGB, each channel clamped to 0..1."""
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(red), _clamp(green), _clamp(blue))


def _hue(r, g, b, hi, lo):
    # The hue, as a fraction of a turn, of a colour whose largest channel
    # is hi and smallest lo (hi > lo).
    span = hi - lo
    if r == hi:
        sector = (hi - b) / span - (hi - g) / span
    elif g == hi:
        sector = 2.0 + (hi - r) / span - (hi - b) / span
    else:
        sector = 4.0 + (hi - g) / span - (hi - r) / span
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    """Convert an RGB colour to HLS (hue, lightness, saturation)."""
    hi = max(r, g, b)
    lo = min(r, g, b)
    light = (lo + hi) / 2.0
    if hi == lo:
        return (0.0, light, 0.0)
    if light <= 0.5:
        sat = (hi - lo) / (hi + lo)
    else:
        sat = (hi - lo) / (2.0 - hi - lo)
    return (_hue(r, g, b, hi, lo), light, sat)


def _channel(lo, hi, hue):
    # One RGB channel of an HLS colour: it rises from lo to hi over the
    # first sixth of the turn, stays at hi until half, falls back to lo by
    # two thirds and stays there.
    hue %= 1.0
    if hue >= 0.5:
        if hue >= TWO_THIRD:
            return lo
        return lo + (hi - lo) * (TWO_THIRD - hue) * 6.0
    if hue >= ONE_SIXTH:
        return hi
    return lo + (hi - lo) * hue * 6.0


def hls_to_rgb(h, l, s):
    """Convert an HLS colour to RGB."""
    if s == 0.0:
        return (l, l, l)
    if l <= 0.5:
        top = l * (1.0 + s)
    else:
        top = l + s - (l * s)
    bottom = 2.0 * l - top
    return (_channel(bottom, top, h + ONE_THIRD),
            _channel(bottom, top, h),
            _channel(bottom, top, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    """Convert an RGB colour to HSV (hue, saturation, value)."""
    hi = max(r, g, b)
    lo = min(r, g, b)
    if hi == lo:
        return (0.0, 0.0, hi)
    return (_hue(r, g, b, hi, lo), (hi - lo) / hi, hi)


def hsv_to_rgb(h, s, v):
    """Convert an HSV colour to RGB."""
    if s == 0.0:
        return (v, v, v)
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    flat = v * (1.0 - s)
    falling = v * (1.0 - s * frac)
    rising = v * (1.0 - s * (1.0 - frac))
    # Which of the three values each channel takes in each sixth.
    order = ((v, rising, flat), (falling, v, flat), (flat, v, rising),
             (flat, falling, v), (rising, flat, v), (v, flat, falling))
    return order[sector % 6]
