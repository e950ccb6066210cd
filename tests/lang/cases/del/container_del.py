# Deleting the only container of an object finalizes the object.
class Leaf:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("leaf", self.k)

holder = [Leaf("only")]
print("deleting list")
del holder
print("after list")
d = {"key": Leaf("in dict")}
print("deleting dict")
del d
print("after dict")
