# Under PYTHONHASHSEED=0 (which the case runner sets) str and bytes
# hashes are CPython 3.6's, so sets of strings iterate in 3.6's order;
# set operations build their results as 3.6 does.
import sys

print(sys.flags.hash_randomization)
for s in ['', 'a', 'abc', 'abcdefgh', 'abcdefghi', 'é', 'ÿ', 'Ā', '€uro', '😀', 'a😀', '\udc80', 'x' * 100]:
    print(repr(s), hash(s))
for b in [b'', b'a', b'abcdefgh', bytes(range(256))]:
    print(b[:8], hash(b))
print(hash('abc') == hash(b'abc'), hash('é') == hash('é'.encode('latin-1')))

words = ('TLSv1.2 TLSv1.3 ECDHE-RSA-AES128-GCM-SHA256 AES256-SHA example.com '
         'www.example.org mail.example.net localhost 127.0.0.1 ::1 smtp imap pop3 '
         'http https ftp ldap').split()
names = set(words)
print(names)
print({w.encode() for w in words})
print(frozenset(words[:5]))
print(names - {'smtp', 'imap'})
print(names.difference(words[:3]))
print(names.difference({'http': 1}))
print(names & set(words[::2]))
print(names ^ {'x', 'ftp', 'y'})
print(names | {'a', 'b'})
d = set(names)
for w in words[::3]:
    d.discard(w)
d.update(['q', 'r', 's'])
print(d)
d -= set(words[1::2])
print(d)
p = set(names)
print([p.pop() for _ in range(4)], p)
print({(w, len(w)) for w in words[:6]})
print({w[:3] for w in words})
print(sorted(names) == sorted(words), len(names))

# Growth happens two thirds full in 3.6 (three fifths in 3.7).
ints = set()
for i in range(25):
    ints.add(i * 7919 - 100000)
print(ints)
