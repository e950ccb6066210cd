a, b = ValueError("x"), ValueError("x")
print(a == b, a == a, a.args == b.args, a != b)
