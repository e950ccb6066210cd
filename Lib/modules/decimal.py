"""Decimal floating point arithmetic (the decimal module of CPython 3.6).

Numbers are held exactly in base ten: Decimal('0.1') is one tenth, and
arithmetic rounds to the precision of the current Context (28 significant
digits by default) with the rounding mode it names.  Exceptional results
raise a signal: a flag is set in the context, and when the context traps
that signal the matching exception is raised.

The arithmetic itself is done by the Go module _apdecimal, whose numbers
are big integers with a decimal exponent; this module holds the
Python-facing classes.
"""

import _apdecimal as _core
from collections import namedtuple as _namedtuple
import numbers as _numbers

try:
    import _thread
    _get_ident = _thread.get_ident
except ImportError:  # pragma: no cover
    def _get_ident():
        return 0
    _THREAD_IDENTS = False
else:
    _THREAD_IDENTS = True

__version__ = '1.70'
__libmpdec_version__ = '2.4.2'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


# The signals and the conditions that raise them.

class DecimalException(ArithmeticError):
    """Base class of every signal the decimal module raises."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's limits."""


class InvalidOperation(DecimalException):
    """The operation has no sensible result; it gives NaN if not trapped."""


class ConversionSyntax(InvalidOperation):
    """A string did not spell a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """The context's settings were not usable."""


