values = [1, 2, 0]
inverse = [1 / v for v in values]
