a, *b, c = range(5)
print(a, b, c)
*a, b = [1]
print(a, b)
a, (b, *c) = 1, "xyz"
print(a, b, c)