class Rounded(DecimalException):
    """Rounding discarded digits, zero or not."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent exceeds Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""


# The order in which trapped signals are raised, and the order of the
# classes named in the exception's message.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
# The order in which a context's repr lists its flags and traps.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]

# Condition bits of _apdecimal, each with the signal it sets and the
# class named in trap messages.
_BITS = [
    (1, Clamped, Clamped),
    (2, InvalidOperation, InvalidOperation),
    (4, DivisionByZero, DivisionByZero),
    (8, Inexact, Inexact),
    (16, Rounded, Rounded),
    (32, Subnormal, Subnormal),
    (64, Overflow, Overflow),
    (128, Underflow, Underflow),
    (256, InvalidOperation, ConversionSyntax),
    (512, InvalidOperation, DivisionImpossible),
    (1024, InvalidOperation, DivisionUndefined),
    (2048, InvalidOperation, InvalidContext),
]
_FLOAT_BIT = 1 << 20
_INVALID_ORDER = [InvalidOperation, ConversionSyntax, DivisionImpossible,
                  DivisionUndefined, InvalidContext]

_BAD_SIGNAL = ("valid values for signals are:\n"
               "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
               "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
               "   Clamped]")
_CoreValue = _core.Value


def _from_int(i):
    # The Value of an int, or of an instance of a subclass of int.
    if type(i) is not int and type(i) is not bool:
        i = int.__int__(i)
    return _core.from_int(i)
_op = _core.op


def _from_float(f):
    # The exact Value of a float, an instance of a float subclass read as
    # the float it holds (whatever its methods say).
    return _core.from_float(f if type(f) is float else float.__float__(f))


class _SignalDict(object):
    """The flags or traps of a context: a mapping from each signal to a
    bool, whose keys cannot be added or removed."""

    __slots__ = ('_d',)

    def __init__(self, on=()):
        d = {}
        for s in _SIGNALS:
            d[s] = s in on
        self._d = d

    def __getitem__(self, key):
        if key not in self._d:
            raise KeyError(_BAD_SIGNAL)
        return self._d[key]

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError(_BAD_SIGNAL)
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(list(self._d))

    def __len__(self):
        return len(self._d)

    def keys(self):
        return list(self._d)

    def values(self):
        return [self._d[s] for s in _SIGNALS]

    def items(self):
        return [(s, self._d[s]) for s in _SIGNALS]

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        parts = ["%r:%r" % (s, self._d[s]) for s in _SIGNALS]
        return "{" + ", ".join(parts) + "}"

    def _on(self):
        return [s for s in _REPR_ORDER if self._d[s]]


def _signal_dict(value):
    # A context's flags or traps from a list of signals or a mapping.
    if value is None:
        return _SignalDict()
    if isinstance(value, list):
        for s in value:
            if s not in _SIGNALS:
                raise KeyError(_BAD_SIGNAL)
        return _SignalDict(value)
    if not isinstance(value, (_SignalDict, dict)):
        raise TypeError("argument must be a signal dict")
    if len(value) != len(_SIGNALS):
        raise KeyError("invalid signal dict")
    for s in _SIGNALS:
        if s not in value:
            raise KeyError("invalid signal dict")
    d = _SignalDict()
    for s in _SIGNALS:
        d[s] = value[s]
    return d


_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                   'flags', 'traps')


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not -2**63 <= value < 2**63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(value)


class Context(object):
    """The settings arithmetic runs under: precision (prec), rounding mode,
    exponent limits (Emin, Emax), whether exponents print with 'E'
    (capitals) and whether large exponents are clamped (clamp); plus the
    signals raised so far (flags) and those that raise exceptions (traps).
    """

    # _fast holds the Go fast paths' copy of prec, rounding, Emin, Emax
    # and clamp (settings_cache.go); each of their setters clears it.
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clampv', '_flags', '_traps', '_fast')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 8:
            raise TypeError("function takes at most 8 arguments (%d given)"
                            % (len(args) + len(kwargs)))
        given = dict(zip(_CONTEXT_FIELDS, args))
        for k in kwargs:
            if k not in _CONTEXT_FIELDS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            if k in given:
                raise TypeError("Argument given by name ('%s') and position (%d)"
                                % (k, _CONTEXT_FIELDS.index(k) + 1))
        given.update(kwargs)
        self._setup(**given)

    def _setup(self, prec=None, rounding=None, Emin=None, Emax=None,
               capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        object.__setattr__(self, '_flags', _signal_dict(flags))
        if traps is None and dc is not None:
            object.__setattr__(self, '_traps', _signal_dict(dc.traps))
        else:
            object.__setattr__(self, '_traps', _signal_dict(traps))

    # Attributes, validated as CPython validates them.

    def _get_prec(self):
        return self._prec

    def _set_prec(self, value):
        value = _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        object.__setattr__(self, '_prec', value)
        object.__setattr__(self, '_fast', None)

    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        object.__setattr__(self, '_rounding', value)
        object.__setattr__(self, '_fast', None)

    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, value):
        value = _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        object.__setattr__(self, '_Emin', value)
        object.__setattr__(self, '_fast', None)

    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, value):
        value = _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, '_Emax', value)
        object.__setattr__(self, '_fast', None)

    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        object.__setattr__(self, '_capitals', value)

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clampv

    def _set_clamp(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        object.__setattr__(self, '_clampv', value)
        object.__setattr__(self, '_fast', None)

    clamp = property(_get_clamp, _set_clamp)

    def _get_flags(self):
        return self._flags

    def _set_flags(self, value):
        if not isinstance(value, (_SignalDict, dict)):
            raise TypeError("argument must be a signal dict")
        object.__setattr__(self, '_flags', _signal_dict(value))

    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return self._traps

    def _set_traps(self, value):
        if not isinstance(value, (_SignalDict, dict)):
            raise TypeError("argument must be a signal dict")
        object.__setattr__(self, '_traps', _signal_dict(value))

    traps = property(_get_traps, _set_traps)

    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                    'flags', 'traps'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    # Plumbing for the operations.

    def _t(self):
        return (self._prec, self._rounding, self._Emin, self._Emax, self._clampv)

    def _signal(self, bits):
        # Sets the flags of the conditions in bits, then raises the first
        # trapped signal, naming every trapped condition that occurred.
        entry = _DECODED.get(bits)
        if entry is None:
            entry = _decode(bits)
        flags = self._flags._d
        traps = self._traps._d
        trapped = False
        for s in entry[0]:
            flags[s] = True
            if traps[s]:
                trapped = True
        if not trapped:
            return
        raised = entry[1]
        names = []
        first = None
        for s in _SIGNALS:
            if not traps[s] or s not in entry[0]:
                continue
            if first is None:
                first = s
            if s is InvalidOperation:
                names.extend(c for c in _INVALID_ORDER if c in raised)
            else:
                names.append(s)
        raise first(names)

    def _run(self, name, *args):
        r = _fast_run(name, self, args)
        if r is not None:
            return r
        r, f = _op(name, self._t(), *args)
        if f:
            self._signal(f)
        if type(r) is _CoreValue:
            return _new(r)
        return r

    def _apply(self, a):
        """a rounded to this context, as every arithmetic result is."""
        return self._run('finish', self._convert(a))

    def _convert(self, x):
        # An operand of a context method: a Decimal or an int.
        if isinstance(x, Decimal):
            return x._v
        if isinstance(x, int):
            return _from_int(x)
        raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)

    # Public methods.

    def copy(self):
        """A copy of this context, with copies of its flags and traps."""
        return Context(self._prec, self._rounding, self._Emin, self._Emax,
                       self._capitals, self._clampv, self._flags, self._traps)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clampv, self._flags._on_sorted(),
                          self._traps._on_sorted()))

    def __repr__(self):
        def names(d):
            return "[" + ", ".join(s.__name__ for s in d._on()) + "]"
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=%s, traps=%s)" % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clampv, names(self._flags),
                    names(self._traps)))

    def _raise_error(self, condition, explanation=None, *args):
        """Signal condition as an operation would: set its flag, raise it
        when trapped, else return the operation's default result (NaN for
        an invalid operation)."""
        sig = condition
        for _, s, c in _BITS:
            if c is condition:
                sig = s
                break
        if sig not in _SIGNALS:
            raise KeyError(_BAD_SIGNAL)
        self._flags._d[sig] = True
        if self._traps._d[sig]:
            raise sig(explanation)
        if sig is InvalidOperation:
            return _new(_core.parse("NaN")[0])
        return None

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_type_name(self), name))

    def clear_flags(self):
        """Lower every flag."""
        for s in _SIGNALS:
            self._flags._d[s] = False

    def clear_traps(self):
        """Stop trapping every signal."""
        for s in _SIGNALS:
            self._traps._d[s] = False

    def Etiny(self):
        """The smallest exponent of a subnormal number: Emin - prec + 1."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """The largest exponent a clamped number may have: Emax - prec + 1."""
        return self._Emax - self._prec + 1

    def radix(self):
        """Ten."""
        return Decimal(10)

    def create_decimal(self, num="0"):
        """A Decimal from num, rounded to this context; conversion errors
        are signalled here."""
        if isinstance(num, str):
            # Unlike Decimal(), no white space around or underscores.
            if num != num.strip() or '_' in num:
                f = 256
            else:
                v, f = _core.parse(num)
            if f:
                self._signal(f)
                return _new(_core.parse("NaN")[0])
        elif isinstance(num, float):
            self._signal(_FLOAT_BIT)
            v = _from_float(num)
        elif isinstance(num, (tuple, list)):
            v = _from_tuple(num)
        else:
            v = Decimal(num)._v
        r, f = _op('finish', self._t(), v)
        if _core.info(r)[0] >= 2 and _core.info(v)[0] >= 2 and \
                len(_core.as_tuple(v)[1]) > self._prec - self._clampv:
            # A NaN payload longer than the precision is an error here.
            self._signal(256)
            return _new(_core.parse("NaN")[0])
        if f:
            self._signal(f)
        return _new(r)

    def create_decimal_from_float(self, f):
        """The value of the float f, rounded to this context."""
        if isinstance(f, int):
            v = _from_int(f)
        elif isinstance(f, float):
            v = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return self._run('finish', v)

    def abs(self, a):
        return self._run('abs', self._convert(a))

    def add(self, a, b):
        return self._run('add', self._convert(a), self._convert(b))

    def subtract(self, a, b):
        return self._run('sub', self._convert(a), self._convert(b))

    def multiply(self, a, b):
        return self._run('mul', self._convert(a), self._convert(b))

    def divide(self, a, b):
        return self._run('div', self._convert(a), self._convert(b))

    def divide_int(self, a, b):
        return self._run('divint', self._convert(a), self._convert(b))

    def remainder(self, a, b):
        return self._run('rem', self._convert(a), self._convert(b))

    def remainder_near(self, a, b):
        return self._run('remnear', self._convert(a), self._convert(b))

    def divmod(self, a, b):
        return _divmod(self, self._convert(a), self._convert(b))

    def power(self, a, b, modulo=None):
        if modulo is None:
            return self._run('pow', self._convert(a), self._convert(b))
        return self._run('powmod', self._convert(a), self._convert(b),
                           self._convert(modulo))

    def fma(self, a, b, c):
        return self._run('fma', self._convert(a), self._convert(b), self._convert(c))

    def plus(self, a):
        return self._run('plus', self._convert(a))

    def minus(self, a):
        return self._run('minus', self._convert(a))

    def sqrt(self, a):
        return self._run('sqrt', self._convert(a))

    def exp(self, a):
        return self._run('exp', self._convert(a))

    def ln(self, a):
        return self._run('ln', self._convert(a))

    def log10(self, a):
        return self._run('log10', self._convert(a))

    def logb(self, a):
        return self._run('logb', self._convert(a))

    def scaleb(self, a, b):
        return self._run('scaleb', self._convert(a), self._convert(b))

    def shift(self, a, b):
        return self._run('shift', self._convert(a), self._convert(b))

    def rotate(self, a, b):
        return self._run('rotate', self._convert(a), self._convert(b))

    def logical_and(self, a, b):
        return self._run('and', self._convert(a), self._convert(b))

    def logical_or(self, a, b):
        return self._run('or', self._convert(a), self._convert(b))

    def logical_xor(self, a, b):
        return self._run('xor', self._convert(a), self._convert(b))

    def logical_invert(self, a):
        return self._run('invert', self._convert(a))

    def max(self, a, b):
        return self._run('max', self._convert(a), self._convert(b))

    def min(self, a, b):
        return self._run('min', self._convert(a), self._convert(b))

    def max_mag(self, a, b):
        return self._run('max_mag', self._convert(a), self._convert(b))

    def min_mag(self, a, b):
        return self._run('min_mag', self._convert(a), self._convert(b))

    def next_plus(self, a):
        return self._run('next_plus', self._convert(a))

    def next_minus(self, a):
        return self._run('next_minus', self._convert(a))

    def next_toward(self, a, b):
        return self._run('next_toward', self._convert(a), self._convert(b))

    def normalize(self, a):
        return self._run('reduce', self._convert(a))

    def quantize(self, a, b):
        return self._run('quantize', self._convert(a), self._convert(b))

    def to_integral_value(self, a):
        return self._run('to_integral', self._convert(a))

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._run('to_integral_exact', self._convert(a))

    def compare(self, a, b):
        return self._run('compare', self._convert(a), self._convert(b))

    def compare_signal(self, a, b):
        return self._run('compare_signal', self._convert(a), self._convert(b))

    def compare_total(self, a, b):
        return _new(_core.from_int(_core.compare(self._convert(a), self._convert(b), 1, 0)))

    def compare_total_mag(self, a, b):
        return _new(_core.from_int(_core.compare(self._convert(a), self._convert(b), 1, 1)))

    def number_class(self, a):
        return self._run('number_class', self._convert(a))

    def is_normal(self, a):
        return self._run('is_normal', self._convert(a))

    def is_subnormal(self, a):
        return self._run('is_subnormal', self._convert(a))

    def _dec(self, a):
        return _new(self._convert(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def copy_abs(self, a):
        return self._dec(a).copy_abs()

    def copy_negate(self, a):
        return self._dec(a).copy_negate()

    def copy_sign(self, a, b):
        return self._dec(a).copy_sign(self._dec(b))

    def copy_decimal(self, a):
        return self._dec(a)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return self._dec(a).is_finite()

    def is_infinite(self, a):
        return self._dec(a).is_infinite()

    def is_nan(self, a):
        return self._dec(a).is_nan()

    def is_qnan(self, a):
        return self._dec(a).is_qnan()

    def is_snan(self, a):
        return self._dec(a).is_snan()

    def is_signed(self, a):
        return self._dec(a).is_signed()

    def is_zero(self, a):
        return self._dec(a).is_zero()

    def same_quantum(self, a, b):
        return self._dec(a).same_quantum(self._dec(b))

    def to_sci_string(self, a):
        return _core.sci(self._convert(a), self._capitals, 0)

    def to_eng_string(self, a):
        return _core.sci(self._convert(a), self._capitals, 1)


def _on_sorted(self):
    return [s for s in _SIGNALS if self._d[s]]


_SignalDict._on_sorted = _on_sorted


# What each combination of condition bits means: the signals whose flags
# it sets and the condition classes a trap message may name.
_DECODED = {}


def _decode(bits):
    sigs = []
    conds = []
    if bits & _FLOAT_BIT:
        sigs.append(FloatOperation)
        conds.append(FloatOperation)
    for bit, sig, cond in _BITS:
        if bits & bit:
            if sig not in sigs:
                sigs.append(sig)
            if cond not in conds:
                conds.append(cond)
    entry = (tuple(sigs), tuple(conds))
    _DECODED[bits] = entry
    return entry


def _divmod(ctx, a, b):
    q, f1 = _op('divint', ctx._t(), a, b)
    r, f2 = _op('rem', ctx._t(), a, b)
    f = f1 | f2
    if f:
        ctx._signal(f)
    return (_new(q), _new(r))


# The current context of each thread.

_contexts = {}


def getcontext():
    """The current thread's context."""
    ident = _get_ident()
    c = _contexts.get(ident)
    if c is None:
        c = DefaultContext.copy()
        _contexts[ident] = c
        _fast_forget()
    return c


