for thunk in (lambda: 1 + "a", lambda: len(5), lambda: "a" * "b", lambda: None(),
              lambda: 1[0], lambda: iter(5), lambda: -"x", lambda: {}[[]]):
    try:
        thunk()
    except TypeError as e:
        print(e)
