class Box:
    def __contains__(self, item):
        return item == "key"
    def __call__(self, *args):
        return "called with %r" % (args,)
b = Box()
print("key" in b, "other" in b, "key" not in b, b(1, 2))
