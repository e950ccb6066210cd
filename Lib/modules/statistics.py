"""Averages and spread of numeric data (CPython 3.6's statistics module).

Sums are taken exactly, over integer numerator/denominator pairs, and the
result is converted once to the type the data shares: int data gives an
int where the exact answer is whole and a float otherwise; a float, a
Fraction or a Decimal in the data makes the answer one of those (floats
win over Fractions; Decimals mix only with ints).
"""

import math
import numbers
import sys
from collections import Counter as _Counter

__all__ = ['StatisticsError', 'pstdev', 'pvariance', 'stdev', 'variance',
           'median', 'median_low', 'median_high', 'median_grouped',
           'mean', 'mode', 'harmonic_mean']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """x as an exact (numerator, denominator) pair, denominator > 0; an
    infinity or a NaN gives (x, None)."""
    try:
        if isinstance(x, int):
            return int(x), 1
        if isinstance(x, float):
            return x.as_integer_ratio()
        pair = getattr(x, "as_integer_ratio", None)
        if pair is not None:
            return pair()
        num = getattr(x, "numerator", None)
        den = getattr(x, "denominator", None)
        if num is not None and den is not None:
            return num, den
    except (ValueError, OverflowError):
        return x, None
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _isfinite(x):
    """Whether x (a number, or a Decimal) is neither infinite nor a NaN."""
    is_finite = getattr(x, "is_finite", None)
    if is_finite is not None:
        return is_finite()
    return math.isfinite(x)


def _coerce(kind, new):
    """The type a result takes when data of type kind meets a value of
    type new: ints (and bools) give way to anything, a subclass wins over
    its base, and floats win over Fractions; other mixes are refused."""
    if kind is new or new is bool or new is int:
        return kind
    if kind is int:
        return new
    if issubclass(new, kind):
        return new
    if issubclass(kind, new):
        return kind
    if issubclass(kind, int):
        return new
    if issubclass(new, int):
        return kind
    fraction = _fraction_type()
    if issubclass(kind, fraction) and issubclass(new, float):
        return new
    if issubclass(kind, float) and issubclass(new, fraction):
        return kind
    raise TypeError("don't know how to coerce %s and %s" % (kind.__name__, new.__name__))


def _fraction_type():
    from fractions import Fraction
    return Fraction


class _Total:
    """An exact sum of data: the type the result takes (kind), the sum of
    the finite values as a reduced num/den pair, and the sum of the
    values that have no exact value (infinities, NaNs), or None."""

    def __init__(self, values):
        self.kind = int
        self.count = 0
        self.special = None
        num, den = 0, 1
        for v in values:
            self.kind = _coerce(self.kind, type(v))
            self.count += 1
            n, d = _exact_ratio(v)
            if d is None:
                # Added to 0 first, as CPython does: a signalling NaN
                # Decimal raises there.
                self.special = (0 if self.special is None else self.special) + v
                continue
            num, den = num * d + n * den, den * d
            g = math.gcd(num, den)
            if g > 1:
                num, den = num // g, den // g
        self.num, self.den = num, den

    def value(self):
        """The sum as a number: a Fraction, or the special values' sum."""
        if self.special is not None:
            return self.special
        return _fraction_type()(self.num, self.den)


def _sum(data, start=0):
    """(type, total, count) of data's values added to start: the type the
    mean takes, the exact sum as a Fraction (or the sum of the infinities
    and NaNs), the number of values."""
    total = _Total([start])
    more = _Total(data)
    kind = _coerce(total.kind, more.kind)
    if more.special is not None or total.special is not None:
        specials = [t.special for t in (total, more) if t.special is not None]
        value = specials[0] if len(specials) == 1 else specials[0] + specials[1]
    else:
        value = total.value() + more.value()
    return kind, value, more.count


def _fail_neg(values, errmsg='negative value'):
    """Give values one by one, raising StatisticsError(errmsg) at the first
    negative one."""
    for value in values:
        if value < 0:
            raise StatisticsError(errmsg)
        yield value


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


