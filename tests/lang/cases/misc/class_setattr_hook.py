class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
o = Logged()
o.a = 1
setattr(o, "b", 2)
print(o.a + o.b)
