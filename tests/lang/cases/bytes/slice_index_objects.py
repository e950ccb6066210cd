class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
b = b"abcdef"
print(b[I(1):I(4)], b[I(-1)::I(-2)])
try:
    b["1":]
except TypeError as e:
    print(e)
