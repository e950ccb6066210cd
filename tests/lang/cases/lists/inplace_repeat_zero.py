# *= with zero or a negative count empties the list in place.
for n in (0, -1, -10):
    seq = ['a', 'b']
    same = seq
    seq *= n
    print(n, seq, same is seq)
empty = []
before = id(empty)
empty *= 10
print(empty, id(empty) == before)
