for op in ("<", "<=", ">", ">="):
    try:
        eval('b"a" ' + op + ' "a"')
    except TypeError as e:
        print(e)
