# Removing an item from a list and dropping it.
class Item:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("item", self.k, "deleted")

items = [Item(1), Item(2), Item(3)]
x = items.pop()
print("popped", x.k)
del x
print("left", len(items))
last = items.pop(0)
last = None
print("one left", items[0].k)
