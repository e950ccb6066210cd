def countdown(n):
    if n == 0:
        raise ValueError("liftoff")
    countdown(n - 1)

countdown(10)
