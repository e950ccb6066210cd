class V:
    def __add__(self, other):
        raise TypeError("cannot add V")

v = V() + V()
