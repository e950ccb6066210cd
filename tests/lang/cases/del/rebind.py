# Rebinding a name drops the old object.
class Slot:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("gone", self.n)

s = Slot(1)
s = Slot(2)
print("rebound once")
s = None
print("rebound to None")
