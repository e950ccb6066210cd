# At exit, an object and the one it holds are both finalized, once.
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("part", self.name)

class Whole:
    def __init__(self):
        self.part = Part("inner")
    def __del__(self):
        print("whole, holding", self.part.name)

w = Whole()
print("end of script")
