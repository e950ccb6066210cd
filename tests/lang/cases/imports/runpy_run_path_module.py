# runpy: running a file, a directory with __main__.py and a module by
# name, and what the code sees.
import runpy
import sys
import tree

root = tree.make({'script.py': 'RESULT = (__name__, __file__ is not None, __spec__)\n',
                  'app/__main__.py': 'import sys\nRESULT = (__name__, __spec__.name, sys.argv[0] == __file__)\n',
                  'runme/__init__.py': '', 'runme/__main__.py': 'RESULT = (__name__, __package__)\n',
                  'runme/tool.py': 'RESULT = (__name__, __package__, __spec__.name)\n'})
print(runpy.run_path(root + '/script.py')['RESULT'])
print(runpy.run_path(root + '/script.py', run_name='given')['RESULT'][0])
print(runpy.run_path(root + '/app')['RESULT'])
print(runpy.run_module('runme.tool')['RESULT'])
print(runpy.run_module('runme')['RESULT'])
print(runpy.run_module('runme.tool', run_name='__main__', alter_sys=True)['RESULT'])
print(runpy.run_module('runme.tool', init_globals={'EXTRA': 5})['EXTRA'])
for name in ['no_such_mod', '.relative', 'runme.nothing']:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)
