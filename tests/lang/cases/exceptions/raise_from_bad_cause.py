try:
    raise ValueError("v") from 42
except TypeError as e:
    print(e)
