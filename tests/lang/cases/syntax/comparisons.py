a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, a != b != a)
print(1 < 2 <= 2 < 3 != 4 > 0 >= 0)
print(a is a is not None, a in [1] not in [[2]], not a in [2])
def v(x):
    print('v', x)
    return x
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print('x' if a else 'y', 'x' if not a else 'y' if b else 'z')
print((lambda: 1 if a else 2)(), [i if i % 2 else -i for i in range(4)])
print(not not a, not (a and b), a and b or c, a or b and c, 0 or '' or [] or None)
print(1 if 0 else 2 if 0 else 3, -a ** 2, (-a) ** 2, 2 ** -1, ~a, +a, - - a)
print(a | b ^ c & a << b >> a, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 1 + 2 * 3 - 4 / 2)
