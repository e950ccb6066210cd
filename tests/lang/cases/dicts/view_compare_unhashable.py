# Membership tests in a set during a view comparison need hashable items.
d = {1: [1]}
print(d.items() == {1: [1]}.items(), d.items() != {1: [2]}.items())
try:
    print(d.items() == {(1, 2)})
except TypeError as exc:
    print('TypeError:', exc)
print(d.keys() == {1}, d.items() == {(1, 2), (3, 4)})
