for f in (lambda: int(None), lambda: int([]), lambda: int(object()), lambda: int(1.5j), lambda: compile('1', 's', 'bad'), lambda: compile('1', 's', 'Exec'), lambda: hash(slice(1)), lambda: hash(slice(1, 2, 3)), lambda: {slice(1): 2}):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
