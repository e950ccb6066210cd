def f(a, b, c, d):
    return a, b, c, d
args = [1, 2]
kw = {"d": 4}
print(f(*args, 3, **kw))
print(f(*"ab", *range(2)))
print(f(**{"a": 1, "b": 2}, c=3, d=4))
