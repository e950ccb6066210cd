try:
    raise ValueError("body")
finally:
    raise TypeError("finally")
