# complex numbers have no floor division, modulo or divmod.
tries = [
    lambda: (1 + 1j) // 1,
    lambda: 2.0 // 1j,
    lambda: (1 + 1j) % 1,
    lambda: 1 % 1j,
    lambda: divmod(1 + 1j, 1 + 0j),
    lambda: divmod(1, 1j),
]
for t in tries:
    try:
        print(t())
    except TypeError as exc:
        print('TypeError:', exc)
x = 4j
try:
    x //= 2
except TypeError as exc:
    print('TypeError:', exc)
