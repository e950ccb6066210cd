# signal.sigtimedwait converts its timeout as CPython 3.6's time.sleep
# does: a float, else anything with __int__ (a Decimal, a class), with
# 3.6's messages for the rest.
import decimal
import signal


class ZeroInt:
    def __int__(self):
        return 0


class StrInt:
    def __int__(self):
        return "x"


cases = [
    ("0", 0), ("0.0", 0.0), ("-1", -1), ("-0.5", -0.5), ("True", True),
    ("Decimal('0.001')", decimal.Decimal("0.001")), ("ZeroInt()", ZeroInt()),
    ("StrInt()", StrInt()), ("'1'", "1"), ("1j", 1j), ("2**70", 2 ** 70),
    ("nan", float("nan")), ("inf", float("inf")), ("None", None), ("[1]", [1]),
]
for label, timeout in cases:
    try:
        print(label, "->", signal.sigtimedwait([signal.SIGUSR1], timeout))
    except Exception as e:
        print(label, type(e).__name__, e)
