# An exception from __del__, raised two calls deep.
class Reg:
    def __repr__(self):
        return "<Reg>"
    def lookup(self, key):
        raise LookupError("no entry for %s" % key)
    def __del__(self):
        self.lookup("missing")

r = Reg()
r = 5
print("value", r)
