for c in b"abc":
    if c == ord("b"):
        print("found b")
        break
else:
    print("no b")
for c in b"xyz":
    pass
else:
    print("loop done, last", c)
