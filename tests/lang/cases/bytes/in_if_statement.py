data = b"GET / HTTP/1.0"
if b"HTTP" in data:
    print("http")
if b"POST" not in data:
    print("not post")
if 32 in data:
    print("has space")
