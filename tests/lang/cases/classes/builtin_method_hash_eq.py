# Built-in bound methods compare equal when bound to the same object and
# hash consistently; different objects or methods differ.
a = [1]
b = [1]
print(a.append == a.append, a.append == b.append, a.append != a.extend, a.append == list.append)
s = 'text'
print(s.upper == s.upper, hash(s.upper) == hash(s.upper), s.upper == 'text'.lower)
d = {}
store = {s.upper: 'upper', s.lower: 'lower'}
print(store[s.upper], store[s.lower], len(store))
print(int.__add__ == int.__add__, (1).__add__ == (1).__add__)
