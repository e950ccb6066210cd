# %-formatting of str and int without intermediate strings: widths,
# flags, signs, bases, non-ASCII text, long results, bytes, and the
# conversions that still go the general way.
for n in (0, 7, -7, 255, -255, 2 ** 40, -(2 ** 40), 2 ** 70, True):
    print("[%d|%5d|%-5d|%05d|%x|%X|%o|%8x|%-8X|%08o|%i|%u]" % ((n,) * 12))
    print("[%+d|% d|%#x|%#X|%#o|%.3d|%+06d|% 06d|%-+6d]" % ((n,) * 9))
for s in ("", "abc", "h\u00e9llo", "\u65e5\u672c", "x" * 300):
    out = "[%s|%5s|%-5s|%05s|%.2s|%-7.3s|%r]" % (s, s, s, s, s, s, s[:5])
    print(len(out), out[:80])
print("%*d|%-*d|%*s|%-*s" % (6, 42, 6, 42, -6, "ab", 4, "cd"))
print("%*d" % (-5, 3) + "|")
print("%c%c%%%s" % (65, "b", 3.5))
print("%s %s %s" % (1.5, None, [1, "a"]))
print("%(a)s-%(b)05d-%(a)x" % {"a": 255, "b": -3})
print("%d %x" % (3.0, 255.0) if False else "%d" % 3.9)
print(b"%d|%5d|%-5x|%05X|%s|%c" % (42, -42, 255, 255, b"raw", 65))
print(len("%s" * 200 % tuple(range(200))), ("%s," * 100 % tuple(range(100)))[-20:])


class S(str):
    def __str__(self):
        return "custom"


class I(int):
    def __repr__(self):
        return "I()"


print("%s|%5s|%d|%x|%r" % (S("plain"), S("x"), I(12), I(255), I(1)))
for bad in (("%d", "x"), ("%x", 1.5), ("%s %s", (1,)), ("%s", (1, 2)), ("%q", 1), ("%", ()), ("%(k)s", 1), ("%*d", ("a", 1))):
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
