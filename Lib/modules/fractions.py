"""Exact rational numbers (CPython 3.6's fractions).

Fraction(n, d) keeps n/d in lowest terms with a positive denominator.
It mixes with int and other rationals exactly; with float and complex the
result is a float or a complex.
"""

import sys
import re
import numbers
import math
from operator import add as _add, sub as _sub, mul as _mul, truediv as _truediv
from operator import lt as _lt, gt as _gt, le as _le, ge as _ge

__all__ = ['Fraction', 'gcd']

try:
    from decimal import Decimal
except ImportError:
    Decimal = None

_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _euclid(x, y):
    # Euclid's algorithm for any numbers with % (the sign follows y).
    while y:
        x, y = y, x % y
    return x


def gcd(a, b):
    """Greatest common divisor of a and b, with the sign of b (of a when b
    is 0). Deprecated since 3.5: use math.gcd()."""
    import warnings
    warnings.warn('fractions.gcd() is deprecated. Use math.gcd() instead.',
                  DeprecationWarning, 2)
    if type(a) is not int or type(b) is not int:
        return _euclid(a, b)
    positive = math.gcd(a, b)
    return -positive if (b or a) < 0 else positive


def _magnitude(q):
    return -q if q._numerator < 0 else q


_LITERAL = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*)
    (?:
        /(?P<denom>\d+)
      |
        (?:\.(?P<decimal>\d*))?
        (?:E(?P<exp>[-+]?\d+))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _lowest_terms(top, bottom):
    # top/bottom divided by their greatest common divisor, which takes the
    # sign of bottom so that the denominator comes out positive.
    if type(top) is not int or type(bottom) is not int:
        common = _euclid(top, bottom)
    elif bottom < 0:
        common = -math.gcd(top, bottom)
    else:
        common = math.gcd(top, bottom)
    return top // common, bottom // common


def _from_literal(text):
    # (numerator, denominator) of a literal such as ' -3/4' or '1.5e-3',
    # not yet in lowest terms.
    parts = _LITERAL.match(text)
    if not parts:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign = -1 if parts.group('sign') == '-' else 1
    whole = parts.group('num') or '0'
    if parts.group('denom'):
        return sign * int(whole), int(parts.group('denom'))
    digits = parts.group('decimal') or ''
    shift = int(parts.group('exp') or 0) - len(digits)
    value = sign * int(whole + digits)
    if shift < 0:
        return value, 10 ** -shift
    return value * 10 ** shift, 1


def _sum(x, y):
    return Fraction(x.numerator * y.denominator + y.numerator * x.denominator,
                    x.denominator * y.denominator)


def _difference(x, y):
    return Fraction(x.numerator * y.denominator - y.numerator * x.denominator,
                    x.denominator * y.denominator)


def _product(x, y):
    return Fraction(x.numerator * y.numerator, x.denominator * y.denominator)


def _ratio(x, y):
    return Fraction(x.numerator * y.denominator, x.denominator * y.numerator)


def _arithmetic(name, exact, inexact):
    # Fraction.__name__ and __rname__: exact for two rationals; a float
    # or complex operand makes the other a float or complex.
    def left(self, other):
        if isinstance(other, (int, Fraction)):
            return exact(self, other)
        for kind in (float, complex):
            if isinstance(other, kind):
                return inexact(kind(self), other)
        return NotImplemented

    def right(self, other):
        if isinstance(other, numbers.Rational):
            return exact(other, self)
        for abc, kind in ((numbers.Real, float), (numbers.Complex, complex)):
            if isinstance(other, abc):
                return inexact(kind(other), kind(self))
        return NotImplemented

    left.__name__ = '__%s__' % name
    right.__name__ = '__r%s__' % name
    return left, right


def _order(name, test):
    def compare(self, other):
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator,
                        self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isinf(other) or math.isnan(other):
            return test(0.0, other)
        return test(self, Fraction.from_float(other))
    compare.__name__ = name
    return compare


class Fraction(numbers.Rational):
    """A rational number numerator/denominator.

    Fraction(7, -21) == Fraction(-1, 3); Fraction(Fraction(1, 2)),
    Fraction(0.25), Fraction('3/4'), Fraction(' -1.5e2 ') work too."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        # object.__new__ directly: Fraction implements every abstract
        # method of numbers.Rational.
        made = object.__new__(cls)
        top, bottom = numerator, denominator
        if bottom is None:
            if type(top) is int:
                bottom = 1
                _normalize = False
            elif isinstance(top, numbers.Rational):
                top, bottom = top.numerator, top.denominator
                _normalize = False
            elif isinstance(top, float) or (Decimal is not None and
                                            isinstance(top, Decimal)):
                top, bottom = top.as_integer_ratio()
                _normalize = False
            elif isinstance(top, str):
                top, bottom = _from_literal(top)
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif not (type(top) is int and type(bottom) is int):
            if not (isinstance(top, numbers.Rational) and
                    isinstance(bottom, numbers.Rational)):
                raise TypeError("both arguments should be "
                                "Rational instances")
            top, bottom = (top.numerator * bottom.denominator,
                           bottom.numerator * top.denominator)
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        if _normalize:
            top, bottom = _lowest_terms(top, bottom)
        made._numerator, made._denominator = top, bottom
        return made

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float f (an int is taken
        too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                        % (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction exactly equal to the Decimal dec (an int is taken
        too)."""
        integral = isinstance(dec, numbers.Integral)
        if integral and Decimal is None:
            return cls(int(dec))
        if integral:
            dec = Decimal(int(dec))
        if Decimal is not None and isinstance(dec, Decimal):
            return cls(*dec.as_integer_ratio())
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def limit_denominator(self, max_denominator=1000000):
        """The fraction nearest self whose denominator is at most
        max_denominator (found from self's continued fraction)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the convergents of the continued fraction of self while
        # their denominators fit; the answer is the last of them or the
        # best semiconvergent between it and the one before.
        before = (0, 1)
        current = (1, 0)
        rest_num, rest_den = self._numerator, self._denominator
        while rest_den:
            term, remainder = divmod(rest_num, rest_den)
            following = (before[0] + term * current[0],
                         before[1] + term * current[1])
            if following[1] > max_denominator:
                break
            before, current = current, following
            rest_num, rest_den = rest_den, remainder
        room = (max_denominator - before[1]) // current[1]
        candidates = (Fraction(*current),
                      Fraction(before[0] + room * current[0],
                               before[1] + room * current[1]))
        if _magnitude(candidates[0] - self) <= _magnitude(candidates[1] - self):
            return candidates[0]
        return candidates[1]

    numerator = property(lambda self: self._numerator,
                         doc="The numerator, in lowest terms.")
    denominator = property(lambda self: self._denominator,
                           doc="The denominator, positive, in lowest terms.")

    def __repr__(self):
        return type(self).__name__ + '(%d, %d)' % (self._numerator,
                                                   self._denominator)

    def __str__(self):
        if self._denominator != 1:
            return '%d/%d' % (self._numerator, self._denominator)
        return '%d' % self._numerator

    __add__, __radd__ = _arithmetic('add', _sum, _add)
    __sub__, __rsub__ = _arithmetic('sub', _difference, _sub)
    __mul__, __rmul__ = _arithmetic('mul', _product, _mul)
    __truediv__, __rtruediv__ = _arithmetic('truediv', _ratio, _truediv)
    __lt__ = _order('__lt__', _lt)
    __gt__ = _order('__gt__', _gt)
    __le__ = _order('__le__', _le)
    __ge__ = _order('__ge__', _ge)

    def __floordiv__(self, other):
        return math.floor(self / other)

    def __rfloordiv__(self, other):
        return math.floor(other / self)

    def __mod__(self, other):
        return self - other * (self // other)

    def __rmod__(self, other):
        return other - self * (other // self)

    def __pow__(self, other):
        if not isinstance(other, numbers.Rational):
            return float(self) ** other
        if other.denominator != 1:
            return float(self) ** float(other)
        exponent = other.numerator
        if exponent < 0:
            return Fraction(self._denominator ** -exponent,
                            self._numerator ** -exponent)
        return Fraction(self._numerator ** exponent,
                        self._denominator ** exponent, _normalize=False)

    def __rpow__(self, base):
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        return base ** (self._numerator if whole else float(self))

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return _magnitude(self)

    def __trunc__(self):
        whole = abs(self._numerator) // self._denominator
        return -whole if self._numerator < 0 else whole

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -((-self._numerator) // self._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, a half going to the even one;
        round(self, n): the nearest Fraction with n decimal places."""
        if ndigits is not None:
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        whole, rest = divmod(self._numerator, self._denominator)
        twice = 2 * rest
        if twice > self._denominator or (twice == self._denominator and whole % 2):
            whole += 1
        return whole

    def __hash__(self):
        # The hash of an int or float of equal value: the value modulo the
        # prime _MODULUS, by the inverse of the denominator there.
        inverse = pow(self._denominator, _MODULUS - 2, _MODULUS)
        if inverse == 0:
            value = _HASH_INF
        else:
            value = abs(self._numerator) * inverse % _MODULUS
        if self._numerator < 0:
            value = -value
        return value if value != -1 else -2

    def __eq__(self, other):
        if isinstance(other, numbers.Rational):
            return (self._numerator, self._denominator) == \
                (other.numerator, other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if not isinstance(other, float):
            return NotImplemented
        if math.isinf(other) or math.isnan(other):
            return other == 0.0
        return self == Fraction.from_float(other)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
