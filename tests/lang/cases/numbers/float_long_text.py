# float() and complex() of text with hundreds or thousands of digits are
# correctly rounded (CPython's test_strtod); Go's parser alone keeps 800.
zeros = "0" * 10000
print(float("1" + zeros + "e-10000"), float("0." + zeros + "1e10001"))
print(float("1" + "0" * 800 + "e-800"), float(b"1" + b"0" * 900 + b"e-900"))
print(float("  -2" + "0" * 1000 + "e-1000\n"), float("1_0" + "0" * 999 + "e-1000"))
print(float("9" * 900), float("-" + "9" * 400), float("0." + "9" * 900))
print(float("1" + "0" * 900 + "e-1500"), float("-0." + zeros))
half = "1.00000000000000011102230246251565404236316680908203125"
print(float(half + "0" * 1000) == 1.0, float(half + "0" * 1000 + "1") == 1.0000000000000002)
n, e = 17976931348623159077, 289
for j in (0, 300, 700, 900):
    s = "{}e{}".format(n * 10 ** j, e - j)
    print(j, float(s), float("{}e{}".format(17976931348623157 * 10 ** j + 1, 292 - j)))
print(complex("1" + "0" * 1000 + "e-1000+2" + "0" * 1000 + "e-1000j"))
class F(float):
    pass
print(type(F("3" + "0" * 900 + "e-900")).__name__, F("3" + "0" * 900 + "e-900"))
for bad in ("1" + zeros + "x", "1" + zeros + "e", "1" + zeros + "e+"):
    try:
        float(bad)
    except ValueError as exc:
        print("ValueError", str(exc)[:45])
# float() of a Decimal and json's numbers go through the same parsing.
from decimal import Decimal
import json
print(float(Decimal("1" + "0" * 1000 + "E-1000")), float(Decimal("1" + "0" * 800 + "E-800")),
      float(Decimal("1." + "0" * 900 + "1")), float(Decimal("-" + half + "0" * 900 + "1")))
print(json.loads("1" + "0" * 1000 + "e-1000"), json.loads("[0." + "0" * 900 + "1e901]"))
