def f():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally set x to", x)
print(f())
