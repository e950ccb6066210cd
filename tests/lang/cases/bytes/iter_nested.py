pairs = []
for x in b"ab":
    for y in b"cd":
        if y == ord("d"):
            continue
        pairs.append(chr(x) + chr(y))
print(pairs)
