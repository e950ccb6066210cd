"""The numeric tower of PEP 3141 as abstract base classes."""

from abc import ABCMeta

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _required(name):
    # A placeholder that marks `name` as something a concrete class must
    # supply; reaching it through super() is a NotImplementedError.
    def placeholder(self, *args):
        raise NotImplementedError
    placeholder.__name__ = name
    placeholder.__isabstractmethod__ = True
    return placeholder


def _required_attr(name):
    # An abstract read-only attribute (a property over a placeholder).
    return property(_required(name))


def _tower_class(name, bases, doc, methods=(), attrs=(), mixins=None):
    # Builds one level of the tower with ABCMeta, so that the placeholders
    # become its __abstractmethods__ next to the inherited ones.
    body = {"__module__": __name__, "__doc__": doc, "__slots__": ()}
    for m in methods:
        body[m] = _required(m)
    for a in attrs:
        body[a] = _required_attr(a)
    for key, value in (mixins or {}).items():
        if hasattr(value, "__code__"):
            value.__name__ = key
        body[key] = value
    cls = ABCMeta(name, bases, body)
    for key, value in body.items():
        if hasattr(value, "__code__"):
            value.__qualname__ = name + "." + key
    return cls


# Binary operators come as pairs: the method and its reflected twin.
def _both(*names):
    out = []
    for n in names:
        out.append("__%s__" % n)
        out.append("__r%s__" % n)
    return out


Number = _tower_class(
    "Number", (),
    "The root of the numeric tower: isinstance(x, Number) tells whether x\n"
    "    is any kind of number.\n    ",
    mixins={"__hash__": None})


def _complex_bool(self):
    return self != 0


def _complex_sub(self, other):
    return self + -other


def _complex_rsub(self, other):
    return -self + other


Complex = _tower_class(
    "Complex", (Number,),
    "Numbers with the operations of the built-in complex type.",
    methods=["__complex__", "__neg__", "__pos__", "__abs__", "__eq__",
             "conjugate"] + _both("add", "mul", "truediv", "pow"),
    attrs=["real", "imag"],
    mixins={"__bool__": _complex_bool, "__sub__": _complex_sub,
            "__rsub__": _complex_rsub})
Complex.register(complex)


def _real_complex(self):
    return complex(float(self))


def _real_divmod(self, other):
    return (self // other, self % other)


def _real_rdivmod(self, other):
    return (other // self, other % self)


def _real_conjugate(self):
    return +self


def _real_real(self):
    return +self


def _real_imag(self):
    return 0


_real_real_doc = "A real number is its own real part."

Real = _tower_class(
    "Real", (Complex,),
    "Complex numbers that are ordered: float(), trunc(), floor(), ceil(),\n"
    "    round(), //, %, <, <= (and divmod() built on them).\n    ",
    methods=["__float__", "__trunc__", "__floor__", "__ceil__", "__round__",
             "__lt__", "__le__"] + _both("floordiv", "mod"),
    mixins={"__complex__": _real_complex, "__divmod__": _real_divmod,
            "__rdivmod__": _real_rdivmod, "conjugate": _real_conjugate,
            "real": property(_real_real, doc=_real_real_doc),
            "imag": property(_real_imag,
                             doc="The imaginary part of a real is 0.")})
Real.register(float)


def _rational_float(self):
    return self.numerator / self.denominator


Rational = _tower_class(
    "Rational", (Real,),
    "Real numbers that are fractions: numerator and denominator, kept in\n"
    "    lowest terms.",
    attrs=["numerator", "denominator"],
    mixins={"__float__": _rational_float})


def _integral_index(self):
    return int(self)


def _integral_float(self):
    return float(int(self))


def _integral_numerator(self):
    return +self


def _integral_denominator(self):
    return 1


Integral = _tower_class(
    "Integral", (Rational,),
    "Whole numbers: int() of them is exact, and they have the bitwise\n"
    "    operators (<<, >>, &, |, ^, ~).",
    methods=["__int__", "__invert__"]
    + _both("pow", "lshift", "rshift", "and", "xor", "or"),
    mixins={"__index__": _integral_index, "__float__": _integral_float,
            "numerator": property(_integral_numerator,
                                  doc="An integer is its own numerator."),
            "denominator": property(_integral_denominator,
                                    doc="An integer's denominator is 1.")})
Integral.register(int)

del _tower_class
