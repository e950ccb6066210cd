for x in []:
    print("never")
else:
    print("else on empty iterable")
