from __future__ import generator_stop

def gen():
    yield 1
    raise StopIteration("early")

list(gen())
