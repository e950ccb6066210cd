# An object stored in a dict, the dict deleted.
class Val:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("value", self.k, "released")

registry = {}
registry["only"] = Val("only")
print("stored", len(registry))
del registry
print("registry gone")
table = {"x": Val("x")}
table = {}
print("rebound")
