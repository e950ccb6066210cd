def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("fin", tag)
# nested loops, break from inner, generator created in outer loop expression
for a in gen("outer"):
    for b in gen("inner%d" % a):
        break
    if a == 1:
        break
print("--")
# generator expression over generator, consumed partly by next()
ge = (x for x in gen("ge"))
print(next(ge))
ge.close()
print("--")
# exception inside loop over a generator method
class Tree:
    def walk(self):
        try:
            yield "root"
            yield "leaf"
        finally:
            print("walk done")
try:
    for node in Tree().walk():
        raise RuntimeError(node)
except RuntimeError as e:
    print("caught", e)
print("--")
print("end")
