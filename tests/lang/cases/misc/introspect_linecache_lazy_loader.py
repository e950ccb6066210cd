# linecache reads a module's source through its loader when the file
# name cannot be read (lazycache, updatecache with module_globals).
import linecache


class Loader:
    def get_source(self, name):
        return "first line of %s\nsecond\n" % name


g = {"__name__": "fake.module", "__loader__": Loader()}
print(linecache.lazycache("no/such/file.py", g))
print(linecache.cache["no/such/file.py"][0].__class__.__name__ != "str")
print(repr(linecache.getline("no/such/file.py", 1)))
print(linecache.cache["no/such/file.py"][2])
linecache.clearcache()
print(linecache.updatecache("/no/such/foo.py", g))
print(linecache.lazycache("<string>", g), linecache.lazycache("", g),
      linecache.lazycache("x.py", {}), linecache.lazycache("x.py", None))
g2 = {"__name__": "n", "__loader__": type("L", (), {"get_source": lambda s, n: None})()}
print(linecache.getlines("other.py", g2), "other.py" in linecache.cache)
