# Argument errors of the remaining builtins and of a few classmethods.
from argcheck import t

for src in ["bytes.fromhex(1)", "str.join()", "int.from_bytes()", "dict.fromkeys()", "float.fromhex()",
            "object.__init__()", "iter(1, 2, 3)", "next()", "next(1, 2, 3)", "hash(1, 2)", "id(1, 2)",
            "len(1, 2)", "repr(1, 2)", "ascii(1, 2)", "abs(1, 2)", "chr()", "ord()", "zip(1, 2)", "map(len)",
            "filter(len)", "enumerate(1, 2, 3)", "enumerate(start=1)", "reversed(1, 2)", "range(1, 2, 3, 4)",
            "slice()", "isinstance(1, (int, 1))", "issubclass(1, (int,))", "hasattr(1)", "setattr(1, 'x')",
            "delattr(1)", "pow(1, 2, 3, 4)", "pow(base=1)", "sum()", "sum([], start=1)", "all()", "any(1, 2)",
            "callable(x=1)", "bin()", "oct(1, 2)", "hex(x=1)", "dir(1, 2)", "frozenset(x=1)", "set(x=1)",
            "list(x=1)", "tuple(x=1)", "dict(1, 2)", "complex(1, 2, 3)", "complex(real='1', imag=2)",
            "complex(bogus=1)", "object(x=1)", "type('a')"]:
    t(src)
