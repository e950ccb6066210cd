# hmac.HMAC is a class written in Python in CPython 3.6: classes derive
# from it, and its methods called through the class take any first
# argument (failing the way the Python method does), unlike the method
# descriptors of C types.
import hmac


class Tagged(hmac.HMAC):
    def tag(self):
        return "tag:" + self.hexdigest()[:8]


t = Tagged(b"key", b"message", "md5")
print(type(t).__name__, isinstance(t, hmac.HMAC), t.tag(), t.digest_size)
t.update(b" more")
print(t.hexdigest())
c = t.copy()
print(type(c).__name__, c.hexdigest() == t.hexdigest())
print(hmac.HMAC.hexdigest(t) == t.hexdigest())
for call in (lambda: hmac.HMAC.update(1, b""), lambda: hmac.HMAC.copy("x"),
             lambda: hmac.HMAC.hexdigest(None)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# A C type's method descriptor still checks its receiver.
try:
    dict.keys([])
except TypeError as e:
    print("TypeError", e)
