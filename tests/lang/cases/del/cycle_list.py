# A cycle through a list, and one still reachable.
import gc

class Owner:
    def __init__(self, name):
        self.name = name
        self.children = [self]
    def __del__(self):
        print("owner", self.name, "finalized,", len(self.children), "child")

kept = Owner("kept")
dropped = Owner("dropped")
dropped = None
gc.collect()
print("kept alive:", kept.children[0] is kept)
