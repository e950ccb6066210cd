# Dividing by a complex or real zero is ZeroDivisionError.
for num, den in ((1j, 0), (1 + 1j, 0j), (2, 0j), (1j, 0.0), (0j, 0j), (1j, False)):
    try:
        print(num / den)
    except ZeroDivisionError as exc:
        print('ZeroDivisionError:', exc)
print(1j / 2, (1 + 1j) / 1j, 4 / 2j)
try:
    0j ** -1
except ZeroDivisionError as exc:
    print('ZeroDivisionError:', exc)
