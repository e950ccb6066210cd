# range.__reversed__ and float.__trunc__, methods 3.6 keeps in the types' __dict__:
# read from the class and from a value, with the type's own behaviour and errors.
print(range.__reversed__, list(range.__reversed__(range(1, 7, 2))), list(range(3).__reversed__()))
print(list(range.__reversed__(range(10**20, 10**20 + 3))))
print(float.__trunc__, float.__trunc__(2.7), (-2.7).__trunc__(), type((1e20).__trunc__()))
for bad in (lambda: float('inf').__trunc__(), lambda: float('nan').__trunc__(), lambda: float.__trunc__(1), lambda: range.__reversed__([]), lambda: (1.5).__trunc__(2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print([].__hash__, type(range(2).__reversed__).__name__, type((1.5).__trunc__).__name__, (1.5).__trunc__())
print(sorted(n for n in ('__reversed__', '__trunc__', '__hash__') if n in dir(range) or n in dir(float)))
