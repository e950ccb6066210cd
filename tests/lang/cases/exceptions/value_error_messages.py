for thunk in (lambda: int("x"), lambda: [1].index(2), lambda: "a".index("b"),
              lambda: float("y"), lambda: int("9", 2), lambda: [].remove(0)):
    try:
        thunk()
    except ValueError as e:
        print(e)