def setcontext(context):
    """Make context the current thread's context (a copy, with flags
    cleared, when it is one of the module's template contexts)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _contexts[_get_ident()] = context
    _fast_forget()


class _ContextManager(object):
    """What localcontext() returns: a with-statement that runs its block
    under a copy of a context and restores the previous one after."""

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


_ContextManager.__module__ = 'decimal'
_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'


def localcontext(ctx=None):
    """A context manager for a copy of ctx (default: the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    return _ContextManager(ctx)


# Decimal.

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
DecimalTuple.__module__ = 'decimal'

# _new(v), a Decimal of the Value v, and _wrap(cls, v), an instance of
# cls (Decimal or a class derived from it) holding v: Go functions that
# come with Decimal's Go type (see the end of the class's definition).


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    ds = []
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        ds.append("0123456789"[d])
    s = "".join(ds).lstrip("0")
    if exp == 'F':
        s = ""
    return _core.from_parts(sign, s, exp)


def _type_name(x):
    # How an attribute error names x's class: the C type's dotted name
    # for the module's own classes.
    t = type(x)
    if t is Decimal or t is Context:
        return 'decimal.' + t.__name__
    return t.__name__


def _exact(v, context):
    # v, when its exponent lies in the range the exact constructor holds
    # (that of a context with the largest limits); else InvalidOperation.
    form, _, _, adjusted, exp, _ = _core.info(v)
    if form == 0 and (adjusted > MAX_EMAX or exp < MIN_ETINY):
        _ctx(context)._signal(2)
        return _core.parse("NaN")[0]
    return v


def _other(x):
    # The Value of an arithmetic operand, or None.
    if isinstance(x, Decimal):
        return x._v
    if isinstance(x, int):
        return _from_int(x)
    return None


def _slow_binary(name, self, other, context, reflected):
    # The definition of the binary operators: _fast_binary computes the
    # common cases (Decimal or int operands, untrapped signals) in Go and
    # calls this for the rest.
    if not isinstance(self, Decimal):
        raise TypeError("descriptor '__%s%s__' requires a 'decimal.Decimal' object "
                        "but received a '%s'" % ('r' if reflected else '', _DUNDER[name],
                                                 type(self).__name__))
    o = _other(other)
    if o is None:
        return NotImplemented
    if reflected:
        return _ctx(context)._run(name, o, self._v)
    return _ctx(context)._run(name, self._v, o)


# The special method of each binary operation, without its underscores.
_DUNDER = {'add': 'add', 'sub': 'sub', 'mul': 'mul', 'div': 'truediv',
           'divint': 'floordiv', 'rem': 'mod'}


def _binary(name):
    # The operator's two slot methods; like CPython's C slot wrappers they
    # take exactly the other operand, under the current context.
    def op(self, other):
        return _fast_binary(name, self, other, None, False)

    def rop(self, other):
        return _fast_binary(name, self, other, None, True)
    op.__name__ = '__%s__' % _DUNDER[name]
    op.__qualname__ = 'Decimal.' + op.__name__
    rop.__name__ = '__r%s__' % _DUNDER[name]
    rop.__qualname__ = 'Decimal.' + rop.__name__
    return op, rop


def _descr_check(self, name):
    # What CPython's C methods raise when called on another type through
    # the class (Decimal.sqrt(1)).
    if not isinstance(self, Decimal):
        raise TypeError("descriptor '%s' requires a 'decimal.Decimal' object "
                        "but received a '%s'" % (name, type(self).__name__))


# The default of a required argument that CPython's argument parser
# names when it is missing.
_NOARG = object()


def _required(name, pos):
    raise TypeError("Required argument '%s' (pos %d) not found" % (name, pos))


def _operand(x):
    # The second operand of a Decimal method: a Decimal or an int.
    if isinstance(x, Decimal):
        return x._v
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _method(name, doc, pyname):
    def unary(self, context=None):
        r = _fast_method(name, self, None, context, None)
        if r is not None:
            return r
        _descr_check(self, pyname)
        return _ctx(context)._run(name, self._v)
    unary.__name__ = pyname
    unary.__qualname__ = 'Decimal.' + pyname
    unary.__doc__ = doc
    return unary


def _method2(name, doc, pyname):
    def binary(self, other=_NOARG, context=None):
        r = _fast_method(name, self, other, context, None)
        if r is not None:
            return r
        _descr_check(self, pyname)
        if other is _NOARG:
            _required('other', 1)
        return _ctx(context)._run(name, self._v, _operand(other))
    binary.__name__ = pyname
    binary.__qualname__ = 'Decimal.' + pyname
    binary.__doc__ = doc
    return binary


class Decimal(object):
    """Decimal(value="0", context=None): an exact decimal number.

    value may be a numeric string (white space and underscores allowed,
    plus Infinity, NaN and sNaN with an optional payload), an int, a float
    (converted exactly), a (sign, digits, exponent) tuple, or a Decimal.
    The context only decides how an invalid string is signalled.
    """

    __slots__ = ('_v',)

    def __new__(cls, value="0", context=None):
        self = _fast_new(cls, value, context)
        if self is not None:
            return self
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, str):
            v, f = _core.parse(value)
            if f:
                _ctx(context)._signal(f)
                v = _core.parse("NaN")[0]
            v = _exact(v, context)
        elif isinstance(value, int):
            v = _from_int(value)
        elif isinstance(value, Decimal):
            v = value._v
        elif isinstance(value, float):
            _ctx(context)._signal(_FLOAT_BIT)
            v = _from_float(value)
        elif isinstance(value, (tuple, list)):
            v = _exact(_from_tuple(value), context)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        return _wrap(cls, v)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            v = _from_int(f)
        elif isinstance(f, float):
            v = _from_float(f)
        else:
            raise TypeError("argument must be int of float")
        if cls is Decimal:
            return _new(v)
        return cls(_new(v))

    # Conversions to strings.

    def __repr__(self):
        r = _fast_text(self, True)
        if r is not None:
            return r
        _descr_check(self, '__repr__')
        return "Decimal('" + _core.sci(self._v, getcontext()._capitals, 0) + "')"

    def __str__(self):
        r = _fast_text(self, False)
        if r is not None:
            return r
        _descr_check(self, '__str__')
        return _core.sci(self._v, getcontext()._capitals, 0)

    def to_eng_string(self, context=None):
        """The value in engineering notation (exponents multiples of 3)."""
        return _core.sci(self._v, _ctx(context)._capitals, 1)

    def __format__(self, spec, *override, _localeconv=None):
        if len(override) > 1:
            raise TypeError("function takes at most 2 arguments (%d given)"
                            % (len(override) + 1))
        if override:
            _localeconv = override[0]
        if not isinstance(spec, str):
            raise TypeError("format arg must be str")
        if _localeconv is None:
            return _core.format(self._v, spec, getcontext()._rounding)
        if not isinstance(_localeconv, dict):
            raise TypeError("optional argument must be a dict")
        dot = _localeconv.get('decimal_point')
        sep = _localeconv.get('thousands_sep')
        grouping = _localeconv.get('grouping')
        for x in (dot, sep):
            if x is not None and not isinstance(x, str):
                raise TypeError("bad argument type for built-in operation")
        if isinstance(grouping, str):
            grouping = tuple(ord(c) for c in grouping)
        elif isinstance(grouping, (list, tuple)):
            grouping = tuple(grouping)
        elif grouping is not None:
            raise TypeError("bad argument type for built-in operation")
        loc = (dot, sep, grouping)
        return _core.format(self._v, spec, getcontext()._rounding, loc)

    # Conversions to other numbers.

    def _integral_check(self, what):
        form = _core.info(self._v)[0]
        if form >= 2:
            raise ValueError("cannot convert NaN to " + what)
        if form == 1:
            raise OverflowError("cannot convert Infinity to " + what)

    def __int__(self):
        self._integral_check("integer")
        return _core.to_int(self._v)

    __trunc__ = __int__

    def __float__(self):
        if _core.info(self._v)[0] == 2:
            raise ValueError("cannot convert signaling NaN to float")
        return _core.to_float(self._v)

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return not _core.info(self._v)[2]

    def _rounded_int(self, rounding):
        self._integral_check("integer")
        ctx = getcontext()
        r, f = _op('to_integral', ctx._t(), self._v, rounding)
        return _core.to_int(r)

    def __round__(self, n=None):
        if n is None:
            return self._rounded_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        if not -2**63 <= n < 2**63:
            raise OverflowError("Python int too large to convert to C ssize_t")
        q = _core.from_parts(0, "1", max(-2**62, min(-n, 2**62)))
        return getcontext()._run('quantize', self._v, q)

    def __floor__(self):
        return self._rounded_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._rounded_int(ROUND_CEILING)

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        sign, ds, exp = _core.as_tuple(self._v)
        return DecimalTuple(sign, tuple(int(c) for c in ds), exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms, denominator positive."""
        self._integral_check("integer ratio")
        sign, ds, exp = _core.as_tuple(self._v)
        n = int(ds)
        if exp >= 0:
            n = n * 10 ** exp
            d = 1
        else:
            d = 10 ** -exp
            g = _gcd(n, d)
            n //= g
            d //= g
        if sign:
            n = -n
        return (n, d)

    # Hashing and comparison.

    def __hash__(self):
        r = _fast_hash(self)
        if r is not None:
            return r
        _descr_check(self, '__hash__')
        form = _core.info(self._v)[0]
        if form == 2:
            raise TypeError("Cannot hash a signaling NaN value")
        if form == 3:
            return 0
        return _core.hash(self._v)

    def _cmp_value(self, other, equality):
        # other as a Value for comparing, NotImplemented, or a pair
        # (scaled self, scaled other) for a rational.
        if isinstance(other, Decimal):
            return other._v
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            getcontext()._signal_float(equality)
            return _from_float(other)
        if equality and isinstance(other, complex) and other.imag == 0:
            getcontext()._signal_float(equality)
            return _from_float(other.real)
        if isinstance(other, _numbers.Rational) and not isinstance(other, bool):
            return ('ratio', other)
        return NotImplemented

    def _compare(self, other, equality, sym):
        o = self._cmp_value(other, equality)
        if o is NotImplemented:
            return o
        a = self._v
        if type(o) is tuple:
            r = other
            a = _op('mul', _EXACT, a, _from_int(r.denominator))[0]
            o = _from_int(r.numerator)
        k = _core.compare(a, o, 0, 0)
        if k is None:
            fa = _core.info(a)[0]
            fo = _core.info(o)[0]
            if not equality or fa == 2 or fo == 2:
                getcontext()._signal(2)
        return k

    def __eq__(self, other):
        r = _fast_cmp(self, other, 2)
        if r is not None:
            return r
        _descr_check(self, '__eq__')
        k = self._compare(other, True, '==')
        if k is NotImplemented:
            return k
        return k == 0

    def __ne__(self, other):
        r = _fast_cmp(self, other, 3)
        if r is not None:
            return r
        _descr_check(self, '__ne__')
        k = self._compare(other, True, '!=')
        if k is NotImplemented:
            return k
        return k != 0

    def _order(self, other, sym, test):
        k = self._compare(other, False, sym)
        if k is NotImplemented:
            return k
        if k is None:
            return False
        return test(k)

    def __lt__(self, other):
        r = _fast_cmp(self, other, 0)
        if r is not None:
            return r
        _descr_check(self, '__lt__')
        return self._order(other, '<', lambda k: k < 0)

    def __le__(self, other):
        r = _fast_cmp(self, other, 1)
        if r is not None:
            return r
        _descr_check(self, '__le__')
        return self._order(other, '<=', lambda k: k <= 0)

    def __gt__(self, other):
        r = _fast_cmp(self, other, 4)
        if r is not None:
            return r
        _descr_check(self, '__gt__')
        return self._order(other, '>', lambda k: k > 0)

    def __ge__(self, other):
        r = _fast_cmp(self, other, 5)
        if r is not None:
            return r
        _descr_check(self, '__ge__')
        return self._order(other, '>=', lambda k: k >= 0)

    # Arithmetic.

    __add__, __radd__ = _binary('add')
    __sub__, __rsub__ = _binary('sub')
    __mul__, __rmul__ = _binary('mul')
    __truediv__, __rtruediv__ = _binary('div')
    __floordiv__, __rfloordiv__ = _binary('divint')
    __mod__, __rmod__ = _binary('rem')

    def __divmod__(self, other, context=None):
        o = _other(other)
        if o is None:
            return NotImplemented
        return _divmod(_ctx(context), self._v, o)

    def __rdivmod__(self, other, context=None):
        o = _other(other)
        if o is None:
            return NotImplemented
        return _divmod(_ctx(context), o, self._v)

    def __pow__(self, other, modulo=None, context=None):
        o = _other(other)
        if o is None:
            return NotImplemented
        if modulo is None:
            return _ctx(context)._run('pow', self._v, o)
        m = _other(modulo)
        if m is None:
            return NotImplemented
        return _ctx(context)._run('powmod', self._v, o, m)

    def __rpow__(self, other, context=None):
        o = _other(other)
        if o is None:
            return NotImplemented
        return _ctx(context)._run('pow', o, self._v)

    def __neg__(self):
        r = _fast_method('minus', self, None, None, None)
        if r is not None:
            return r
        _descr_check(self, '__neg__')
        return getcontext()._run('minus', self._v)

    def __pos__(self):
        r = _fast_method('plus', self, None, None, None)
        if r is not None:
            return r
        _descr_check(self, '__pos__')
        return getcontext()._run('plus', self._v)

    def __abs__(self):
        r = _fast_method('abs', self, None, None, None)
        if r is not None:
            return r
        _descr_check(self, '__abs__')
        return getcontext()._run('abs', self._v)

    # The pure-Python implementation's view of a number: its sign, its
    # digits as a str and its exponent ('n', 'N' or 'F' for the specials).

    @property
    def _sign(self):
        return _core.as_tuple(self._v)[0]

    @property
    def _int(self):
        t = _core.as_tuple(self._v)
        return t[1] if t[2] != 'F' else '0'

    @property
    def _exp(self):
        return _core.as_tuple(self._v)[2]

    @property
    def _is_special(self):
        return _core.info(self._v)[0] != 0

    def _rescale(self, exp, rounding):
        """This number with exponent exp, digits rounded off or zeros
        added as needed; specials come back unchanged."""
        if _core.info(self._v)[0] != 0:
            return _new(self._v)
        q = _core.from_parts(0, "1", exp)
        t = (MAX_PREC, rounding, MIN_EMIN, MAX_EMAX, 0)
        return _new(_op('quantize', t, self._v, q)[0])

    def _round(self, places, rounding):
        """This number rounded to places significant digits."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        form, _, zero = _core.info(self._v)[:3]
        if form != 0 or zero:
            return _new(self._v)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_type_name(self), name))

    # Copying and pickling.

    def __reduce__(self):
        return (type(self), (str(self),))

    def __sizeof__(self):
        # As CPython's C decimal on a 64-bit machine (see _core.size).
        return _core.size(self._v, type(self) is not Decimal)

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # Numeric attributes.

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        """The number itself."""
        return self

    def radix(self):
        """Ten, the base of the arithmetic."""
        return Decimal(10)

    def canonical(self):
        """The number itself: every Decimal is canonical."""
        return self

    def is_canonical(self):
        """True."""
        return True

    def adjusted(self):
        """The exponent of the most significant digit (0 if not finite)."""
        i = _core.info(self._v)
        return i[3] if i[0] == 0 else 0

    # Predicates.

    def is_finite(self):
        """Whether the number is neither infinite nor a NaN."""
        return _core.info(self._v)[0] == 0

    def is_infinite(self):
        """Whether the number is an infinity."""
        return _core.info(self._v)[0] == 1

    def is_nan(self):
        """Whether the number is a quiet or signalling NaN."""
        return _core.info(self._v)[0] >= 2

    def is_qnan(self):
        """Whether the number is a quiet NaN."""
        return _core.info(self._v)[0] == 3

    def is_snan(self):
        """Whether the number is a signalling NaN."""
        return _core.info(self._v)[0] == 2

    def is_signed(self):
        """Whether the sign is negative (for zeros and NaNs too)."""
        return _core.info(self._v)[1]

    def is_zero(self):
        """Whether the number is a zero of either sign."""
        return _core.info(self._v)[2]

    def is_normal(self, context=None):
        """Whether the number is finite, nonzero and not subnormal."""
        return _ctx(context)._run('is_normal', self._v)

    def is_subnormal(self, context=None):
        """Whether the number is nonzero with adjusted exponent below Emin."""
        return _ctx(context)._run('is_subnormal', self._v)

    def number_class(self, context=None):
        """The class of the number, such as '+Normal' or '-Zero'."""
        return _ctx(context)._run('number_class', self._v)

    # Sign manipulation (exact, no context).

    def copy_abs(self):
        """The number with a positive sign."""
        s, ds, e = _core.as_tuple(self._v)
        return _new(_core.from_parts(0, ds, e))

    def copy_negate(self):
        """The number with the opposite sign."""
        s, ds, e = _core.as_tuple(self._v)
        return _new(_core.from_parts(1 - s, ds, e))

    def copy_sign(self, other, context=None):
        """The number with the sign of other."""
        o = _operand(other)
        s, ds, e = _core.as_tuple(self._v)
        return _new(_core.from_parts(_core.as_tuple(o)[0], ds, e))

    def same_quantum(self, other, context=None):
        """Whether the two numbers have the same exponent."""
        a = _core.info(self._v)
        b = _core.info(_operand(other))
        if a[0] >= 2 or b[0] >= 2:
            return a[0] >= 2 and b[0] >= 2
        if a[0] == 1 or b[0] == 1:
            return a[0] == b[0]
        return a[4] == b[4]

    def compare_total(self, other, context=None):
        """-1, 0 or 1 from the total order, as a Decimal."""
        return _new(_core.from_int(_core.compare(self._v, _operand(other), 1, 0)))

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        return _new(_core.from_int(_core.compare(self._v, _operand(other), 1, 1)))

    def fma(self, other=_NOARG, third=_NOARG, context=None):
        """self*other + third with only one rounding."""
        _descr_check(self, 'fma')
        if other is _NOARG:
            _required('other', 1)
        if third is _NOARG:
            _required('third', 2)
        return _ctx(context)._run('fma', self._v, _operand(other), _operand(third))

    def quantize(self, exp=_NOARG, rounding=None, context=None):
        """The number rounded to the exponent of exp."""
        r = _fast_method('quantize', self, exp, context, rounding)
        if r is not None:
            return r
        _descr_check(self, 'quantize')
        if exp is _NOARG:
            _required('exp', 1)
        ctx = _ctx(context)
        if rounding is None:
            return ctx._run('quantize', self._v, _operand(exp))
        ctx._set_rounding_check(rounding)
        return ctx._run('quantize', self._v, _operand(exp), rounding)

    def to_integral_value(self, rounding=None, context=None):
        """The number rounded to an integer, signalling nothing but NaNs."""
        r = _fast_method('to_integral', self, None, context, rounding)
        if r is not None:
            return r
        _descr_check(self, 'to_integral_value')
        ctx = _ctx(context)
        if rounding is None:
            return ctx._run('to_integral', self._v)
        ctx._set_rounding_check(rounding)
        return ctx._run('to_integral', self._v, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """The number rounded to an integer, signalling Inexact and Rounded."""
        r = _fast_method('to_integral_exact', self, None, context, rounding)
        if r is not None:
            return r
        _descr_check(self, 'to_integral_exact')
        ctx = _ctx(context)
        if rounding is None:
            return ctx._run('to_integral_exact', self._v)
        ctx._set_rounding_check(rounding)
        return ctx._run('to_integral_exact', self._v, rounding)

    exp = _method('exp', "e raised to the number, correctly rounded.", 'exp')
    ln = _method('ln', "The natural logarithm, correctly rounded.", 'ln')
    log10 = _method('log10', "The base-ten logarithm, correctly rounded.", 'log10')
    logb = _method('logb', "The adjusted exponent as a Decimal.", 'logb')
    sqrt = _method('sqrt', "The square root, correctly rounded.", 'sqrt')
    normalize = _method('reduce', "The number rounded and stripped of trailing zeros.", 'normalize')
    next_plus = _method('next_plus', "The next representable number up.", 'next_plus')
    next_minus = _method('next_minus', "The next representable number down.", 'next_minus')
    logical_invert = _method('invert', "Each binary digit inverted.", 'logical_invert')
    compare = _method2('compare', "-1, 0 or 1 as a Decimal; NaN if either is a NaN.", 'compare')
    compare_signal = _method2('compare_signal', "compare, signalling for any NaN.", 'compare_signal')
    max = _method2('max', "The larger of the two; a quiet NaN loses to a number.", 'max')
    min = _method2('min', "The smaller of the two; a quiet NaN loses to a number.", 'min')
    max_mag = _method2('max_mag', "max by absolute value.", 'max_mag')
    min_mag = _method2('min_mag', "min by absolute value.", 'min_mag')
    next_toward = _method2('next_toward', "The next number toward the other.", 'next_toward')
    remainder_near = _method2('remnear', "self - other*n, n the nearest integer to self/other.", 'remainder_near')
    rotate = _method2('rotate', "The coefficient's digits rotated by other places.", 'rotate')
    shift = _method2('shift', "The coefficient's digits shifted by other places.", 'shift')
    scaleb = _method2('scaleb', "The number with other added to its exponent.", 'scaleb')
    logical_and = _method2('and', "Digit-wise and of two binary-digit numbers.", 'logical_and')
    logical_or = _method2('or', "Digit-wise or of two binary-digit numbers.", 'logical_or')
    logical_xor = _method2('xor', "Digit-wise exclusive or of two binary-digit numbers.", 'logical_xor')


def _set_rounding_check(self, rounding):
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n"
                        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                        "   ROUND_05UP]")


