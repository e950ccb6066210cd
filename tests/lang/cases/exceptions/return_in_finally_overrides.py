def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
