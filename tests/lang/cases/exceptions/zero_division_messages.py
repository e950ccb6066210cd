for thunk in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
              lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: 0 ** -1):
    try:
        thunk()
    except ZeroDivisionError as e:
        print(e)
