handled = (ZeroDivisionError, IndexError)
for f in (lambda: 1 // 0, lambda: [][0]):
    try:
        f()
    except handled as e:
        print(type(e).__name__, "-", e)
