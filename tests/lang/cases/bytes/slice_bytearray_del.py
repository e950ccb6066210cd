ba = bytearray(b"0123456789")
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
del ba[:]
print(ba, len(ba))
