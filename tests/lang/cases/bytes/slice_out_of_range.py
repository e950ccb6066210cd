b = b"abc"
print(repr(b[10:20]), repr(b[-100:2]), repr(b[2:1]), repr(b[-1:-100:-1]))
