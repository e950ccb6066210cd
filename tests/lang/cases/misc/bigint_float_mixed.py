big = 10 ** 1000
for op in ["big * 1.0", "1.0 * big", "big + 0.5", "big / 2.0", "big - 1.0", "2.0 ** big", "big // 1.5", "big % 2.5", "big < 1.0", "big / 3", "big == 1e308", "math.sqrt(big)", "divmod(big, 1.5)"]:
    try:
        import math
        r = eval(op)
        print(op, "->", r if not isinstance(r, int) else "int")
    except Exception as e:
        print(op, "!!", type(e).__name__, e)
print((2**60) * 1.5, 1.5 * 2**70, 2**70 / 2**3, 2**1023 * 1.0)
n = 2 ** 53 + 1
print(n == float(2 ** 53), n > float(2 ** 53), float(2 ** 53) < n, n != 2.0 ** 53)
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308, 10 ** 400 == float("nan"), 10 ** 400 != float("nan"))
print(sorted([2 ** 70, 1.5, -2 ** 80, 1e30, 3]))
print(max(2 ** 100, 1e30), min(-2 ** 100, -1e31))
print(2 ** 64 + 0.5, 0.5 - 2 ** 64, 2 ** 64 / 3.0, 2 ** 64 // 3.0, 2 ** 64 % 7.5, divmod(2 ** 64, 10.0))
