# int and float operands combine with complex on either side.
print(4 / 2j, 1.5 / 2j, True / 1j, 3 - 1j, 2 * (1 + 1j), 10 ** 1j == 10 ** (1j))
print(2 ** 1000 * 1j, 1j * 2 ** 1000)
try:
    2 ** 2000 * 1j
except OverflowError as exc:
    print('OverflowError:', exc)
acc = 1
acc /= 1j
print(acc)
