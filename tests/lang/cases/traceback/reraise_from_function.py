def f():
    raise KeyError("k")

def g():
    try:
        f()
    except KeyError as e:
        err = e
    raise err

g()
