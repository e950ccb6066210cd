def f():
    raise ValueError("x") from KeyError("never raised")
f()
