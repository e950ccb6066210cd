# compileall.compile_dir(workers=n) hands the files to a
# concurrent.futures.ProcessPoolExecutor (max_workers None for 0); 1 and
# None compile in the process itself.
import compileall
import os
import shutil
import tempfile
from unittest import mock

d = tempfile.mkdtemp()
for name in ('a', 'b'):
    with open(os.path.join(d, name + '.py'), 'w') as f:
        f.write('x = 1\n')
for workers in (5, 0, 1, None):
    with mock.patch('concurrent.futures.ProcessPoolExecutor') as pool:
        result = compileall.compile_dir(d, quiet=True, workers=workers)
        print(workers, pool.called, pool.call_args)
        if pool.called:
            executor = pool.return_value.__enter__.return_value
            job, paths = executor.map.call_args[0]
            print(job.func is compileall.compile_file, sorted(job.keywords),
                  sorted(os.path.basename(p) for p in paths))
        else:
            print(result)
try:
    compileall.compile_dir(d, workers=-1)
except ValueError as e:
    print(e)
shutil.rmtree(d)
