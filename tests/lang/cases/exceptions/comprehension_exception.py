try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
