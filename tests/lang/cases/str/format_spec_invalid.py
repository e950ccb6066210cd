# A spec with characters left after the type is "Invalid format specifier".
for value in (1, 1.5, 'text', 2 ** 70, True):
    for spec in ('ff', 'ddd', '5.5.5', 'zz', '.2fx'):
        try:
            format(value, spec)
        except ValueError as exc:
            print(type(value).__name__, repr(spec), exc)
try:
    '{:xx}'.format(3)
except ValueError as exc:
    print('str.format:', exc)
