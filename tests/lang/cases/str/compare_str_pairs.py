# str against str by every comparison operator (the loop answers two
# str itself): code-point order across ASCII, Latin-1, the BMP, lone
# surrogates and astral characters; a str subclass's own comparison
# methods still run, and a str against another type still refuses or
# defers as 3.6 does.
import operator

samples = ["", "a", "b", "ab", "a\x00", "Z", "\xe9", "\xff", "\u0100",
           "\ud7ff", "\ud800", "\udfff", "\ue000", "\uffff", "\U00010000",
           "\U0010ffff", "HEAD", "head"]
ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt,
       operator.ge]
rows = []
for x in samples:
    row = []
    for y in samples:
        bits = 0
        for i, op in enumerate(ops):
            bits |= op(x, y) << i
        row.append(bits)
    rows.append(row)
print(rows)
print(sorted(samples) == sorted(samples, key=lambda s: [ord(c) for c in s]))


def loop(words):
    seen = []
    for w in words:
        seen.append((w < "m", w <= "m", w == "m", w != "m", w > "m",
                     w >= "m"))
    return seen


print(loop(["a", "m", "z", "\ud800"]))


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__repr__(self), repr(other))
        return True

    def __lt__(self, other):
        print("Loud.__lt__")
        return NotImplemented

    __hash__ = str.__hash__


print(Loud("x") == "y", "y" == Loud("x"))
try:
    print(Loud("x") < "y")
except TypeError as e:
    print("TypeError", e)
print("a" < Loud("b"))
for other in (1, b"a", None):
    print("a" == other, "a" != other)
    try:
        "a" < other
    except TypeError as e:
        print("TypeError", e)
