x = [0, 0]
i = 0
i, x[i] = 1, 2
print(i, x)
