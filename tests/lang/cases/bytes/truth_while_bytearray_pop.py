buf = bytearray(b"xyz")
popped = []
while buf:
    popped.append(buf.pop())
print(popped, repr(buf))
