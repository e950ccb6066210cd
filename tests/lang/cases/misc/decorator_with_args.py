def tag(label):
    def deco(fn):
        def wrapper():
            return label + ":" + fn()
        return wrapper
    return deco
@tag("outer")
@tag("inner")
def base():
    return "base"
print(base())
