def ping(n):
    if n == 0:
        raise RuntimeError("done")
    pong(n)

def pong(n):
    ping(n - 1)

ping(3)