def _signal_float(self, equality):
    # A float met a Decimal in a comparison: equality only sets the flag.
    if equality:
        self._flags._d[FloatOperation] = True
    else:
        self._signal(_FLOAT_BIT)


Context._set_rounding_check = _set_rounding_check
Context._signal_float = _signal_float


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


# The Go fast paths of the operators and the constructor (see _slow_binary
# and Decimal.__new__); getcontext's dict is shared with them when it is
# keyed by _thread.get_ident, as theirs is.
(_fast_binary, _fast_new, _fast_method, _fast_cmp, _fast_text, _fast_hash,
 _fast_run, _accel, _gotype, _fast_forget) = _core.make_fast(
    Decimal, Context, getcontext, _contexts if _THREAD_IDENTS else None,
    _slow_binary, _BITS)


def _accelerate():
    # Decimal's operators and hot methods become Go methods that run the
    # fast paths above without a Python frame; each calls the Python
    # definition it replaces for every shape the fast path leaves.
    d = Decimal.__dict__
    table = [(n, 'binary', (op, False)) for n, op in (
        ('__add__', 'add'), ('__sub__', 'sub'), ('__mul__', 'mul'),
        ('__truediv__', 'div'), ('__floordiv__', 'divint'), ('__mod__', 'rem'))]
    table += [('__r' + n[2:], 'binary', (op, True)) for n, _, (op, _) in table]
    table += [(n, 'cmp', code) for code, n in enumerate(
        ('__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'))]
    # (__repr__ and __str__ stay Python functions: repr() of an instance
    # of a derived class looks for a Python __repr__ on the class.)
    table += [('__hash__', 'hash', None),
              ('__neg__', 'method', ('minus', ())),
              ('__pos__', 'method', ('plus', ())),
              ('__abs__', 'method', ('abs', ())),
              ('quantize', 'method', ('quantize', ('exp', 'rounding', 'context'))),
              ('to_integral_value', 'method', ('to_integral', ('rounding', 'context'))),
              ('to_integral_exact', 'method', ('to_integral_exact', ('rounding', 'context')))]
    for n, op in (('exp', 'exp'), ('ln', 'ln'), ('log10', 'log10'),
                  ('logb', 'logb'), ('sqrt', 'sqrt'), ('normalize', 'reduce'),
                  ('next_plus', 'next_plus'), ('next_minus', 'next_minus'),
                  ('logical_invert', 'invert')):
        table.append((n, 'method', (op, ('context',))))
    for n, op in (('compare', 'compare'), ('compare_signal', 'compare_signal'),
                  ('max', 'max'), ('min', 'min'), ('max_mag', 'max_mag'),
                  ('min_mag', 'min_mag'), ('next_toward', 'next_toward'),
                  ('remainder_near', 'remnear'), ('rotate', 'rotate'),
                  ('shift', 'shift'), ('scaleb', 'scaleb'),
                  ('logical_and', 'and'), ('logical_or', 'or'),
                  ('logical_xor', 'xor')):
        table.append((n, 'method', (op, ('other', 'context'))))
    for n, kind, spec in table:
        setattr(Decimal, n, _accel(kind, spec, d[n]))
    Decimal.to_integral = Decimal.__dict__['to_integral_value']


_accelerate()
del _accelerate
# Decimal becomes a Go type with the class's dict (whose instances hold
# their Value in Go, as CPython's C decimal is a C type), made by the Go
# module with the functions that make its instances.
Decimal, _new, _wrap = _gotype(Decimal)
_numbers.Number.register(Decimal)
# Operator messages name these as CPython's C module names its types.
_core.set_type_name(Decimal, 'decimal.Decimal')
_core.set_type_name(Context, 'decimal.Context')

_EXACT = (MAX_PREC, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX, 0)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999,
                       Emax=999999, capitals=1, clamp=0,
                       traps=[Clamped, DivisionByZero, InvalidOperation,
                              Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999,
                          Emax=999999, capitals=1, clamp=0, traps=[])
_default_ready = True
