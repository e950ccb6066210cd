with open("does-not-exist.txt") as f:
    print(f.read())
