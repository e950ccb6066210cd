# Assigning to slices of lists and bytearrays: the errors and the results
def attempt(what, f):
    try:
        f()
        print(what, 'ok')
    except Exception as e:
        print(what, type(e).__name__, e)
l = [1, 2]
def assign_int(): l[0:1] = 5
attempt('l[0:1] = 5', assign_int)
print(l)
attempt('extended int', lambda: l.__setitem__(slice(None, None, 2), 5))
attempt('extended size', lambda: l.__setitem__(slice(0, 2, 2), [1, 2]))
attempt('step 1 None', lambda: l.__setitem__(slice(0, 2, 1), None))
ba = bytearray(b'abcd')
attempt('ba int', lambda: ba.__setitem__(slice(0, 1), 5))
attempt('ba extended', lambda: ba.__setitem__(slice(None, None, 2), b'xyz'))
print(l, ba)
l = [0, 1, 2, 3, 4, 5]
l[::-2] = 'abc'; print(l)
l[1:3] = (x for x in 'pq'); print(l)
l[1:2] = l; print(l)
l = [0, 1, 2, 3, 4, 5]
del l[::-2]; print(l)
l = [0, 1, 2, 3, 4, 5]
l[4:1] = [9]; print(l)
l[5:2:-1] = 'xyz'; print(l)
del l[10:]; del l[::-1]; print(l)
