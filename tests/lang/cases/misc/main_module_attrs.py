import sys
print(__spec__, __loader__.__class__.__name__, __file__, __cached__)
print(__name__, __package__, sorted(k for k in globals() if k.startswith('__')))
m = sys.modules['__main__']
print(m.__spec__, m.__loader__ is __loader__, __loader__.get_filename())
print(__annotations__)
x: int = 3
print(__annotations__)
