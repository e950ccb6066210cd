# trace's results: a library module's coverage file is named for the
# module ("colorsys.cover", the library directory stripped as a sys.path
# entry); Trace.runfunc(*args) is named with its class among the callers;
# files under an ignored prefix are left out.
import os, shutil, sys, tempfile, trace, colorsys

def work():
    return colorsys.rgb_to_hsv(0.2, 0.4, 0.4)

def coverage_files(tracer):
    tracer.runfunc(work)
    d = tempfile.mkdtemp()
    try:
        tracer.results().write_results(show_missing=False, summary=False, coverdir=d)
        return sorted(os.listdir(d))
    finally:
        shutil.rmtree(d)

files = coverage_files(trace.Trace(count=1, trace=0))
print('colorsys.cover' in files, [f for f in files if 'colorsys' in f])

tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(work)
names = sorted({caller[2] for caller, callee in tracer.results().callers if callee[2] == 'work'})
print(names)

files = coverage_files(trace.Trace(count=1, trace=0, ignoredirs=[sys.base_prefix, sys.base_exec_prefix]))
print([f for f in files if 'colorsys' in f])
