# ssl.py: the Python layer of gpython-ssl's ssl module, over the native _ssl.
import _ssl
from _ssl import *
