# runpy runs module code with the spec's origin as __file__ whether or
# not the spec has a location, its parent as __package__.
import runpy, importlib.machinery, sys
spec = importlib.machinery.ModuleSpec('mymod', None, origin='Some other nonsense')
ns = runpy._run_module_code('x = __file__, __cached__, __package__, __name__', {'a': 1}, 'mymod', spec)
print(ns['x'], ns['a'])
spec2 = importlib.util.spec_from_loader('pk.mod', None, origin='/nowhere/mod.py')
print(runpy._run_module_code('y = __file__, __package__', None, 'pk.mod', spec2)['y'])
print(runpy.run_path.__name__, runpy._run_module_code('z = __file__', None, 'm', None, 'scriptname')['z'])
