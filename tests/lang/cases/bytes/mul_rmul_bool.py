print(b"ab" * True, repr(b"ab" * False))
class N:
    def __index__(self):
        return 2
print(b"xy" * N())
