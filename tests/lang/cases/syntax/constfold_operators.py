# Constant operands of unary and binary operators are computed when the
# code is compiled, as 3.6's peephole pass does, within its limits: the
# folded values are appended to co_consts.
sources = [
    "x = -5", "x = 2 ** 10", "x = 'ab' * 3", "x = (1 + 2, -3)", "x = 2 * 3 * 4",
    "x = 1 / 0", "x = 'a' * 20", "x = 'a' * 21", "x = (1,) * 21", "x = b'ab' * -1",
    "x = 2 ** 64", "x = 2 ** 65", "x = 10 ** 30", "x = (-2) ** 64", "x = 1 ** 1000",
    "x = 0 ** 1000", "x = 2 ** -3", "x = 1 << 127", "x = 3 << 127", "x = 1 << 129",
    "x = (2 ** 64) * (2 ** 63)", "x = (2 ** 64) * (2 ** 64)", "x = 1000 >> 3",
    "x = '%s' % 'a'", "x = b'%d' % 3", "x = 7 % 3", "x = 3.5 % 2", "x = 'abc'[1]",
    "x = (1, 2)[5]", "x = ~5, +True, -True", "x = 7 // 2 % 3 & 1 | 8 ^ 2",
    "x = 1j + 2", "x = 'a' + 'b' + y", "x = y + 'a' + 'b'", "x = -(1, 2)",
    "x = 3 in (1, 1 + 2)", "x = 'é' * 10 + 'x' * 10", "x = True << 127",
]
for src in sources:
    print(src, '->', compile(src, 'c', 'exec').co_consts)


def f():
    return -1, 2 ** 8, 'ab' * 2


print(f(), f.__code__.co_consts)
