first, *rest = b"hello"
print(first, rest)
*init, last = b"hello"
print(init, last)
a, *mid, z = b"az"
print(a, mid, z)
try:
    a, b, *c = b"x"
except ValueError as e:
    print(e)
