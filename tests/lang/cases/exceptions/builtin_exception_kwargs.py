try:
    ValueError(message="x")
except TypeError as e:
    print(e)
