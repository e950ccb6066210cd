"""Pseudo-random numbers: integers, choices from sequences, and samples of
the usual real-valued distributions.

Everything is drawn from one Mersenne Twister per Random object (the
native _random module), seeded and consumed as CPython 3.6 does, so a
seed gives the same numbers here as there. SystemRandom draws from
os.urandom() instead. The module-level functions share one hidden Random.
"""

import _random
from bisect import bisect as _bisect_right
from itertools import accumulate as _running_sum
from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _e,
                  exp as _exp, log as _log, pi as _pi, sin as _sin,
                  sqrt as _sqrt)
from os import urandom as _urandom
from warnings import warn as _warn

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate",
           "gammavariate", "triangular", "gauss", "betavariate",
           "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "SystemRandom"]

# Constants of the samplers (public names of CPython's module).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                   # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_NO_STATE = "System entropy source does not have state."


def _string_seed_v1(text):
    # Version 1 turned a str (or bytes, read as Latin-1) into an int with
    # this 64-bit string hash of Python 2.
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = (ord(text[0]) << 7) if text else 0
    for code in map(ord, text):
        acc = ((acc * 1000003) ^ code) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _string_seed_v2(data):
    # Version 2 uses every bit: the bytes (UTF-8 for a str) followed by
    # their SHA-512, read as one big-endian int. A bytearray argument is
    # extended in place, as CPython's `+=` does.
    from hashlib import sha512
    if isinstance(data, str):
        data = data.encode()
    data += sha512(data).digest()
    return int.from_bytes(data, 'big')


