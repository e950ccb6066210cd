def f():
    raise ValueError("original")

try:
    f()
except ValueError:
    print("handling")
    raise
