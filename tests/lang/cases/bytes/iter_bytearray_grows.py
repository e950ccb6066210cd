ba = bytearray(b"a")
seen = []
for c in ba:
    seen.append(c)
    if c == ord("a"):
        ba.append(ord("b"))
print(seen, ba)
