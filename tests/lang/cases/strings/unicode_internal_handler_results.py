# The unicode_internal decoder with error handlers that replace the input
# they are shown, or answer something other than a (str, int) tuple.
import codecs
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def shrinking(exc):
    exc.object = b""
    return ("\u4242", 0)


def retyping(exc):
    exc.object = 42
    return ("\u4242", 0)


def answers(value):
    def handler(exc):
        return value
    return handler


codecs.register_error("test.shrinking", shrinking)
codecs.register_error("test.retyping", retyping)
print(ascii(b"\xff".decode("unicode-internal", "test.shrinking")))
print(ascii(b"ab\x00\x00\xff".decode("unicode-internal", "replace")))
for name, handler in [("retyping", retyping), ("none", answers(None)),
                      ("short", answers(("x",))), ("long", answers(("x", 1, 2))),
                      ("bytes", answers((b"x", 1))), ("float", answers(("x", 1.0)))]:
    codecs.register_error("test." + name, handler)
    try:
        b"\xff".decode("unicode-internal", "test." + name)
    except Exception as exc:
        print(name, type(exc).__name__, exc)
