# Lone surrogates written to the standard streams go through each
# stream's error handler: stdout is strict, stderr backslashreplace.
import os
import sys

for text in ['plain\n', 'a\udcffb\n', '\ud800\n']:
    try:
        n = sys.stdout.write(text)
        print('wrote', n)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
try:
    print('x', '\udc80')
except UnicodeEncodeError as e:
    print('print:', e.reason, e.start, e.end)
print(sys.stdout.errors, sys.stderr.errors)
sys.stdout.flush()
os.dup2(1, 2)  # stderr's bytes into the compared output
print(sys.stderr.write('err \udcff \ud800 \U0001f600\n'))
sys.stderr.flush()
print(os.fsdecode(b'n\xffm').encode('utf-8', 'surrogateescape'))
