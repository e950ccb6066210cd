class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    Temp.celsius.fget(None)
except AttributeError as e:
    print("AttributeError:", e)
