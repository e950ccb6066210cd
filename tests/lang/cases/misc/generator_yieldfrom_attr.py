# gi_yieldfrom shows the iterator a suspended generator delegates to, and
# None while the generator runs, before it starts and after it ends.
def show(label, value):
    print(label, None if value is None else getattr(value, '__name__', type(value).__name__))

def inner():
    show("inner sees outer", outer_gen.gi_yieldfrom)
    yield 1
    saved = outer_gen.gi_yieldfrom
    show("inner again", saved)
    yield 2

def outer():
    show("outer start", outer_gen.gi_yieldfrom)
    yield from inner()
    show("outer after", outer_gen.gi_yieldfrom)
    yield from [10, 20]
    yield 3

outer_gen = outer()
show("created", outer_gen.gi_yieldfrom)
for value in outer_gen:
    show("suspended at %r" % value, outer_gen.gi_yieldfrom)
    print(outer_gen.gi_running)
show("finished", outer_gen.gi_yieldfrom)

def plain():
    yield outer_gen.gi_yieldfrom
print(list(plain()))
