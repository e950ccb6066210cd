data = b"hello world"
out = []
while data:
    head, data = data[:1], data[1:]
    if head == b" ":
        break
    out.append(head)
print(b"".join(out), repr(data))
