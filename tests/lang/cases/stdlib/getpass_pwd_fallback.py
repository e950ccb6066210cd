# getpass.getuser() takes the name from the environment, else from the
# password database through pwd.getpwuid(os.getuid()) looked up when
# called (so that a patched pwd is what it sees).
import getpass
import os
from unittest import mock

with mock.patch.dict(os.environ, clear=True):
    with mock.patch('os.getuid') as uid, mock.patch('pwd.getpwuid') as getpw:
        uid.return_value = 42
        getpw.return_value = ['some_name']
        print(getpass.getuser())
        print(getpw.call_args_list)
    with mock.patch('os.getuid') as uid, mock.patch('pwd.getpwuid') as getpw:
        getpw.side_effect = KeyError('getpwuid(): uid not found: 42')
        try:
            getpass.getuser()
        except KeyError as e:
            print('KeyError', e)
with mock.patch.dict(os.environ, {'LOGNAME': '', 'USER': 'someone'}):
    print(getpass.getuser())
