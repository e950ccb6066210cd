(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
[x, [y, z]] = "p", "qr"
print(x, y, z)
