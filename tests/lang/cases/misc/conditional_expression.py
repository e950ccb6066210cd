for n in (-1, 0, 1):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
