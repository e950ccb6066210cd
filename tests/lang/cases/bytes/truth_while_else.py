data = b""
while data:
    print("never")
else:
    print("else ran for", repr(data))
