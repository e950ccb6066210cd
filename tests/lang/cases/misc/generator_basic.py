def squares(n):
    for i in range(n):
        yield i * i
g = squares(4)
print(type(g).__name__, list(g), list(g))
