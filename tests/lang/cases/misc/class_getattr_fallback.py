class Dyn:
    real = "real"
    def __getattr__(self, name):
        return "dynamic " + name
d = Dyn()
print(d.real, d.other, getattr(d, "x"), hasattr(d, "anything"))
