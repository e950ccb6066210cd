try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError("outer") from ValueError("cause")
