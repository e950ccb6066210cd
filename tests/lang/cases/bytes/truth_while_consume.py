data = b"abcde"
steps = 0
while data:
    data = data[2:]
    steps += 1
print(steps, repr(data))
