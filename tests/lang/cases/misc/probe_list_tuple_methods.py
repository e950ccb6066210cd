# list / tuple methods and errors
l = [3, 1, 2]
calls = ["l.index(2)", "l.index(9)", "l.index(1, 2)", "l.count(1)", "l.pop(10)", "[].pop()", "l.remove(9)", "l.insert(100, 0) or l", "l.insert(-100, 9) or l", "l.extend(3)", "l.copy() is l",
 "l * -1", "l * 'a'", "[1] + (2,)", "l[1.0]", "l['a']", "l[10]", "del l[10]", "(1, 2).index(3)", "(1,) * 2", "(1, 2)[5]", "tuple('ab') + ('c',)",
 "[1, 2] < [1, 2, 3]", "[(1, 'a')] > [(1, 2)]", "sorted([3, 1], key=None)", "l.sort(key=lambda x: x, reverse=1) or l", "list.__len__([1])", "[0] * 3 == [0, 0, 0]",
 "list(1)", "list('ab', 'c')", "tuple(None)", "[1, 2, 3][::-1][1:]", "l.clear() or l", "hash((1, 2)) == hash((1, 2))", "hash((1, [2]))", "(1, 2) + [3]", "[1] * 2 ** 62"]
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
for c in ["'ab' * 2 ** 40", "(1,) * 2 ** 63", "[1] * -2 ** 70", "l2[None]", "(1, 2)[1.5]", "l2[1:'a']"]:
    l2 = [1, 2]
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e, e.args)
try:
    [1, 2][1.0] = 3
except TypeError as e:
    print(e)
