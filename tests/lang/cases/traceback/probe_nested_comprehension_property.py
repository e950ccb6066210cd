def level3(x):
    return {"a": 1}[x]
def level2(x):
    return [level3(y) for y in x]
def level1():
    return level2(["a", "b"])
class K:
    def method(self):
        return level1()
    @property
    def prop(self):
        return K().method()
K().prop
