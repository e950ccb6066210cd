print(0 or "", [] or None, 1 and "x", "" and 1, None or 0 or "last")
print(not 0, not "a", True + True, True * 3)
