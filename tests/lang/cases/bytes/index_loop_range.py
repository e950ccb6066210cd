b = b"Go!"
for i in range(len(b)):
    print(i, b[i], b[-1 - i])
