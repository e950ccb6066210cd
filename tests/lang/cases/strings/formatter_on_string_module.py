# string.Formatter over _string: parse(), get_field(), numbering of "{}"
# fields (a field numbered by hand stops it) and _vformat's protocol.
import string

F = string.Formatter()


class Keys:
    attr = 5

    def __getitem__(self, key):
        return repr(key)


for fmt, args, kwargs in [
        ("{}{0.real}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
        ("{a.attr[3]}", (), {"a": Keys()}), ("{0:{1:{2}}}", (3, 5, 1), {}),
        ("{0:{1:{2:{3}}}}", (3, 5, 1, 1), {}), ("{!r}", ("x",), {}),
        ("{0!z}", (1,), {}), ("{0[a]]}", (Keys(),), {}),
        ("{0[\u0663]}", (Keys(),), {}), ("{\u0663}", (0, 1, 2, 3), {}),
        ("{", (), {}), (5, (), {}), ("{:{}}", (3, 4), {}),
        ("{0:{}}", (3, 4), {}), ("{:{}}{}", (3, 4, 5), {})]:
    try:
        print(repr(fmt), repr(F.format(fmt, *args, **kwargs)))
    except Exception as exc:
        print(repr(fmt), type(exc).__name__, exc)

print(list(F.parse("a{0!r:x}b{{")))
print(F.get_field("0.imag", (3,), {}), F.get_field("k[1]", (), {"k": "xyz"}))
print(F._vformat("{}{}", (1, 2), {}, set(), 1))
try:
    F._vformat("{i}", (), {"i": 1}, set(), -1)
except ValueError as exc:
    print("ValueError", exc)


class Upper(string.Formatter):
    def parse(self, format_string):
        for literal, name, spec, conv in super().parse(format_string):
            yield literal.upper(), name, spec, conv


print(Upper().format("abc{0}def{x}", 1, x="y"))
