def f():
    try:
        {}["k"]
    except KeyError:
        raise
f()
