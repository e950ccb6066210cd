ns = {}
exec('y = 2', ns)
print(ns['y'])
exec('y = 3', [])
