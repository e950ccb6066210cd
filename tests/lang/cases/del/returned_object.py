# An object returned by the function lives on in the caller.
class Box:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("box", self.v, "freed")

def make(v):
    b = Box(v)
    return b

kept = make(10)
print("made", kept.v)
del kept
print("end")
