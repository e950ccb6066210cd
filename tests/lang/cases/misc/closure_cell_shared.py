def pair():
    x = []
    def add(v):
        x.append(v)
    def get():
        return list(x)
    return add, get
add, get = pair()
add(1)
add(2)
print(get())
