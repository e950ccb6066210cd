# Zero raised to minus infinity is infinity; to a finite negative power it
# is an error.
inf = float('inf')
print(0.0 ** -inf, (-0.0) ** -inf, pow(0, -inf), 0.0 ** inf, pow(-0.0, inf))
for base, exp in ((0.0, -1), (0, -2.5), (-0.0, -1.0)):
    try:
        print(base ** exp)
    except ZeroDivisionError as exc:
        print('ZeroDivisionError:', exc)
