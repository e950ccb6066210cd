# A local of a function dies when the function returns.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def work(n):
    r = Res("r%d" % n)
    total = n * 2
    return total

print("result", work(1))
print("result", work(2))
print("done")
