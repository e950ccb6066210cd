def v(x):
    print("eval", x)
    return x
print(v(3) < v(2) < v(1))
