"""Averages and spread of numeric data (CPython 3.6's statistics module).

Sums are taken exactly, over integer numerator/denominator pairs, and the
result is converted once to the type the data shares: int data gives an
int where the exact answer is whole and a float otherwise; any float in
the data makes the answer a float.
"""

import math
from collections import Counter as _Counter

__all__ = ['StatisticsError', 'pstdev', 'pvariance', 'stdev', 'variance',
           'median', 'median_low', 'median_high', 'median_grouped',
           'mean', 'mode', 'harmonic_mean']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair, denominator > 0."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            raise ValueError("cannot take the exact value of %r" % x)
        return x.as_integer_ratio()
    pair = getattr(x, "as_integer_ratio", None)
    if pair is not None:
        return pair()
    num = getattr(x, "numerator", None)
    den = getattr(x, "denominator", None)
    if num is not None and den is not None:
        return num, den
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _result_type(values):
    """int when every value is an int (bools count as ints), else float."""
    kind = int
    for v in values:
        if isinstance(v, float):
            kind = float
        elif not isinstance(v, int):
            raise TypeError("can't convert type '%s' to numerator/denominator" % type(v).__name__)
    return kind


def _add(a, b):
    return a[0] * b[1] + b[0] * a[1], a[1] * b[1]


def _exact_sum(values):
    num, den = 0, 1
    for v in values:
        n, d = _ratio(v)
        num, den = num * d + n * den, den * d
        g = math.gcd(num, den)
        if g > 1:
            num, den = num // g, den // g
    return num, den


def _special(values):
    """An inf or nan in the data decides the float result on its own."""
    specials = [v for v in values if isinstance(v, float) and (math.isinf(v) or math.isnan(v))]
    if not specials:
        return None
    return math.fsum(specials)


def _divide(num, den):
    """num / den correctly rounded to a float, for ints of any size."""
    if den < 0:
        num, den = -num, -den
    if num == 0:
        return 0.0
    negative = num < 0
    num = -num if negative else num
    # a quotient of at least 55 bits, with a sticky bit for the rest, then
    # one rounding to the float's 53 bits
    shift = num.bit_length() - den.bit_length() - 55
    if shift >= 0:
        q, r = divmod(num, den << shift)
    else:
        q, r = divmod(num << -shift, den)
    if r:
        q |= 1
    value = math.ldexp(float(q), shift)
    return -value if negative else value


def _convert(num, den, kind):
    if kind is int and num % den == 0:
        return num // den
    return _divide(num, den)


def mean(data):
    """The arithmetic mean of data (an iterable of numbers)."""
    values = list(data)
    if not values:
        raise StatisticsError("mean requires at least one data point")
    kind = _result_type(values)
    special = _special(values)
    if special is not None:
        return special
    num, den = _exact_sum(values)
    return _convert(num, den * len(values), kind)


def harmonic_mean(data):
    """The reciprocal of the mean of the reciprocals; 0 if any value is 0."""
    values = list(data)
    if not values:
        raise StatisticsError("harmonic_mean requires at least one data point")
    for v in values:
        if v < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    if len(values) == 1:
        v = values[0]
        if isinstance(v, (int, float)):
            return v
        raise TypeError("unsupported type")
    if any(v == 0 for v in values):
        return 0
    num, den = _exact_sum(1 / v for v in values)
    return _divide(len(values) * den, num)


def _ordered(data):
    """data sorted; a StatisticsError when there is nothing to sort."""
    values = sorted(data)
    if not values:
        raise StatisticsError("no median for empty data")
    return values


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    values = _ordered(data)
    half, odd = divmod(len(values), 2)
    return values[half] if odd else (values[half - 1] + values[half]) / 2


def median_low(data):
    """The middle value of data, or the smaller of the two middle values."""
    values = _ordered(data)
    return values[(len(values) - 1) // 2]


def median_high(data):
    """The middle value of data, or the larger of the two middle values."""
    values = _ordered(data)
    return values[len(values) // 2]


def _not_text(value):
    if isinstance(value, (str, bytes)):
        raise TypeError("expected number but got %r" % value)


def median_grouped(data, interval=1):
    """The 50th percentile of data seen as classes of the given width:
    the lower bound of the middle value's class, moved up through that
    class in proportion to how far into it the midpoint falls."""
    values = _ordered(data)
    size = len(values)
    middle = values[size // 2]
    if size > 1:
        _not_text(middle)
        _not_text(interval)
    else:
        return middle
    try:
        bound = middle - interval / 2
    except TypeError:
        bound = float(middle) - float(interval) / 2
    first = values.index(middle)
    width = size - first - values[::-1].index(middle)
    return bound + interval * (size / 2 - first) / width


def mode(data):
    """The single most common value of data."""
    counts = _Counter(data).most_common()
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = counts[0][1]
    tied = sum(1 for _, c in counts if c == best)
    if tied > 1:
        raise StatisticsError("no unique mode; found %d equally common values" % tied)
    return counts[0][0]


def _sum_of_squares(values, centre):
    """The sum of squared deviations from centre, less the share of the
    deviations' own sum (what centre's rounding left over), as a
    (numerator, denominator) pair. Deviations and squares are taken in
    the data's own arithmetic; only the sums are exact."""
    deviations = [v - centre for v in values]
    kind = _result_type(deviations)
    sq_num, sq_den = _exact_sum(d ** 2 for d in deviations)
    dev_num, dev_den = _exact_sum(deviations)
    k = len(values)
    num = sq_num * dev_den * dev_den * k - dev_num * dev_num * sq_den
    den = sq_den * dev_den * dev_den * k
    g = math.gcd(num, den)
    if g > 1:
        num, den = num // g, den // g
    return num, den, kind


def _spread(values, centre, divisor_less, name, least):
    if len(values) < least:
        raise StatisticsError("%s requires at least %s" % (
            name, "two data points" if least == 2 else "one data point"))
    _result_type(values)
    special = _special(values)
    if special is not None:
        return math.nan
    if centre is None:
        centre = mean(values)
    num, den, kind = _sum_of_squares(values, centre)
    return _convert(num, den * (len(values) - divisor_less), kind)


def variance(data, xbar=None):
    """The sample variance of data (divided by n - 1)."""
    return _spread(list(data), xbar, 1, "variance", 2)


def pvariance(data, mu=None):
    """The population variance of data (divided by n)."""
    return _spread(list(data), mu, 0, "pvariance", 1)


def _root(value):
    sqrt = getattr(value, "sqrt", None)
    if sqrt is not None:
        return sqrt()
    return math.sqrt(value)


def stdev(data, xbar=None):
    """The square root of the sample variance."""
    return _root(variance(data, xbar))


def pstdev(data, mu=None):
    """The square root of the population variance."""
    return _root(pvariance(data, mu))
