# Source lines of a module imported from a zip archive come from its
# loader (linecache's lazy cache, fed by the frame's or module's globals):
# traceback's extract_tb, extract_stack and print_tb show them, and
# inspect.getsource finds the module's and a function's source.
import inspect
import io
import os
import sys
import tempfile
import traceback
import zipfile

src = '''def do_raise():
    raise TypeError('boom')

def where():
    return traceback.extract_stack(sys._getframe(), 1)

import sys, traceback
'''
tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, 'lines.zip')
with zipfile.ZipFile(archive, 'w') as z:
    z.writestr('zipped_lines.py', src)
sys.path.insert(0, archive)
import zipped_lines

print(inspect.getsource(zipped_lines) == src)
print(inspect.getsource(zipped_lines.do_raise))
try:
    zipped_lines.do_raise()
except TypeError:
    tb = sys.exc_info()[2].tb_next
    print(traceback.extract_tb(tb, 1)[0][3])
    out = io.StringIO()
    traceback.print_tb(tb, 1, out)
    print(out.getvalue().replace(tmp, 'TMP'), end='')
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
print(zipped_lines.where()[0].line)
sys.path.remove(archive)
os.remove(archive)
os.rmdir(tmp)
