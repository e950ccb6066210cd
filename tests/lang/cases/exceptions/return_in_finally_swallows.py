def f():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f())
