def f():
    try:
        raise IndexError
    except IndexError as err:
        return type(err).__name__
    finally:
        print("finally in f")
print(f())
