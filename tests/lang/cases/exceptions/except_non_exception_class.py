try:
    try:
        raise ValueError("v")
    except int:
        print("unreachable")
except TypeError as e:
    print(e)
