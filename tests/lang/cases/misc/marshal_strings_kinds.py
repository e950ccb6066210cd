# Short ASCII, long ASCII, identifiers, non-ASCII and surrogates.
import marshal
for s in ['', 'x', 'name_1', 'two words', 'caf\u00e9', '\u4e2d\u6587', '\U0001f600', 'lone \udc80 surrogate', 'q r' * 100]:
    data = marshal.dumps(s)
    print(ascii(s)[:30], data[:16], marshal.loads(data) == s)