class Random:
    """A Mersenne Twister generator with the distributions built on it.

    A subclass may override random() (and getrandbits(), to lift the
    53-bit limit of integer draws); seed(), getstate() and setstate()
    then belong to it as well.
    """

    VERSION = 3     # the layout of getstate()'s result

    def __new__(cls, *args, **kwargs):
        # seeds a first time from the argument, as the native type does
        if len(args) > 1:
            raise TypeError("seed expected at most 1 arguments, got %d"
                            % len(args))
        self = object.__new__(cls)
        self._mt = _random.Random(*args)
        self.gauss_next = None
        return self

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # -- the generator's core ----------------------------------------------

    def seed(self, a=None, version=2):
        """Seed from an int, a str, bytes or bytearray (all bits used), any
        other hashable object (its hash), or None (system entropy).
        version=1 is Python 2's treatment of str and bytes."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _string_seed_v2(a)
        self._mt.seed(a)
        self.gauss_next = None

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        return self._mt.random()

    def getrandbits(self, k):
        """An int with k random bits (k > 0)."""
        return self._mt.getrandbits(k)

    def getstate(self):
        """The generator's state, for setstate()."""
        return (self.VERSION, self._mt.getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore a state getstate() returned (also Python 3.1's)."""
        version = state[0]
        if version == 3:
            _, words, cached = state
        elif version == 2:
            # Python 3.1 stored the words as signed C longs.
            _, words, cached = state
            try:
                words = tuple(w % 2 ** 32 for w in words)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError(
                "state with version %s passed to Random.setstate() of "
                "version %s" % (version, self.VERSION))
        self._mt.setstate(words)
        self.gauss_next = cached

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # -- integers --------------------------------------------------------

    def _randbelow(self, n, maxsize=1 << BPF):
        """An int in [0, n). Drawn by rejection from getrandbits() unless a
        subclass overrides random() alone; then scaled from random(), whose
        floats are taken to carry maxsize distinct values."""
        cls = type(self)
        own_bits = cls.getrandbits is not Random.getrandbits
        if not own_bits and cls.random is Random.random:
            return self._mt._randbelow(n)
        if own_bits:
            width = n.bit_length()
            r = self.getrandbits(width)
            while r >= n:
                r = self.getrandbits(width)
            return r
        if not n:
            raise ValueError("Boundary cannot be zero")
        top = maxsize
        if n >= top:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this "
                  "large.\nTo remove the range limitation, add a "
                  "getrandbits() method.")
            return int(self.random() * n)
        # accept only draws below the largest multiple of n under 2**53
        cutoff = (top - top % n) / top
        x = self.random()
        while x >= cutoff:
            x = self.random()
        return int(x * top) % n

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randrange(self, start, stop=None, step=1, _int=int):
        """A random member of range(start, stop, step), without building
        it. Arguments must be integral (int or an equal float)."""
        first = _int(start)
        if first != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        last = _int(stop)
        if last != stop:
            raise ValueError("non-integer stop for randrange()")
        span = last - first
        if step == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d,%d, %d)"
                                 % (first, last, span))
            return first + self._randbelow(span)
        stride = _int(step)
        if stride != step:
            raise ValueError("non-integer step for randrange()")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-span // stride)      # len(range(first, last, stride))
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    # -- sequences -------------------------------------------------------

    def shuffle(self, x, random=None):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the
        end). random, if given, is a function returning floats in [0, 1)."""
        if random is None:
            pick = self._randbelow
        else:
            def pick(bound):
                return int(random() * bound)
        for hi in range(len(x) - 1, 0, -1):
            lo = pick(hi + 1)
            x[lo], x[hi] = x[hi], x[lo]

    def sample(self, population, k):
        """k distinct elements of a sequence or set, in selection order."""
        from collections.abc import Sequence as _Sequence, Set as _Set
        if isinstance(population, _Set):
            population = tuple(population)
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence or set.  "
                            "For dicts, use list(d).")
        size = len(population)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        # A partial shuffle of a copy costs memory proportional to the
        # population; drawing indices until k distinct ones turn up costs
        # a set of k. The copy wins for populations up to this size.
        copy_limit = 21
        if k > 5:
            copy_limit += 4 ** _ceil(_log(3 * k, 4))
        picked = []
        if size <= copy_limit:
            pool = list(population)
            for i in range(k):
                at = below(size - i)
                picked.append(pool[at])
                pool[at] = pool[size - i - 1]
            return picked
        seen = set()
        for _ in range(k):
            at = below(size)
            while at in seen:
                at = below(size)
            seen.add(at)
            picked.append(population[at])
        return picked

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        try:
            at = self._randbelow(len(seq))
        except ValueError:
            at = None
        if at is None:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[at]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements drawn with replacement, uniformly or by relative
        weights or cumulative weights (not both)."""
        draw = self.random
        if cum_weights is None:
            if weights is None:
                size = len(population)
                return [population[int(draw() * size)] for _ in range(k)]
            cum_weights = list(_running_sum(weights))
        elif weights is not None:
            raise TypeError(
                'Cannot specify both weights and cumulative weights')
        if len(cum_weights) != len(population):
            raise ValueError(
                'The number of weights does not match the population')
        total = cum_weights[-1]
        # a draw that rounds up to total still picks the last element
        last = len(cum_weights) - 1
        return [population[_bisect_right(cum_weights, draw() * total,
                                         0, last)]
                for _ in range(k)]

    # -- real-valued distributions ------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the
        midpoint by default)."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u <= peak:
            return low + (high - low) * (u * peak) ** 0.5
        # the upper side, measured from high
        return high + (low - high) * ((1.0 - u) * (1.0 - peak)) ** 0.5

    def normalvariate(self, mu, sigma):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A variate whose natural log is normal with mu and sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1/mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular normal distribution: an angle in [0, 2*pi) around mu
        with concentration kappa (uniform when kappa is about 0)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        draw = self.random
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        z = self._vonmises_cosine(rho, draw)
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    @staticmethod
    def _vonmises_cosine(rho, draw):
        # Best and Fisher's rejection step: the cosine of a candidate angle.
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                return z

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            return beta * self._gamma_cheng(alpha, draw)
        if alpha == 1.0:
            u = draw()
            while u <= 1e-7:
                u = draw()
            return -_log(u) * beta
        return beta * self._gamma_small(alpha, draw)

    @staticmethod
    def _gamma_cheng(alpha, draw):
        # R.C.H. Cheng's rejection method for shape > 1.
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            u1 = draw()
            if 1e-7 < u1 < .9999999:     # else draw again
                v = _log(u1 / (1.0 - u1)) / spread
                z = u1 * u1 * (1.0 - draw())
                x = alpha * _exp(v)
                r = shift + slope * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x

    @staticmethod
    def _gamma_small(alpha, draw):
        # Ahrens and Dieter's GS algorithm for shape < 1.
        while True:
            b = (_e + alpha) / _e
            p = b * draw()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x
            elif u <= _exp(-x):
                return x

    def gauss(self, mu, sigma):
        """Normal distribution by the Box-Muller transform, which makes two
        variates at a time: the second is kept in self.gauss_next for the
        next call. Not thread-safe, unlike normalvariate()."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = TWOPI * self.random()
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = radius * _cos(angle)
            self.gauss_next = radius * _sin(angle)
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha > 0, beta > 0)."""
        x = self.gammavariate(alpha, 1.0)
        if x == 0:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return 1.0 / (1.0 - self.random()) ** (1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(): not reproducible, so seed() does
    nothing and getstate()/setstate() raise NotImplementedError."""

    def random(self):
        """A float in [0.0, 1.0) with 53 bits from os.urandom()."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k bits from os.urandom()."""
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if int(k) != k:
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (8 * nbytes - k)

    def seed(self, *args, **kwds):
        """Does nothing: there is no state to seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError(_NO_STATE)

    getstate = setstate = _notimplemented


# The module-level functions are the methods of one shared generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
# the two core draws straight from the native generator, as in CPython
random = _inst._mt.random
getrandbits = _inst._mt.getrandbits
