x = "global"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer(), x)
