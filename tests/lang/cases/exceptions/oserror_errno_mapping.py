for code in (2, 13, 17, 32, 12345):
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno)
print(type(OSError("only text")).__name__, OSError("only text").errno)
