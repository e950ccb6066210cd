// Package pyrepr renders gpython's built-in values as CPython does.
//
// gpython's own repr differs from CPython's for several built-in values: a
// 1-tuple prints as "(x)", floats use Go's %g ("1e+300" is right but
// 1e16 prints as "10000000000000000.0" and -0.0 as "0.0"), inf and nan as
// "+Inf" and "NaN", an empty set as "{}", complex numbers always with a
// real part. Everything that prints goes through that repr, so the errors
// reach print(), str(), repr(), format() and nested containers.
//
// Repr and Str give CPython 3.6's text for str, bytes, bytearray, int,
// bool, None, float, complex, tuple, list, dict, set, frozenset,
// exceptions (3.6's repr keeps a 1-tuple's comma: ValueError('x',);
// KeyError's and OSError's str), classes and built-in functions,
// recursing through containers. The __repr__/__str__ a Python class
// defines, or inherits from another Python class, is called for its
// instances, exceptions included; any other object (a module type) is
// asked for its own __repr__/__str__, as CPython does for the members of
// a container. Str is also the traceback's last line (pyutil.StrHook).
//
// Two orders cannot be recovered: gpython's dict and set keep no insertion
// order, so dicts print with their keys sorted and sets in CPython's hash
// order for ints (sorted otherwise). modules/host installs Repr and Str as
// the builtins repr, ascii, str and print; modules/pprint builds on them.
package pyrepr
