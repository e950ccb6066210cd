# del and assignment of one item past a list's end.
lst = [1, 2]
for f in (lambda: lst.__delitem__(10), lambda: lst.__setitem__(-3, 0),
          lambda: lst.__setitem__(2**100, 0), lambda: lst.__delitem__(-2**100),
          lambda: lst.__setitem__(True, 'b'), lambda: lst.__delitem__(-1)):
    try:
        f()
        print(lst)
    except IndexError as e:
        print("IndexError", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)
try:
    lst[5] = 1
except IndexError as e:
    print("IndexError", e)
class L(list):
    pass
m = L([1])
try:
    del m[3]
except IndexError as e:
    print("IndexError", e)
