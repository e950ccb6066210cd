# _string: the format-string parser that string.Formatter is built on.
import _string


def show(fn, arg):
    try:
        res = fn(arg)
        if isinstance(res, tuple):
            res = (res[0], list(res[1]))
        else:
            res = list(res)
        print(repr(arg), res)
    except Exception as exc:
        print(repr(arg), type(exc).__name__, exc)


for text in ["", "abc", "a{{b", "a}}b", "{", "}", "a{", "{0}", "{0!r}",
             "{0!r:>{1}}", "{!}", "{!r", "{0!rx}", "{0:", "{0:{", "{0:{}}x",
             "{[}", "{a[}]}", "{a[{]}", "{0!", "{0!}", "{:}", "x{}y{}", "{0.}",
             "{!:}", "{a{b}", "{0:}}", "{0]}", "\xe9{0}\xfc", "{a!r:x}z",
             "{ab!rs}", "{0:a{b:c}d}", "{0[x:y]!r}", "{0}}", "{0!\xe9}"]:
    show(_string.formatter_parser, text)

for name in ["", "0", "a", "a.b", "a[0]", "a[x].y[3]", "a.", "a[", "a[]",
             "a[0]x", "0.b[c]", "a..b", "00", "-1", "a[-1]",
             "99999999999999999999999", "a[99999999999999999999]", "[0]",
             ".a", "a[0][1]", "a[0.5]", "1e3", "\u0663", "a[\u0663]"]:
    show(_string.formatter_field_name_split, name)

for bad in [1, b"x", None]:
    show(_string.formatter_parser, bad)
    show(_string.formatter_field_name_split, bad)

# errors come as the iteration reaches them
parts = _string.formatter_parser("ab{0}}")
print(next(parts))
try:
    next(parts)
except ValueError as exc:
    print("ValueError", exc)
first, rest = _string.formatter_field_name_split("x[1]y")
print(first, next(rest))
try:
    next(rest)
except ValueError as exc:
    print("ValueError", exc)

it = _string.formatter_parser("a")
print(type(it).__name__, type(rest).__name__, iter(it) is it)
print(sorted(n for n in dir(_string) if not n.startswith("__")))
for call in [lambda: _string.formatter_parser(),
             lambda: _string.formatter_parser(s="x"),
             lambda: _string.formatter_parser("a", "b")]:
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)
