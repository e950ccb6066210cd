r = bytearray(b"%d-%s") % (5, bytearray(b"v"))
print(r, type(r).__name__)