def _from_ratio(num, den, kind):
    """The exact value num/den as an instance of kind: a whole value stays
    an int (or int subclass), any other goes to float; a type that cannot
    take a Fraction (Decimal) gets num and den divided in its own
    arithmetic."""
    if den < 0:
        num, den = -num, -den
    g = math.gcd(num, den)
    if g > 1:
        num, den = num // g, den // g
    if issubclass(kind, int):
        if den == 1:
            return num if kind is int else kind(num)
        kind = float
    if issubclass(kind, float):
        value = _divide(num, den)
        return value if kind is float else kind(value)
    fraction = _fraction_type()(num, den)
    if kind is type(fraction):
        return fraction
    try:
        return kind(fraction)
    except TypeError:
        return kind(num) / kind(den)


def _convert(value, kind):
    """value (a Fraction, or a special float or Decimal) as kind."""
    if type(value) is kind:
        return value
    if isinstance(value, _fraction_type()):
        return _from_ratio(value.numerator, value.denominator, kind)
    return kind(value)


def mean(data):
    """The arithmetic mean of data (an iterable of numbers).

    >>> mean([2, 4, 9])
    5
    >>> mean([0.5, 1.5, 4])
    2.0
    """
    values = list(data)
    if not values:
        raise StatisticsError("mean requires at least one data point")
    total = _Total(values)
    if total.special is not None:
        return _convert(total.special / len(values), total.kind)
    return _from_ratio(total.num, total.den * len(values), total.kind)


def _is_real(x):
    if isinstance(x, numbers.Real):
        return True
    decimal = sys.modules.get("decimal")
    return decimal is not None and isinstance(x, decimal.Decimal)


def harmonic_mean(data):
    """The reciprocal of the mean of the reciprocals; 0 if any value is 0
    before a negative one is met."""
    values = list(data)
    negative = "harmonic mean does not support negative values"
    if not values:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if len(values) == 1:
        v = values[0]
        if not _is_real(v):
            raise TypeError("unsupported type")
        if v < 0:
            raise StatisticsError(negative)
        return v
    reciprocals = []
    for v in values:
        if v < 0:
            raise StatisticsError(negative)
        try:
            reciprocals.append(1 / v)
        except ZeroDivisionError:
            return 0
    total = _Total(reciprocals)
    return _convert(len(values) / total.value(), total.kind)


def _ordered(data):
    """data sorted; a StatisticsError when there is nothing to sort."""
    values = sorted(data)
    if not values:
        raise StatisticsError("no median for empty data")
    return values


def median(data):
    """The middle value of data, or the mean of the two middle values.

    >>> median([7, 1, 4])
    4
    >>> median([8, 2, 6, 4])
    5.0
    """
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
    """The single most common value of data.

    >>> mode(['x', 'y', 'x'])
    'x'
    """
    # A mapping (a Counter) counts as the sequence of its keys, and None
    # is refused as any non-iterable is.
    counts = _Counter(iter(data)).most_common()
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = counts[0][1]
    tied = sum(1 for _, c in counts if c == best)
    if tied > 1:
        raise StatisticsError("no unique mode; found %d equally common values" % tied)
    return counts[0][0]


def _spread(values, centre, divisor_less, name, least):
    """The sum of squared deviations from centre (the mean when None),
    less the share of the deviations' own sum (what centre's rounding left
    over), divided by n - divisor_less. Deviations and squares are taken
    in the data's own arithmetic; only the sums are exact."""
    if len(values) < least:
        raise StatisticsError("%s requires at least %s" % (
            name, "two data points" if least == 2 else "one data point"))
    if centre is None:
        centre = mean(values)
    squares = _Total((v - centre) ** 2 for v in values)
    deviations = _Total(v - centre for v in values)
    k = len(values)
    if squares.special is None and deviations.special is None:
        dn, dd = deviations.num, deviations.den
        num = squares.num * dd * dd * k - dn * dn * squares.den
        den = squares.den * dd * dd * k
        return _from_ratio(num, den * (k - divisor_less), squares.kind)
    spread = squares.value() - deviations.value() ** 2 / k
    return _convert(spread / (k - divisor_less), squares.kind)


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
