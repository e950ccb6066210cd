def gen():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator caught", e)
g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
