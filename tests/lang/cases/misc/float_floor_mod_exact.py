inf, nan = float("inf"), float("nan")
print(18446744073709551616.0 % 7.5, divmod(18446744073709551616.0, 10.0), 1e20 % 3.0, -1e20 % 3.0)
print(5.5 % -2.0, -0.0 % 1.0, 0.0 % -1.0, 7.0 // 0.1, divmod(7.0, 0.1), 1e300 % 1e-300)
print(inf % 3.0, 3.0 % inf, -3.0 % inf, 3.0 % -inf, inf // 1.0, 1.0 // inf, -1.0 // inf)
print(divmod(-7.5, 2), divmod(7, -2.5), 7 % 2.5, -7 // 2.0, 2 ** 0.5 // 0.1, True % 0.75)
print(nan % 1.0, 1.0 % nan, divmod(1.0, nan))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    for f in (lambda: a % b, lambda: a // b, lambda: divmod(a, b)):
        try:
            f()
        except ZeroDivisionError as e:
            print(e)
