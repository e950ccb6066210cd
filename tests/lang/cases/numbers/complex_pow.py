# Powers with complex operands.
print(pow(1j, -1), 1j ** -1, (1 + 2j) ** 2, 1j ** 0, (2 + 0j) ** 0.5)
print(2 ** 1j, (1 + 1j) ** (2 + 0j), pow(2j, 3))
try:
    pow(1j, 2, 5)
except ValueError as exc:
    print('ValueError:', exc)
