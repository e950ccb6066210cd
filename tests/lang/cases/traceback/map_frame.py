def half(x):
    return x // 2

print(list(map(half, [4, "6"])))
