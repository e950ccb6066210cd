for thunk in (lambda: [][0], lambda: ()[0], lambda: ""[0], lambda: [].pop(), lambda: range(3)[5]):
    try:
        thunk()
    except IndexError as e:
        print(e)
