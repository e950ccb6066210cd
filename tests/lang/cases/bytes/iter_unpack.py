a, b, c = b"xyz"
print(a, b, c)
(p, q), r = b"pq", b"r"
print(p, q, r)
