# A generator's repr shows its __qualname__, before and after renaming.
class Feed:
    def entries(self):
        yield 'e'


g = Feed().entries()
print(repr(g).split(' at ')[0])
g.__qualname__ = 'Feed.renamed'
print(repr(g).split(' at ')[0], g.__name__)
g.__name__ = 'other'
print(repr(g).split(' at ')[0], g.__name__, next(g))
